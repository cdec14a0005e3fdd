// Float constants in -m output: a value that is not an integer but
// whose six-digit form reads as one is printed with all its digits
// (go1.20 on).

package p

var sink any

func f() {
	sink = float32(-1e-9)
	sink = float32(0.1)
	const c float32 = 0.1
	sink = c
	sink = float64(0.1)
	x := float32(-1e-9)
	sink = x
	sink = 3.0000000001
	sink = 1e-5 + 1e-12
	sink = float32(123456.5)
	sink = 1234567.25
	sink = float32(1e10 + 0.5)
	sink = -2.5e-7
}
