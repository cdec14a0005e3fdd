//go:build go1.99

// A file that needs a later Go than the compiler.

package p

func f() {}
