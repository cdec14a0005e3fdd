m2_wrap_order.go:7:20: dst does not escape
m2_wrap_order.go:13:28: new(int) escapes to heap
m2_wrap_order.go:17:8: a does not escape
m2_wrap_order.go:17:17: leaking param: x
m2_wrap_order.go:22:8: s does not escape
m2_wrap_order.go:29:9: leaking param: p
m2_wrap_order.go:31:15: new(int) escapes to heap
m2_wrap_order.go:36:11: index bounds check elided
