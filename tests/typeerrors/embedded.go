package p

import "unsafe"

type I interface{ M() }

type S1 struct{ *I }
type S2 struct{ unsafe.Pointer }
type S3 struct {
	[]int
}

type P *int
type S4 struct{ P }
