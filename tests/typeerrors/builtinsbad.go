package p

func f() {
	_ = len(1)
	_ = make(int)
	_ = make([]int)
	_ = new(1)
	var m map[string]int
	_ = cap(m)
	delete(m)
	var s []int
	copy(s, "abc")
	_ = append(1, 2)
	close(s)
	_ = complex(1, "a")
}
