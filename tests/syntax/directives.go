package p

var x = 1 //go:noinline

//go:embed
var y string

//go:linkname
func f()
