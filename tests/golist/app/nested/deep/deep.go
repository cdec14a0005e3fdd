//go:build !ignore_deep

package deep

import (
	"example.com/app/internal/util"
	"example.com/lib"
)

var Y = util.X

var _ = lib.W
