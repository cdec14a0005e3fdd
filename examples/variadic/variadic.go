// Package variadic: variadic arguments are gathered into a slice; fmt
// keeps its arguments (it calls methods through interfaces), so they
// escape.
package variadic

import "fmt"

func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func Print(name string, n int) string {
	total := Sum(1, 2, 3)             // ... argument does not escape
	fmt.Println(name, n, total)       // the arguments escape
	return fmt.Sprintf("%s:%d", name, n) // so do these
}
