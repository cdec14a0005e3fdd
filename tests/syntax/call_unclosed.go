package p

import "fmt"

func f() {
	fmt.Println("hi"
}
