package helper

import "os"

func H() { os.Exit(0) }
