// Package iface: a value converted to an interface and used through a
// method call escapes, because the callee is unknown.
package iface

type Iface interface {
	Dummy()
}

type Integer int

func (i Integer) Dummy() {}

type Big struct{ a, b, c int }

func (b Big) Dummy() {}

func Call(iface Iface) {
	iface.Dummy()
}

func Convert() {
	var i Integer
	var b Big
	Call(i) // i escapes: converted to an interface passed to an interface call
	Call(b)
}

func Empty(x interface{}) {}

func Direct() {
	v := 42
	Empty(v) // v does not escape: Empty does not keep it
}
