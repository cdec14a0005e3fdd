// Command app exercises the loader.
package main

import (
	"fmt"

	"example.com/app/internal/util"
	deep "example.com/app/nested/deep"
	"example.com/dep/sub"
	"example.com/lib"
	_ "example.com/other/pkg"
	"github.com/Upper/Case"
)

func main() {
	fmt.Println(util.X, deep.Y, sub.Z, lib.W, upper.V)
}
