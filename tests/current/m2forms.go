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

func sprintf(format string, args ...any) string {
	for _, a := range args {
		sink = a
	}
	return format
}

// variadic arguments are gathered into "... argument" as the call is
// read, before any explanation prints the call
func variadic(n int) {
	sink = sprintf("a %v", n)
	panic(sprintf("b %v", n))
}
