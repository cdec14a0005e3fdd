// gen writes the inputs of tests/suite-badinput.sh into a directory:
// truncated copies of sample files, random bytes, NUL bytes, invalid
// UTF-8, nesting 100,000 deep and enormous literals. Everything is
// derived from a fixed seed, so the inputs are the same on every run.
//
//	go run gen.go OUTDIR SAMPLE.go...
//
// Each input is OUTDIR/<class>/<name>.go; the class says what the
// suite expects of it:
//
//	error   a clear error with a position, exit status 1
//	any     either a clean parse or such an error (never a crash)
//	ok      a clean parse, exit status 0
package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

var out string

func write(class, name string, data []byte) {
	dir := filepath.Join(out, class)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".go"), data, 0o644); err != nil {
		panic(err)
	}
}

func nest(open, middle, close string, n int) string {
	return strings.Repeat(open, n) + middle + strings.Repeat(close, n)
}

const deep = 100000

func main() {
	out = os.Args[1]
	samples := os.Args[2:]
	r := rand.New(rand.NewSource(1))

	// Truncated samples: every sample cut at 40 offsets spread over it
	// (a cut may leave a valid file, so any outcome but a crash will do).
	for i, s := range samples {
		data, err := os.ReadFile(s)
		if err != nil {
			panic(err)
		}
		for k := 0; k < 40; k++ {
			cut := len(data) * k / 40
			if k > 0 {
				cut += r.Intn(len(data)/40 + 1)
			}
			if cut > len(data) {
				cut = len(data)
			}
			write("any", fmt.Sprintf("trunc%02d_%02d", i, k), data[:cut])
		}
	}

	// Random bytes, alone and after a package clause.
	for k := 0; k < 40; k++ {
		b := make([]byte, 1+r.Intn(4096))
		r.Read(b)
		write("error", fmt.Sprintf("random%02d", k), b)
		write("error", fmt.Sprintf("random_pkg%02d", k), append([]byte("package p\n"), b...))
	}

	// Random Go tokens: syntax the parser must recover from.
	toks := strings.Fields("( ) [ ] { } , ; : . ... = := + - * / % & | ^ << >> &^ += -= *= &&" +
		" || <- ++ -- == != < <= > >= ! ~ break case chan const continue default defer else" +
		" fallthrough for func go goto if import interface map package range return select" +
		" struct switch type var x y 1 2.5 'a' \"s\" `r` 0x1p4 1i")
	for k := 0; k < 40; k++ {
		var b bytes.Buffer
		b.WriteString("package p\n")
		for n := 20 + r.Intn(400); n > 0; n-- {
			b.WriteString(toks[r.Intn(len(toks))])
			if r.Intn(6) == 0 {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		write("any", fmt.Sprintf("tokens%02d", k), b.Bytes())
	}

	// NUL bytes and invalid UTF-8 in every kind of place.
	places := []string{
		"package p\nvar x@ = 1\n",
		"package p\nvar s = \"a@b\"\n",
		"package p\nvar s = `a@b`\n",
		"package p\n// comment @ here\nvar x = 1\n",
		"package p\n/* comment @ here */\nvar x = 1\n",
		"package p\nvar r = '@'\n",
		"package p\nvar x = 1@2\n",
		"package p\nfunc f() { @ }\n",
		"package p@\n",
		"@package p\n",
	}
	for k, p := range places {
		write("error", fmt.Sprintf("nul%02d", k), []byte(strings.Replace(p, "@", "\x00", 1)))
		write("error", fmt.Sprintf("utf8_%02d", k), []byte(strings.Replace(p, "@", "\xff\xfe", 1)))
		write("error", fmt.Sprintf("utf8short%02d", k), []byte(strings.Replace(p, "@", "\xe2\x82", 1)))
		class := "error"
		if p[0] == '@' {
			class = "ok" // a byte order mark may open the file
		}
		write(class, fmt.Sprintf("bom%02d", k), []byte(strings.Replace(p, "@", "\uFEFF", 1)))
	}
	write("error", "nul_only", bytes.Repeat([]byte{0}, 1000))

	// Nesting 100,000 deep.
	write("error", "deep_parens", []byte("package p\nvar x = "+nest("(", "1", ")", deep)+"\n"))
	write("error", "deep_brackets", []byte("package p\nvar x = "+nest("a[", "0", "]", deep)+"\n"))
	write("error", "deep_slices", []byte("package p\nvar x "+strings.Repeat("[]", deep)+"int\n"))
	write("error", "deep_blocks", []byte("package p\nfunc f() "+nest("{", "", "}", deep)+"\n"))
	write("error", "deep_complit", []byte("package p\nvar x = T"+nest("{", "", "}", deep)+"\n"))
	write("error", "deep_unary", []byte("package p\nvar x = "+strings.Repeat("!", deep)+"x\n"))
	write("error", "deep_neg", []byte("package p\nvar x = "+strings.Repeat("- ", deep)+"1\n"))
	write("error", "deep_recv", []byte("package p\nvar x = "+strings.Repeat("<-", deep)+"c\n"))
	write("error", "deep_stars", []byte("package p\nvar x "+strings.Repeat("*", deep)+"int\n"))
	write("error", "deep_chan", []byte("package p\nvar x "+strings.Repeat("chan ", deep)+"int\n"))
	write("error", "deep_func", []byte("package p\nvar x "+nest("func(", "", ")", deep)+"\n"))
	write("error", "deep_struct", []byte("package p\nvar x "+nest("struct{f ", "int", "}", deep)+"\n"))
	write("error", "deep_map", []byte("package p\nvar x "+strings.Repeat("map[int]", deep)+"int\n"))
	write("error", "deep_if", []byte("package p\nfunc f() {\n"+strings.Repeat("if x {\n", deep)+strings.Repeat("}\n", deep)+"}\n"))
	write("error", "deep_else_if", []byte("package p\nfunc f() {\nif x {}"+strings.Repeat(" else if x {}", deep)+"\n}\n"))
	write("error", "deep_funclit", []byte("package p\nvar x = "+nest("func() { _ = ", "1", " }", deep)+"\n"))
	write("error", "deep_selector", []byte("package p\nvar x = a"+strings.Repeat(".b", deep)+"\n"))
	write("error", "deep_calls", []byte("package p\nvar x = f"+strings.Repeat("()", deep)+"\n"))
	write("error", "deep_sum", []byte("package p\nvar x = 1"+strings.Repeat("+1", deep)+"\n"))
	write("error", "deep_unclosed", []byte("package p\nvar x = "+strings.Repeat("(", deep)+"\n"))

	// Enormous literals: valid ones parse; broken ones are reported once.
	big := strings.Repeat("abcdefghij", 1<<20) // 10 MB
	write("ok", "huge_string", []byte("package p\nvar s = \""+big+"\"\n"))
	write("ok", "huge_raw", []byte("package p\nvar s = `"+big+"`\n"))
	write("ok", "huge_comment", []byte("package p\n// "+big+"\nvar x = 1\n"))
	write("ok", "huge_ident", []byte("package p\nvar x"+big+" = 1\n"))
	write("ok", "huge_int", []byte("package p\nconst x = 1"+strings.Repeat("0", 1<<20)+"\n"))
	write("ok", "huge_float", []byte("package p\nconst x = 0."+strings.Repeat("1", 1<<20)+"e1\n"))
	write("error", "huge_string_open", []byte("package p\nvar s = \""+big))
	write("error", "huge_raw_open", []byte("package p\nvar s = `"+big))
	write("error", "huge_comment_open", []byte("package p\n/* "+big))
	write("error", "huge_int_bad", []byte("package p\nconst x = 0b1"+strings.Repeat("1_", 1<<19)+"\n"))
	write("error", "huge_escapes", []byte("package p\nvar s = \""+strings.Repeat("\\q", 1<<19)+"\"\n"))
	write("error", "huge_lines", []byte("package p\nvar x = (\n"+strings.Repeat("\n", 1<<20)+"\n"))
	write("error", "many_errors", []byte("package p\nfunc f() {\n"+strings.Repeat("x := )\n", 1<<16)+"}\n"))
}
