gen_switch.go:10:2: unsafe.Pointer(x) does not escape
gen_switch.go:14:11: unsafe.Pointer(x) does not escape
gen_switch.go:14:11: unsafe.Pointer(y) does not escape
gen_switch.go:22:11: unsafe.Pointer(x) does not escape
gen_switch.go:22:11: unsafe.Pointer(y) does not escape
gen_switch.go:22:11: ... argument does not escape
gen_switch.go:22:12: 1 does not escape
gen_switch.go:26:2: unsafe.Pointer(x) does not escape
gen_switch.go:29:11: unsafe.Pointer(x + 1) does not escape
gen_switch.go:33:2: unsafe.Pointer(x) does not escape
gen_switch.go:33:2: unsafe.Pointer(1) does not escape
gen_switch.go:33:2: unsafe.Pointer(y) does not escape
gen_switch.go:37:18: unsafe.Pointer(x) does not escape
gen_switch.go:37:18: []int{} does not escape
