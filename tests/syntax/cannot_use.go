package p
func f() {
	if x := 1; x = 2 {}
	switch x := f(); y := x.(type) {}
	switch a, b := 1, 2 {}
}
