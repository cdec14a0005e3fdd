package p

func f() {
	x := nil
	var y = nil
	_ = nil == nil
	var i int = nil
	_ = x
	_ = y
	_ = i
}
