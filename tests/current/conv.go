package p

func Sink(x any) {}

func Println(xs ...any) {}

var g any

func Consts() {
	a, b := 7, "hello"
	Sink(a)
	g = b
	c := 3.5
	Println(c, a, b)
}

func Sizes(k int) int {
	n := 16
	s := make([]int, n)
	t := make([]byte, k)
	u := make([]int, len([]int{1, 2, 3}))
	return len(s) + len(t) + len(u)
}

func Grow(xs []int) []int {
	var s []int
	for _, x := range xs {
		s = append(s, x)
	}
	local := append([]int(nil), 1, 2)
	_ = local
	return s
}

func Reassigned(b bool, f func()) {
	v := 1
	if b {
		f()
	} else {
		v = 2
	}
	Sink(v)
	w := 5
	func() { w++ }()
	Sink(w)
}
