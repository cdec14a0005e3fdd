package p

func Count(n int) []*int {
	var out []*int
	for i := range n {
		out = append(out, &i)
	}
	return out
}

func Sum(xs []int) (t int) {
	for range 10 {
		for _, x := range xs {
			t += x
		}
	}
	return
}
