package p

// Statements inside case clauses, as -m=2 explanations print them:
// if with and without a printed init, else chains, empty bodies,
// x++ written by this package as x += 1.

type S struct {
	n int
	f float64
}

var sink interface{}

func g() error { return nil }
func h()       {}

func F(x interface{}, c bool, m map[int]int, s *S) {
	switch y := x.(type) {
	case *int:
		if h(); c {
			sink = y
		}
		if err := g(); err != nil {
			println(1)
		} else if c {
			println(2)
		} else {
			println(3)
		}
		if v, ok := m[1]; ok {
			println(v)
		}
		if c {
		}
		s.n++
		s.f--
		for i := 0; i < 3; i++ {
		}
	}
}
