package p

const big = 1 << 100

var a int8 = 200
var b uint = -1
var c int = big
var d = 1 / 0
var e int = 3.5
var f byte = 'ä' + 300
const g int32 = 1 << 31
var h = 1.0 / 0.0
