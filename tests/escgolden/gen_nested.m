gen_nested.go:7:13: make([]go.shape.int_1, 0, len(xs)) escapes to heap
gen_nested.go:15:17: func literal does not escape
gen_nested.go:19:2: moved to heap: n
gen_nested.go:20:9: func literal escapes to heap
gen_nested.go:42:10: &Tree[go.shape.int_0]{...} escapes to heap
gen_nested.go:53:19: []int{...} does not escape
gen_nested.go:53:27: func literal does not escape
gen_nested.go:61:12: func literal does not escape
