package p

// Generic types with methods, method values and expressions.

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s *Stack[T]) Each(f func(T)) {
	for _, x := range s.items {
		f(x)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) *Pair[K, V] {
	return &Pair[K, V]{k, v}
}

var sink interface{}

func Use() {
	var s Stack[*int]
	n := 1
	s.Push(&n)
	x, _ := s.Pop()
	sink = x
	var t Stack[string]
	push := t.Push
	push("a")
	pop := (*Stack[string]).Pop
	pop(&t)
	total := 0
	s.Each(func(p *int) { total += *p })
	pr := MakePair("k", 2)
	_ = pr
	sink = MakePair(1, []byte("v"))
}
