package p

type Num interface{ int | float64 }

var x Num

func f(c comparable) {}

type S struct{ n Num }

func g[T Num](t T) {}

func h() { g(1) }
