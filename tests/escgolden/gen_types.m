gen_types.go:17:10: (*Stack[go.shape.*uint8_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
gen_types.go:17:10: (*Stack[go.shape.string_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
gen_types.go:33:9: &Pair[go.shape.string_0,go.shape.int_1]{...} escapes to heap
gen_types.go:33:9: &Pair[go.shape.int_0,go.shape.[]uint8_1]{...} escapes to heap
gen_types.go:50:14: p does not escape
gen_types.go:40:2: moved to heap: n
gen_types.go:50:9: func literal does not escape
gen_types.go:53:27: ([]byte)("v") escapes to heap
