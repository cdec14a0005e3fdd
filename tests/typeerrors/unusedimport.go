package p

import (
	"fmt"
	"os"
	str "strings"
	_ "sort"
)

func f() { _ = os.Args }
