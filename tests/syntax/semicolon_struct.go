package p

type T struct {
	a int; b string c int
}
