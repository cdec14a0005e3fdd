package main

// The operation list: one operation a line, fields separated by one
// space. Lines that make a value append it to a list of registers
// (numbered from 0 in order); operands name registers by number.
//
//	lit TOK HEX          constant.MakeFromLiteral (TOK: INT FLOAT IMAG CHAR STRING)
//	i64 N | u64 N        MakeInt64, MakeUint64 (decimal)
//	f64 HEX              MakeFloat64 of the float64 with these bits
//	bool 0|1 | str HEX   MakeBool, MakeString
//	imag R               MakeImag
//	un OP R PREC         UnaryOp (OP: + - ^ !)
//	bin R OP R           BinaryOp (OP: + - * / % & | ^ &^ && || /=)
//	shift R OP S         Shift (OP: << >>)
//	toint R | tofloat R | tocomplex R | real R | imagpart R
//	round32 R | round64 R | roundc64 R | roundc128 R
//	                     go/types' roundFloat32 etc. ("nil" makes unknown)
//	strrune R            string(rune) conversion of an int
//	cmp R OP R           Compare (prints true/false)
//	eq R R               equality of kind class and value
//	repr R               representableConst for every basic type
//
// Each value line prints "rN: " and a description of the value (see
// describe); query lines print their answer. "#" starts a comment.

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"go/constant"
	"go/token"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

var tokens = map[string]token.Token{
	"INT": token.INT, "FLOAT": token.FLOAT, "IMAG": token.IMAG,
	"CHAR": token.CHAR, "STRING": token.STRING,
	"+": token.ADD, "-": token.SUB, "*": token.MUL, "/": token.QUO,
	"%": token.REM, "&": token.AND, "|": token.OR, "^": token.XOR,
	"&^": token.AND_NOT, "&&": token.LAND, "||": token.LOR,
	"/=": token.QUO_ASSIGN, "<<": token.SHL, ">>": token.SHR,
	"==": token.EQL, "!=": token.NEQ, "<": token.LSS, "<=": token.LEQ,
	">": token.GTR, ">=": token.GEQ, "!": token.NOT,
}

type machine struct {
	regs []constant.Value
	out  io.Writer
}

func (m *machine) reg(s string) constant.Value {
	i, err := strconv.Atoi(s)
	if err != nil || i < 0 || i >= len(m.regs) {
		panic("bad register " + s)
	}
	return m.regs[i]
}

func unhex(s string) string {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// exec runs one line; a panic inside go/constant comes back as an error.
func (m *machine) exec(line string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f := strings.Split(line, " ")
	var v constant.Value
	switch f[0] {
	case "lit":
		v = constant.MakeFromLiteral(unhex(f[2]), tokens[f[1]], 0)
	case "i64":
		n, _ := strconv.ParseInt(f[1], 10, 64)
		v = constant.MakeInt64(n)
	case "u64":
		n, _ := strconv.ParseUint(f[1], 10, 64)
		v = constant.MakeUint64(n)
	case "f64":
		n, _ := strconv.ParseUint(f[1], 16, 64)
		v = constant.MakeFloat64(math.Float64frombits(n))
	case "bool":
		v = constant.MakeBool(f[1] == "1")
	case "str":
		v = constant.MakeString(unhex(f[1]))
	case "imag":
		v = constant.MakeImag(m.reg(f[1]))
	case "un":
		p, _ := strconv.Atoi(f[3])
		v = constant.UnaryOp(tokens[f[1]], m.reg(f[2]), uint(p))
	case "bin":
		v = constant.BinaryOp(m.reg(f[1]), tokens[f[2]], m.reg(f[3]))
	case "shift":
		s, _ := strconv.ParseUint(f[3], 10, 32)
		v = constant.Shift(m.reg(f[1]), tokens[f[2]], uint(s))
	case "toint":
		v = constant.ToInt(m.reg(f[1]))
	case "tofloat":
		v = constant.ToFloat(m.reg(f[1]))
	case "tocomplex":
		v = constant.ToComplex(m.reg(f[1]))
	case "real":
		v = constant.Real(m.reg(f[1]))
	case "imagpart":
		v = constant.Imag(m.reg(f[1]))
	case "round32", "round64", "roundc64", "roundc128":
		x := m.reg(f[1])
		switch f[0] {
		case "round32":
			v = roundFloat32(x)
		case "round64":
			v = roundFloat64(x)
		case "roundc64":
			v = roundComplex(x, roundFloat32)
		case "roundc128":
			v = roundComplex(x, roundFloat64)
		}
		if v == nil {
			m.regs = append(m.regs, constant.MakeUnknown())
			fmt.Fprintf(m.out, "r%d: nil\n", len(m.regs)-1)
			return nil
		}
	case "strrune":
		v = stringFromRune(m.reg(f[1]))
	case "cmp":
		fmt.Fprintln(m.out, constant.Compare(m.reg(f[1]), tokens[f[2]], m.reg(f[3])))
		return nil
	case "eq":
		fmt.Fprintln(m.out, equal(m.reg(f[1]), m.reg(f[2])))
		return nil
	case "repr":
		fmt.Fprintln(m.out, reprLine(m.reg(f[1])))
		return nil
	default:
		panic("unknown operation " + f[0])
	}
	d := describe(v) // before appending, so a panic leaves no register
	m.regs = append(m.regs, v)
	fmt.Fprintf(m.out, "r%d: %s\n", len(m.regs)-1, d)
	return nil
}

func run(r *bufio.Reader, w io.Writer) {
	m := &machine{out: w}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := m.exec(line); err != nil {
			fmt.Fprintf(w, "PANIC %v\n", err)
			if producesValue(line) {
				m.regs = append(m.regs, constant.MakeUnknown())
			}
		}
	}
}

func producesValue(line string) bool {
	op := strings.SplitN(line, " ", 2)[0]
	return op != "cmp" && op != "eq" && op != "repr"
}

// --- what go/types and gc do with constants ---------------------------------

func roundFloat32(x constant.Value) constant.Value {
	f32, _ := constant.Float32Val(x)
	f := float64(f32)
	if !math.IsInf(f, 0) {
		return constant.MakeFloat64(f)
	}
	return nil
}

func roundFloat64(x constant.Value) constant.Value {
	f, _ := constant.Float64Val(x)
	if !math.IsInf(f, 0) {
		return constant.MakeFloat64(f)
	}
	return nil
}

func roundComplex(x constant.Value, round func(constant.Value) constant.Value) constant.Value {
	re := round(constant.Real(x))
	im := round(constant.Imag(x))
	if re == nil || im == nil {
		return nil
	}
	return constant.BinaryOp(re, token.ADD, constant.MakeImag(im))
}

func stringFromRune(x constant.Value) constant.Value {
	codepoint := utf8.RuneError
	if i, ok := constant.Uint64Val(x); ok && i <= utf8.MaxRune {
		codepoint = rune(i)
	}
	return constant.MakeString(string(codepoint))
}

func isNumeric(v constant.Value) bool {
	k := v.Kind()
	return k == constant.Int || k == constant.Float || k == constant.Complex
}

func equal(x, y constant.Value) bool {
	if x.Kind() == constant.Unknown || y.Kind() == constant.Unknown {
		return false
	}
	if isNumeric(x) != isNumeric(y) || !isNumeric(x) && x.Kind() != y.Kind() {
		return false
	}
	return constant.Compare(x, token.EQL, y)
}

// The basic types, in the order of goescape's ConstTarget.
var targets = []string{
	"int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"string", "bool",
	"untyped-int", "untyped-float", "untyped-complex",
}

// representable is go/types' representableConst with gc's sizes on
// amd64 (int, uint and uintptr are 64 bits).
func representable(x constant.Value, t string) (bool, constant.Value) {
	if x.Kind() == constant.Unknown {
		return true, nil
	}
	intBits := map[string]int{"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64,
		"uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64}
	switch t {
	case "string":
		return x.Kind() == constant.String, nil
	case "bool":
		return x.Kind() == constant.Bool, nil
	case "float32", "float64", "untyped-float":
		x := constant.ToFloat(x)
		if x.Kind() != constant.Float {
			return false, nil
		}
		switch t {
		case "float32":
			if r := roundFloat32(x); r != nil {
				return true, r
			}
			return false, nil
		case "float64":
			if r := roundFloat64(x); r != nil {
				return true, r
			}
			return false, nil
		}
		return true, nil
	case "complex64", "complex128", "untyped-complex":
		x := constant.ToComplex(x)
		if x.Kind() != constant.Complex {
			return false, nil
		}
		switch t {
		case "complex64":
			if r := roundComplex(x, roundFloat32); r != nil {
				return true, r
			}
			return false, nil
		case "complex128":
			if r := roundComplex(x, roundFloat64); r != nil {
				return true, r
			}
			return false, nil
		}
		return true, nil
	}
	// integer types
	x = constant.ToInt(x)
	if x.Kind() != constant.Int {
		return false, nil
	}
	if t == "untyped-int" {
		return true, x
	}
	bits := intBits[t]
	unsigned := t[0] == 'u'
	if v, ok := constant.Int64Val(x); ok {
		if unsigned {
			return 0 <= v && (bits == 64 || v <= 1<<uint(bits)-1), x
		}
		return bits == 64 || -1<<uint(bits-1) <= v && v <= 1<<uint(bits-1)-1, x
	}
	if unsigned && bits == 64 {
		return constant.Sign(x) >= 0 && constant.BitLen(x) <= 64, x
	}
	return false, x
}

func reprLine(x constant.Value) string {
	var b strings.Builder
	for i, t := range targets {
		if i > 0 {
			b.WriteByte(' ')
		}
		ok, r := representable(x, t)
		b.WriteString(t)
		if ok {
			b.WriteString("=1")
		} else {
			b.WriteString("=0")
		}
		if r != nil {
			fmt.Fprintf(&b, ":%s:%s", repName(r), r.ExactString())
		}
	}
	return b.String()
}

// gcStr is how gc prints a constant in a diagnostic: types.FmtConst,
// or for an untyped rune constant, ir/fmt.go's character forms.
func gcStr(v constant.Value, untypedRune bool) string {
	if untypedRune {
		switch x, ok := constant.Uint64Val(v); {
		case !ok || x > utf8.MaxRune:
			return fmt.Sprintf("('\\x00' + %v)", v)
		case x < utf8.RuneSelf:
			return fmt.Sprintf("%q", x)
		case x < 1<<16:
			return fmt.Sprintf("'\\u%04x'", x)
		default:
			return fmt.Sprintf("'\\U%08x'", x)
		}
	}
	if v.Kind() == constant.Complex {
		real, imag := constant.Real(v), constant.Imag(v)
		var re, im string
		sre := constant.Sign(real)
		if sre != 0 {
			re = real.String()
		}
		sim := constant.Sign(imag)
		if sim != 0 {
			im = imag.String()
		}
		switch {
		case sre == 0 && sim == 0:
			return "0"
		case sre == 0:
			return im + "i"
		case sim == 0:
			return re
		case sim < 0:
			return fmt.Sprintf("(%s%si)", re, im)
		default:
			return fmt.Sprintf("(%s+%si)", re, im)
		}
	}
	return v.String()
}

func repName(v constant.Value) string {
	switch v.Kind() {
	case constant.Unknown:
		return "unknown"
	case constant.Bool:
		return "bool"
	case constant.String:
		return "string"
	case constant.Complex:
		return "complex(" + repName(constant.Real(v)) + "," + repName(constant.Imag(v)) + ")"
	}
	switch constant.Val(v).(type) {
	case int64:
		return "int64"
	case *big.Int:
		return "int"
	case *big.Rat:
		return "rat"
	case *big.Float:
		return "float"
	}
	return "?"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// describe prints everything the accessors say about v.
func describe(v constant.Value) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s | %s | %s | %s", repName(v), v.ExactString(), v.String(), gcStr(v, false))
	k := v.Kind()
	if isNumeric(v) || k == constant.Unknown {
		fmt.Fprintf(&b, " | sign=%d", constant.Sign(v))
	}
	if k == constant.Int || k == constant.Float || k == constant.Unknown {
		f64, e64 := constant.Float64Val(v)
		f32, e32 := constant.Float32Val(v)
		fmt.Fprintf(&b, " f64=%016x/%d f32=%08x/%d", math.Float64bits(f64), b2i(e64),
			math.Float32bits(f32), b2i(e32))
	}
	if k == constant.Int || k == constant.Unknown {
		i, ei := constant.Int64Val(v)
		u, eu := constant.Uint64Val(v)
		fmt.Fprintf(&b, " bitlen=%d i64=%d/%d u64=%d/%d", constant.BitLen(v), i, b2i(ei), u, b2i(eu))
	}
	if k == constant.Int {
		fmt.Fprintf(&b, " rune=%s", gcStr(v, true))
	}
	if k == constant.Float || k == constant.Complex {
		fmt.Fprintf(&b, " toint=%s", constant.ToInt(v).ExactString())
	}
	if k == constant.String {
		fmt.Fprintf(&b, " len=%d", len(constant.StringVal(v)))
	}
	if k == constant.Bool {
		fmt.Fprintf(&b, " val=%v", constant.BoolVal(v))
	}
	return b.String()
}
