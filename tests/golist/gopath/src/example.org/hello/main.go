// Command hello is a GOPATH-mode program with a vendor directory.
package main

import (
	"fmt"

	"example.org/hello/internal/x"
	"example.org/lib2"
	"example.org/vlib"
)

func main() { fmt.Println(x.X, lib2.L, vlib.V) }
