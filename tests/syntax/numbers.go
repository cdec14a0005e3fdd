package p

var a = 0x
var b = 1e+
var c = 0b102
var d = 079
var e = 1__0
var f = 0o1.2
var g = 0x1.8
var h = 0b1e3
var i = 1p4
