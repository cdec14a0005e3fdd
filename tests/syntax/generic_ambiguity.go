package p

type T[P *int,] struct{}
type U[P *int] struct{}
type V[P (int)] struct{}
func f[P ~int | ~string, Q interface{ ~[]P }]() {}
var _ = f[int, []int]

var _ = )
