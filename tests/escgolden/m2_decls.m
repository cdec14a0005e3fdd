m2_decls.go:5:8: leaking param: x
