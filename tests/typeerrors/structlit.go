package p

type T struct {
	a int
	b string
}

var _ = T{1}
var _ = T{1, "x", 3}
var _ = T{c: 1}
var _ = T{a: 1, "x"}
var _ = T{a: 1, a: 2}
var _ = T{"x", 1}
