//go:build go1.22

package fv

var sink []*int

func loop22(xs []int) {
	for _, x := range xs {
		sink = append(sink, &x)
	}
}

func minmax(a, b int) int { return min(a, b) }
