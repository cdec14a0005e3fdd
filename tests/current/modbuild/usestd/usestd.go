// Imports the standard library: -gcflags patterns can name it.
package usestd

import (
	"strings"
	"unicode"
)

func Upper(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }

func Fields(s string) []string { return strings.Fields(s) }
