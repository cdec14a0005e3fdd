gen_embed.go:10:7: b does not escape
gen_embed.go:25:7: i does not escape
gen_embed.go:25:20: leaking param: s
gen_embed.go:28:13: make([]go.shape.struct { p.s string }_0, len(names)) escapes to heap
gen_embed.go:36:13: make([]int, 0, len(xs)) escapes to heap
gen_embed.go:44:33: []string{...} does not escape
gen_embed.go:45:7: &Named[float64]{...} does not escape
gen_embed.go:46:7: &Named[float64]{...} does not escape
gen_embed.go:47:30: []*Named[float64]{...} does not escape
