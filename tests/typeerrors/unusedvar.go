package p

func f() {
	x := 1
	var y int
	for i := 0; i < 3; i++ {
		z := i
	}
	a, b := 1, 2
	_ = a
}
