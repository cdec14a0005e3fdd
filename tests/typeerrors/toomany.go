package p

var (
	a int = "1"
	b int = "2"
	c int = "3"
	d int = "4"
	e int = "5"
	f int = "6"
	g int = "7"
	h int = "8"
	i int = "9"
	j int = "10"
	k int = "11"
	l int = "12"
)
