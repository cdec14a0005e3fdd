// A go 1.20 module whose files set their own language versions with
// //go:build go1.N (go1.21 on): per-iteration loop variables and min in
// new.go, go1.21 (the lowest a file can say) in old.go.

package fv

func loop20(xs []int) {
	for i := 0; i < len(xs); i++ {
		sink = append(sink, &i)
	}
}
