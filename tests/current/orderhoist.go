package p

type tab struct{ n int }

func (t *tab) put(x uint64) uint64 { return x }

type arg uint64

var g struct {
	labels [2][4]arg
	tabs   [2]tab
}

func f(gen uintptr, ls []uint64) {
	for i, l := range ls[:4] {
		g.labels[gen%2][i&3] = arg(g.tabs[gen%2].put(l))
	}
	g.labels[gen%2][1] = arg(g.tabs[gen%2].put(3)) + arg(g.tabs[gen%2].put(3))
}
