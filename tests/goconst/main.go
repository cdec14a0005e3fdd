// Command goconst is the reference side of goescape's constant tests.
//
//	goconst gen [-seed N] [-n N]   write a list of operations (deterministic)
//	goconst run                    evaluate a list from stdin with go/constant
//	goconst gccheck DIR            check gcStr against the real compiler
//
// The list is read by tests/constcheck.c too; both print one line per
// operation and the outputs must be identical. See machine.go for the
// format.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "gen":
		fs := flag.NewFlagSet("gen", flag.ExitOnError)
		seed := fs.Int64("seed", 1, "random seed")
		n := fs.Int("n", 20000, "number of random operations")
		fs.Parse(os.Args[2:])
		w := bufio.NewWriter(os.Stdout)
		generate(w, *seed, *n)
		w.Flush()
	case "run":
		w := bufio.NewWriter(os.Stdout)
		run(bufio.NewReader(os.Stdin), w)
		w.Flush()
	case "gccheck":
		if len(os.Args) < 3 {
			usage()
		}
		if !gccheck(os.Args[2]) {
			os.Exit(1)
		}
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: goconst gen [-seed N] [-n N] | run | gccheck DIR")
	os.Exit(2)
}
