// Temporaries: unified IR assigns every N:1 right side (f() with
// several results, and the comma-ok forms) to temporaries first,
// numbered in the function's declarations.
package p

type S interface{ Scan() error }
type I interface{ String() string }

func get() I { return nil }

func A(arg any) {
	if v, ok := arg.(S); ok {
		_ = v.Scan()
		return
	}
	panic("a" + get().String())
}

func B(arg any) {
	switch v := arg.(type) {
	case *bool:
		*v = true
	case *int:
		*v = 1
	}
	panic("a" + get().String())
}

func C(arg any) {
	var err error
	err = nil
	_ = err
	panic("a" + get().String())
}


func MA(m map[string]int) {
	v, ok := m["a"]
	_, _ = v, ok
	panic("a" + get().String())
}

func MB(c chan int) {
	v, ok := <-c
	_, _ = v, ok
	panic("a" + get().String())
}

func MC(c chan int) {
	select {
	case v, ok := <-c:
		_, _ = v, ok
	}
	panic("a" + get().String())
}

func MD(c chan int) {
	var v any
	var ok bool
	v, ok = <-c
	_, _ = v, ok
	panic("a" + get().String())
}

func two() (I, error) { return nil, nil }

func N(x any) {
	var a any
	var err error
	a, err = two()
	_, _ = a, err
	panic("a" + get().String())
}

func R() (any, error) {
	return two()
}

func match(x, y I) (_, _ I) { return y, x }
