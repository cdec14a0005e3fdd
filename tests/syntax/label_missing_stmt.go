package p

func f() {
	goto L
L:
}
func g() {
	for {
	L2:
	}
}
