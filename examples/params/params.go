// Package params: what the parameter summaries (leak tags) say.
package params

var global *int

func Leak(p *int) { global = p }            // leaking param: p

func Content(pp **int) { global = *pp }     // leaking param content: pp

func Result(p *int) *int { return p }       // leaking param: p to result ~r0 level=0

func None(p *int) int { return *p }         // p does not escape

func Closure() func() int {
	x := 0 // captured by reference and outlives the call: moved to heap
	return func() int {
		x++
		return x
	}
}

func Deferred() (n int) {
	v := new(int) // does not escape: the deferred closure runs before return
	defer func() { n = *v }()
	*v = 1
	return
}
