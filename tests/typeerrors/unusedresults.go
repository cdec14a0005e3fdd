package p

func two() (int, string) { return 0, "" }

func f() {
	var x int = two()
	y := two() + 1
	_, _ = x, y
	z := struct{}{}.nope
	_ = z
}
