package p

// Embedding in generic types, promoted methods, constraints with
// methods on pointer receivers, and generic slices of structs.

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type Named[T any] struct {
	Base
	Name string
	Data T
}

type Setter[T any] interface {
	*T
	Set(string)
}

type Item struct{ s string }

func (i *Item) Set(s string) { i.s = s }

func MakeAll[T any, PT Setter[T]](names []string) []T {
	out := make([]T, len(names))
	for i, n := range names {
		PT(&out[i]).Set(n)
	}
	return out
}

func IDs[T any](xs []*Named[T]) []int {
	ids := make([]int, 0, len(xs))
	for _, x := range xs {
		ids = append(ids, x.ID())
	}
	return ids
}

func Use() int {
	items := MakeAll[Item]([]string{"a", "b"})
	n := &Named[float64]{Base{1}, "x", 2.5}
	m := &Named[float64]{Base{2}, "y", 3.5}
	ids := IDs([]*Named[float64]{n, m})
	return len(items) + len(ids)
}
