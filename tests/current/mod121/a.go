// A module at go 1.21: loop variables are shared by all iterations,
// as before go1.22, whatever the release.
package p

func run(f func()) { go f() }

var sink *int

func A(n int) {
	for i := 0; i < n; i++ {
		run(func() { println(i) })
	}
}

func B(n int) {
	for i := 0; i < n; i++ {
		sink = &i
	}
}

func C(n int) {
L:
	for i, j := 0, 1; i < n; i, j = i+1, j*2 {
		for k := 0; k < 3; k++ {
			if k == 1 {
				continue L
			}
			if k == 2 {
				continue
			}
			run(func() { println(i, j, k) })
		}
	}
}

func D(xs []*int) {
	for i := range xs {
		sink = &i
	}
	for i := range []int{1,2} {
		run(func() { println(i) })
	}
}

func E(n int) func() int {
	for i := 0; i < n; i++ {
		if i > 3 {
			return func() int { return i }
		}
	}
	return nil
}

func F() {
	for {
		x := 1
		run(func() { println(x) })
	}
}

var lengths = []int{1, 2}

func G() {
	for _, ptLen := range lengths {
		for _, adLen := range lengths {
			run(func() {
				_ = make([]byte, adLen)
				_ = make([]byte, ptLen)
			})
		}
	}
}

func H() {
	for _, a := range lengths {
		for _, b := range lengths {
			run(func() { println(b) })
		}
		run(func() { println(a) })
	}
}
