package p

func f() {
	x := _
	_ = x
	var y = _ + 1
	_ = y
	_()
}
