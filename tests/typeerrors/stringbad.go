package p

func f(s string) {
	_ = "a" * 2
	_ = s - "b"
	_ = s + 1
	_ = s[0] + "x"
	var b byte = s
	_ = b
}
