package p

var x٣ = 1
var ٣y = 2
var a→b = 3
