package p

type A struct{ b B }
type B struct{ a A }

type L []L

type Arr [2]Arr

const c1 = c2
const c2 = c1

var v1 = f()

func f() int { return v1 }

type Al = Bl
type Bl = Al
