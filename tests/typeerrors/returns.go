package p

func a() int {
	return
}

func b() (int, string) {
	return 1
}

func c() {
	return 1
}

func d() int {
	for {
		break
	}
}

func e(x int) int {
	if x > 0 {
		return 1
	}
}
