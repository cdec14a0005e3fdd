package p
func (a, b T) m() {}
func () n() {}
func (T) [P any] o() {}
