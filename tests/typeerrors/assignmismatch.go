package p

func two() (int, int) { return 1, 2 }
func one() int        { return 1 }

func f() {
	a, b, c := two()
	x, y := one()
	var p, q = 1
	var m, n int = 1, 2, 3
	_, _, _, _, _, _, _, _, _, _ = a, b, c, x, y, p, q, m, n, 0
	a, b = 1
}
