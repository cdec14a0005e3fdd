package sub

import "syscall"

var _ = syscall.Getpid
