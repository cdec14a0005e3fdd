package p

func f() {
	type T struct{ t T }
	type U = U
	type V int
	var v V = "s"
	_ = v
	const c V = 1.5
}
