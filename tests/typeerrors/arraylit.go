package p

var _ = [2]int{1, 2, 3}
var _ = [3]int{0: 1, 0: 2}
var _ = [2]int{5: 1}
var _ = []int{-1: 1}
var _ = [...]int{1, "a"}
var _ = []int{1.5}
