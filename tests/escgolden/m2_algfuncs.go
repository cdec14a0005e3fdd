// Equality and hash functions gc makes while static initialisation
// writes an itab (geneq, genhash): runs of memory, padding, blank
// fields, strings, named strings, arrays, other packages' keys.
package p

import "net/netip"

type I interface{ M() }

type S string

type Pad struct {
	a int8
	b int64
	c, d, e int8
	f int8
	s   S
	g, h, i int16
	_   int32
	j, k, l int32
	m, n, o int64
	x float32
	y, z, w uint8
}

type Arrs struct {
	a7 [7]string
	n3 [2]S
	nested [2][2]string
	e1 [1]string
	fl [2]float64
	ifc [3]I
}

type Emb struct {
	Pad
	*Arrs
	q string
}

type K struct {
	a, b, c string
	x       bool
	e       error
	in      [3]struct{ s string; b bool }
	fl      [4]float32
}

type T struct {
	k  map[K]int
	m  map[Pad]int
	m2 map[Arrs]bool
	m3 map[Emb]int
	m4 map[netip.AddrPort]int
	m5 map[[2]netip.Addr]int
	m6 map[struct{ a, b string }]int
}

func (t *T) M() {}

var X I = &T{}
