// Package stackheap: a value returned by value stays on the stack; a
// variable whose address is returned moves to the heap.
package stackheap

func Stack() int {
	i := 10 // stays on the stack
	return i
}

func Heap() *int {
	j := 10 // moved to heap: its address outlives the call
	return &j
}

type S struct{ M *int }

func Identity(z *S) *S { return z } // z leaks to the result only

func Ref(z S) *S { return &z } // z moves to the heap

func RefStruct(y int) (z S) {
	z.M = &y // y moves to the heap
	return z
}

func RefStructPtr(y *int) (z S) {
	z.M = y // y leaks to the result z
	return z
}

func Store(y *int, z *S) {
	z.M = y // y leaks: stored through a pointer parameter
}

func Caller() int {
	var x S
	var i int
	Store(&i, &x) // i moves to the heap; x does not escape
	return i + *Identity(&x).M
}
