package main

import "./helper"

func main() { helper.H() }
