package p

var v = 1

const a = v
const b int = "x"
const c []int = nil

type T struct{}

const d T = T{}

func f() int { return 1 }

const e = f()
