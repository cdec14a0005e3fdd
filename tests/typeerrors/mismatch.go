package p

func f() {
	var a int = 1
	var b string = "x"
	_ = a + b
	_ = a == b
	var c float64 = a
	_ = c
}
