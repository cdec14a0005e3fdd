package p

func f() {
L:
	for {
	}
	break
	continue
	goto M
	{
	M:
	}
	for {
		break N
	}
}
