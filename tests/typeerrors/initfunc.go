package main

var init = 1

func init(x int) {}

func init() int { return 1 }

var main = 2

func f() { init() }
