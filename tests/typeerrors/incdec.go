package p

func f(s string, b bool, p *int) {
	s++
	b--
	p++
	const c = 1
	c++
	len("x")++
}
