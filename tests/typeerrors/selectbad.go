package p

func f(c chan int) {
	x := 1
	select {
	case x > 0:
	case c <- 1:
	default:
	default:
	}
}
