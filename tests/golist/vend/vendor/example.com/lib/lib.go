package lib

import (
	"strings"

	"example.com/lib/internal/helper"
)

var W = strings.ToUpper(helper.H)
