package testdata

import "nothere"
