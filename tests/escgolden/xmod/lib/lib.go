package lib

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable]() *Set[T] { return &Set[T]{m: make(map[T]struct{})} }

func (s *Set[T]) Add(v T) { s.m[v] = struct{}{} }

func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Collect[T any](f func(yield func(T))) []T {
	var out []T
	f(func(v T) { out = append(out, v) })
	return out
}

var Sink any

func Keep[T any](p *T, q *T) *T {
	Sink = p
	return q
}
