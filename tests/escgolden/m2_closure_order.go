// The order gc walks closures in: those without captures where they
// stand among the package's functions (before their enclosing
// function), those with captures after it, the last met first; seen in
// the bounds notes and in the wrappers of the itabs met while walking.
package p

var a [256]int

func f(x uint8, y int) func() int {
	g := func() int { return a[x] }
	h := func(z uint8) int { return a[z] }
	k := func() int { return a[uint8(y)] + func() int { return a[uint8(y+1)] }() }
	return func() int { return g() + h(x) + k() + a[x] }
}

func f2(x uint8) func(uint8) int {
	h := func(z uint8) int { return a[z] + func(w uint8) int { return a[w] }(z) }
	_ = h
	return func(z uint8) int { return a[z] + func(w uint8) int { return a[w] + a[x] }(z) }
}

type E1 string

func (e E1) Error() string { return string(e) }

type E2 string

func (e E2) Error() string { return string(e) }

type HE interface {
	HeadersEnded() bool
	Frag() []byte
}

type F struct{ b []byte }

func (f *F) HeadersEnded() bool { return true }
func (f *F) Frag() []byte     { return f.b }

func g(f *F, fn func(func() error)) error {
	var err error
	fn(func() error {
		err = E1("x")
		return err
	})
	var hc HE = f
	_ = hc.Frag()
	return E2("y")
}
