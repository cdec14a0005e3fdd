package p
func f() {
	ch <- 1, 2
	x, y <- 1
	a, b++
	c, d += 1, 2
}
