// A healthy package: analysed and printed although another is broken.
package good

func F() *int { x := 1; return &x }
