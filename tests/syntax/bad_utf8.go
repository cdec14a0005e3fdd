package p

var s = "aÿb"
var tÿ = 1
