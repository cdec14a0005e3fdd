package b

var sink *int

func B() *int { x := 1; return &x }

// Keep leaks p: its importers in the workspace see the tag.
func Keep(p *int) { sink = p }

func Drop(p *int) int { return *p }
