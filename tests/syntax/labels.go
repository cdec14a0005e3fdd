package p

func f(x int) {
L1:
	for {
		break L2
	}
L3:
	x++
	goto L4
	goto L1
	continue
	{
	L5:
		x++
	}
	goto L5
}
