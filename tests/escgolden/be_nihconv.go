// Conversions cannot make a pointer to a //go:notinheap type from a
// pointer to an ordinary one, nor a slice of notinheap bytes from a
// string (gc's typechecker reports these after go/types' checks).
package p

//go:notinheap
type nih struct {
	next *nih
}

type plain struct{ next *nih }

//go:notinheap
type b byte

//go:notinheap
type r rune

var sink interface{}

func conv(p *plain, q *struct{ next *nih }, s string) {
	sink = (*nih)(p)
	sink = (*nih)(q)
	sink = []b("text")
	sink = []r(s)
	sink = (*plain)(nil) // fine
	sink = []byte(s)     // fine
}
