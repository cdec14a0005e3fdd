package p

func f() {
	if {
	}
	if x := 1; {
	}
}
