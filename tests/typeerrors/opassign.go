package p

func f(x int, s string) {
	x += "a"
	s -= "b"
	x, s += 1, "c"
	x <<= 1.5
	s += s
	x &^= 3
}
