package p

func f() {
	//go:noinline
	x := 1
	_ = x
}
