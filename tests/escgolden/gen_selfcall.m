gen_selfcall.go:43:7: leaking param: x to result ~r0 level=1
gen_selfcall.go:44:7: x does not escape
gen_selfcall.go:44:18: leaking param: y to result ~r0 level=0
gen_selfcall.go:44:24: s does not escape
gen_selfcall.go:46:45: &X{} escapes to heap
gen_selfcall.go:22:13: make([]byte, c.n) escapes to heap
gen_selfcall.go:34:9: "x" escapes to heap
