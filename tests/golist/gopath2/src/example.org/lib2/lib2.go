package lib2

import "nothere"

const L = 5
