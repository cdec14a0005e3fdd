# abimod/abi
abi/a.go:5:10: leaking param: x
abi/a.go:5:13: leaking param: y
abi/a.go:7:11: leaking param: p
abi/a.go:11:14: leaking param: p to result ~r0 level=0
abi/a.go:13:25: new(int) escapes to heap
abi/a.go:17:28: new(int) escapes to heap
