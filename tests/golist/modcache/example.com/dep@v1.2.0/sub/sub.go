package sub

import "example.com/dep"

var Z = dep.D
