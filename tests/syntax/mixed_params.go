package p

func f(a int, b) {}
func g(a, b int, c) {}
