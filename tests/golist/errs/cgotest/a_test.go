package cgotest

import "C"
