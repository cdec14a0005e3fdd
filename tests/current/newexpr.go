// new(expr) (go1.26): a temporary initialised with expr, whose address
// is the result; go1.27 defines the temporary by that assignment.

package p

type U struct{ a, b *int; s string }

func clone(u *U) *U {
	uc := new(*u)
	return uc
}

func local(u *U) int {
	uc := new(*u)
	return len(uc.s)
}

var g = new("x")

func ints() *int { return new(42) }

func f(x int) *int { p := new(x + 1); return p }
