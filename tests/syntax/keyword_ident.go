package p

func f() {
	var func = 1
	type := 2
}
