package trans

import "example.com/deeper/x"

var T = x.X
