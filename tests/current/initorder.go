package p

// The package's initialisation is analysed first: what it calls comes
// before the functions declared earlier.

func A(p *int) *int { return p }

var X = B()

func B() []byte { return make([]byte, 10) }

var Y = []byte{1, 2}

var Z = func() *int { return new(int) }()

// Package-level function literals come next, before the functions.
type Pool struct{ New func() any }

var pool = Pool{New: func() any {
	buf := make([]byte, 10)
	return &buf
}}

// A value of one pointer word is stored in an interface directly.
type noReadFrom struct{}

type wrapped struct {
	noReadFrom
	p *int
}

func Wrap(p *int) any { return wrapped{p: p} }
