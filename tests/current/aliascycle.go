// An alias used while its own right side is checked: with aliases as
// types of their own (Go 1.23's gotypesalias=1), no cycle error; Go
// 1.19 reports one.

package p

type handler struct {
	fn func(*W, string)
	rw *w
}

type W = w

type w struct {
	st *state
}

type state struct {
	next func(*W) *W
	name string
}

func (x *w) Name() string { return x.st.name }

func newW(name string) *W {
	return &W{st: &state{name: name}}
}

func run(h *handler, s string) {
	h.fn(h.rw, s)
}

func step(x *W) *W {
	return x.st.next(x)
}
