package p

func v(prefix string, xs ...int) {}

func f(s []int, t []string) {
	v("a", s)
	v("a", t...)
	v("a", 1, s...)
	v()
	_ = append(s, t...)
	_ = append(s, "x")
}
