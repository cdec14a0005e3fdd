package p

func f() {
	defer (f())
	go func() {}
	defer recover
}
