package p
//go:embed x y
//go:embed "a b" `c`
//go:embed "unterminated
var s string
