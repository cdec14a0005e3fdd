package p
//line x.go:5
func f() {
	x :=
}
//line :8:3
func g() { y := }
