// A type switch's clause variable sits where unified IR puts it: at the
// name the clause's last type ends in.
package p

type S struct{ a *int }

var sink any

func F(x any) {
	switch t := x.(type) {
	case S:
		sink = &t
	case *S, []S:
		sink = &t
	case map[string]struct{}:
		sink = &t
	case func(int) (S, error):
		sink = &t
	case interface{ M() *S }:
		sink = &t
	case nil:
		sink = &t
	default:
		sink = &t
	}
}
