package c

import "example.com/errs/cycle/a"

var C = a.A
