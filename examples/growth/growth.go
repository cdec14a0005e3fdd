// Package growth: make with a constant size can live on the stack;
// a non-constant size, or growth through append, needs the heap.
package growth

func Fixed() int {
	s := make([]int, 0, 8) // does not escape
	for i := 0; i < 8; i++ {
		s = append(s, i)
	}
	return len(s)
}

func Sized(n int) int {
	s := make([]int, n) // escapes: non-constant size
	return len(s)
}

func Grow(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // the result is returned
	}
	return s
}

func Pointers(n int) []*int {
	var s []*int
	for i := 0; i < n; i++ {
		v := i
		s = append(s, &v) // v moves to the heap
	}
	return s
}
