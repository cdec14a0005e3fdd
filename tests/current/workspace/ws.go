// The root module of a workspace: it imports the others by path.
package ws

import (
	"example.com/a"
	"example.com/b"
)

func W() (*int, *int) { return a.A(), b.B() }

func K() int {
	v, w := 1, 2
	b.Keep(&v)
	return b.Drop(&w)
}
