// Values of //go:notinheap types are made neither on the stack nor by
// new, make or append (gc finds these in its back end).
package p

//go:notinheap
type nih struct {
	next *nih
}

type holder struct {
	x nih
}

type plain struct{ next *nih }

//go:notinheap
type b byte

var g nih
var sink interface{}
var z []nih

func f() {
	var v nih
	g = v
}

func alloc(n int) {
	sink = new(nih)
	sink = new(holder)
	sink = new([2]nih)
	z = make([]nih, n)
	z = append(z, g)
}
