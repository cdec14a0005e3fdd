//go:debug panicnil=1

package lib

func F() *int { x := 1; return &x }
