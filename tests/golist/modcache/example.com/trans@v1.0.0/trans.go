package trans

var T = 0
