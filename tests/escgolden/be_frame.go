// A slice literal that does not escape keeps its backing array on the
// stack, however large: the frame goes over gc's 1GB limit.
package p

import "runtime"

func big() {
	x := [][]int{1e9: []int{}}
	runtime.KeepAlive(x)
}

func escapes() []int {
	return []int{1 << 28: 1} // in the heap: no error
}

func small() int {
	s := []int{1, 2, 3}
	return s[0]
}

func dropped() {
	_ = []byte{1 << 30: 1} // assigned to _: gc drops it
	var _ = []byte{1 << 30: 2}
}
