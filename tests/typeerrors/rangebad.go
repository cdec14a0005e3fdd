package p

func f(ch chan<- int, rch <-chan int) {
	for range 10 {
	}
	for i := range 3.5 {
		_ = i
	}
	for x := range ch {
		_ = x
	}
	for k, v := range rch {
		_, _ = k, v
	}
	for a, b := range "s" {
		_ = a
	}
}
