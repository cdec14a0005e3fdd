// Bounds-check diagnostics come from gc's walk, in the order of its
// function list: init and its literals, the declared functions, then
// the closures that capture nothing, the last function's first.
package p

var A [256]int

func F1(b byte) int {
	f := func(x byte) int { return A[x] }
	g := func(x byte) int {
		h := func(y byte) int { return A[y] }
		return A[x] + h(x)
	}
	return f(b) + g(b) + A[b]
}

func F2(b byte) int {
	f := func(x byte) int { return A[x] }
	return f(b) + A[b]
}

func F3(b byte) int {
	return A[b]
}

var V = func(x byte) int { return A[x] }(3)
