// goastdump prints go/parser's syntax tree of each file named on the
// command line in goescape's canonical form (see src/syntax/dump.c), so
// that `goescape -dump-ast` can be checked against it line for line.
//
//	goastdump [-errors] file.go...
//
// A file go/parser rejects prints "# name" and "ERROR <message>"
// instead of a tree; -errors lists only such files.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
)

type dumper struct {
	w     *bufio.Writer
	fset  *token.FileSet
	depth int
}

func (d *dumper) pos(p token.Pos) string {
	if !p.IsValid() {
		return "-"
	}
	q := d.fset.PositionFor(p, false)
	return fmt.Sprintf("%d:%d", q.Line, q.Column)
}

// begin starts the line of node n: indentation, kind, extent.
func (d *dumper) begin(kind string, n ast.Node) {
	for i := 0; i < d.depth; i++ {
		d.w.WriteString("  ")
	}
	fmt.Fprintf(d.w, "%s %s-%s", kind, d.pos(n.Pos()), d.pos(n.End()))
}

func (d *dumper) field(name string, p token.Pos) { fmt.Fprintf(d.w, " %s=%s", name, d.pos(p)) }
func (d *dumper) attr(name string, v interface{}) { fmt.Fprintf(d.w, " %s=%v", name, v) }
func (d *dumper) length(name string, n int)       { fmt.Fprintf(d.w, " len(%s)=%d", name, n) }
func (d *dumper) endLine()                        { d.w.WriteString("\n"); d.depth++ }
func (d *dumper) done()                           { d.depth-- }

func (d *dumper) nilNode() {
	for i := 0; i < d.depth; i++ {
		d.w.WriteString("  ")
	}
	d.w.WriteString("nil\n")
}

func (d *dumper) exprs(l []ast.Expr) {
	for _, x := range l {
		d.expr(x)
	}
}

func (d *dumper) stmts(l []ast.Stmt) {
	for _, x := range l {
		d.stmt(x)
	}
}

func (d *dumper) fieldList(fl *ast.FieldList) {
	if fl == nil {
		d.nilNode()
		return
	}
	d.begin("FieldList", fl)
	d.field("Opening", fl.Opening)
	d.field("Closing", fl.Closing)
	d.length("List", len(fl.List))
	d.endLine()
	for _, f := range fl.List {
		d.begin("Field", f)
		d.length("Names", len(f.Names))
		d.endLine()
		for _, n := range f.Names {
			d.expr(n)
		}
		d.exprOrNil(f.Type)
		if f.Tag != nil {
			d.expr(f.Tag)
		} else {
			d.nilNode()
		}
		d.done()
	}
	d.done()
}

func (d *dumper) exprOrNil(x ast.Expr) {
	if x == nil {
		d.nilNode()
		return
	}
	d.expr(x)
}

func (d *dumper) stmtOrNil(s ast.Stmt) {
	if s == nil {
		d.nilNode()
		return
	}
	d.stmt(s)
}

func (d *dumper) expr(x ast.Expr) {
	switch x := x.(type) {
	case *ast.BadExpr:
		d.begin("BadExpr", x)
		d.field("From", x.From)
		d.field("To", x.To)
		d.endLine()
	case *ast.Ident:
		d.begin("Ident", x)
		d.field("NamePos", x.NamePos)
		d.attr("Name", strconv.Quote(x.Name))
		d.endLine()
	case *ast.Ellipsis:
		d.begin("Ellipsis", x)
		d.field("Ellipsis", x.Ellipsis)
		d.endLine()
		d.exprOrNil(x.Elt)
	case *ast.BasicLit:
		d.begin("BasicLit", x)
		d.field("ValuePos", x.ValuePos)
		d.attr("Kind", x.Kind)
		d.attr("Value", strconv.Quote(x.Value))
		d.endLine()
	case *ast.FuncLit:
		d.begin("FuncLit", x)
		d.endLine()
		d.expr(x.Type)
		d.stmt(x.Body)
	case *ast.CompositeLit:
		d.begin("CompositeLit", x)
		d.field("Lbrace", x.Lbrace)
		d.field("Rbrace", x.Rbrace)
		d.length("Elts", len(x.Elts))
		d.attr("Incomplete", x.Incomplete)
		d.endLine()
		d.exprOrNil(x.Type)
		d.exprs(x.Elts)
	case *ast.ParenExpr:
		d.begin("ParenExpr", x)
		d.field("Lparen", x.Lparen)
		d.field("Rparen", x.Rparen)
		d.endLine()
		d.expr(x.X)
	case *ast.SelectorExpr:
		d.begin("SelectorExpr", x)
		d.endLine()
		d.expr(x.X)
		d.expr(x.Sel)
	case *ast.IndexExpr:
		d.begin("IndexExpr", x)
		d.field("Lbrack", x.Lbrack)
		d.field("Rbrack", x.Rbrack)
		d.endLine()
		d.expr(x.X)
		d.expr(x.Index)
	case *ast.IndexListExpr:
		d.begin("IndexListExpr", x)
		d.field("Lbrack", x.Lbrack)
		d.field("Rbrack", x.Rbrack)
		d.length("Indices", len(x.Indices))
		d.endLine()
		d.expr(x.X)
		d.exprs(x.Indices)
	case *ast.SliceExpr:
		d.begin("SliceExpr", x)
		d.field("Lbrack", x.Lbrack)
		d.field("Rbrack", x.Rbrack)
		d.attr("Slice3", x.Slice3)
		d.endLine()
		d.expr(x.X)
		d.exprOrNil(x.Low)
		d.exprOrNil(x.High)
		d.exprOrNil(x.Max)
	case *ast.TypeAssertExpr:
		d.begin("TypeAssertExpr", x)
		d.field("Lparen", x.Lparen)
		d.field("Rparen", x.Rparen)
		d.endLine()
		d.expr(x.X)
		d.exprOrNil(x.Type)
	case *ast.CallExpr:
		d.begin("CallExpr", x)
		d.field("Lparen", x.Lparen)
		d.field("Ellipsis", x.Ellipsis)
		d.field("Rparen", x.Rparen)
		d.length("Args", len(x.Args))
		d.endLine()
		d.expr(x.Fun)
		d.exprs(x.Args)
	case *ast.StarExpr:
		d.begin("StarExpr", x)
		d.field("Star", x.Star)
		d.endLine()
		d.expr(x.X)
	case *ast.UnaryExpr:
		d.begin("UnaryExpr", x)
		d.field("OpPos", x.OpPos)
		d.attr("Op", x.Op)
		d.endLine()
		d.expr(x.X)
	case *ast.BinaryExpr:
		d.begin("BinaryExpr", x)
		d.field("OpPos", x.OpPos)
		d.attr("Op", x.Op)
		d.endLine()
		d.expr(x.X)
		d.expr(x.Y)
	case *ast.KeyValueExpr:
		d.begin("KeyValueExpr", x)
		d.field("Colon", x.Colon)
		d.endLine()
		d.expr(x.Key)
		d.expr(x.Value)
	case *ast.ArrayType:
		d.begin("ArrayType", x)
		d.field("Lbrack", x.Lbrack)
		d.endLine()
		d.exprOrNil(x.Len)
		d.expr(x.Elt)
	case *ast.StructType:
		d.begin("StructType", x)
		d.field("Struct", x.Struct)
		d.attr("Incomplete", x.Incomplete)
		d.endLine()
		d.fieldList(x.Fields)
	case *ast.FuncType:
		d.begin("FuncType", x)
		d.field("Func", x.Func)
		d.endLine()
		d.fieldList(x.TypeParams)
		d.fieldList(x.Params)
		d.fieldList(x.Results)
	case *ast.InterfaceType:
		d.begin("InterfaceType", x)
		d.field("Interface", x.Interface)
		d.attr("Incomplete", x.Incomplete)
		d.endLine()
		d.fieldList(x.Methods)
	case *ast.MapType:
		d.begin("MapType", x)
		d.field("Map", x.Map)
		d.endLine()
		d.expr(x.Key)
		d.expr(x.Value)
	case *ast.ChanType:
		d.begin("ChanType", x)
		d.field("Begin", x.Begin)
		d.field("Arrow", x.Arrow)
		d.attr("Dir", int(x.Dir))
		d.endLine()
		d.expr(x.Value)
	default:
		panic(fmt.Sprintf("unexpected expression %T", x))
	}
	d.done()
}

func (d *dumper) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.BadStmt:
		d.begin("BadStmt", s)
		d.field("From", s.From)
		d.field("To", s.To)
		d.endLine()
	case *ast.DeclStmt:
		d.begin("DeclStmt", s)
		d.endLine()
		d.decl(s.Decl)
	case *ast.EmptyStmt:
		d.begin("EmptyStmt", s)
		d.field("Semicolon", s.Semicolon)
		d.attr("Implicit", s.Implicit)
		d.endLine()
	case *ast.LabeledStmt:
		d.begin("LabeledStmt", s)
		d.field("Colon", s.Colon)
		d.endLine()
		d.expr(s.Label)
		d.stmt(s.Stmt)
	case *ast.ExprStmt:
		d.begin("ExprStmt", s)
		d.endLine()
		d.expr(s.X)
	case *ast.SendStmt:
		d.begin("SendStmt", s)
		d.field("Arrow", s.Arrow)
		d.endLine()
		d.expr(s.Chan)
		d.expr(s.Value)
	case *ast.IncDecStmt:
		d.begin("IncDecStmt", s)
		d.field("TokPos", s.TokPos)
		d.attr("Tok", s.Tok)
		d.endLine()
		d.expr(s.X)
	case *ast.AssignStmt:
		d.begin("AssignStmt", s)
		d.field("TokPos", s.TokPos)
		d.attr("Tok", s.Tok)
		d.length("Lhs", len(s.Lhs))
		d.length("Rhs", len(s.Rhs))
		d.endLine()
		d.exprs(s.Lhs)
		d.exprs(s.Rhs)
	case *ast.GoStmt:
		d.begin("GoStmt", s)
		d.field("Go", s.Go)
		d.endLine()
		d.expr(s.Call)
	case *ast.DeferStmt:
		d.begin("DeferStmt", s)
		d.field("Defer", s.Defer)
		d.endLine()
		d.expr(s.Call)
	case *ast.ReturnStmt:
		d.begin("ReturnStmt", s)
		d.field("Return", s.Return)
		d.length("Results", len(s.Results))
		d.endLine()
		d.exprs(s.Results)
	case *ast.BranchStmt:
		d.begin("BranchStmt", s)
		d.field("TokPos", s.TokPos)
		d.attr("Tok", s.Tok)
		d.endLine()
		if s.Label != nil {
			d.expr(s.Label)
		} else {
			d.nilNode()
		}
	case *ast.BlockStmt:
		d.block(s)
		return
	case *ast.IfStmt:
		d.begin("IfStmt", s)
		d.field("If", s.If)
		d.endLine()
		d.stmtOrNil(s.Init)
		d.exprOrNil(s.Cond)
		d.block(s.Body)
		d.stmtOrNil(s.Else)
	case *ast.CaseClause:
		d.begin("CaseClause", s)
		d.field("Case", s.Case)
		d.field("Colon", s.Colon)
		d.length("List", len(s.List))
		d.length("Body", len(s.Body))
		d.endLine()
		d.exprs(s.List)
		d.stmts(s.Body)
	case *ast.SwitchStmt:
		d.begin("SwitchStmt", s)
		d.field("Switch", s.Switch)
		d.endLine()
		d.stmtOrNil(s.Init)
		d.exprOrNil(s.Tag)
		d.block(s.Body)
	case *ast.TypeSwitchStmt:
		d.begin("TypeSwitchStmt", s)
		d.field("Switch", s.Switch)
		d.endLine()
		d.stmtOrNil(s.Init)
		d.stmt(s.Assign)
		d.block(s.Body)
	case *ast.CommClause:
		d.begin("CommClause", s)
		d.field("Case", s.Case)
		d.field("Colon", s.Colon)
		d.length("Body", len(s.Body))
		d.endLine()
		d.stmtOrNil(s.Comm)
		d.stmts(s.Body)
	case *ast.SelectStmt:
		d.begin("SelectStmt", s)
		d.field("Select", s.Select)
		d.endLine()
		d.block(s.Body)
	case *ast.ForStmt:
		d.begin("ForStmt", s)
		d.field("For", s.For)
		d.endLine()
		d.stmtOrNil(s.Init)
		d.exprOrNil(s.Cond)
		d.stmtOrNil(s.Post)
		d.block(s.Body)
	case *ast.RangeStmt:
		d.begin("RangeStmt", s)
		d.field("For", s.For)
		d.field("TokPos", s.TokPos)
		d.attr("Tok", s.Tok)
		d.endLine()
		d.exprOrNil(s.Key)
		d.exprOrNil(s.Value)
		d.expr(s.X)
		d.block(s.Body)
	default:
		panic(fmt.Sprintf("unexpected statement %T", s))
	}
	d.done()
}

func (d *dumper) block(b *ast.BlockStmt) {
	d.begin("BlockStmt", b)
	d.field("Lbrace", b.Lbrace)
	d.field("Rbrace", b.Rbrace)
	d.length("List", len(b.List))
	d.endLine()
	d.stmts(b.List)
	d.done()
}

func (d *dumper) spec(s ast.Spec) {
	switch s := s.(type) {
	case *ast.ImportSpec:
		d.begin("ImportSpec", s)
		d.field("EndPos", s.EndPos)
		d.endLine()
		if s.Name != nil {
			d.expr(s.Name)
		} else {
			d.nilNode()
		}
		d.expr(s.Path)
	case *ast.ValueSpec:
		d.begin("ValueSpec", s)
		d.length("Names", len(s.Names))
		d.length("Values", len(s.Values))
		d.endLine()
		for _, n := range s.Names {
			d.expr(n)
		}
		d.exprOrNil(s.Type)
		d.exprs(s.Values)
	case *ast.TypeSpec:
		d.begin("TypeSpec", s)
		d.field("Assign", s.Assign)
		d.endLine()
		d.expr(s.Name)
		d.fieldList(s.TypeParams)
		d.expr(s.Type)
	}
	d.done()
}

func (d *dumper) decl(x ast.Decl) {
	switch x := x.(type) {
	case *ast.BadDecl:
		d.begin("BadDecl", x)
		d.field("From", x.From)
		d.field("To", x.To)
		d.endLine()
	case *ast.GenDecl:
		d.begin("GenDecl", x)
		d.field("TokPos", x.TokPos)
		d.field("Lparen", x.Lparen)
		d.field("Rparen", x.Rparen)
		d.attr("Tok", x.Tok)
		d.length("Specs", len(x.Specs))
		d.endLine()
		for _, s := range x.Specs {
			d.spec(s)
		}
	case *ast.FuncDecl:
		d.begin("FuncDecl", x)
		d.endLine()
		d.fieldList(x.Recv)
		d.expr(x.Name)
		d.expr(x.Type)
		if x.Body != nil {
			d.block(x.Body)
		} else {
			d.nilNode()
		}
	}
	d.done()
}

func (d *dumper) file(f *ast.File) {
	d.begin("File", f)
	d.field("Package", f.Package)
	d.length("Decls", len(f.Decls))
	d.length("Imports", len(f.Imports))
	d.endLine()
	d.expr(f.Name)
	for _, x := range f.Decls {
		d.decl(x)
	}
	d.done()
}

func main() {
	errorsOnly := flag.Bool("errors", false, "list only the files go/parser rejects")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	status := 0
	for _, name := range flag.Args() {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintf(w, "# %s\nERROR %v\n", name, err)
			status = 1
			continue
		}
		if *errorsOnly {
			continue
		}
		fmt.Fprintf(w, "# %s\n", name)
		d := &dumper{w: w, fset: fset}
		d.file(f)
	}
	w.Flush()
	os.Exit(status)
}
