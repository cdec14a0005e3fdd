package p

func f() {
	var x int
	if x == 0 {
		var y = 1
	}
}

var = 1
