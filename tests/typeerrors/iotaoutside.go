package p

var x = iota

func f() int { return iota }

const (
	a = iota * 2
	b
	c = "s" + iota
)
