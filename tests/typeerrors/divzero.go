package p

const zero = 0

func f(x int, y float64) {
	_ = x / 0
	_ = x % zero
	_ = y / 0
	_ = 1.0 / zero
	x /= 0
}
