// Package vend is built from vendor/ (go 1.14 and later use it by default).
package vend

import (
	"example.com/dep/sub"
	"example.com/lib"
	"example.com/vend/internal/v"
)

var _, _, _ = sub.Z, lib.W, v.V
