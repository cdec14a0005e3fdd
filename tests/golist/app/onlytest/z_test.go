package onlytest

import "testing"

func TestZ(t *testing.T) {}
