be_runtime.go:8:9: func literal escapes to heap
be_runtime.go:11:8: x escapes to heap, not allowed in runtime
be_runtime.go:11:8: moved to heap: x
be_runtime.go:12:9: func literal escapes to heap
be_runtime.go:19:9: func literal does not escape
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
