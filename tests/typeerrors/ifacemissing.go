package p

type Stringer interface{ String() string }

type A struct{}
type B struct{}
type C struct{}

func (*B) String() string { return "" }
func (C) String() int     { return 0 }

var _ Stringer = A{}
var _ Stringer = B{}
var _ Stringer = C{}
var _ Stringer = &B{}

func f(s Stringer) {}

func g() { f(A{}) }
