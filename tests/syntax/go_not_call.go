package p

func f() {
	go f
	go (f)()
	defer (g)
}

func g() {}
