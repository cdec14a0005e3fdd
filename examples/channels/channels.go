// Package channels: values sent on a channel are assumed to reach any
// goroutine, so what they point to moves to the heap.
package channels

func Send() {
	var (
		chInteger   = make(chan *int)
		chMap       = make(chan map[int]int)
		chSlice     = make(chan []int)
		chInterface = make(chan interface{})
		a, b, c, d  = 0, map[int]int{}, []int{}, 32
	)
	chInteger <- &a  // a escapes
	chMap <- b       // b escapes
	chSlice <- c     // c escapes
	chInterface <- d // d escapes
}
