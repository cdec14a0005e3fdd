package p

type T struct{ x *int }

func (t *T) M(p *int) *int { t.x = p; return p }

type I interface{ M(*int) *int }

type E struct{ T }

func F(i I) { var x int; i.M(&x) }

var V I = &E{}
