package main

import "os/user"

var _ = user.Current
