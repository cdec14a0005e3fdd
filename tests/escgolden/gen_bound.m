gen_bound.go:16:7: leaking param: r to result ~r0 level=1
gen_bound.go:29:36: unsafe.Pointer(x) escapes to heap
gen_bound.go:32:17: unsafe.Pointer(x) does not escape
gen_bound.go:32:17: unsafe.Pointer(x) does not escape
gen_bound.go:44:16: []num{...} does not escape
gen_bound.go:45:17: []*ref{...} does not escape
gen_bound.go:45:18: &ref{...} escapes to heap
gen_bound.go:45:25: &ref{...} escapes to heap
gen_bound.go:47:10: &ref{...} does not escape
gen_bound.go:51:11: &ref{...} escapes to heap
