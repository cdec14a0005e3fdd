// An assembly file: no -complete, bodies may be elsewhere.
package asm

func Add(a, b int) int
