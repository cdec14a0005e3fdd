package p

var x = 1

func f() {
	x()
	_ = "s"(1)
	var m map[int]int
	m(1)
	f(1)
	_ = f()
}
