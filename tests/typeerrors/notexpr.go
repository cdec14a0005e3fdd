package p

type T int

func f() int { return 1 }

func g() {
	T
	len
	1 + 2
	f()
	f
	_ = T
}
