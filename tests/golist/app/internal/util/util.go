package util

import "errors"

var X = errors.New("x")
