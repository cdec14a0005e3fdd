package p

func val() int { return 1 }

func f() {
	defer int(1)
	go val()
	defer recover()
	defer len("x")
	go func() {}
}
