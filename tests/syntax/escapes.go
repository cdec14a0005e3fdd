package p

var a = "\q"
var b = "\x4g"
var c = "\400"
var d = "\uD800"
var e = "\U00110000"
