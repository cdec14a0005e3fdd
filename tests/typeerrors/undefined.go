package p

func f() int {
	return x + y
}

var _ = undefinedFunc(1)

type T struct{ a int }

func g(t T) { _ = t.b }
