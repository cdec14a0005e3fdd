package p

// Generic functions calling generic functions, closures inside
// instances, and recursion.

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Apply[T any](xs []T, f func(T) T) []T {
	return Map(xs, func(x T) T { return f(x) })
}

func Counter[T any]() func(T) int {
	n := 0
	return func(T) int {
		n++
		return n
	}
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func Insert[T int | string](t *Tree[T], v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = Insert(t.Left, v)
	} else {
		t.Right = Insert(t.Right, v)
	}
	return t
}

func Use() int {
	ys := Apply([]int{1, 2}, func(i int) int { return i * 2 })
	c := Counter[string]()
	c("x")
	var root *Tree[int]
	for _, v := range ys {
		root = Insert(root, v)
	}
	sum := 0
	root.Walk(func(v int) { sum += v })
	return sum
}
