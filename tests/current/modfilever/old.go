//go:build go1.18

package fv

func loop18(xs []int) {
	for _, x := range xs {
		sink = append(sink, &x)
	}
}

func mm(a, b int) int { return max(a, b) }
