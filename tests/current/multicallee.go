// Calls through a local func variable assigned several known functions
// (go1.27: every callee's tags, merged; before, an unknown callee).

package p

var sink *int

func a(x *int) *int { return x }
func b(x *int) *int { sink = x; return nil }
func c(x *int) *int { return nil }

func f1(cond bool) int {
	var f func(*int) *int
	if cond {
		f = a
	} else {
		f = c
	}
	v := 1
	return *f(&v)
}

func f2(cond bool) {
	f := a
	if cond {
		f = b
	}
	v := 1
	f(&v)
}

func f3(cond bool) {
	f := a
	g := func() { f = c }
	g()
	v := 1
	f(&v)
}

func f4(cond bool) {
	f := func(y *int) *int { return y }
	if cond {
		f = c
	}
	v, w := 1, 2
	sink = f(&v)
	_ = f(&w)
}

func f5() {
	var f func(*int) *int
	v := 1
	f(&v)
}
