package p

type T[P any] P

func f[A any, B A]() {}

type U[P any] struct{ p P }

func (u U[P]) m() P { return u.p }

func (u U) n() {}
