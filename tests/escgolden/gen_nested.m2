gen_nested.go:7:13: make([]go.shape.int_1, 0, len(xs)) escapes to heap:
gen_nested.go:7:13:   flow: {heap} = &{storage for make([]go.shape.int_1, 0, len(xs))}:
gen_nested.go:7:13:     from make([]go.shape.int_1, 0, len(xs)) (non-constant size) at gen_nested.go:7:13
gen_nested.go:7:13: make([]go.shape.int_1, 0, len(xs)) escapes to heap
gen_nested.go:14:6: Apply[go.shape.int_0] capturing by value: .dict (addr=false assign=false width=8)
gen_nested.go:14:27: Apply[go.shape.int_0] capturing by value: f (addr=false assign=false width=8)
gen_nested.go:15:17: func literal does not escape
gen_nested.go:18:6: Counter[go.shape.string_0] capturing by value: .dict (addr=false assign=false width=8)
gen_nested.go:19:2: Counter[go.shape.string_0] capturing by ref: n (addr=false assign=true width=8)
gen_nested.go:20:9: func literal escapes to heap:
gen_nested.go:20:9:   flow: ~r0 = &{storage for func literal}:
gen_nested.go:20:9:     from func literal (spill) at gen_nested.go:20:9
gen_nested.go:20:9:     from return func literal (return) at gen_nested.go:20:2
gen_nested.go:19:2: n escapes to heap:
gen_nested.go:19:2:   flow: {storage for func literal} = &n:
gen_nested.go:19:2:     from n (captured by a closure) at gen_nested.go:21:3
gen_nested.go:19:2:     from n (reference) at gen_nested.go:21:3
gen_nested.go:18:6: parameter .dict leaks to {storage for func literal} with derefs=0:
gen_nested.go:18:6:   flow: {storage for func literal} = .dict:
gen_nested.go:18:6:     from .dict (captured by a closure) at gen_nested.go:20:9
gen_nested.go:19:2: moved to heap: n
gen_nested.go:20:9: func literal escapes to heap
gen_nested.go:40:29: parameter t leaks to {heap} with derefs=0:
gen_nested.go:40:29:   flow: ~r0 = t:
gen_nested.go:40:29:     from return t (return) at gen_nested.go:49:2
gen_nested.go:40:29:   flow: {heap} = ~r0:
gen_nested.go:40:29:     from t.Left = Insert[go.shape.int_0]((*(*[6]uintptr)(unsafe.Pointer(.dict)))[.dict], t.Left, v) (assign) at gen_nested.go:45:10
gen_nested.go:42:10: &Tree[go.shape.int_0]{...} escapes to heap:
gen_nested.go:42:10:   flow: ~r0 = &{storage for &Tree[go.shape.int_0]{...}}:
gen_nested.go:42:10:     from &Tree[go.shape.int_0]{...} (spill) at gen_nested.go:42:10
gen_nested.go:42:10:     from return &Tree[go.shape.int_0]{...} (return) at gen_nested.go:42:3
gen_nested.go:42:10:   flow: {heap} = ~r0:
gen_nested.go:42:10:     from t.Left = Insert[go.shape.int_0]((*(*[6]uintptr)(unsafe.Pointer(.dict)))[.dict], t.Left, v) (assign) at gen_nested.go:45:10
gen_nested.go:40:29: parameter t leaks to ~r0 with derefs=0:
gen_nested.go:40:29:   flow: ~r0 = t:
gen_nested.go:40:29:     from return t (return) at gen_nested.go:49:2
gen_nested.go:42:10: &Tree[go.shape.int_0]{...} escapes to heap
gen_nested.go:60:2: Use capturing by ref: sum (addr=false assign=true width=8)
gen_nested.go:53:19: []int{...} does not escape
gen_nested.go:53:27: func literal does not escape
gen_nested.go:61:12: func literal does not escape
