package p

import (
	"fmt"
	"strings"
)

var a = fmt
var b = fmt.NoSuchThing
var c = strings.toLower("A")

func f() { fmt.Println(a, b, c) }
