package p

// Escape analysis tracks what is written and what is called: a
// []byte(s) that nothing writes through shares the string's bytes.

func Sum(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		n += int(c)
	}
	return n
}

func Upper(s string) string {
	b := []byte(s)
	b[0] = 'A'
	return string(b)
}

func grow(b []byte) []byte { return append(b, 1) }

func Appended(s string) int { return len(grow([]byte(s))) }

func read(b []byte) int { return len(b) }

func Passed(s string) int { return read([]byte(s)) }

func Copied(s string, dst []byte) int { return copy([]byte(s), dst) }

// A closure called where its results are not followed loses them.
func Lost(f func(func() *int) *int) *int {
	x := 0
	return f(func() *int { return &x })
}

func Kept() *int {
	x := 0
	g := func() *int { return &x }
	return g()
}
