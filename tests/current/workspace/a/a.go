package a

import "example.com/b"

func A() *int { return b.B() }
