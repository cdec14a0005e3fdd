package p

type T struct{}

func (t *T) M() {}

type I interface{ M() }

func f() {
	var i I = T{}
	T{}.M()
	_ = i
	var p **T
	p.M()
}
