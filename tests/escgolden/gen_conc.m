gen_conc.go:9:5: func literal escapes to heap
gen_conc.go:49:18: leaking param: x
gen_conc.go:46:6: moved to heap: wg
gen_conc.go:45:13: make([]go.shape.int_1, len(xs)) escapes to heap
gen_conc.go:49:6: func literal escapes to heap
gen_conc.go:66:40: s does not escape
gen_conc.go:61:2: moved to heap: v
gen_conc.go:62:6: moved to heap: g
gen_conc.go:64:6: moved to heap: h
gen_conc.go:59:20: []int{...} escapes to heap
gen_conc.go:60:20: []int{...} escapes to heap
gen_conc.go:66:28: []string{...} does not escape
gen_conc.go:66:35: func literal escapes to heap
