package v

import "example.com/dep"

const V = dep.D
