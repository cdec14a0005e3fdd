package p
type T[P any, Q] struct{}
type U[P, Q] struct{}
type V[P interface{}, Q any | int] struct{}
func g[P, Q any, R]() {}
