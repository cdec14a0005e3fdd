// Shape-typed switch values compared as interfaces, at the position gc's
// stenciling leaves (the clause, or the last node it entered).
package p

func println2(...interface{}) {}

func F[T int](x, y T) {
	var i interface{}
	switch i {
	case x:
	}
	switch i {
	case x, y:
		println2()
	}
	switch i {
	case x:
	case y:
		z := 1
		_ = z
	default:
		println2(1)
	}
	switch i {
	case x:
	default:
	}
	switch i {
	case x + 1:
	}
	switch x {
	case 1:
	case y:
	}
	switch i {
	case x:
		for range []int{} {
		}
	}
}

func G() { F[int](1, 2) }
