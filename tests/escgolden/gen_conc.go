package p

import "sync"

// go, defer, select and channels inside generic functions.

func Produce[T any](xs []T) <-chan T {
	ch := make(chan T, len(xs))
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func First[T any](a, b <-chan T) (T, bool) {
	select {
	case v, ok := <-a:
		return v, ok
	case v, ok := <-b:
		return v, ok
	}
}

type Guarded[T any] struct {
	mu  sync.Mutex
	val T
}

func (g *Guarded[T]) Set(v T) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.val = v
}

func (g *Guarded[T]) Get() T {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.val
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i int, x T) {
			defer wg.Done()
			out[i] = f(x)
		}(i, x)
	}
	wg.Wait()
	return out
}

func Use() int {
	a := Produce([]int{1, 2})
	b := Produce([]int{3})
	v, _ := First(a, b)
	var g Guarded[*int]
	g.Set(&v)
	var h Guarded[[4]byte]
	h.Set([4]byte{1})
	ys := ParallelMap([]string{"a"}, func(s string) int { return len(s) })
	return *g.Get() + int(h.Get()[0]) + len(ys)
}
