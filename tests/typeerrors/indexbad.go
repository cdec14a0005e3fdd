package p

func f(s []int, a [3]int, m map[string]int, n int) {
	_ = a[5]
	_ = s[-1]
	_ = s["x"]
	_ = m[1]
	_ = n[0]
	_ = "abc"[10]
	_ = s[1.5]
}
