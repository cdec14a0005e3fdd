package p

type T struct{ a int }
type U struct{ b int }

func f() {
	_ = int("x")
	_ = string(1.5)
	_ = T(U{})
	_ = []byte(5)
	_ = float64("1")
	_ = bool(1)
	_ = (*int)(nil)
	var i interface{}
	_ = int(i)
}
