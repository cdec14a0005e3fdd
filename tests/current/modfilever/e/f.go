//go:build go1.19

package e

func g() {
	for range 3 {
	}
}
