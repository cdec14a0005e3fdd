package p

func f(x int, y interface{}) {
	switch x {
	case 1, 2:
	case 2:
	case 3:
	default:
	default:
	}
	switch y.(type) {
	case int:
	case string, int:
	case nil:
	case nil:
	}
	switch {
	case x:
	}
}
