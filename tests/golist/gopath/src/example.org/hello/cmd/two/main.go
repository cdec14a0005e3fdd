package main

import "example.org/hello/internal/x"

func main() { _ = x.X }
