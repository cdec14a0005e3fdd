package p

// Closures that capture nothing are functions of their own (analysed
// before the function that holds them); an unused one is removed with
// its variable, yet still analysed.

func F(x []byte) int {
	num2 := func(b []byte) byte { return 10*(b[0]-'0') + (b[1] - '0') }
	switch {
	case true:
		return 1
	}
	return int(num2(x))
}

func H(x []byte) int {
	num2 := func(b []byte) byte { return 10*(b[0]-'0') + (b[1] - '0') }
	if false {
		return int(num2(x))
	}
	return 0
}

func K(p *int) func() *int {
	var unused func() *int
	unused = func() *int { return p }
	unused = nil
	return unused
}

// A result assigned in a closure is not a dead local.
func R(s string) (mode string) {
	set := func(s string) { mode = s }
	set(s)
	return
}

// Parameters without names are numbered.
type T struct{ p *int }

func (T) M(_ *int, x *int) *int { return x }

func sys(uintptr, int)

// A variable whose address is taken has no static value.
type cint int32

//go:noinline
func f(p *cint) {}

func G() []int {
	n := cint(256)
	s := make([]int, n)
	f(&n)
	return s
}

// Shapes inside shapes.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func rot[E any](s []E) { Reverse(s) }

func Ins[S ~[]E, E any](s S) { rot(s) }

func UseIns(b []byte) { Ins(b) }
