// go and defer: gc wraps the call in a closure, evaluating its operands
// at the statement first, so that the functions they call are analysed
// before the function deferred.
package p

type T struct{ n int }

func trace(t *T, msg string) *T {
	println(msg)
	return t
}

func un(t *T) { t.n-- }

func F(t *T) {
	defer un(trace(t, "F"))
	t.n++
}

func mk() *T { return &T{} }

func use(t *T, u *T) {}

func G() {
	go use(mk(), nil)
}
