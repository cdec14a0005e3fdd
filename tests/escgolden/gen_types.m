gen_types.go:19:10: (*Stack[go.shape.*uint8_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
gen_types.go:19:10: (*Stack[go.shape.string_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
gen_types.go:35:9: &Pair[go.shape.string_0,go.shape.int_1]{...} escapes to heap
gen_types.go:35:9: &Pair[go.shape.int_0,go.shape.[]uint8_1]{...} escapes to heap
gen_types.go:52:14: p does not escape
gen_types.go:42:2: moved to heap: n
gen_types.go:52:9: func literal does not escape
gen_types.go:55:27: ([]byte)("v") escapes to heap
