// Package indirect: assigning to fields of a value on the stack keeps
// things on the stack; assigning through a pointer whose target is not
// known to stay local moves the assigned values to the heap.
package indirect

type Data struct {
	data  map[int]int
	slice []int
	ch    chan int
	inf   interface{}
	p     *int
}

func Local() Data {
	d1 := Data{}
	d1.data = make(map[int]int) // does not escape
	d1.slice = make([]int, 4)   // does not escape
	d1.ch = make(chan int, 4)   // does not escape
	d1.inf = 3                  // does not escape
	d1.p = new(int)             // does not escape
	return Data{}
}

var sink *Data

func Through() {
	d2 := new(Data)             // escapes: stored in a global below
	d2.data = make(map[int]int) // escapes
	d2.slice = make([]int, 4)   // escapes
	d2.ch = make(chan int, 4)   // escapes
	d2.inf = 3                  // escapes
	d2.p = new(int)             // escapes
	sink = d2
}

func Param(d *Data) {
	d.p = new(int) // escapes: d's target is unknown here
}
