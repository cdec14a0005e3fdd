package util

import "syscall"

var _ = syscall.EPLAN9
