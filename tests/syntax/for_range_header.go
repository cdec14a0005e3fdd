package p
func f() {
	for i := range x; i < 10; i++ {}
}
