package p

func f[T]() {}
func g[]() {}
type A[P any,] int
type B[P] int
