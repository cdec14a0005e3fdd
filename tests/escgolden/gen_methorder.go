// The methods of the instantiated types are made in the order the types
// were met; making one (its dictionary) makes only the types met since.
package p

type Set[E comparable] struct{ m map[E]struct{} }

func Make[E comparable]() Set[E] { return Set[E]{m: make(map[E]struct{})} }

func (s Set[E]) Add(v E) { s.m[v] = struct{}{} }

func (s Set[E]) Values() []E {
	r := make([]E, 0, len(s.m))
	for v := range s.m {
		r = append(r, v)
	}
	return r
}

func (s Set[E]) Copy() Set[E] {
	r := Set[E]{m: make(map[E]struct{}, len(s.m))}
	for v := range s.m {
		r.m[v] = struct{}{}
	}
	return r
}

func A() []int {
	s := Make[int]()
	s.Add(1)
	return s.Values()
}

func B() {
	s := Make[string]()
	s.Add("x")
}

func C() Set[float64] {
	s := Make[float64]()
	return s.Copy()
}
