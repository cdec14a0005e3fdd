package p

type List[T any] struct{ next *List[T] }

type Plain int

var a List
var b Plain[int]
var c List[int, string]

func F[T any](x T) T { return x }

var d = F
var e = F[int, int]
