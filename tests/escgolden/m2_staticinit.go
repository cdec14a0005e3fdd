package p

type T struct {
	a  int
	m  map[string]int
	m2 map[int]string
}

var Z = T{m: make(map[string]int), m2: make(map[int]string)}

var P = &T{m: make(map[string]int)}

type term struct{ x int }

var L = []*term{new(term), nil, new(term)}

var A = [3]*term{2: new(term)}
