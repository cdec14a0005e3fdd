// Dead code as unified IR drops it before escape analysis: static
// conditions (constant, or && and || decided by one operand),
// statements after one that terminates, up to the last label.
package p

const debug = false

func sink(*int) {}

func AndFalse(v bool) *int {
	if v && debug {
		x := 1
		return &x
	}
	y := 2
	return &y
}

func OrTrue(v bool) *int {
	if v || true {
		y := 2
		return &y
	}
	z := 3
	return &z
}

func NotParen(v bool) *int {
	if !(v && false) {
		x := 1
		return &x
	}
	return nil
}

func AfterReturn() *int {
	a := 1
	return &a
	b := 2
	sink(&b)
	return &b
}

func AfterPanic() {
	panic("no")
	c := 3
	sink(&c)
}

func Label(n int) *int {
	var d int
	goto L
	d = 4
	sink(&d)
L:
	e := 5
	return &e
	f := 6
	return &f
}

func LoopFalse(v bool) {
	for v && debug {
		g := 7
		sink(&g)
	}
}

func IfTerminates(v bool) *int {
	if true {
		return nil
	} else {
		h := 8
		sink(&h)
	}
	i := 9
	return &i
}

func Block() *int {
	{
		j := 10
		sink(&j)
		return nil
	}
	k := 11
	return &k
}

func FalseAndCall(v bool) {
	l := 12
	if debug && v {
		sink(&l)
	}
}

func SwitchConst() *int {
	switch debug {
	case true:
		m := 13
		return &m
	default:
		n := 14
		return &n
	}
}

func Closure() func() *int {
	return func() *int {
		o := 15
		return &o
		p := 16
		return &p
	}
}
