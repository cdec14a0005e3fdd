// +build ignore

package main

import "nonexistent/package"
