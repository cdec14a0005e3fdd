package p

func f() {
	a, b := 1
	c, := 2
}
