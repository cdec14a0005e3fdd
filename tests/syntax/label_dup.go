package p
func f() {
	L:
	L:
		for {}
	goto M
}
