package p

var s = "abc
var t = 1
