package p

import "strconv"

// Calls through the constraint's methods, and shaped values converted
// to interfaces.

type Stringer interface{ String() string }

type num int

func (n num) String() string { return strconv.Itoa(int(n)) }

type ref struct{ s string }

func (r *ref) String() string { return r.s }

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func Box[T any](x T) interface{} { return x }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return strconv.Itoa(v)
	case string:
		return v
	}
	return "?"
}

func Send[T any](ch chan T, x T) { ch <- x }

func Use() {
	_ = Join([]num{1, 2}, ",")
	_ = Join([]*ref{{"a"}, {"b"}}, ",")
	_ = Box(3)
	_ = Box(&ref{"c"})
	_ = Describe(4)
	_ = Describe("d")
	ch := make(chan *ref, 1)
	Send(ch, &ref{"e"})
}
