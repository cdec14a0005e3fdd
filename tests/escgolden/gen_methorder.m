gen_methorder.go:7:57: make(map[go.shape.int_0]struct {}) escapes to heap
gen_methorder.go:12:11: make([]go.shape.int_0, 0, len(s.m)) escapes to heap
gen_methorder.go:7:57: make(map[go.shape.string_0]struct {}) escapes to heap
gen_methorder.go:7:57: make(map[go.shape.float64_0]struct {}) escapes to heap
gen_methorder.go:20:21: make(map[go.shape.float64_0]struct {}, len(s.m)) escapes to heap
gen_methorder.go:12:11: make([]go.shape.float64_0, 0, len(s.m)) escapes to heap
gen_methorder.go:20:21: make(map[go.shape.int_0]struct {}, len(s.m)) escapes to heap
gen_methorder.go:12:11: make([]go.shape.string_0, 0, len(s.m)) escapes to heap
gen_methorder.go:20:21: make(map[go.shape.string_0]struct {}, len(s.m)) escapes to heap
