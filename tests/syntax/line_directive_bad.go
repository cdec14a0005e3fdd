package p

//line foo.go:0
//line foo.go:x
//line foo.go:10:0
var x = "unterminated
