// flags: -+

// Compiled as the runtime: nothing may move to the heap unseen, and
// the write-barrier directives hold through calls.
package p

func f(x int) func(int) int {
	return func(y int) int { return x + y }
}

func g(x int) func(int) int {
	return func(y int) int {
		x += y
		return x + y
	}
}

func h(x int) int {
	return func() int { return x }() // called in place: no closure
}

func k() func() int {
	return func() int { return 1 } // captures nothing
}

type t struct {
	f *t
	s []*t
}

var x t
var y *t

//go:nowritebarrier
func a1() {
	x.f = y
	a2()
}

func a2() {
	x.f = y
}

//go:nowritebarrier
func a3() {
	x.s = x.s[:0] // only the length changes
	x.f = nil
}

//go:nowritebarrierrec
func b1() {
	b2()
}

func b2() {
	b3()
}

func b3() {
	x.f = y
}

//go:nowritebarrierrec
func c1() {
	c2()
}

//go:yeswritebarrierrec
func c2() {
	x.f = y
}

func systemstack(func()) {}

//go:nowritebarrierrec
func e1() {
	systemstack(e2)
	systemstack(func() {
		x.f = y
	})
}

func e2() {
	x.f = y
}
