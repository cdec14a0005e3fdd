package p

type S struct{ f func() }

func f(a, b []int, m map[int]int, s1, s2 S) {
	_ = a == b
	_ = m != nil
	_ = s1 == s2
	_ = a == nil
	var i interface{} = a
	_ = i == a
}
