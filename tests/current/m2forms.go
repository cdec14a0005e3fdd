package p

type buf struct {
	arr [4]*int
	s   []*int
}

// the implicit & of slicing an array sits at the slice expression
func (b *buf) reset() {
	b.s = b.arr[:0]
}

func pair(s string) (string, error) { return s, nil }

var sink any

// return f(): the first result prints as a conversion to its type
func wrap(s string) (string, error) {
	return pair(s)
}

func wrapIface(s string) (any, error) {
	return pair(s)
}

func use(x *int) {
	var b buf
	b.arr[0] = x
	b.reset()
	sink = b.s
}

// a closure's capture sits at its first use as written: the left side
// of an assignment comes before its right side
func swapper(p *[]int64) func(i, j int) {
	is := *p
	return func(i, j int) { is[i], is[j] = is[j], is[i] }
}

func adder(p *[]int64) func(i int) {
	s := *p
	return func(i int) { s[i] += s[0] }
}
