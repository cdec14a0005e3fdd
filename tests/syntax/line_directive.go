package p

//line other.go:100
func f() {
	x := 1 +
}

/*line third.go:7:3*/func g() { y := }
//line :40:2
var z = 1 +
