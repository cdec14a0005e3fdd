package p

var sink interface{}

func F(x interface{}) int {
	switch y := x.(type) {
	case *int:
		const a, b = 1, 2
		type T struct{ p *int }
		type (
			U int
			V string
		)
		sink = T{y}
		return a + b
	}
	return 0
}
