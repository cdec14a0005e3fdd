// +build ignore
// This +build line is part of the package comment (no blank line
// follows the comment block), so it does not constrain the file.
package main

import "sort"

var _ = sort.Ints
