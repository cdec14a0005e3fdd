package p

type I interface{ M() }
type J interface{ M() int }
type T struct{}

func (T) M() {}

func f(i I, x int) {
	_ = x.(int)
	_ = i.(J)
	_ = i.(string)
	_, _ = i.(T)
	_ = i.(*T)
}
