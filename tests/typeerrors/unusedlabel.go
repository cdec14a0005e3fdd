package p

func f(x int) int {
Outer:
	for i := 0; i < x; i++ {
	Inner:
		for {
			continue Outer
		}
	}
	switch {
	case x > 0:
		fallthrough
	}
	return 0
}
