gen_conc.go:11:5: func literal escapes to heap
gen_conc.go:51:18: leaking param: x
gen_conc.go:48:6: moved to heap: wg
gen_conc.go:47:13: make([]go.shape.int_1, len(xs)) escapes to heap
gen_conc.go:51:6: func literal escapes to heap
gen_conc.go:68:40: s does not escape
gen_conc.go:63:2: moved to heap: v
gen_conc.go:64:6: moved to heap: g
gen_conc.go:66:6: moved to heap: h
gen_conc.go:61:20: []int{...} escapes to heap
gen_conc.go:62:20: []int{...} escapes to heap
gen_conc.go:68:28: []string{...} does not escape
gen_conc.go:68:35: func literal escapes to heap
