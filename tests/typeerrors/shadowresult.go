package p

func f() (x int, err error) {
	{
		x := 2
		_ = x
		return
	}
}
