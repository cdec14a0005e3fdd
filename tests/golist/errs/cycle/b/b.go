package b

import (
	"fmt"

	"example.com/errs/cycle/c"
)

var B = fmt.Sprint(c.C)
