// A generic type's methods calling each other: in the shaped bodies the
// callee's dictionary is a sub-dictionary entry of the caller's.
package p

type Pt[T any] interface {
	Bytes() []byte
	Mult(T, []byte) (T, error)
}

type C[P Pt[P]] struct {
	newPoint func() P
	n        int
}

var sink []byte

func (c *C[P]) norm(s []byte) []byte {
	sink = s
	if len(s) == c.n {
		return s
	}
	return make([]byte, c.n)
}

func (c *C[P]) from(b []byte) (P, error) {
	sink = b
	p := c.newPoint()
	return p, nil
}

func (c *C[P]) Mult(b []byte, s []byte) []byte {
	p, err := c.from(b)
	if err != nil {
		panic("x")
	}
	s = c.norm(s)
	p, err = p.Mult(p, s)
	return p.Bytes()
}

type X struct{ b []byte }

func (x *X) Bytes() []byte                   { return x.b }
func (x *X) Mult(y *X, s []byte) (*X, error) { return y, nil }

var c = &C[*X]{newPoint: func() *X { return &X{} }}
