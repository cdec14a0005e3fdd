package p

var _ = map[string]int{"a": 1, "a": 2}
var _ = map[string]int{1}
var _ = map[int]string{1: 2}
var _ = map[string]int{"x": 1, 2: 3}
