package p

func f(s []int, str string, n int, a [3]int) {
	_ = n[1:2]
	_ = s[2:1]
	_ = str[1:2:3]
	_ = a[1:5]
	_ = s[-1:]
	_ = s["a":]
	_ = a[:]
}
