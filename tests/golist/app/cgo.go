package main

// #include <stdlib.h>
import "C"

import "unicode/utf8"

var _ = utf8.RuneLen
