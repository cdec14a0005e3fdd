//go:build go1.21

// A file that says go1.21 is checked and lowered at go1.21, whatever
// the compiler's own version: its loop variables are shared.

package p

var sink *int

func f(xs []int) {
	for _, x := range xs {
		sink = &x
	}
}
