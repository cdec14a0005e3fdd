// A closure in a generic function: unified IR captures the
// dictionary after the closure's own variables (-m=2 lists them).

package p

func first(s string) int { return len(s) + parseG([]byte(s)) }

func parseG[S string | []byte](x S) int {
	f := func() int { return len(x) }
	return f()
}

func useIt(s string) int { return parseG(s) }

func last(p *int) *int { return p }
