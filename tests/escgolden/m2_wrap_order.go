package p

type enc interface{ Encode(dst []byte) }

type be byte

func (b be) Encode(dst []byte) { dst[0] = byte(b) }

var E enc = be(0)

var sink interface{}

func mk() *int { return new(int) }

var P = mk()

func F(a []int, x *int) int {
	sink = x
	return a[len(a)-1] + a[0]
}

func G(s []int) int {
	for i := range s {
		s[i] = 0
	}
	return 0
}

func id(p *int) *int { sink = p; return p }

var Q = id(new(int))

var ax [4]int

func H(i int) int {
	return ax[i&3]
}
