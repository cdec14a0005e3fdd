package p

const k = 1

type S struct{ f int }

func val() S { return S{} }

func f() {
	k = 2
	s := "abc"
	s[0] = 'x'
	m := map[string]S{}
	m["a"].f = 1
	val().f = 2
	len("x") = 3
}
