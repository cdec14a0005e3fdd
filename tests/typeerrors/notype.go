package p

var x int

var a x
var b undefinedType

func f() {}

var c f

type T struct{ field nope.Type }
