package main

// The generator: fixed edge cases first, then literals and operations
// drawn from a seeded random source. Every line is run through the
// machine as it is made, so operands always have kinds the operation
// accepts, and lines that would make go/constant panic (division by
// zero, an operator a kind lacks) are never written.

import (
	"encoding/hex"
	"fmt"
	"go/constant"
	"io"
	"math"
	"math/big"
	"math/rand"
	"strings"
)

type gen struct {
	m     *machine
	w     io.Writer
	rnd   *rand.Rand
	lines int
}

func (g *gen) emit(format string, args ...interface{}) bool {
	line := fmt.Sprintf(format, args...)
	if err := g.m.exec(line); err != nil {
		return false
	}
	fmt.Fprintln(g.w, line)
	g.lines++
	return true
}

func (g *gen) lit(tok, s string) {
	g.emit("lit %s %s", tok, hex.EncodeToString([]byte(s)))
}

func generate(w io.Writer, seed int64, n int) {
	g := &gen{m: &machine{out: io.Discard}, w: w, rnd: rand.New(rand.NewSource(seed))}
	fmt.Fprintf(w, "# goconst gen -seed %d -n %d\n", seed, n)
	g.edgeLiterals()
	g.edgeValues()
	g.boundaries()
	for i := 0; i < 1500; i++ {
		g.randomLiteral()
	}
	g.edgeOps()
	g.nearInts()
	for i := 0; i < n; i++ {
		g.randomOp()
	}
}

// --- fixed cases ---------------------------------------------------------------

var edgeInts = []string{
	"0", "00", "0_0", "1", "7", "42", "9223372036854775807", "9223372036854775808",
	"-9223372036854775808", "-9223372036854775809", "+5", "-0", "18446744073709551615",
	"18446744073709551616", "0x7fffffffffffffff", "0x8000000000000000", "0xFFFF_FFFF_FFFF_FFFF",
	"0x1_0000_0000_0000_0000", "0b1010", "0B_1", "0b1111111111111111111111111111111111111111111111111111111111111111",
	"0o777", "0O17", "0o_7", "0777", "0_777", "01", "0_1_2", "08", "09", "0x", "0X", "0b", "0o",
	"1_000_000", "1__0", "_1", "1_", "0x_1", "0x_", "0_", "0__7", "0b2", "0o8", "0xg", "0_x1",
	"1e5", "1.0", "", "-", "+", "0x-1", "1 ", " 1", "123456789012345678901234567890123456789012345678901234567890",
	"-123456789012345678901234567890123456789012345678901234567890", "0xDeadBeefCafeBabe", "0XABCDEF0123456789abcdef",
	"0777777777777777777777777777", "0b" + strings.Repeat("1", 200), "0x" + strings.Repeat("f", 300),
	strings.Repeat("9", 1000), "1" + strings.Repeat("_0", 155), "0x" + strings.Repeat("_a", 20),
}

var edgeFloats = []string{
	"0.", ".5", "0.0", "00.0", "1.5", "1e10", "1E+10", "1e-10", "1e0", "1e+0", "1e-0", "1e00000",
	"1e1000000", "1e-1000000", "1e1000000000", "1e-1000000000", "2e646456992", "2e-646456992",
	"1e700000000", "1e-700000000", "1e646456993", "1e-646456993", "1e9223372036854775807",
	"1e-9223372036854775808", "1e9223372036854775808", "0e9223372036854775808", "0e-999999999999",
	"0x1p-1000000", "0x1p1000000", "0x1p-2147483648", "0x1p2147483647", "0x1p2147483646",
	"0x1p-2147483649", "0x.8p-2147483647", "0x.8p-2147483648", "0x1p-2147483700", "0x.fp2147483647",
	"0x1p4094", "0x1p4095", "0x1p4096", "0x1p-4094", "0x1p-4095", "0x1p-4096", "0x1p-4097",
	"1e1232", "1e1233", "1e-1232", "1e-1233", "1e-1234", "1e4000", "1e-4000", "1e-4933",
	"1e308", "1e309", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
	"1.797693134862315807937289714053e308", "1.797693134862315807937289714054e308",
	"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "5e-324",
	"1e-400", "1e-323", "2.2250738585072014e-308", "2.2250738585072011e-308", "2.2250738585072009e-308",
	"3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38", "3.4028236e38",
	"1.401298464324817e-45", "7.006492321624085e-46", "7.006492321624086e-46", "1.1754943508222875e-38",
	"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffffp1023", "0x1.fffffep127", "0x1.ffffffp127",
	"0x1.fffffefffffffp127", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.0000000000001p-1075",
	"0x1p-1076", "0x1.fffffffffffffp-1076", "0x1.ffffffffffffffp-1076", "0x1p-1100", "0x3p-1100",
	"0x1p-149", "0x1p-150", "0x1.000001p-150", "0x1p-151", "0x1.ffffffp-151", "0x1.fffffffp-151",
	"0x1_0.8p0", "1_000.000_1", "0_1.5", "0777.5", "0777e1", "07.e3", "0x.8p1", "0x1.p-2", "0X1P+2",
	"0x_1p0", "0x1_p0", "0x1.8", "0x1e5", "1p5", "0b1.1", "0b1.1p3", "0o7.4", "0o7e2", "0b1e3",
	"1e+_5", "1e5_", "1._5", "1_.5", "1.5_", "1e_5", "1__0.5", "._5", "0x.p1", "0xp1", "0x1p", "0x1p+",
	"Inf", "inf", "+Inf", "-inf", "-Inf", "+inf", "INF", "NaN", "nan", "Infinity", ".", "e5", "1e",
	"1e+", "1e-", "+1.5", "-1.5", "--1", "+-1", "1..5", "1.5.", "0x1.8p1.5", "1e5e5", "1/2", "1e5i",
	"0.0000000000000000000000000000001", "3.14159265358979323846264338327950288419716939937510582097494459",
	"2.718281828459045235360287471352662497757247093699959574966967627724076630353547594571382178525166427",
	"1" + strings.Repeat("0", 400) + ".0", "0." + strings.Repeat("0", 2000) + "1",
	"0." + strings.Repeat("0", 1300) + "1", "1." + strings.Repeat("3", 3000),
	strings.Repeat("1234567890", 500) + "." + strings.Repeat("9876543210", 500),
	"0x" + strings.Repeat("f", 200) + "p-900", "0x1." + strings.Repeat("0", 130) + "1p0",
	"1e" + strings.Repeat("0", 30) + "1", "1e-" + strings.Repeat("0", 30) + "5",
	"0.1", "0.2", "0.3", "0.7", "1e23", "8.41e21", "5e-20", "9007199254740993", "9007199254740993.0",
	"4503599627370496.5", "4503599627370497.5", "16777217.0", "16777216.5", "0.1e-3", "100000.0",
	"123456.5", "999999.5", "9999995.0", "1e-5", "1e-4", "0.0001", "0.00001", "1e6", "1e5",
}

var edgeImags = []string{
	"0i", "1i", "1.5i", "0777i", "0x1p-2i", "1e1000000000i", "1e-1000000000i", "0b101i", "0o17i",
	"1_0i", "i", "1", "", "1e5i", "0x10i", "01.5i", ".5i", "1e-400i", "1e400i", "0x1p-1075i", "1ii",
	"1.5e+3i", "Infi", "123456789012345678901234567890i",
}

var edgeChars = []string{
	"'a'", "'\\n'", "'\\x00'", "'\\xff'", "'\\377'", "'\\400'", "'\\000'", "'\\u00e9'", "'\\U0001F600'",
	"'\\U00110000'", "'\\U0010FFFF'", "'\\ud800'", "'\\udfff'", "'\\uD7FF'", "'\\uE000'", "'é'",
	"'\\''", "'\"'", "'\\\"'", "'''", "''", "'ab'", "'\\'", "'\\z'", "'\xff'", "'\\0'", "'\\07'",
	"'\\x4'", "'\\xg0'", "'\\a'", "'\\b'", "'\\f'", "'\\r'", "'\\t'", "'\\v'", "'\\\\'", "'😀'",
	"'\x7f'", "'\u00ad'", "'\u2028'", "a", "'", "'\\u12'", "'\\U0000004'", "'\\uFFFD'", "'\xef\xbf\xbd'",
	"'\xe2\x82'", "'\xc0\x80'", "'\xed\xa0\x80'", "'\xf4\x90\x80\x80'", "\"a\"", "'\\x41'", "'\\101'",
}

var edgeStrings = []string{
	`"abc"`, `""`, `"\n\t\\\""`, `"\x00\xff"`, `"\u00e9\U0001F600"`, `"é"`, "`raw\nstring`",
	"`with\r\rcr`", "``", "`\r`", `"\'"`, `"a"b"`, `"\q"`, `"\ud800"`, `"ab`, "\"line\nbreak\"",
	"\"\xff\xfe\"", "\"\xff\\n\"", "'x'", "'xy'", "''", "'\\''", "`a`b`", "`a", "\"", "`", "x",
	`"\a\b\f\r\v"`, `"\0"`, `"\08"`, `"\777"`, `"\377\376"`, `"\U0010ffff\U00110000"`,
	"\"\u00ad\u200b\ufeff\ue000\u2028\u0300\"", "\"\x7f\x01\x1f\"", "\"tab\there\"",
	`"` + strings.Repeat("a", 69) + `"`, `"` + strings.Repeat("a", 70) + `"`, `"` + strings.Repeat("a", 71) + `"`,
	`"` + strings.Repeat("é", 70) + `"`, `"` + strings.Repeat("\\n", 40) + `"`, `"` + strings.Repeat("\\x80", 30) + `"`,
	`"` + strings.Repeat("日本語", 30) + `"`, `"` + strings.Repeat("a", 68) + `\n"`, `"` + strings.Repeat("a", 67) + `\n"`,
	"\"\xc0\xaf\xe0\x80\xaf\xed\xa0\x80\xf8\x88\x80\x80\x80\"", "`\xff\xfe`", "\"\\u00e9\xff\"",
	"\"\xf0\x9f\x98\x80\xf0\x9f\x98\"", "\"\U0001F600\U000E0001\U0001D7CE\"", "\"\u0378\u0379\u037f\"",
}

func (g *gen) edgeLiterals() {
	for _, s := range edgeInts {
		g.lit("INT", s)
	}
	for _, s := range edgeFloats {
		g.lit("FLOAT", s)
	}
	for _, s := range edgeImags {
		g.lit("IMAG", s)
	}
	for _, s := range edgeChars {
		g.lit("CHAR", s)
	}
	for _, s := range edgeStrings {
		g.lit("STRING", s)
	}
	// every rune form gc prints: a sample across the code space
	for _, r := range []int64{0, 7, 9, 10, 31, 32, 39, 34, 65, 92, 126, 127, 128, 0xa0, 0xad, 0xe9, 0x7ff,
		0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000,
		-1, 1 << 40} {
		g.emit("i64 %d", r)
	}
}

func (g *gen) edgeValues() {
	for _, v := range []int64{0, 1, -1, 2, -2, 127, -128, 255, 256, 32767, -32768, 65535, 1<<31 - 1, -1 << 31,
		1<<32 - 1, 1 << 32, 1<<53 - 1, 1 << 53, 1<<53 + 1, -(1<<53 + 1), 1<<62 - 1, 1 << 62, -1 << 62,
		-1<<62 - 1, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 1<<24 + 1, 1<<63 - 1<<10, 1<<63 - 1<<9} {
		g.emit("i64 %d", v)
	}
	for _, v := range []uint64{0, 1 << 63, 1<<63 - 1, 1<<64 - 1, 1<<63 + 1} {
		g.emit("u64 %d", v)
	}
	for _, s := range []string{"", "a", "hello, world", "\x00\xff", "日本", strings.Repeat("xyz", 40)} {
		g.emit("str %s", hex.EncodeToString([]byte(s)))
	}
	g.emit("bool 0")
	g.emit("bool 1")
}

// --- float32/float64 boundaries --------------------------------------------------

func (g *gen) f64(d float64) {
	g.emit("f64 %016x", math.Float64bits(d))
}

// exactLits writes x (exact) as a hexadecimal and, when not too long,
// a decimal float literal.
func (g *gen) exactLits(x *big.Float) {
	if x.Sign() == 0 {
		return
	}
	g.lit("FLOAT", strings.Replace(x.Text('p', 0), "0x.", "0x0.", 1))
	r, _ := x.Rat(nil)
	if r == nil || x.MantExp(nil) < -1200 || x.MantExp(nil) > 1100 {
		return
	}
	// a dyadic fraction has a finite decimal expansion
	digits := 0
	for d := new(big.Int).Set(r.Denom()); d.Cmp(big.NewInt(1)) > 0; d.Rsh(d, 1) {
		digits++
	}
	s := r.FloatString(digits)
	if len(s) < 1500 {
		g.lit("FLOAT", s)
	}
}

// around writes values at, beside and halfway between d and its
// neighbours, in float64 and as exact literals a hair either side.
func (g *gen) around(d float64) {
	up, down := math.Nextafter(d, math.Inf(1)), math.Nextafter(d, math.Inf(-1))
	for _, v := range []float64{d, up, down} {
		if !math.IsInf(v, 0) {
			g.f64(v)
		}
	}
	for _, nb := range []float64{up, down} {
		if math.IsInf(nb, 0) {
			nb = 2 * d // the next "float" beyond the largest
		}
		mid := new(big.Float).SetPrec(2000).SetFloat64(d)
		mid.Add(mid, new(big.Float).SetPrec(2000).SetFloat64(nb))
		mid.Quo(mid, big.NewFloat(2))
		g.exactLits(mid)
		eps := new(big.Float).SetPrec(2000).SetMantExp(big.NewFloat(1), mid.MantExp(nil)-700)
		g.exactLits(new(big.Float).SetPrec(2000).Add(mid, eps))
		g.exactLits(new(big.Float).SetPrec(2000).Sub(mid, eps))
	}
}

func (g *gen) boundaries() {
	specials := []float64{
		0, math.SmallestNonzeroFloat64, 2 * math.SmallestNonzeroFloat64, 3 * math.SmallestNonzeroFloat64,
		0x1p-1023, 0x1p-1022, 0x1.fffffffffffffp-1023, math.MaxFloat64, 0x1p1023, 1, 0.1, 1.0 / 3,
		1 << 53, 1<<53 + 2, 1e23, 1e-300,
		math.SmallestNonzeroFloat32, math.MaxFloat32, 0x1p-126, 0x1p-127, 0x1p-149, 0x1p-150, 0x1p127, 0x1p128,
		0x1.fffffep127, 0x1.fffffe8p127, 1 << 24, 1<<24 + 1, 16777217, 0x1.000001p0, 0x1.0000018p0,
	}
	for _, d := range specials {
		g.around(d)
		if d != 0 {
			g.around(-d)
		}
	}
	// float32 halfway points, written exactly
	for _, f := range []float32{math.MaxFloat32, math.SmallestNonzeroFloat32, 0x1p-126, 1, 0.1, 3e38, 1e-40} {
		up := math.Nextafter32(f, float32(math.Inf(1)))
		mid := new(big.Float).SetPrec(200).SetFloat64(float64(f))
		if math.IsInf(float64(up), 0) {
			mid.Add(mid, new(big.Float).SetPrec(200).SetFloat64(float64(f)-float64(math.Nextafter32(f, 0))))
		} else {
			mid.Add(mid, new(big.Float).SetPrec(200).SetFloat64(float64(up)))
		}
		mid.Quo(mid, big.NewFloat(2))
		g.exactLits(mid)
		g.f64(float64(f))
	}
	for i := 0; i < 300; i++ {
		g.f64(math.Float64frombits(g.rnd.Uint64()))
		g.f64(float64(math.Float32frombits(g.rnd.Uint32())))
	}
}

// --- random literals -----------------------------------------------------------

const decDigits = "0123456789"
const hexDigits = "0123456789abcdefABCDEF"

// digits returns n random digits from set, perhaps with separators.
func (g *gen) digits(set string, n int, seps bool) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if seps && i > 0 && g.rnd.Intn(6) == 0 {
			b.WriteByte('_')
		}
		b.WriteByte(set[g.rnd.Intn(len(set))])
	}
	return b.String()
}

func (g *gen) ndigits() int {
	switch g.rnd.Intn(10) {
	case 0:
		return 1 + g.rnd.Intn(300)
	case 1, 2:
		return 15 + g.rnd.Intn(10)
	default:
		return 1 + g.rnd.Intn(14)
	}
}

func (g *gen) randInt() string {
	seps := g.rnd.Intn(3) == 0
	n := g.ndigits()
	switch g.rnd.Intn(6) {
	case 0:
		return "0x" + g.sep(seps) + g.digits(hexDigits, n, seps)
	case 1:
		return "0" + "bB"[g.rnd.Intn(2):][:1] + g.sep(seps) + g.digits("01", n*3, seps)
	case 2:
		return "0o" + g.sep(seps) + g.digits("01234567", n, seps)
	case 3:
		return "0" + g.sep(seps) + g.digits("01234567", n, seps)
	default:
		return g.digits("123456789", 1, false) + g.digits(decDigits, n-1, seps)
	}
}

func (g *gen) sep(seps bool) string {
	if seps && g.rnd.Intn(3) == 0 {
		return "_"
	}
	return ""
}

func (g *gen) exponent() int {
	switch g.rnd.Intn(12) {
	case 0:
		return 300 + g.rnd.Intn(40)
	case 1:
		return 1200 + g.rnd.Intn(100)
	case 2:
		return 4000 + g.rnd.Intn(1000)
	case 3:
		return g.rnd.Intn(2000000)
	case 4:
		return 30 + g.rnd.Intn(20)
	default:
		return g.rnd.Intn(25)
	}
}

func (g *gen) randFloat() string {
	seps := g.rnd.Intn(4) == 0
	if g.rnd.Intn(4) == 0 {
		// hexadecimal: mantissa and a binary exponent
		var m string
		switch g.rnd.Intn(3) {
		case 0:
			m = g.digits(hexDigits, g.ndigits(), seps)
		case 1:
			m = g.digits(hexDigits, g.ndigits(), seps) + "." + g.digits(hexDigits, g.rnd.Intn(20), seps)
		default:
			m = "." + g.digits(hexDigits, 1+g.rnd.Intn(20), seps)
		}
		e := g.exponent() * 3
		sign := []string{"", "+", "-", "-"}[g.rnd.Intn(4)]
		return "0" + "xX"[g.rnd.Intn(2):][:1] + m + "pP"[g.rnd.Intn(2):][:1] + sign + fmt.Sprint(e)
	}
	var m string
	switch g.rnd.Intn(4) {
	case 0:
		m = g.digits(decDigits, g.ndigits(), seps) + "."
	case 1:
		m = "." + g.digits(decDigits, g.ndigits(), seps)
	default:
		m = g.digits(decDigits, g.ndigits(), seps) + "." + g.digits(decDigits, g.ndigits(), seps)
	}
	if g.rnd.Intn(3) > 0 {
		sign := []string{"", "+", "-", "-"}[g.rnd.Intn(4)]
		m += "eE"[g.rnd.Intn(2):][:1] + sign + fmt.Sprint(g.exponent())
	}
	return m
}

func (g *gen) randRune() rune {
	switch g.rnd.Intn(6) {
	case 0:
		return rune(g.rnd.Intn(0x80))
	case 1:
		return rune(0x80 + g.rnd.Intn(0x780))
	case 2:
		return rune(0x800 + g.rnd.Intn(0xf800))
	case 3:
		return rune(0x10000 + g.rnd.Intn(0x100000))
	default:
		return rune(0x20 + g.rnd.Intn(0x5f))
	}
}

// charBody is one character or escape as it may appear in a literal
// quoted with q.
func (g *gen) charBody(q byte) string {
	switch g.rnd.Intn(12) {
	case 0:
		return fmt.Sprintf("\\x%02x", g.rnd.Intn(256))
	case 1:
		return fmt.Sprintf("\\%03o", g.rnd.Intn(256))
	case 2:
		return fmt.Sprintf("\\u%04x", g.rnd.Intn(0xd800))
	case 3:
		return fmt.Sprintf("\\U%08x", 0x10000+g.rnd.Intn(0x100000))
	case 4:
		return "\\" + string("abfnrtv\\"[g.rnd.Intn(8)])
	case 5:
		return "\\" + string(q)
	case 6:
		return string([]byte{byte(0x80 + g.rnd.Intn(0x80))}) // not UTF-8
	}
	for {
		r := g.randRune()
		if r != rune(q) && r != '\\' && r != '\n' && (r < 0xd800 || r > 0xdfff) {
			return string(r)
		}
	}
}

func (g *gen) randString() string {
	n := g.rnd.Intn(12)
	if g.rnd.Intn(5) == 0 {
		n = 60 + g.rnd.Intn(30)
	}
	var b strings.Builder
	if g.rnd.Intn(5) == 0 {
		b.WriteByte('`')
		for i := 0; i < n; i++ {
			r := g.randRune()
			if g.rnd.Intn(10) == 0 {
				r = '\r'
			}
			if r != '`' {
				b.WriteRune(r)
			}
		}
		b.WriteByte('`')
		return b.String()
	}
	b.WriteByte('"')
	for i := 0; i < n; i++ {
		b.WriteString(g.charBody('"'))
	}
	b.WriteByte('"')
	return b.String()
}

// corrupt makes a literal that is probably malformed.
func (g *gen) corrupt(s string) string {
	junk := "_.xXeEpPi+-0189aFg'\"\\ "
	i := g.rnd.Intn(len(s) + 1)
	switch g.rnd.Intn(3) {
	case 0:
		return s[:i] + string(junk[g.rnd.Intn(len(junk))]) + s[i:]
	case 1:
		if i < len(s) {
			return s[:i] + s[i+1:]
		}
	}
	return s + string(junk[g.rnd.Intn(len(junk))])
}

func (g *gen) randomLiteral() {
	tok := []string{"INT", "INT", "FLOAT", "FLOAT", "FLOAT", "IMAG", "CHAR", "STRING"}[g.rnd.Intn(8)]
	var s string
	switch tok {
	case "INT":
		s = g.randInt()
	case "FLOAT":
		s = g.randFloat()
	case "IMAG":
		if g.rnd.Intn(2) == 0 {
			s = g.randFloat() + "i"
		} else {
			s = g.randInt() + "i"
		}
	case "CHAR":
		s = "'" + g.charBody('\'') + "'"
	case "STRING":
		s = g.randString()
	}
	if g.rnd.Intn(10) == 0 {
		s = g.corrupt(s)
	}
	g.lit(tok, s)
}

// --- operations ------------------------------------------------------------------

func (g *gen) edgeOps() {
	// integer division and remainder at the int64 edges
	base := len(g.m.regs)
	vals := []int64{math.MinInt64, -1, 1, math.MaxInt64, -7, 7, 2, -2, 3, -3}
	for _, v := range vals {
		g.emit("i64 %d", v)
	}
	for i := range vals {
		for j := range vals {
			for _, op := range []string{"/=", "%", "/", "+", "-", "*", "&^"} {
				g.emit("bin %d %s %d", base+i, op, base+j)
			}
		}
	}
	for i := range vals {
		g.emit("un - %d 0", base+i)
		for _, p := range []int{0, 8, 16, 32, 64} {
			g.emit("un ^ %d %d", base+i, p)
		}
		for _, s := range []int{0, 1, 62, 63, 64, 65, 200, 1000} {
			g.emit("shift %d << %d", base+i, s)
			g.emit("shift %d >> %d", base+i, s)
		}
	}
}

// nearInts makes binary floats that rounding has moved a hair off an
// integer (ToInt takes them back), ints too large for fractions, and
// ints whose float64 value is rounded twice (to 512 bits, then 53).
func (g *gen) nearInts() {
	g.lit("FLOAT", "1e5000")
	f := len(g.m.regs) - 1
	g.emit("bin %d / %d", f, f) // 1, as a binary float
	one := len(g.m.regs) - 1
	for _, k := range []int64{3, 7, 10, 49, 98, 1000000000000001, -3, 1 << 40} {
		g.emit("i64 %d", k)
		kr := len(g.m.regs) - 1
		g.emit("bin %d / %d", one, kr)
		t := len(g.m.regs) - 1
		g.emit("bin %d * %d", t, kr)
		u := len(g.m.regs) - 1
		g.emit("toint %d", u)
		g.emit("repr %d", u)
		g.emit("bin %d - %d", u, one)
		g.emit("bin %d + %d", t, t)
		g.emit("bin %d * %d", len(g.m.regs)-1, kr)
		g.emit("toint %d", len(g.m.regs)-1)
		g.emit("tocomplex %d", t)
		g.emit("bin %d * %d", len(g.m.regs)-1, kr)
		g.emit("toint %d", len(g.m.regs)-1)
	}
	// the ends of the exponent range: products and quotients that
	// overflow to unknown or underflow to zero, and a complex division
	// whose denominator underflows
	base := len(g.m.regs)
	for _, l := range []string{"0x1p-1500000000", "0x1p1500000000", "0x.8p-2147483648", "0x.ffffp2147483647",
		"0x1p-1073741824", "0x1p-1073741825", "0x1p1073741823", "0x1p1073741824"} {
		g.lit("FLOAT", l)
	}
	g.lit("IMAG", "2i")
	g.emit("bin %d + %d", one, len(g.m.regs)-1)
	cplx := len(g.m.regs) - 1
	for i := base; i < base+8; i++ {
		for j := base; j < base+8; j++ {
			// (no + or -: gc lines the mantissas up bit by bit, and
			// exponents 2^31 apart would take gigabytes)
			for _, op := range []string{"*", "/"} {
				g.emit("bin %d %s %d", i, op, j)
			}
		}
		g.emit("bin %d / %d", cplx, i)
		g.emit("bin %d * %d", cplx, i)
		g.emit("tocomplex %d", i)
		g.emit("bin %d / %d", cplx, len(g.m.regs)-1)
	}
	// one binade below and above an integer, a few bits from the end
	g.emit("i64 7")
	seven := len(g.m.regs) - 1
	g.emit("bin %d * %d", one, seven)
	fseven := len(g.m.regs) - 1
	for k := 500; k <= 516; k++ {
		g.lit("FLOAT", fmt.Sprintf("0x1p-%d", k))
		eps := len(g.m.regs) - 1
		for _, base := range []int{one, fseven} {
			for _, op := range []string{"-", "+"} {
				g.emit("bin %d %s %d", base, op, eps)
				g.emit("toint %d", len(g.m.regs)-1)
				g.emit("repr %d", len(g.m.regs)-2)
			}
		}
	}
	g.emit("i64 1")
	i1 := len(g.m.regs) - 1
	for _, s := range []int{511, 512, 513, 1023, 1024, 1025, 4095, 4096, 5000} {
		g.emit("shift %d << %d", i1, s)
		x := len(g.m.regs) - 1
		g.emit("tofloat %d", x)
		g.emit("bin %d / %d", x, one)
		g.emit("bin %d + %d", x, i1)
		g.emit("bin %d / %d", len(g.m.regs)-1, x)
		g.emit("bin %d - %d", x, i1)
		g.emit("repr %d", len(g.m.regs)-1)
	}
	for _, s := range []string{
		"0b1" + strings.Repeat("0", 52) + "1" + strings.Repeat("0", 546) + "1", // 2^600 + 2^547 + 1
		"0b1" + strings.Repeat("0", 52) + "1" + strings.Repeat("0", 547),
		"0b1" + strings.Repeat("1", 52) + "1" + strings.Repeat("0", 546) + "1",
		"0b1" + strings.Repeat("0", 23) + "1" + strings.Repeat("0", 546) + "1",
		"0b1" + strings.Repeat("1", 600),
		"0b1" + strings.Repeat("1", 511) + "0",
		"0b1" + strings.Repeat("1", 512) + "0",
	} {
		g.lit("INT", s)
		g.emit("repr %d", len(g.m.regs)-1)
	}
}

// pick returns a register whose value satisfies ok, or -1.
func (g *gen) pick(ok func(constant.Value) bool) int {
	n := len(g.m.regs)
	for try := 0; try < 40; try++ {
		var i int
		if g.rnd.Intn(3) == 0 {
			i = g.rnd.Intn(n)
		} else {
			i = n - 1 - g.rnd.Intn(min(n, 200)) // recent values, to build chains
		}
		if ok(g.m.regs[i]) {
			return i
		}
	}
	return -1
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func isInt(v constant.Value) bool      { return v.Kind() == constant.Int }
func isReal(v constant.Value) bool     { return v.Kind() == constant.Int || v.Kind() == constant.Float }
func isNum(v constant.Value) bool      { return isNumeric(v) }
func isNumOrUnk(v constant.Value) bool { return isNumeric(v) || v.Kind() == constant.Unknown }
func isStr(v constant.Value) bool      { return v.Kind() == constant.String }
func isBool(v constant.Value) bool     { return v.Kind() == constant.Bool }
func anyValue(v constant.Value) bool   { return true }

func small(v constant.Value) bool {
	return v.Kind() != constant.Int || constant.BitLen(v) < 2000
}

// tame excludes binary floats with exponents in the millions: adding
// two of them far apart makes gc line up mantissas over gigabytes.
// The edge cases above try them in products and quotients only.
func tame(v constant.Value) bool {
	switch v.Kind() {
	case constant.Complex:
		return tame(constant.Real(v)) && tame(constant.Imag(v))
	case constant.Float:
		if f, ok := constant.Val(v).(*big.Float); ok {
			e := f.MantExp(nil)
			return -1000000 < e && e < 1000000
		}
	}
	return true
}

func tameNum(v constant.Value) bool { return isNumOrUnk(v) && tame(v) }

func (g *gen) randomOp() {
	arith := []string{"+", "-", "*", "/"}
	intops := []string{"+", "-", "*", "/", "/=", "%", "&", "|", "^", "&^"}
	cmps := []string{"==", "!=", "<", "<=", ">", ">="}
	switch g.rnd.Intn(20) {
	case 0, 1, 2: // integer arithmetic
		x, y := g.pick(func(v constant.Value) bool { return isInt(v) && small(v) }), g.pick(isInt)
		if x < 0 || y < 0 {
			return
		}
		op := intops[g.rnd.Intn(len(intops))]
		if (op == "/" || op == "/=" || op == "%") && constant.Sign(g.m.regs[y]) == 0 {
			return
		}
		g.emit("bin %d %s %d", x, op, y)
	case 3, 4, 5, 6: // any numbers, mixed kinds
		x, y := g.pick(func(v constant.Value) bool { return tameNum(v) && small(v) }), g.pick(tameNum)
		if x < 0 || y < 0 {
			return
		}
		op := arith[g.rnd.Intn(len(arith))]
		if op == "/" && constant.Sign(g.m.regs[y]) == 0 {
			return
		}
		g.emit("bin %d %s %d", x, op, y)
	case 7: // shifts
		x := g.pick(func(v constant.Value) bool { return isInt(v) && small(v) })
		if x < 0 {
			return
		}
		s := g.rnd.Intn(70)
		if g.rnd.Intn(5) == 0 {
			s = g.rnd.Intn(1100)
		}
		g.emit("shift %d %s %d", x, []string{"<<", ">>"}[g.rnd.Intn(2)], s)
	case 8: // unary
		x := g.pick(anyValue)
		if x < 0 {
			return
		}
		v := g.m.regs[x]
		switch {
		case isInt(v) && g.rnd.Intn(2) == 0:
			g.emit("un ^ %d %d", x, []int{0, 0, 8, 16, 32, 64, 7}[g.rnd.Intn(7)])
		case isNum(v) || v.Kind() == constant.Unknown:
			g.emit("un %s %d 0", []string{"-", "+"}[g.rnd.Intn(2)], x)
		case isBool(v):
			g.emit("un ! %d 0", x)
		}
	case 9, 10: // comparisons
		x := g.pick(anyValue)
		if x < 0 {
			return
		}
		v := g.m.regs[x]
		var y int
		switch {
		case isNumOrUnk(v):
			y = g.pick(isNumOrUnk)
		default:
			k := v.Kind()
			y = g.pick(func(w constant.Value) bool { return w.Kind() == k })
		}
		if y < 0 {
			return
		}
		op := cmps[g.rnd.Intn(len(cmps))]
		if v.Kind() == constant.Bool || v.Kind() == constant.Complex || g.m.regs[y].Kind() == constant.Complex {
			op = cmps[g.rnd.Intn(2)]
		}
		g.emit("cmp %d %s %d", x, op, y)
		g.emit("eq %d %d", x, y)
	case 11, 12: // conversions
		x := g.pick(anyValue)
		if x < 0 {
			return
		}
		v := g.m.regs[x]
		ops := []string{"toint", "tofloat", "tocomplex"}
		if isNumOrUnk(v) {
			ops = append(ops, "real", "imagpart", "roundc64", "roundc128", "repr", "repr", "repr", "repr")
		}
		if isReal(v) || v.Kind() == constant.Unknown {
			ops = append(ops, "round32", "round64", "imag")
		}
		if isInt(v) {
			ops = append(ops, "strrune")
		}
		if isStr(v) || isBool(v) {
			ops = append(ops, "repr")
		}
		g.emit("%s %d", ops[g.rnd.Intn(len(ops))], x)
	case 13: // strings and bools
		if g.rnd.Intn(2) == 0 {
			x, y := g.pick(isStr), g.pick(isStr)
			if x >= 0 && y >= 0 {
				g.emit("bin %d + %d", x, y)
			}
		} else {
			x, y := g.pick(isBool), g.pick(isBool)
			if x >= 0 && y >= 0 {
				g.emit("bin %d %s %d", x, []string{"&&", "||"}[g.rnd.Intn(2)], y)
			}
		}
	case 14: // fresh operands now and then
		g.randomLiteral()
	case 15:
		g.emit("i64 %d", g.rnd.Int63()>>uint(g.rnd.Intn(64))*int64(1-2*g.rnd.Intn(2)))
	case 16: // repeating fractions
		a, b := g.rnd.Int63n(1000)-500, g.rnd.Int63n(999)+1
		base := len(g.m.regs)
		if g.emit("i64 %d", a) && g.emit("i64 %d", b) {
			g.emit("bin %d / %d", base, base+1)
		}
	default: // float arithmetic chains
		x := g.pick(func(v constant.Value) bool {
			return (v.Kind() == constant.Float || v.Kind() == constant.Complex) && tame(v)
		})
		y := g.pick(func(v constant.Value) bool { return isNum(v) && tame(v) })
		if x < 0 || y < 0 {
			return
		}
		op := arith[g.rnd.Intn(len(arith))]
		if op == "/" && constant.Sign(g.m.regs[y]) == 0 {
			return
		}
		if g.rnd.Intn(2) == 0 {
			x, y = y, x
			if op == "/" && constant.Sign(g.m.regs[y]) == 0 {
				return
			}
		}
		g.emit("bin %d %s %d", x, op, y)
	}
}
