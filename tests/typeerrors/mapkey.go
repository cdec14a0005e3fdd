package p

type K struct{ f func() }

var a map[[]int]bool
var b map[K]bool
var c map[func()]int
var d map[map[int]int]int
var e map[interface{}]int
