package p

var x int
var x string

type T struct {
	a int
	a string
}

func (T) M()  {}
func (T) M()  {}
func (T) a()  {}
func g()      {}
func g()      {}
func h(a, a int) {}
