// f(g()) with g returning several results: unified IR evaluates g's
// call with the first argument, after the callee, so Must is analysed
// before Parse.
package p

type UUID [16]byte

type parseError struct{ s string }

func (e *parseError) Error() string { return e.s }

func Parse(s string) (UUID, error) {
	if len(s) != 36 {
		return UUID{}, &parseError{s}
	}
	return UUID{}, nil
}

func Must(u UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return u
}

var NameSpaceDNS = Must(Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))

func Pair() (*int, *int) {
	x, y := 1, 2
	return &x, &y
}

func Sum(a, b *int) int { return *a + *b }

func Use() int { return Sum(Pair()) }
