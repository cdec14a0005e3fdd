package old

import "example.com/olddep"

var _ = olddep.O
