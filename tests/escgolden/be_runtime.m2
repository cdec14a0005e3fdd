be_runtime.go:7:8: f capturing by value: x (addr=false assign=false width=8)
be_runtime.go:8:9: func literal escapes to heap:
be_runtime.go:8:9:   flow: ~r0 = &{storage for func literal}:
be_runtime.go:8:9:     from func literal (spill) at be_runtime.go:8:9
be_runtime.go:8:9:     from return func literal (return) at be_runtime.go:8:2
be_runtime.go:7:8: parameter x leaks to {storage for func literal} with derefs=0:
be_runtime.go:7:8:   flow: {storage for func literal} = x:
be_runtime.go:7:8:     from x (captured by a closure) at be_runtime.go:8:34
be_runtime.go:8:9: func literal escapes to heap
be_runtime.go:11:8: g capturing by ref: x (addr=false assign=true width=8)
be_runtime.go:12:9: func literal escapes to heap:
be_runtime.go:12:9:   flow: ~r0 = &{storage for func literal}:
be_runtime.go:12:9:     from func literal (spill) at be_runtime.go:12:9
be_runtime.go:12:9:     from return func literal (return) at be_runtime.go:12:2
be_runtime.go:11:8: parameter x leaks to {storage for func literal} with derefs=0:
be_runtime.go:11:8:   flow: {storage for func literal} = &x:
be_runtime.go:11:8:     from x (captured by a closure) at be_runtime.go:13:3
be_runtime.go:11:8:     from x (reference) at be_runtime.go:13:3
be_runtime.go:11:8: x escapes to heap:
be_runtime.go:11:8:   flow: {storage for func literal} = &x:
be_runtime.go:11:8:     from x (captured by a closure) at be_runtime.go:13:3
be_runtime.go:11:8:     from x (reference) at be_runtime.go:13:3
be_runtime.go:11:8: x escapes to heap, not allowed in runtime
be_runtime.go:11:8: moved to heap: x
be_runtime.go:12:9: func literal escapes to heap
be_runtime.go:18:8: h capturing by value: x (addr=false assign=false width=8)
be_runtime.go:19:9: func literal does not escape
be_runtime.go:23:9: func literal escapes to heap:
be_runtime.go:23:9:   flow: ~r0 = &{storage for func literal}:
be_runtime.go:23:9:     from func literal (spill) at be_runtime.go:23:9
be_runtime.go:23:9:     from return func literal (return) at be_runtime.go:23:2
be_runtime.go:23:9: func literal escapes to heap
be_runtime.go:78:14: func literal does not escape
be_runtime.go:8:9: heap-allocated closure f.func1, not allowed in runtime
be_runtime.go:12:9: heap-allocated closure g.func1, not allowed in runtime
be_runtime.go:36:6: write barrier prohibited
be_runtime.go:47:6: write barrier prohibited
be_runtime.go:60:6: write barrier prohibited by caller; b3
	be_runtime.go:56:4: called by b2
	be_runtime.go:52:4: called by b1
be_runtime.go:79:7: write barrier prohibited by caller; e1.func1
	be_runtime.go:78:13: called by e1
be_runtime.go:84:6: write barrier prohibited by caller; e2
	be_runtime.go:77:13: called by e1
