package p

var a = ''
var b = 'ab'
var c = '

