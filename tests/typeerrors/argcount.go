package p

func two(a, b int) int { return a + b }

func f() {
	_ = two(1)
	_ = two(1, 2, 3)
	_ = two("a", 2)
	two(1, 2)
}
