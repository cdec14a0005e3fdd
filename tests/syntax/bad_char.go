package p

var x = 1 @ 2
var y = 3 # 4
