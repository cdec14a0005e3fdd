package olddep

import "example.com/trans"

var O = trans.T
