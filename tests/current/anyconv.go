package p

var sink any

func f(s []byte) {
	sink = any(string(s))
	sink = interface{}(string(s))
}

func g[T any](x T, y any) {}

func h(s []byte) {
	g(1, any(string(s)))
	g(any(string(s)), 2)
}
