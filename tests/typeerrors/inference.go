package p

func Zero[T any]() T {
	var z T
	return z
}

func Pair[A, B any](a A) (A, B) {
	var b B
	return a, b
}

func f() {
	_ = Zero()
	_, _ = Pair(1)
	_ = Zero[int]()
}
