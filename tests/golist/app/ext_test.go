package main_test

import (
	"testing"

	"example.com/app/internal/util"
)

func TestY(t *testing.T) { _ = util.X }
