//go:build linux || darwin
// +build windows

package main

import "strings"

var _ = strings.Cut
