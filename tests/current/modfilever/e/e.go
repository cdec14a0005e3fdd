//go:build go1.21

package e

func f() {
	for range 3 {
	}
}
