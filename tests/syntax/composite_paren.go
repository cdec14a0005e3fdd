package p

type T struct{ x int }

var a = (T){1}
var b = [](int){1}
