// Command gotypes type-checks Go packages with go/parser and go/types
// and prints what goescape's type checker is compared against:
//
//	gotypes -dump PATTERN...   every identifier's object, every typed
//	                           expression's mode, type and value, every
//	                           selection and instance, per file
//	gotypes -sizes PATTERN...  size, alignment and field offsets of every
//	                           package-level named type (gc sizes)
//	gotypes -time PATTERN...   only parse and check, then print the time
//	                           and peak memory
//
// Packages come from `go list -deps -json`, in dependency order; each is
// checked once against its already-checked imports. Files with import "C"
// are checked with go/types' FakeImportC.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

type listPkg struct {
	ImportPath string
	Dir        string
	Name       string
	Goroot     bool
	GoFiles    []string
	CgoFiles   []string
	ImportMap  map[string]string
	Error      *struct{ Err string }
}

var (
	dump   = flag.Bool("dump", false, "print objects, types, selections and instances")
	sizes  = flag.Bool("sizes", false, "print type layouts")
	timing = flag.Bool("time", false, "print the time taken and peak memory")
	tags   = flag.String("tags", "", "build tags for go list")
)

func main() {
	flag.Parse()
	args := []string{"list", "-e", "-deps", "-json"}
	if *tags != "" {
		args = append(args, "-tags", *tags)
	}
	args = append(args, flag.Args()...)
	cmd := exec.Command("go", args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		fatal("go list: %v", err)
	}
	var pkgs []*listPkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		p := new(listPkg)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			fatal("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}

	w := bufioWriter()
	defer w.Flush()
	start := time.Now()
	fset := token.NewFileSet()
	checked := map[string]*types.Package{"unsafe": types.Unsafe}
	nfiles, nbytes := 0, 0
	for _, p := range pkgs {
		if p.ImportPath == "unsafe" {
			continue
		}
		if p.Error != nil {
			fatal("%s: %s", p.ImportPath, p.Error.Err)
		}
		var files []*ast.File
		names := append(append([]string{}, p.GoFiles...), p.CgoFiles...)
		for _, name := range names {
			path := filepath.Join(p.Dir, name)
			src, err := os.ReadFile(path)
			if err != nil {
				fatal("%v", err)
			}
			nfiles++
			nbytes += len(src)
			f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
			if err != nil {
				fatal("%v", err)
			}
			files = append(files, f)
		}
		info := &types.Info{
			Types:      map[ast.Expr]types.TypeAndValue{},
			Defs:       map[*ast.Ident]types.Object{},
			Uses:       map[*ast.Ident]types.Object{},
			Selections: map[*ast.SelectorExpr]*types.Selection{},
			Instances:  map[*ast.Ident]types.Instance{},
		}
		if !*dump {
			info = &types.Info{}
		}
		conf := types.Config{
			Importer:    importer{checked, p.ImportMap},
			Sizes:       types.SizesFor("gc", "amd64"),
			FakeImportC: len(p.CgoFiles) > 0,
			Error:       func(err error) {},
		}
		tpkg, err := conf.Check(p.ImportPath, fset, files, info)
		if err != nil && p.Goroot {
			fatal("%s: %v", p.ImportPath, err)
		}
		checked[p.ImportPath] = tpkg
		if *dump {
			for i, f := range files {
				dumpFile(w, fset, tpkg, info, filepath.Join(p.Dir, names[i]), f)
			}
		}
		if *sizes {
			dumpSizes(w, tpkg, conf.Sizes)
		}
	}
	if *timing {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		fmt.Fprintf(os.Stderr, "go/types: %d packages, %d files, %.1f MB in %.2fs, peak RSS %d MB\n",
			len(pkgs), nfiles, float64(nbytes)/1e6, time.Since(start).Seconds(), ru.Maxrss/1024)
	}
}

type importer struct {
	checked   map[string]*types.Package
	importMap map[string]string
}

func (im importer) Import(path string) (*types.Package, error) {
	if p, ok := im.importMap[path]; ok {
		path = p
	}
	if p := im.checked[path]; p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("package %s not checked", path)
}

var goroot = runtimeGOROOT()

func runtimeGOROOT() string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// relPath prints GOROOT files relative to GOROOT/src, others as given.
func relPath(name string) string {
	src := filepath.Join(goroot, "src") + string(filepath.Separator)
	if strings.HasPrefix(name, src) {
		return name[len(src):]
	}
	return name
}

func posString(fset *token.FileSet, p token.Pos) string {
	if !p.IsValid() {
		return "-"
	}
	pos := fset.PositionFor(p, false)
	return fmt.Sprintf("%d:%d", pos.Line, pos.Column)
}

// objString identifies an object: its kind, name, where it is declared
// and its type.
func objString(fset *token.FileSet, obj types.Object) string {
	if obj == nil {
		return "<nil>"
	}
	kind := ""
	switch o := obj.(type) {
	case *types.PkgName:
		return "pkgname " + o.Name() + " " + o.Imported().Path()
	case *types.Const:
		kind = "const"
	case *types.TypeName:
		kind = "type"
	case *types.Var:
		kind = "var"
		if o.IsField() {
			kind = "field"
		}
	case *types.Func:
		kind = "func"
	case *types.Label:
		kind = "label"
	case *types.Builtin:
		kind = "builtin"
	case *types.Nil:
		kind = "nil"
	}
	where := "universe"
	if obj.Pos().IsValid() {
		pos := fset.PositionFor(obj.Pos(), false)
		where = fmt.Sprintf("%s:%d:%d", relPath(pos.Filename), pos.Line, pos.Column)
	} else if obj.Pkg() != nil {
		where = obj.Pkg().Path()
	}
	s := kind + " " + obj.Name() + " @" + where
	if obj.Type() != nil && kind != "label" && kind != "builtin" {
		s += " " + types.TypeString(obj.Type(), nil)
	}
	return s
}

func modeString(tv types.TypeAndValue) string {
	switch {
	case tv.IsVoid():
		return "void"
	case tv.IsType():
		return "type"
	case tv.IsBuiltin():
		return "builtin"
	case tv.Value != nil:
		return "const"
	case tv.Addressable():
		return "var"
	case tv.Assignable():
		return "mapindex"
	case tv.HasOk():
		return "commaok"
	default:
		return "value"
	}
}

func nodeKind(n ast.Node) string {
	return strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast.")
}

func dumpFile(w io.Writer, fset *token.FileSet, pkg *types.Package, info *types.Info, name string, f *ast.File) {
	fmt.Fprintf(w, "file %s\n", relPath(name))
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		if id, ok := n.(*ast.Ident); ok {
			p := posString(fset, id.Pos())
			if obj, ok := info.Defs[id]; ok {
				fmt.Fprintf(w, "%s def %s %s\n", p, id.Name, objString(fset, obj))
			}
			if obj, ok := info.Uses[id]; ok {
				fmt.Fprintf(w, "%s use %s %s\n", p, id.Name, objString(fset, obj))
			}
			if inst, ok := info.Instances[id]; ok {
				var targs []string
				for i := 0; i < inst.TypeArgs.Len(); i++ {
					targs = append(targs, types.TypeString(inst.TypeArgs.At(i), nil))
				}
				fmt.Fprintf(w, "%s inst %s [%s] %s\n", p, id.Name, strings.Join(targs, ", "), types.TypeString(inst.Type, nil))
			}
		}
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := info.Types[e]; ok {
				s := fmt.Sprintf("%s-%s %s %s %s", posString(fset, e.Pos()), posString(fset, e.End()),
					nodeKind(e), modeString(tv), types.TypeString(tv.Type, nil))
				if tv.Value != nil {
					s += " = " + valueString(tv.Value)
				}
				fmt.Fprintln(w, s)
			}
		}
		if se, ok := n.(*ast.SelectorExpr); ok {
			if sel, ok := info.Selections[se]; ok {
				kind := [...]string{"field", "method", "methodexpr"}[sel.Kind()]
				fmt.Fprintf(w, "%s sel %s %s %v %v %s\n", posString(fset, se.Sel.Pos()), kind,
					types.TypeString(sel.Recv(), nil), sel.Index(), sel.Indirect(), objString(fset, sel.Obj()))
			}
		}
		return true
	})
}

// valueString prints constants exactly, abbreviating only very long strings.
func valueString(v constant.Value) string {
	s := v.ExactString()
	if len(s) > 200 {
		s = fmt.Sprintf("%s...(%d bytes)", s[:100], len(s))
	}
	return s
}

func dumpSizes(w io.Writer, pkg *types.Package, sz types.Sizes) {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		t := named.Underlying()
		if _, ok := t.(*types.Interface); ok {
			continue
		}
		fmt.Fprintf(w, "%s.%s size=%d align=%d", pkg.Path(), name, sz.Sizeof(t), sz.Alignof(t))
		if st, ok := t.(*types.Struct); ok && st.NumFields() > 0 {
			var fields []*types.Var
			for i := 0; i < st.NumFields(); i++ {
				fields = append(fields, st.Field(i))
			}
			fmt.Fprintf(w, " offsets=%v", sz.Offsetsof(fields))
		}
		fmt.Fprintln(w)
	}
}

func fatal(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "gotypes: "+format+"\n", args...)
	os.Exit(1)
}

type flusher interface {
	io.Writer
	Flush() error
}

func bufioWriter() flusher {
	return newBufWriter(os.Stdout)
}

type bufWriter struct {
	f   *os.File
	buf []byte
}

func newBufWriter(f *os.File) *bufWriter { return &bufWriter{f: f} }

func (b *bufWriter) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	if len(b.buf) > 1<<20 {
		b.Flush()
	}
	return len(p), nil
}

func (b *bufWriter) Flush() error {
	_, err := b.f.Write(b.buf)
	b.buf = b.buf[:0]
	return err
}

var _ = sort.Strings
