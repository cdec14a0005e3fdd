m2_closure_order.go:47:13: devirtualizing hc.Frag to *F
m2_closure_order.go:9:8: f capturing by value: x (addr=false assign=false width=1)
m2_closure_order.go:9:17: f capturing by value: y (addr=false assign=false width=8)
m2_closure_order.go:9:17: f capturing by value: y (addr=false assign=false width=8)
m2_closure_order.go:10:2: f capturing by value: g (addr=false assign=false width=8)
m2_closure_order.go:11:2: f capturing by value: h (addr=false assign=false width=8)
m2_closure_order.go:9:8: f capturing by value: x (addr=false assign=false width=1)
m2_closure_order.go:12:2: f capturing by value: k (addr=false assign=false width=8)
m2_closure_order.go:13:9: func literal escapes to heap:
m2_closure_order.go:13:9:   flow: ~r0 = &{storage for func literal}:
m2_closure_order.go:13:9:     from func literal (spill) at m2_closure_order.go:13:9
m2_closure_order.go:13:9:     from return func literal (return) at m2_closure_order.go:13:2
m2_closure_order.go:12:7: func literal escapes to heap:
m2_closure_order.go:12:7:   flow: k = &{storage for func literal}:
m2_closure_order.go:12:7:     from func literal (spill) at m2_closure_order.go:12:7
m2_closure_order.go:12:7:     from k := func literal (assign) at m2_closure_order.go:12:4
m2_closure_order.go:12:7:   flow: {storage for func literal} = k:
m2_closure_order.go:12:7:     from k (captured by a closure) at m2_closure_order.go:13:42
m2_closure_order.go:9:8: parameter x leaks to {storage for func literal} with derefs=0:
m2_closure_order.go:9:8:   flow: {storage for func literal} = x:
m2_closure_order.go:9:8:     from x (captured by a closure) at m2_closure_order.go:13:37
m2_closure_order.go:11:7: func literal escapes to heap:
m2_closure_order.go:11:7:   flow: h = &{storage for func literal}:
m2_closure_order.go:11:7:     from func literal (spill) at m2_closure_order.go:11:7
m2_closure_order.go:11:7:     from h := func literal (assign) at m2_closure_order.go:11:4
m2_closure_order.go:11:7:   flow: {storage for func literal} = h:
m2_closure_order.go:11:7:     from h (captured by a closure) at m2_closure_order.go:13:35
m2_closure_order.go:10:7: func literal escapes to heap:
m2_closure_order.go:10:7:   flow: g = &{storage for func literal}:
m2_closure_order.go:10:7:     from func literal (spill) at m2_closure_order.go:10:7
m2_closure_order.go:10:7:     from g := func literal (assign) at m2_closure_order.go:10:4
m2_closure_order.go:10:7:   flow: {storage for func literal} = g:
m2_closure_order.go:10:7:     from g (captured by a closure) at m2_closure_order.go:13:29
m2_closure_order.go:9:8: parameter x leaks to {storage for func literal} with derefs=0:
m2_closure_order.go:9:8:   flow: {storage for func literal} = x:
m2_closure_order.go:9:8:     from x (captured by a closure) at m2_closure_order.go:10:29
m2_closure_order.go:9:17: parameter y leaks to {storage for func literal} with derefs=0:
m2_closure_order.go:9:17:   flow: {storage for func literal} = y:
m2_closure_order.go:9:17:     from y (captured by a closure) at m2_closure_order.go:12:35
m2_closure_order.go:10:7: func literal escapes to heap
m2_closure_order.go:11:7: func literal escapes to heap
m2_closure_order.go:12:7: func literal escapes to heap
m2_closure_order.go:12:41: func literal does not escape
m2_closure_order.go:13:9: func literal escapes to heap
m2_closure_order.go:16:9: f2 capturing by value: x (addr=false assign=false width=1)
m2_closure_order.go:16:9: f2 capturing by value: x (addr=false assign=false width=1)
m2_closure_order.go:19:9: func literal escapes to heap:
m2_closure_order.go:19:9:   flow: ~r0 = &{storage for func literal}:
m2_closure_order.go:19:9:     from func literal (spill) at m2_closure_order.go:19:9
m2_closure_order.go:19:9:     from return func literal (return) at m2_closure_order.go:19:2
m2_closure_order.go:16:9: parameter x leaks to {storage for func literal} with derefs=0:
m2_closure_order.go:16:9:   flow: {storage for func literal} = x:
m2_closure_order.go:16:9:     from x (captured by a closure) at m2_closure_order.go:19:43
m2_closure_order.go:17:7: func literal does not escape
m2_closure_order.go:17:41: func literal does not escape
m2_closure_order.go:19:9: func literal escapes to heap
m2_closure_order.go:19:43: func literal does not escape
m2_closure_order.go:24:7: parameter e leaks to ~r0 with derefs=0:
m2_closure_order.go:24:7:   flow: ~r0 = e:
m2_closure_order.go:24:7:     from return string(e) (return) at m2_closure_order.go:24:30
m2_closure_order.go:24:7: leaking param: e to result ~r0 level=0
m2_closure_order.go:28:7: parameter e leaks to ~r0 with derefs=0:
m2_closure_order.go:28:7:   flow: ~r0 = e:
m2_closure_order.go:28:7:     from return string(e) (return) at m2_closure_order.go:28:30
m2_closure_order.go:28:7: leaking param: e to result ~r0 level=0
m2_closure_order.go:37:7: f does not escape
m2_closure_order.go:38:7: parameter f leaks to ~r0 with derefs=1:
m2_closure_order.go:38:7:   flow: ~r0 = *f:
m2_closure_order.go:38:7:     from f.b (dot of pointer) at m2_closure_order.go:38:41
m2_closure_order.go:38:7:     from return f.b (return) at m2_closure_order.go:38:33
m2_closure_order.go:38:7: leaking param: f to result ~r0 level=1
m2_closure_order.go:42:5: func literal escapes to heap:
m2_closure_order.go:42:5:   flow: {heap} = &{storage for func literal}:
m2_closure_order.go:42:5:     from func literal (spill) at m2_closure_order.go:42:5
m2_closure_order.go:42:5:     from fn(func literal) (call parameter) at m2_closure_order.go:42:4
m2_closure_order.go:41:6: g capturing by ref: err (addr=false assign=true width=16)
m2_closure_order.go:41:6: err escapes to heap:
m2_closure_order.go:41:6:   flow: {storage for func literal} = &err:
m2_closure_order.go:41:6:     from err (captured by a closure) at m2_closure_order.go:43:3
m2_closure_order.go:41:6:     from err (reference) at m2_closure_order.go:43:3
m2_closure_order.go:43:3: E1("x") escapes to heap:
m2_closure_order.go:43:3:   flow: err = &{storage for E1("x")}:
m2_closure_order.go:43:3:     from E1("x") (spill) at m2_closure_order.go:43:3
m2_closure_order.go:43:3:     from err = E1("x") (assign) at m2_closure_order.go:43:7
m2_closure_order.go:48:11: E2("y") escapes to heap:
m2_closure_order.go:48:11:   flow: ~r0 = &{storage for E2("y")}:
m2_closure_order.go:48:11:     from E2("y") (spill) at m2_closure_order.go:48:11
m2_closure_order.go:48:11:     from return E2("y") (return) at m2_closure_order.go:48:2
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
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Frag() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.HeadersEnded() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from E2.Error(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return E2.Error(.this) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from E1.Error(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return E1.Error(.this) (return) at <autogenerated>:1
