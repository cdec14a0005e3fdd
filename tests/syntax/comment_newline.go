package p
func f() {
	x := foo( // c
	)
	y := [
}
