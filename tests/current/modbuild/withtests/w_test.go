package withtests

import "testing"

func peek(b *Box) *int { return b.p }

func TestNew(t *testing.T) {
	if *peek(New(3)) != 3 {
		t.Fatal("wrong value")
	}
}
