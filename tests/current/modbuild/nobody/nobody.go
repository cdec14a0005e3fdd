// Go files only: the go command passes -complete, so a function
// without a body (and no go:linkname) is an error.
package nobody

import _ "unsafe"

func F()

//go:linkname g runtime.nanotime
func g() int64

func (T) M()

type T struct{}

func K() *int { z := 3; return &z }
