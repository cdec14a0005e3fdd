gen_methorder.go:7:57: make(map[go.shape.int_0]struct {}) escapes to heap:
gen_methorder.go:7:57:   flow: ~r0 = &{storage for make(map[go.shape.int_0]struct {})}:
gen_methorder.go:7:57:     from make(map[go.shape.int_0]struct {}) (spill) at gen_methorder.go:7:57
gen_methorder.go:7:57:     from Set[go.shape.int_0]{...} (struct literal element) at gen_methorder.go:7:49
gen_methorder.go:7:57:     from return Set[go.shape.int_0]{...} (return) at gen_methorder.go:7:36
gen_methorder.go:7:57: make(map[go.shape.int_0]struct {}) escapes to heap
gen_methorder.go:12:11: make([]go.shape.int_0, 0, len(s.m)) escapes to heap:
gen_methorder.go:12:11:   flow: {heap} = &{storage for make([]go.shape.int_0, 0, len(s.m))}:
gen_methorder.go:12:11:     from make([]go.shape.int_0, 0, len(s.m)) (non-constant size) at gen_methorder.go:12:11
gen_methorder.go:12:11: make([]go.shape.int_0, 0, len(s.m)) escapes to heap
gen_methorder.go:7:57: make(map[go.shape.string_0]struct {}) escapes to heap:
gen_methorder.go:7:57:   flow: ~r0 = &{storage for make(map[go.shape.string_0]struct {})}:
gen_methorder.go:7:57:     from make(map[go.shape.string_0]struct {}) (spill) at gen_methorder.go:7:57
gen_methorder.go:7:57:     from Set[go.shape.string_0]{...} (struct literal element) at gen_methorder.go:7:49
gen_methorder.go:7:57:     from return Set[go.shape.string_0]{...} (return) at gen_methorder.go:7:36
gen_methorder.go:7:57: make(map[go.shape.string_0]struct {}) escapes to heap
gen_methorder.go:9:21: parameter v leaks to {heap} with derefs=0:
gen_methorder.go:9:21:   flow: {heap} = v:
gen_methorder.go:9:21:     from s.m[v] (key of map put) at gen_methorder.go:9:31
gen_methorder.go:7:57: make(map[go.shape.float64_0]struct {}) escapes to heap:
gen_methorder.go:7:57:   flow: ~r0 = &{storage for make(map[go.shape.float64_0]struct {})}:
gen_methorder.go:7:57:     from make(map[go.shape.float64_0]struct {}) (spill) at gen_methorder.go:7:57
gen_methorder.go:7:57:     from Set[go.shape.float64_0]{...} (struct literal element) at gen_methorder.go:7:49
gen_methorder.go:7:57:     from return Set[go.shape.float64_0]{...} (return) at gen_methorder.go:7:36
gen_methorder.go:7:57: make(map[go.shape.float64_0]struct {}) escapes to heap
gen_methorder.go:20:21: make(map[go.shape.float64_0]struct {}, len(s.m)) escapes to heap:
gen_methorder.go:20:21:   flow: r = &{storage for make(map[go.shape.float64_0]struct {}, len(s.m))}:
gen_methorder.go:20:21:     from make(map[go.shape.float64_0]struct {}, len(s.m)) (spill) at gen_methorder.go:20:21
gen_methorder.go:20:21:     from Set[go.shape.float64_0]{...} (struct literal element) at gen_methorder.go:20:13
gen_methorder.go:20:21:     from r := Set[go.shape.float64_0]{...} (assign) at gen_methorder.go:20:4
gen_methorder.go:20:21:   flow: ~r0 = r:
gen_methorder.go:20:21:     from return r (return) at gen_methorder.go:24:2
gen_methorder.go:20:21: make(map[go.shape.float64_0]struct {}, len(s.m)) escapes to heap
gen_methorder.go:12:11: make([]go.shape.float64_0, 0, len(s.m)) escapes to heap:
gen_methorder.go:12:11:   flow: {heap} = &{storage for make([]go.shape.float64_0, 0, len(s.m))}:
gen_methorder.go:12:11:     from make([]go.shape.float64_0, 0, len(s.m)) (non-constant size) at gen_methorder.go:12:11
gen_methorder.go:12:11: make([]go.shape.float64_0, 0, len(s.m)) escapes to heap
gen_methorder.go:20:21: make(map[go.shape.int_0]struct {}, len(s.m)) escapes to heap:
gen_methorder.go:20:21:   flow: r = &{storage for make(map[go.shape.int_0]struct {}, len(s.m))}:
gen_methorder.go:20:21:     from make(map[go.shape.int_0]struct {}, len(s.m)) (spill) at gen_methorder.go:20:21
gen_methorder.go:20:21:     from Set[go.shape.int_0]{...} (struct literal element) at gen_methorder.go:20:13
gen_methorder.go:20:21:     from r := Set[go.shape.int_0]{...} (assign) at gen_methorder.go:20:4
gen_methorder.go:20:21:   flow: ~r0 = r:
gen_methorder.go:20:21:     from return r (return) at gen_methorder.go:24:2
gen_methorder.go:20:21: make(map[go.shape.int_0]struct {}, len(s.m)) escapes to heap
gen_methorder.go:12:11: make([]go.shape.string_0, 0, len(s.m)) escapes to heap:
gen_methorder.go:12:11:   flow: {heap} = &{storage for make([]go.shape.string_0, 0, len(s.m))}:
gen_methorder.go:12:11:     from make([]go.shape.string_0, 0, len(s.m)) (non-constant size) at gen_methorder.go:12:11
gen_methorder.go:12:11: make([]go.shape.string_0, 0, len(s.m)) escapes to heap
gen_methorder.go:20:21: make(map[go.shape.string_0]struct {}, len(s.m)) escapes to heap:
gen_methorder.go:20:21:   flow: r = &{storage for make(map[go.shape.string_0]struct {}, len(s.m))}:
gen_methorder.go:20:21:     from make(map[go.shape.string_0]struct {}, len(s.m)) (spill) at gen_methorder.go:20:21
gen_methorder.go:20:21:     from Set[go.shape.string_0]{...} (struct literal element) at gen_methorder.go:20:13
gen_methorder.go:20:21:     from r := Set[go.shape.string_0]{...} (assign) at gen_methorder.go:20:4
gen_methorder.go:20:21:   flow: ~r0 = r:
gen_methorder.go:20:21:     from return r (return) at gen_methorder.go:24:2
gen_methorder.go:20:21: make(map[go.shape.string_0]struct {}, len(s.m)) escapes to heap
gen_methorder.go:9:21: parameter v leaks to {heap} with derefs=0:
gen_methorder.go:9:21:   flow: {heap} = v:
gen_methorder.go:9:21:     from Set[go.shape.string_0].Add(&.dict.Set[string].Add, *.this, v) (call parameter) at <autogenerated>:1
gen_methorder.go:9:21: parameter v leaks to {heap} with derefs=0:
gen_methorder.go:9:21:   flow: {heap} = v:
gen_methorder.go:9:21:     from Set[go.shape.string_0].Add(&.dict.Set[string].Add, .this, v) (call parameter) at <autogenerated>:1
