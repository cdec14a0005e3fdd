package p

func f(x int) {
	break
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough
	}
	switch interface{}(x).(type) {
	case int:
		fallthrough
	default:
	}
	if x > 0 {
		fallthrough
	}
L:
	if x > 1 {
		break L
	}
	for {
		continue L
	}
}
