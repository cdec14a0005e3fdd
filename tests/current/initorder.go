package p

// The package's initialisation is analysed first: what it calls comes
// before the functions declared earlier.

func A(p *int) *int { return p }

var X = B()

func B() []byte { return make([]byte, 10) }

var Y = []byte{1, 2}

var Z = func() *int { return new(int) }()
