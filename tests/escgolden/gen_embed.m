gen_embed.go:8:7: b does not escape
gen_embed.go:23:7: i does not escape
gen_embed.go:23:20: leaking param: s
gen_embed.go:26:13: make([]go.shape.struct { p.s string }_0, len(names)) escapes to heap
gen_embed.go:34:13: make([]int, 0, len(xs)) escapes to heap
gen_embed.go:42:33: []string{...} does not escape
gen_embed.go:43:7: &Named[float64]{...} does not escape
gen_embed.go:44:7: &Named[float64]{...} does not escape
gen_embed.go:45:30: []*Named[float64]{...} does not escape
