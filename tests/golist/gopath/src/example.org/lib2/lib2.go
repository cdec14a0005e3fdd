package lib2 // import "example.org/lib2"

import (
	"example.org/shadow"
	"example.org/top"
)

const L = shadow.S + top.T
