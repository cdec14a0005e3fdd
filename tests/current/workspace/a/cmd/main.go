//go:debug panicnil=1
package main

import "example.com/a"

func main() { println(*a.A()) }
