package p

type I interface{ M() }
type T struct{}

func (*T) M() {}

func f(i I, n int) {
	switch v := i.(type) {
	case *T:
	}
	switch n.(type) {
	}
	switch i.(type) {
	case T:
	case string:
	}
	_ = i.(T)
}
