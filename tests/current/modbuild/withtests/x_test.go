package withtests_test

import (
	"testing"

	"example.com/modbuild/user"
	"example.com/modbuild/withtests"
)

func TestUser(t *testing.T) {
	var sink []*withtests.Box
	sink = append(sink, user.Make(2))
	if len(sink) != 1 {
		t.Errorf("got %d", len(sink))
	}
}
