gen_conc.go:9:5: func literal escapes to heap:
gen_conc.go:9:5:   flow: {heap} = &{storage for func literal}:
gen_conc.go:9:5:     from func literal (spill) at gen_conc.go:9:5
gen_conc.go:7:6: Produce[go.shape.int_0] capturing by value: .dict (addr=false assign=false width=8)
gen_conc.go:8:2: Produce[go.shape.int_0] capturing by value: ch (addr=false assign=false width=8)
gen_conc.go:7:21: Produce[go.shape.int_0] capturing by value: xs (addr=false assign=false width=24)
gen_conc.go:10:14: Produce[go.shape.int_0].func1 capturing by value: .autotmp_2 (addr=false assign=false width=8)
gen_conc.go:7:21: parameter xs leaks to {storage for func literal} with derefs=0:
gen_conc.go:7:21:   flow: {storage for func literal} = xs:
gen_conc.go:7:21:     from xs (captured by a closure) at gen_conc.go:11:21
gen_conc.go:7:6: parameter .dict leaks to {storage for func literal} with derefs=0:
gen_conc.go:7:6:   flow: {storage for func literal} = .dict:
gen_conc.go:7:6:     from .dict (captured by a closure) at gen_conc.go:9:5
gen_conc.go:9:5: func literal escapes to heap
gen_conc.go:34:12: (*Guarded[go.shape.*uint8_0]).Set capturing by value: .autotmp_3 (addr=false assign=false width=8)
gen_conc.go:32:26: parameter v leaks to {heap} with derefs=0:
gen_conc.go:32:26:   flow: {heap} = v:
gen_conc.go:32:26:     from g.val = v (assign) at gen_conc.go:35:8
gen_conc.go:32:7: parameter g leaks to {heap} with derefs=0:
gen_conc.go:32:7:   flow: {heap} = g:
gen_conc.go:32:7:     from g.mu (dot of pointer) at gen_conc.go:33:3
gen_conc.go:32:7:     from g.mu (address-of) at gen_conc.go:33:6
gen_conc.go:32:7:     from (*sync.Mutex).Lock(g.mu) (call parameter) at gen_conc.go:33:11
gen_conc.go:34:12: (*Guarded[go.shape.[4]uint8_0]).Set capturing by value: .autotmp_3 (addr=false assign=false width=8)
gen_conc.go:32:7: parameter g leaks to {heap} with derefs=0:
gen_conc.go:32:7:   flow: {heap} = g:
gen_conc.go:32:7:     from g.mu (dot of pointer) at gen_conc.go:33:3
gen_conc.go:32:7:     from g.mu (address-of) at gen_conc.go:33:6
gen_conc.go:32:7:     from (*sync.Mutex).Lock(g.mu) (call parameter) at gen_conc.go:33:11
gen_conc.go:46:6: wg escapes to heap:
gen_conc.go:46:6:   flow: {heap} = &wg:
gen_conc.go:46:6:     from wg (address-of) at gen_conc.go:48:5
gen_conc.go:46:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at gen_conc.go:48:9
gen_conc.go:49:3: func literal escapes to heap:
gen_conc.go:49:3:   flow: {heap} = &{storage for func literal}:
gen_conc.go:49:3:     from func literal (spill) at gen_conc.go:49:3
gen_conc.go:46:6: wg escapes to heap:
gen_conc.go:46:6:   flow: {heap} = &wg:
gen_conc.go:46:6:     from wg (address-of) at gen_conc.go:54:4
gen_conc.go:46:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at gen_conc.go:54:9
gen_conc.go:44:6: ParallelMap[go.shape.string_0,go.shape.int_1] capturing by value: .dict (addr=false assign=false width=8)
gen_conc.go:46:6: ParallelMap[go.shape.string_0,go.shape.int_1] capturing by ref: wg (addr=true assign=false width=16)
gen_conc.go:44:36: ParallelMap[go.shape.string_0,go.shape.int_1] capturing by value: f (addr=false assign=false width=8)
gen_conc.go:45:2: ParallelMap[go.shape.string_0,go.shape.int_1] capturing by value: out (addr=false assign=false width=24)
gen_conc.go:50:12: ParallelMap[go.shape.string_0,go.shape.int_1].func1 capturing by value: .autotmp_3 (addr=false assign=false width=8)
gen_conc.go:49:6: ParallelMap[go.shape.string_0,go.shape.int_1] capturing by value: .autotmp_8 (addr=false assign=false width=8)
gen_conc.go:52:4: ParallelMap[go.shape.string_0,go.shape.int_1] capturing by value: .autotmp_9 (addr=false assign=false width=8)
gen_conc.go:52:4: ParallelMap[go.shape.string_0,go.shape.int_1] capturing by value: .autotmp_10 (addr=false assign=false width=16)
gen_conc.go:45:13: make([]go.shape.int_1, len(xs)) escapes to heap:
gen_conc.go:45:13:   flow: {heap} = &{storage for make([]go.shape.int_1, len(xs))}:
gen_conc.go:45:13:     from make([]go.shape.int_1, len(xs)) (non-constant size) at gen_conc.go:45:13
gen_conc.go:49:18: parameter x leaks to {heap} with derefs=0:
gen_conc.go:49:18:   flow: {heap} = x:
gen_conc.go:49:18:     from f(x) (call parameter) at gen_conc.go:51:14
gen_conc.go:44:28: parameter xs leaks to {heap} with derefs=1:
gen_conc.go:44:28:   flow: {temp} = xs:
gen_conc.go:44:28:   flow: x = *{temp}:
gen_conc.go:44:28:     from for loop (range-deref) at gen_conc.go:47:14
gen_conc.go:44:28:   flow: .autotmp_10 = x:
gen_conc.go:44:28:     from .autotmp_10 = x (assign) at gen_conc.go:52:4
gen_conc.go:44:28:   flow: x = .autotmp_10:
gen_conc.go:44:28:     from .autotmp_8(.autotmp_9, .autotmp_10) (call parameter) at gen_conc.go:52:4
gen_conc.go:44:28:   flow: {heap} = x:
gen_conc.go:44:28:     from f(x) (call parameter) at gen_conc.go:51:14
gen_conc.go:44:28: parameter xs leaks to {storage for func literal} with derefs=1:
gen_conc.go:44:28:   flow: {temp} = xs:
gen_conc.go:44:28:   flow: x = *{temp}:
gen_conc.go:44:28:     from for loop (range-deref) at gen_conc.go:47:14
gen_conc.go:44:28:   flow: .autotmp_10 = x:
gen_conc.go:44:28:     from .autotmp_10 = x (assign) at gen_conc.go:52:4
gen_conc.go:44:28:   flow: {storage for func literal} = .autotmp_10:
gen_conc.go:44:28:     from .autotmp_10 (captured by a closure) at gen_conc.go:52:4
gen_conc.go:49:6: func literal escapes to heap:
gen_conc.go:49:6:   flow: .autotmp_8 = &{storage for func literal}:
gen_conc.go:49:6:     from func literal (spill) at gen_conc.go:49:6
gen_conc.go:49:6:     from .autotmp_8 = func literal (assign) at gen_conc.go:49:6
gen_conc.go:49:6:   flow: {storage for func literal} = .autotmp_8:
gen_conc.go:49:6:     from .autotmp_8 (captured by a closure) at gen_conc.go:52:4
gen_conc.go:44:36: parameter f leaks to {storage for func literal} with derefs=0:
gen_conc.go:44:36:   flow: {storage for func literal} = f:
gen_conc.go:44:36:     from f (captured by a closure) at gen_conc.go:51:13
gen_conc.go:44:6: parameter .dict leaks to {storage for func literal} with derefs=0:
gen_conc.go:44:6:   flow: {storage for func literal} = .dict:
gen_conc.go:44:6:     from .dict (captured by a closure) at gen_conc.go:49:6
gen_conc.go:49:18: leaking param: x
gen_conc.go:46:6: moved to heap: wg
gen_conc.go:45:13: make([]go.shape.int_1, len(xs)) escapes to heap
gen_conc.go:49:6: func literal escapes to heap
gen_conc.go:40:12: (*Guarded[go.shape.*uint8_0]).Get capturing by value: .autotmp_3 (addr=false assign=false width=8)
gen_conc.go:38:7: parameter g leaks to {heap} with derefs=0:
gen_conc.go:38:7:   flow: {heap} = g:
gen_conc.go:38:7:     from g.mu (dot of pointer) at gen_conc.go:39:3
gen_conc.go:38:7:     from g.mu (address-of) at gen_conc.go:39:6
gen_conc.go:38:7:     from (*sync.Mutex).Lock(g.mu) (call parameter) at gen_conc.go:39:11
gen_conc.go:38:7: parameter g leaks to ~r0 with derefs=1:
gen_conc.go:38:7:   flow: ~r0 = *g:
gen_conc.go:38:7:     from g.val (dot of pointer) at gen_conc.go:41:10
gen_conc.go:38:7:     from return g.val (return) at gen_conc.go:41:2
gen_conc.go:40:12: (*Guarded[go.shape.[4]uint8_0]).Get capturing by value: .autotmp_3 (addr=false assign=false width=8)
gen_conc.go:38:7: parameter g leaks to {heap} with derefs=0:
gen_conc.go:38:7:   flow: {heap} = g:
gen_conc.go:38:7:     from g.mu (dot of pointer) at gen_conc.go:39:3
gen_conc.go:38:7:     from g.mu (address-of) at gen_conc.go:39:6
gen_conc.go:38:7:     from (*sync.Mutex).Lock(g.mu) (call parameter) at gen_conc.go:39:11
gen_conc.go:59:20: []int{...} escapes to heap:
gen_conc.go:59:20:   flow: {heap} = &{storage for []int{...}}:
gen_conc.go:59:20:     from []int{...} (spill) at gen_conc.go:59:20
gen_conc.go:59:20:     from Produce[go.shape.int_0](&.dict.Produce[int], []int{...}) (call parameter) at gen_conc.go:59:14
gen_conc.go:60:20: []int{...} escapes to heap:
gen_conc.go:60:20:   flow: {heap} = &{storage for []int{...}}:
gen_conc.go:60:20:     from []int{...} (spill) at gen_conc.go:60:20
gen_conc.go:60:20:     from Produce[go.shape.int_0](&.dict.Produce[int], []int{...}) (call parameter) at gen_conc.go:60:14
gen_conc.go:62:6: g escapes to heap:
gen_conc.go:62:6:   flow: {heap} = &g:
gen_conc.go:62:6:     from g (address-of) at gen_conc.go:63:3
gen_conc.go:62:6:     from (*Guarded[go.shape.*uint8_0]).Set(&.dict.(*Guarded[*int]).Set, g, &v) (call parameter) at gen_conc.go:63:7
gen_conc.go:61:2: v escapes to heap:
gen_conc.go:61:2:   flow: {heap} = &v:
gen_conc.go:61:2:     from &v (address-of) at gen_conc.go:63:8
gen_conc.go:61:2:     from (*Guarded[go.shape.*uint8_0]).Set(&.dict.(*Guarded[*int]).Set, g, &v) (call parameter) at gen_conc.go:63:7
gen_conc.go:64:6: h escapes to heap:
gen_conc.go:64:6:   flow: {heap} = &h:
gen_conc.go:64:6:     from h (address-of) at gen_conc.go:65:3
gen_conc.go:64:6:     from (*Guarded[go.shape.[4]uint8_0]).Set(&.dict.(*Guarded[[4]uint8]).Set, h, [4]byte{...}) (call parameter) at gen_conc.go:65:7
gen_conc.go:66:35: func literal escapes to heap:
gen_conc.go:66:35:   flow: {heap} = &{storage for func literal}:
gen_conc.go:66:35:     from func literal (spill) at gen_conc.go:66:35
gen_conc.go:66:35:     from ParallelMap[go.shape.string_0,go.shape.int_1](&.dict.ParallelMap[string,int], []string{...}, func literal) (call parameter) at gen_conc.go:66:19
gen_conc.go:62:6: g escapes to heap:
gen_conc.go:62:6:   flow: {heap} = &g:
gen_conc.go:62:6:     from g (address-of) at gen_conc.go:67:11
gen_conc.go:62:6:     from (*Guarded[go.shape.*uint8_0]).Get(&.dict.(*Guarded[*int]).Get, g) (call parameter) at gen_conc.go:67:15
gen_conc.go:64:6: h escapes to heap:
gen_conc.go:64:6:   flow: {heap} = &h:
gen_conc.go:64:6:     from h (address-of) at gen_conc.go:67:25
gen_conc.go:64:6:     from (*Guarded[go.shape.[4]uint8_0]).Get(&.dict.(*Guarded[[4]uint8]).Get, h) (call parameter) at gen_conc.go:67:29
gen_conc.go:66:40: s does not escape
gen_conc.go:61:2: moved to heap: v
gen_conc.go:62:6: moved to heap: g
gen_conc.go:64:6: moved to heap: h
gen_conc.go:59:20: []int{...} escapes to heap
gen_conc.go:60:20: []int{...} escapes to heap
gen_conc.go:66:28: []string{...} does not escape
gen_conc.go:66:35: func literal escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from (*Guarded[go.shape.*uint8_0]).Get(&.dict.(*Guarded[*int]).Get, .this) (call parameter) at <autogenerated>:1
gen_conc.go:32:26: parameter v leaks to {heap} with derefs=0:
gen_conc.go:32:26:   flow: {heap} = v:
gen_conc.go:32:26:     from (*Guarded[go.shape.*uint8_0]).Set(&.dict.(*Guarded[*int]).Set, .this, v) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from (*Guarded[go.shape.*uint8_0]).Set(&.dict.(*Guarded[*int]).Set, .this, v) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from (*Guarded[go.shape.[4]uint8_0]).Get(&.dict.(*Guarded[[4]uint8]).Get, .this) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from (*Guarded[go.shape.[4]uint8_0]).Set(&.dict.(*Guarded[[4]uint8]).Set, .this, v) (call parameter) at <autogenerated>:1
