m2_decls.go:5:8: parameter x leaks to {heap} with derefs=0:
m2_decls.go:5:8:   flow: y = x:
m2_decls.go:5:8:     from case *int: <node DCLCONST>; <node DCLCONST>; <node DCLTYPE>; <node DCLTYPE>; <node DCLTYPE>; sink = T{...}; return a + b (switch case) at m2_decls.go:7:2
m2_decls.go:5:8:   flow: {heap} = y:
m2_decls.go:5:8:     from T{...} (struct literal element) at m2_decls.go:14:11
m2_decls.go:5:8:     from T{...} (interface-converted) at m2_decls.go:14:3
m2_decls.go:5:8:     from sink = T{...} (assign) at m2_decls.go:14:8
m2_decls.go:5:8: leaking param: x
