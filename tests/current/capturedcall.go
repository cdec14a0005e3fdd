// A closure called through a variable another closure captures is known
// (the captured variable has its outer variable's static value), so its
// parameters keep their tags.
package p

type G struct{ next *G }

var cur *G

func each(fn func(*G)) {
	for g := cur; g != nil; g = g.next {
		fn(g)
	}
}

func Count() int {
	isOK := func(g *G) bool { return g != cur }
	n := 0
	each(func(g *G) {
		if isOK(g) {
			n++
		}
	})
	return n
}
