package main

// gccheck holds gcStr (the reference for goescape's const_gc_str) to
// the real compiler. Constants returned as interfaces from an inlined
// function of another package reach the importing package as values
// without source text, and gc's -m output then prints them with
// types.FmtConst: "(interface {})(float64(3.33333e+99)) does not escape".
// The same constants are evaluated with go/types, and gcStr of each
// must give the text between the type's parentheses.

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

var gcCases = []string{
	"1e100 / 3", "'é'", "1.5 - 2i", "\"a long string constant that goes on and on and on and on and on and on and on\"",
	"0x1p-1100", "'x'", "2i", "1 << 62", "\"tab\\there\\xff\"", "1.0", "0.1", "1e-7", "123456.0", "1234567.0",
	"1e21", "1e20", "100000.0", "1e6", "-0.0", "1 / 3.0", "2.5e-10", "3 + 0i", "0i", "-2i", "\"\"",
	"\"日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語\"",
	"\"\\u00ad\\u200b\"", "\"" + strings.Repeat("x", 70) + "\"", "\"" + strings.Repeat("x", 71) + "\"",
	"\"" + strings.Repeat("x", 69) + "\\n\"", "-1 - 3i", "1e-300 - 1e300i", "5e-324", "1.7976931348623157e308",
	"float32(0.1)", "float32(1e38)", "float32(1e-45)", "float64(1e308)", "complex64(1.5 - 2.5i)",
	"complex128(1e300i)", "int8(-5)", "uint64(1 << 63)", "uint8(200)", "int64(-1 << 63)", "uintptr(1)",
	"string('a')", "string(rune(0x10ffff))", "float32(16777217)", "float64(1<<53 + 1)", "complex64(0.1 + 0.2i)",
	"1e-5", "0.0001", "999999.5", "9999995.0", "-123456789.0", "uint64(1<<64 - 1)", "-(1 << 62)", "true", "1 < 2",
	"'\\x00'", "'\\U0010FFFF'", "rune(-1)", "0.5 + 0.5i", "1e-400 * 1e400", "3.0 / 7", "complex(1, -1e-10)",
}

func gccheck(dir string) bool {
	if err := os.MkdirAll(filepath.Join(dir, "b"), 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	var b, a strings.Builder
	b.WriteString("package b\n\n")
	a.WriteString("package a\n\nimport \"m/b\"\n\nfunc f() {\n")
	for i, c := range gcCases {
		fmt.Fprintf(&b, "func F%d() interface{} { return %s }\n", i, c)
		fmt.Fprintf(&a, "\t_ = b.F%d()\n", i) // line i+6
	}
	a.WriteString("}\n")
	files := map[string]string{"go.mod": "module m\n\ngo 1.19\n", "b/b.go": b.String(), "a.go": a.String()}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return false
		}
	}

	// what go/types says each return value is
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "b.go", files["b/b.go"], 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("b", fset, []*ast.File{file}, info); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	want := make([]string, len(gcCases))
	for i, d := range file.Decls {
		ret := d.(*ast.FuncDecl).Body.List[0].(*ast.ReturnStmt).Results[0]
		tv := info.Types[ret]
		t := tv.Type.String()
		v := tv.Value
		if _, r := representable(v, t); r != nil && (strings.HasPrefix(t, "float") || strings.HasPrefix(t, "complex")) {
			v = r
		}
		want[i] = fmt.Sprintf("(interface {})(%s(%s))", t, gcStr(v, false))
	}

	// what gc says
	goCmd := os.Getenv("GO19")
	if goCmd == "" {
		goCmd = "go"
	}
	cmd := exec.Command(goCmd, "build", "-gcflags=-m", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOFLAGS=-mod=mod", "GOPROXY=off")
	out, _ := cmd.CombinedOutput()
	got := make([]string, len(gcCases))
	re := regexp.MustCompile(`^\./a\.go:(\d+):\d+: (.*) does not escape$`)
	for _, line := range strings.Split(string(out), "\n") {
		m := re.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if i := n - 6; i >= 0 && i < len(got) && strings.HasPrefix(m[2], "(interface {})") {
			got[i] = m[2]
		}
	}
	pass, fail := 0, 0
	for i := range gcCases {
		if got[i] == want[i] {
			pass++
			continue
		}
		fail++
		fmt.Printf("gccheck: %s: gc prints %q, reference %q\n", gcCases[i], got[i], want[i])
	}
	if pass == 0 {
		fmt.Printf("gccheck: no output from gc:\n%s", out)
	}
	fmt.Printf("gccheck: %d passed, %d failed\n", pass, fail)
	return fail == 0 && pass > 0
}
