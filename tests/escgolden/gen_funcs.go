package p

// Generic functions instantiated with types of different shapes.

func Identity[T any](x T) T { return x }

func Ptr[T any](x T) *T { return &x }

func Sum[T int | int64 | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type point struct{ x, y int }

func Use() int {
	a := Identity(1)
	b := Identity("s")
	p := Ptr(point{1, 2})
	q := Ptr(&point{3, 4})
	s := Sum([]int{1, 2, 3}) + int(Sum([]float64{1.5}))
	ks := Keys(map[string]int{"a": 1})
	ev := Filter([]int{1, 2, 3}, func(i int) bool { return i%2 == 0 })
	return a + len(b) + p.x + q.y + s + len(ks) + len(ev)
}
