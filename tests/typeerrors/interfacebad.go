package p

type I interface {
	M()
	M(int)
	_()
}

type J interface {
	I
	M() string
}

type K interface{ int; string }

var _ K
