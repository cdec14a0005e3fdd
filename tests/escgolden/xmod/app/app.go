package app

import "example.com/xm/lib"

type key struct{ a, b int }

func Run() int {
	s := lib.NewSet[string]()
	s.Add("x")
	k := lib.NewSet[*key]()
	kk := &key{1, 2}
	k.Add(kk)
	n := lib.Max(1, 2)
	xs := lib.Collect(func(yield func(int)) { yield(1); yield(2) })
	if s.Has("x") && k.Has(kk) {
		return n + len(xs)
	}
	return 0
}

func Use2() {
	a, b := 1, 2
	_ = lib.Keep(&a, &b)
}
