package p

func f() {
	g := func(x int) string {
		return x
	}
	_ = g("a")
	h := func() {
		y := 1
	}
	_ = h
}
