package p

func f(x int, s string, fl float64) {
	_ = x << -1
	_ = 1 << 10000
	_ = s << 1
	_ = fl << 2
	_ = x << s
	var u uint8 = 1 << 8
	_ = u
}
