package p
func f() {
	//go:noinline
}
	//go:nosplit
var x = 1 //go:nosplit
