package p

func f() {
	a := 1
	a := 2
	b, b := 1, 2
	var s struct{ x int }
	s.x := 1
	_ = a
}
