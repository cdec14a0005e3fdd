package p

type Server struct{ x *int }

func (s *Server) doKeepAlives() bool { return s.x != nil }

func f(hs *Server) bool {
	var x interface{} = hs
	type I interface {
		doKeepAlives() bool
	}
	if hs, ok := x.(I); ok {
		return !hs.doKeepAlives()
	}
	return false
}

type J interface{ M() }
type T struct{}

func (T) M() {}

func g(b bool) {
	var j J
	if b {
		j = T{}
	} else {
		j = nil
	}
	j.M()
	var k J = &T{}
	k.M()
	k = T{}
	k.M()
	for _, v := range []T{{}} {
		var j2 J = v
		j2.M()
	}
	var l J
	switch v := l.(type) {
	case nil:
	default:
		v.M()
	}
}
