// Range over functions: gc rewrites each loop into a call of the
// iterator with the body as a closure (#yieldN), with a state variable
// (#stateN), and #next to carry returns and branches out of it.
package p

type Seq_[V any] func(yield func(V) bool)

type Seq2_[K, V any] func(yield func(K, V) bool)

type T struct{ a, b *int }

func Seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func Seq2(yield func(string, *T) bool) {}

func Sum(s Seq_[int]) int {
	n := 0
	for x := range s {
		n += x
	}
	return n
}

func Direct() int {
	n := 0
	for x := range Seq {
		n += x
	}
	return n
}

func Find(s Seq2_[string, *T], k string) (*T, error) {
	for key, v := range s {
		if key == k {
			return v, nil
		}
	}
	return nil, nil
}

func Named(s Seq_[int]) (r *int, err error) {
	for x := range s {
		if x > 3 {
			r = new(int)
			return
		}
		if x < 0 {
			return &x, nil
		}
	}
	return
}

func Blank(s Seq_[int]) (_ *T, _ int) {
	for x := range s {
		return &T{}, x
	}
	return nil, 0
}

func Nested(s Seq_[int], t Seq2_[string, *T]) *T {
	for x := range s {
		for k, v := range t {
			if k == "" {
				continue
			}
			if x == 2 {
				break
			}
			if v != nil {
				return v
			}
		}
	}
	return nil
}

func Labels(s Seq_[int], t Seq_[int]) int {
	n := 0
Outer:
	for x := range s {
		for y := range t {
			if y == 1 {
				continue Outer
			}
			if y == 2 {
				break Outer
			}
			n += x * y
		}
	}
	return n
}

func Goto(s Seq_[int]) int {
	i := 0
Top:
	for x := range s {
		for j := 0; j < x; j++ {
			if j == 5 {
				goto Top
			}
			i++
		}
	}
	return i
}

func Assign(s Seq2_[string, *T]) (string, *T) {
	var k string
	var v *T
	for k, v = range s {
	}
	return k, v
}

func Defer(s Seq_[int]) {
	for x := range s {
		defer println(x)
	}
}

func Closures(s Seq_[int]) func() int {
	var f func() int
	for x := range s {
		g := func() int { return x }
		f = g
	}
	h := func() {
		for x := range s {
			println(x)
		}
	}
	h()
	return f
}

func NoVars(s Seq_[int]) int {
	n := 0
	for range s {
		n++
	}
	for _, v := range Seq2 {
		_ = v
	}
	return n
}

func Generic[E any](s Seq_[E]) []E {
	var out []E
	for v := range s {
		out = append(out, v)
	}
	return out
}

func UseGeneric(s Seq_[*T]) []*T { return Generic(s) }

func GenericRet[E comparable](s Seq_[E], x E) (E, bool) {
	for v := range s {
		if v == x {
			return v, true
		}
	}
	var zero E
	return zero, false
}

func UseGenericRet(s Seq_[string]) (string, bool) { return GenericRet(s, "") }

var Pkg = func(s Seq_[int]) int {
	for x := range s {
		return x
	}
	return 0
}
