package p
/*line x.go:5:10*/ func f() { x := }
