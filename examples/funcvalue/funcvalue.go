// Package funcvalue: arguments passed through an unknown func value may
// go anywhere, so pointer-like arguments escape; direct calls use the
// callee's summary. A local func variable that is never reassigned is
// resolved to its function, so calls through it are direct.
package funcvalue

func test(i int)        {}
func testEscape(i *int) {}

func Calls() {
	i, j, m, n := 0, 0, 0, 0
	t, te := test, testEscape // func values

	test(m)        // direct: no escape
	testEscape(&n) // direct: n does not escape
	t(i)           // resolved statically: no escape
	te(&j)         // resolved statically: j does not escape
}

func testSlice(slice []int)       {}
func testMap(m map[int]int)       {}
func testInterface(i interface{}) {}

func Values(f func(*int)) {
	x, y, z := make([]int, 1), make(map[int]int), 100
	ts, tm, ti := testSlice, testMap, testInterface
	ts(x) // resolved statically: x does not escape
	tm(y)
	ti(z)
	var k int
	f(&k) // unknown callee: k moves to the heap
}
