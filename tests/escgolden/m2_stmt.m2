m2_stmt.go:17:8: parameter x leaks to {heap} with derefs=0:
m2_stmt.go:17:8:   flow: y = x:
m2_stmt.go:17:8:     from case *int: if h(); c { sink = y }; if err != nil { println(1) } else { if c { println(2) } else { println(3) } }; if ok { println(v) }; if c {  }; s.n += 1; s.f -= 1; for loop (switch case) at m2_stmt.go:19:2
m2_stmt.go:17:8:   flow: {heap} = y:
m2_stmt.go:17:8:     from y (interface-converted) at m2_stmt.go:21:4
m2_stmt.go:17:8:     from sink = y (assign) at m2_stmt.go:21:9
m2_stmt.go:17:8: leaking param: x
m2_stmt.go:17:31: m does not escape
m2_stmt.go:17:46: s does not escape
