package main

import _ "example.com/vend"

func main() {}
