package p

var n = 10

var a [n]int
var b [-1]int
var c [1.5]int
var d ["x"]int

const k = 4

var e [k]int

func f(m int) {
	var g [m]int
	_ = g
}
