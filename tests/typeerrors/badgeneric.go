package p

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

var _ = Sum[string]
var _ Pair[[]int, int]
var _ Pair[int]
var _ = Sum([]bool{true})
