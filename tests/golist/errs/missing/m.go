package missing

import (
	"fmt"
	"foo/bar"
	"example.com/nope/pkg"
)
