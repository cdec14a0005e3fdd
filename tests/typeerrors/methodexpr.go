package p

type T struct{}

func (*T) P() {}
func (T) V()  {}

func f() {
	_ = T.P
	_ = (*T).V
	_ = T.X
	var t T
	_ = t.X
	_ = T.V(t, 1)
}
