package p

import "unsafe"

func MinMax(a, b int, s []string) (int, string) {
	return min(a, b, 3), max(s[0], s[1])
}

func Clear(m map[string]*int, s []*int) {
	clear(m)
	clear(s)
}

func Str(b []byte) string {
	return unsafe.String(&b[0], len(b))
}

func Data(s string, b []*int) (*byte, **int) {
	return unsafe.StringData(s), unsafe.SliceData(b)
}

func Arr(s []byte) [4]byte {
	return [4]byte(s)
}
