gen_types.go:9:25: parameter x leaks to {heap} with derefs=0:
gen_types.go:9:25:   flow: {heap} = x:
gen_types.go:9:25:     from append(s.items, x) (call parameter) at gen_types.go:9:48
gen_types.go:9:7: parameter s leaks to {heap} with derefs=1:
gen_types.go:9:7:   flow: {temp} = *s:
gen_types.go:9:7:     from s.items (dot of pointer) at gen_types.go:9:50
gen_types.go:9:7:     from append(s.items, x) (call parameter) at gen_types.go:9:48
gen_types.go:9:7:   flow: {heap} = {temp}:
gen_types.go:9:7:     from s.items = append(s.items, x) (assign) at gen_types.go:9:40
gen_types.go:17:10: (*Stack[go.shape.*uint8_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
gen_types.go:11:7: parameter s leaks to ~r0 with derefs=2:
gen_types.go:11:7:   flow: x = **s:
gen_types.go:11:7:     from s.items (dot of pointer) at gen_types.go:16:8
gen_types.go:11:7:     from s.items[len(s.items) - 1] (dot of pointer) at gen_types.go:16:14
gen_types.go:11:7:     from x := s.items[len(s.items) - 1] (assign) at gen_types.go:16:4
gen_types.go:11:7:   flow: ~r0 = x:
gen_types.go:11:7:     from return x, true (return) at gen_types.go:18:2
gen_types.go:9:25: parameter x leaks to {heap} with derefs=0:
gen_types.go:9:25:   flow: {heap} = x:
gen_types.go:9:25:     from append(s.items, x) (call parameter) at gen_types.go:9:48
gen_types.go:9:7: parameter s leaks to {heap} with derefs=1:
gen_types.go:9:7:   flow: {temp} = *s:
gen_types.go:9:7:     from s.items (dot of pointer) at gen_types.go:9:50
gen_types.go:9:7:     from append(s.items, x) (call parameter) at gen_types.go:9:48
gen_types.go:9:7:   flow: {heap} = {temp}:
gen_types.go:9:7:     from s.items = append(s.items, x) (assign) at gen_types.go:9:40
gen_types.go:17:10: (*Stack[go.shape.string_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
gen_types.go:11:7: parameter s leaks to ~r0 with derefs=2:
gen_types.go:11:7:   flow: x = **s:
gen_types.go:11:7:     from s.items (dot of pointer) at gen_types.go:16:8
gen_types.go:11:7:     from s.items[len(s.items) - 1] (dot of pointer) at gen_types.go:16:14
gen_types.go:11:7:     from x := s.items[len(s.items) - 1] (assign) at gen_types.go:16:4
gen_types.go:11:7:   flow: ~r0 = x:
gen_types.go:11:7:     from return x, true (return) at gen_types.go:18:2
gen_types.go:21:7: parameter s leaks to {heap} with derefs=2:
gen_types.go:21:7:   flow: {temp} = *s:
gen_types.go:21:7:     from s.items (dot of pointer) at gen_types.go:22:21
gen_types.go:21:7:   flow: x = *{temp}:
gen_types.go:21:7:     from for loop (range-deref) at gen_types.go:22:14
gen_types.go:21:7:   flow: {heap} = x:
gen_types.go:21:7:     from f(x) (call parameter) at gen_types.go:23:4
gen_types.go:33:9: &Pair[go.shape.string_0,go.shape.int_1]{...} escapes to heap:
gen_types.go:33:9:   flow: ~r0 = &{storage for &Pair[go.shape.string_0,go.shape.int_1]{...}}:
gen_types.go:33:9:     from &Pair[go.shape.string_0,go.shape.int_1]{...} (spill) at gen_types.go:33:9
gen_types.go:33:9:     from return &Pair[go.shape.string_0,go.shape.int_1]{...} (return) at gen_types.go:33:2
gen_types.go:32:36: parameter k leaks to {storage for &Pair[go.shape.string_0,go.shape.int_1]{...}} with derefs=0:
gen_types.go:32:36:   flow: {storage for &Pair[go.shape.string_0,go.shape.int_1]{...}} = k:
gen_types.go:32:36:     from Pair[go.shape.string_0,go.shape.int_1]{...} (struct literal element) at gen_types.go:33:20
gen_types.go:33:9: &Pair[go.shape.string_0,go.shape.int_1]{...} escapes to heap
gen_types.go:33:9: &Pair[go.shape.int_0,go.shape.[]uint8_1]{...} escapes to heap:
gen_types.go:33:9:   flow: ~r0 = &{storage for &Pair[go.shape.int_0,go.shape.[]uint8_1]{...}}:
gen_types.go:33:9:     from &Pair[go.shape.int_0,go.shape.[]uint8_1]{...} (spill) at gen_types.go:33:9
gen_types.go:33:9:     from return &Pair[go.shape.int_0,go.shape.[]uint8_1]{...} (return) at gen_types.go:33:2
gen_types.go:32:41: parameter v leaks to {storage for &Pair[go.shape.int_0,go.shape.[]uint8_1]{...}} with derefs=0:
gen_types.go:32:41:   flow: {storage for &Pair[go.shape.int_0,go.shape.[]uint8_1]{...}} = v:
gen_types.go:32:41:     from Pair[go.shape.int_0,go.shape.[]uint8_1]{...} (struct literal element) at gen_types.go:33:20
gen_types.go:33:9: &Pair[go.shape.int_0,go.shape.[]uint8_1]{...} escapes to heap
gen_types.go:40:2: n escapes to heap:
gen_types.go:40:2:   flow: {heap} = &n:
gen_types.go:40:2:     from &n (address-of) at gen_types.go:41:9
gen_types.go:40:2:     from (*Stack[go.shape.*uint8_0]).Push(&.dict.(*Stack[*int]).Push, s, &n) (call parameter) at gen_types.go:41:8
gen_types.go:53:27: ([]byte)("v") escapes to heap:
gen_types.go:53:27:   flow: {heap} = &{storage for ([]byte)("v")}:
gen_types.go:53:27:     from ([]byte)("v") (spill) at gen_types.go:53:27
gen_types.go:53:27:     from MakePair[go.shape.int_0,go.shape.[]uint8_1](&.dict.MakePair[int,[]uint8], 1, ([]byte)("v")) (call parameter) at gen_types.go:53:17
gen_types.go:45:11: Use capturing by value: .rcvr1 (addr=false assign=false width=8)
gen_types.go:49:2: Use capturing by ref: total (addr=false assign=true width=8)
gen_types.go:45:11: parameter a0 leaks to {heap} with derefs=0:
gen_types.go:45:11:   flow: {heap} = a0:
gen_types.go:45:11:     from (*Stack[go.shape.string_0]).Push(&.dict.(*Stack[string]).Push, .rcvr1, a0) (call parameter) at gen_types.go:45:11
gen_types.go:47:25: parameter a0 leaks to r0 with derefs=2:
gen_types.go:47:25:   flow: .autotmp_3 = **a0:
gen_types.go:47:25:     from (*Stack[go.shape.string_0]).Pop(&.dict.(*Stack[string]).Pop, a0) (call parameter) at gen_types.go:47:25
gen_types.go:47:25:   flow: r0 = .autotmp_3:
gen_types.go:47:25:     from return .autotmp_3, .autotmp_4 (return) at gen_types.go:47:25
gen_types.go:50:14: p does not escape
gen_types.go:40:2: moved to heap: n
gen_types.go:50:9: func literal does not escape
gen_types.go:53:27: ([]byte)("v") escapes to heap
gen_types.go:21:7: parameter s leaks to {heap} with derefs=2:
gen_types.go:21:7:   flow: {temp} = *s:
gen_types.go:21:7:     from s.items (dot of pointer) at gen_types.go:22:21
gen_types.go:21:7:   flow: x = *{temp}:
gen_types.go:21:7:     from for loop (range-deref) at gen_types.go:22:14
gen_types.go:21:7:   flow: {heap} = x:
gen_types.go:21:7:     from f(x) (call parameter) at gen_types.go:23:4
<autogenerated>:1: parameter .this leaks to {heap} with derefs=2:
<autogenerated>:1:   flow: {heap} = **.this:
<autogenerated>:1:     from (*Stack[go.shape.*uint8_0]).Each(&.dict.(*Stack[*int]).Each, .this, f) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=2:
<autogenerated>:1:   flow: .autotmp_3 = **.this:
<autogenerated>:1:     from (*Stack[go.shape.*uint8_0]).Pop(&.dict.(*Stack[*int]).Pop, .this) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_3:
<autogenerated>:1:     from return .autotmp_3, .autotmp_4 (return) at <autogenerated>:1
gen_types.go:9:25: parameter x leaks to {heap} with derefs=0:
gen_types.go:9:25:   flow: {heap} = x:
gen_types.go:9:25:     from (*Stack[go.shape.*uint8_0]).Push(&.dict.(*Stack[*int]).Push, .this, x) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from (*Stack[go.shape.*uint8_0]).Push(&.dict.(*Stack[*int]).Push, .this, x) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=2:
<autogenerated>:1:   flow: {heap} = **.this:
<autogenerated>:1:     from (*Stack[go.shape.string_0]).Each(&.dict.(*Stack[string]).Each, .this, f) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=2:
<autogenerated>:1:   flow: .autotmp_3 = **.this:
<autogenerated>:1:     from (*Stack[go.shape.string_0]).Pop(&.dict.(*Stack[string]).Pop, .this) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_3:
<autogenerated>:1:     from return .autotmp_3, .autotmp_4 (return) at <autogenerated>:1
gen_types.go:9:25: parameter x leaks to {heap} with derefs=0:
gen_types.go:9:25:   flow: {heap} = x:
gen_types.go:9:25:     from (*Stack[go.shape.string_0]).Push(&.dict.(*Stack[string]).Push, .this, x) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from (*Stack[go.shape.string_0]).Push(&.dict.(*Stack[string]).Push, .this, x) (call parameter) at <autogenerated>:1
