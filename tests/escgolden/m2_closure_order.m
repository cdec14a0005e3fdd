m2_closure_order.go:47:13: devirtualizing hc.Frag to *F
m2_closure_order.go:10:7: func literal escapes to heap
m2_closure_order.go:11:7: func literal escapes to heap
m2_closure_order.go:12:7: func literal escapes to heap
m2_closure_order.go:12:41: func literal does not escape
m2_closure_order.go:13:9: func literal escapes to heap
m2_closure_order.go:17:7: func literal does not escape
m2_closure_order.go:17:41: func literal does not escape
m2_closure_order.go:19:9: func literal escapes to heap
m2_closure_order.go:19:43: func literal does not escape
m2_closure_order.go:24:7: leaking param: e to result ~r0 level=0
m2_closure_order.go:28:7: leaking param: e to result ~r0 level=0
m2_closure_order.go:37:7: f does not escape
m2_closure_order.go:38:7: leaking param: f to result ~r0 level=1
m2_closure_order.go:40:8: f does not escape
m2_closure_order.go:40:14: fn does not escape
m2_closure_order.go:41:6: moved to heap: err
m2_closure_order.go:42:5: func literal escapes to heap
m2_closure_order.go:43:3: E1("x") escapes to heap
m2_closure_order.go:48:11: E2("y") escapes to heap
m2_closure_order.go:11:35: index bounds check elided
m2_closure_order.go:13:49: index bounds check elided
m2_closure_order.go:12:28: index bounds check elided
m2_closure_order.go:12:62: index bounds check elided
m2_closure_order.go:10:28: index bounds check elided
m2_closure_order.go:17:69: index bounds check elided
m2_closure_order.go:17:35: index bounds check elided
m2_closure_order.go:19:37: index bounds check elided
m2_closure_order.go:19:71: index bounds check elided
m2_closure_order.go:19:78: index bounds check elided
