m2_wrappers.go:5:7: t does not escape
m2_wrappers.go:5:15: leaking param: p
m2_wrappers.go:11:8: leaking param: i
m2_wrappers.go:11:19: moved to heap: x
