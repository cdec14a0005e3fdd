//go:build linux && !cgo

package main

import "os"

var _ = os.Args
