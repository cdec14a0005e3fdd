m2_stmt.go:17:8: leaking param: x
m2_stmt.go:17:31: m does not escape
m2_stmt.go:17:46: s does not escape
