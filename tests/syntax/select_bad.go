package p

func f(c chan int) {
	select c {
	}
	select {
	case <-c, <-c:
	case c <- 1
	}
}
