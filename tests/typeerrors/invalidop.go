package p

type S struct{}

func f(s S, m map[string]int, fn func()) {
	_ = s + s
	_ = -"x"
	_ = !1
	_ = fn == fn
	_ = m < m
	_ = 1 << 1.5
	var x int
	_ = x.y
	_ = *x
}
