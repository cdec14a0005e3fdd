package tools

import "nothere"
