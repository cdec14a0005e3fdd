package p

func f(r <-chan int, s chan<- int, n int) {
	r <- 1
	_ = <-s
	n <- 1
	_ = <-n
	var c chan string
	c <- 1
}
