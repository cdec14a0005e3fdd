package p

type T int

func (T) m[P any]() {}
