/* dump.c: the canonical text form of a syntax tree, the same as
 * tests/goastdump prints for go/parser's tree, so the two can be
 * compared line for line.
 *
 * One node per line, preorder, indented two spaces per level:
 *
 *	Kind P-E Field=P ... attr=value ...
 *
 * P and E are go/ast's Pos() and End() as line:col (raw positions,
 * //line ignored; "-" for no position); then every token.Pos field of
 * the go/ast node in struct order; then its other attributes (names
 * and literal values quoted as Go's %q, tokens as token.String(), the
 * length of every list field as len(F)=n). The children follow in
 * struct order; an absent single child prints "nil". Comments, Doc,
 * scopes and objects are left out. */
#include <stdio.h>
#include <string.h>

#include "syntax.h"

typedef struct Dumper {
	Buf *out;
	int depth;
} Dumper;

static void put_pos(Buf *b, Pos p)
{
	Position r;
	if (!p) {
		buf_putc(b, '-');
		return;
	}
	r = pos_resolve_raw(p);
	buf_printf(b, "%d:%d", r.line, r.col);
}

/* Go's strconv.Quote */
static void quote(Buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	char enc[4];
	buf_putc(b, '"');
	while (p < end) {
		int w;
		int32_t r = *p < 0x80 ? *p : utf8_decode(p, (size_t)(end - p), &w);
		if (*p < 0x80)
			w = 1;
		if (r == RUNE_ERROR && w == 1) {
			buf_printf(b, "\\x%02x", *p);
			p++;
			continue;
		}
		p += w;
		if (r == '"' || r == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, (char)r);
			continue;
		}
		if (uni_isprint(r)) {
			buf_put(b, enc, (size_t)utf8_encode(enc, r));
			continue;
		}
		switch (r) {
		case '\a': buf_puts(b, "\\a"); break;
		case '\b': buf_puts(b, "\\b"); break;
		case '\f': buf_puts(b, "\\f"); break;
		case '\n': buf_puts(b, "\\n"); break;
		case '\r': buf_puts(b, "\\r"); break;
		case '\t': buf_puts(b, "\\t"); break;
		case '\v': buf_puts(b, "\\v"); break;
		default:
			if (r < ' ' || r == 0x7f)
				buf_printf(b, "\\x%02x", (unsigned)r);
			else if (r < 0x10000)
				buf_printf(b, "\\u%04x", (unsigned)r);
			else
				buf_printf(b, "\\U%08x", (unsigned)r);
		}
	}
	buf_putc(b, '"');
}

/* begin starts a node's line: indentation, kind and extent. */
static void begin(Dumper *d, const char *kind, Pos pos, Pos end)
{
	int i;
	for (i = 0; i < d->depth; i++)
		buf_puts(d->out, "  ");
	buf_puts(d->out, kind);
	buf_putc(d->out, ' ');
	put_pos(d->out, pos);
	buf_putc(d->out, '-');
	put_pos(d->out, end);
}

static void field_pos(Dumper *d, const char *name, Pos p)
{
	buf_printf(d->out, " %s=", name);
	put_pos(d->out, p);
}

static void attr(Dumper *d, const char *name, const char *val)
{
	buf_printf(d->out, " %s=%s", name, val);
}

static void attr_len(Dumper *d, const char *name, int n)
{
	buf_printf(d->out, " len(%s)=%d", name, n);
}

static void attr_bool(Dumper *d, const char *name, bool v)
{
	attr(d, name, v ? "true" : "false");
}

static void end_line(Dumper *d)
{
	buf_putc(d->out, '\n');
	d->depth++;
}

static void done(Dumper *d)
{
	d->depth--;
}

static void put_nil(Dumper *d)
{
	int i;
	for (i = 0; i < d->depth; i++)
		buf_puts(d->out, "  ");
	buf_puts(d->out, "nil\n");
}

static void dump_expr(Dumper *d, const Expr *e);
static void dump_stmt(Dumper *d, const Stmt *s);
static void dump_decl(Dumper *d, const Decl *x);

static void dump_expr_or_nil(Dumper *d, const Expr *e)
{
	if (e)
		dump_expr(d, e);
	else
		put_nil(d);
}

static void dump_stmt_or_nil(Dumper *d, const Stmt *s)
{
	if (s)
		dump_stmt(d, s);
	else
		put_nil(d);
}

static void dump_exprs(Dumper *d, ExprList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		dump_expr(d, l.v[i]);
}

static void dump_stmts(Dumper *d, StmtList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		dump_stmt(d, l.v[i]);
}

static void dump_field(Dumper *d, const Field *f)
{
	begin(d, "Field", ast_field_start(f), ast_field_end(f));
	attr_len(d, "Names", f->names.n);
	end_line(d);
	dump_exprs(d, f->names);
	dump_expr_or_nil(d, f->type);
	dump_expr_or_nil(d, f->tag);
	done(d);
}

static void dump_fieldlist(Dumper *d, const FieldList *fl)
{
	int i;
	if (!fl) {
		put_nil(d);
		return;
	}
	begin(d, "FieldList", ast_fieldlist_start(fl), ast_fieldlist_end(fl));
	field_pos(d, "Opening", fl->opening);
	field_pos(d, "Closing", fl->closing);
	attr_len(d, "List", fl->n);
	end_line(d);
	for (i = 0; i < fl->n; i++)
		dump_field(d, fl->list[i]);
	done(d);
}

static void dump_expr(Dumper *d, const Expr *e)
{
	Buf *b = d->out;
	char dir[8];
	begin(d, ast_expr_kind_name(e->kind), ast_expr_start(e), ast_expr_end(e));
	switch (e->kind) {
	case EXPR_BAD:
		field_pos(d, "From", e->u.bad.from);
		field_pos(d, "To", e->u.bad.to);
		end_line(d);
		break;
	case EXPR_IDENT:
		field_pos(d, "NamePos", e->pos);
		buf_puts(b, " Name=");
		quote(b, e->u.ident.name, strlen(e->u.ident.name));
		end_line(d);
		break;
	case EXPR_ELLIPSIS:
		field_pos(d, "Ellipsis", e->u.ellipsis.ellipsis);
		end_line(d);
		dump_expr_or_nil(d, e->u.ellipsis.elt);
		break;
	case EXPR_BASICLIT:
		field_pos(d, "ValuePos", e->pos);
		attr(d, "Kind", token_text[e->u.lit.kind]);
		buf_puts(b, " Value=");
		quote(b, e->u.lit.value, (size_t)e->u.lit.len);
		end_line(d);
		break;
	case EXPR_FUNCLIT:
		end_line(d);
		dump_expr(d, e->u.funclit.type);
		dump_stmt(d, e->u.funclit.body);
		break;
	case EXPR_COMPOSITE:
		field_pos(d, "Lbrace", e->u.composite.lbrace);
		field_pos(d, "Rbrace", e->u.composite.rbrace);
		attr_len(d, "Elts", e->u.composite.elts.n);
		attr_bool(d, "Incomplete", e->u.composite.incomplete);
		end_line(d);
		dump_expr_or_nil(d, e->u.composite.type);
		dump_exprs(d, e->u.composite.elts);
		break;
	case EXPR_PAREN:
		field_pos(d, "Lparen", e->u.paren.lparen);
		field_pos(d, "Rparen", e->u.paren.rparen);
		end_line(d);
		dump_expr(d, e->u.paren.x);
		break;
	case EXPR_SELECTOR:
		end_line(d);
		dump_expr(d, e->u.selector.x);
		dump_expr(d, e->u.selector.sel);
		break;
	case EXPR_INDEX:
		field_pos(d, "Lbrack", e->u.index.lbrack);
		field_pos(d, "Rbrack", e->u.index.rbrack);
		end_line(d);
		dump_expr(d, e->u.index.x);
		dump_expr(d, e->u.index.index);
		break;
	case EXPR_INDEXLIST:
		field_pos(d, "Lbrack", e->u.indexlist.lbrack);
		field_pos(d, "Rbrack", e->u.indexlist.rbrack);
		attr_len(d, "Indices", e->u.indexlist.indices.n);
		end_line(d);
		dump_expr(d, e->u.indexlist.x);
		dump_exprs(d, e->u.indexlist.indices);
		break;
	case EXPR_SLICE:
		field_pos(d, "Lbrack", e->u.slice.lbrack);
		field_pos(d, "Rbrack", e->u.slice.rbrack);
		attr_bool(d, "Slice3", e->u.slice.slice3);
		end_line(d);
		dump_expr(d, e->u.slice.x);
		dump_expr_or_nil(d, e->u.slice.low);
		dump_expr_or_nil(d, e->u.slice.high);
		dump_expr_or_nil(d, e->u.slice.max);
		break;
	case EXPR_TYPEASSERT:
		field_pos(d, "Lparen", e->u.typeassert.lparen);
		field_pos(d, "Rparen", e->u.typeassert.rparen);
		end_line(d);
		dump_expr(d, e->u.typeassert.x);
		dump_expr_or_nil(d, e->u.typeassert.type);
		break;
	case EXPR_CALL:
		field_pos(d, "Lparen", e->u.call.lparen);
		field_pos(d, "Ellipsis", e->u.call.ellipsis);
		field_pos(d, "Rparen", e->u.call.rparen);
		attr_len(d, "Args", e->u.call.args.n);
		end_line(d);
		dump_expr(d, e->u.call.fun);
		dump_exprs(d, e->u.call.args);
		break;
	case EXPR_STAR:
		field_pos(d, "Star", e->u.star.star);
		end_line(d);
		dump_expr(d, e->u.star.x);
		break;
	case EXPR_UNARY:
		field_pos(d, "OpPos", e->u.unary.oppos);
		attr(d, "Op", token_text[e->u.unary.op]);
		end_line(d);
		dump_expr(d, e->u.unary.x);
		break;
	case EXPR_BINARY:
		field_pos(d, "OpPos", e->u.binary.oppos);
		attr(d, "Op", token_text[e->u.binary.op]);
		end_line(d);
		dump_expr(d, e->u.binary.x);
		dump_expr(d, e->u.binary.y);
		break;
	case EXPR_KEYVALUE:
		field_pos(d, "Colon", e->u.keyvalue.colon);
		end_line(d);
		dump_expr(d, e->u.keyvalue.key);
		dump_expr(d, e->u.keyvalue.value);
		break;
	case EXPR_ARRAYTYPE:
		field_pos(d, "Lbrack", e->u.arraytype.lbrack);
		end_line(d);
		dump_expr_or_nil(d, e->u.arraytype.len);
		dump_expr(d, e->u.arraytype.elt);
		break;
	case EXPR_STRUCTTYPE:
		field_pos(d, "Struct", e->u.structtype.structpos);
		attr_bool(d, "Incomplete", e->u.structtype.incomplete);
		end_line(d);
		dump_fieldlist(d, e->u.structtype.fields);
		break;
	case EXPR_FUNCTYPE:
		field_pos(d, "Func", e->u.functype.func);
		end_line(d);
		dump_fieldlist(d, e->u.functype.tparams);
		dump_fieldlist(d, e->u.functype.params);
		dump_fieldlist(d, e->u.functype.results);
		break;
	case EXPR_INTERFACETYPE:
		field_pos(d, "Interface", e->u.interfacetype.interfacepos);
		attr_bool(d, "Incomplete", e->u.interfacetype.incomplete);
		end_line(d);
		dump_fieldlist(d, e->u.interfacetype.methods);
		break;
	case EXPR_MAPTYPE:
		field_pos(d, "Map", e->u.maptype.mappos);
		end_line(d);
		dump_expr(d, e->u.maptype.key);
		dump_expr(d, e->u.maptype.value);
		break;
	case EXPR_CHANTYPE:
		field_pos(d, "Begin", e->u.chantype.begin);
		field_pos(d, "Arrow", e->u.chantype.arrow);
		snprintf(dir, sizeof dir, "%d", e->u.chantype.dir);
		attr(d, "Dir", dir);
		end_line(d);
		dump_expr(d, e->u.chantype.value);
		break;
	default:
		BUG("bad expression kind %d", e->kind);
	}
	done(d);
}

static void dump_stmt(Dumper *d, const Stmt *s)
{
	begin(d, ast_stmt_kind_name(s->kind), ast_stmt_start(s), ast_stmt_end(s));
	switch (s->kind) {
	case STMT_BAD:
		field_pos(d, "From", s->u.bad.from);
		field_pos(d, "To", s->u.bad.to);
		end_line(d);
		break;
	case STMT_DECL:
		end_line(d);
		dump_decl(d, s->u.decl.decl);
		break;
	case STMT_EMPTY:
		field_pos(d, "Semicolon", s->u.empty.semicolon);
		attr_bool(d, "Implicit", s->u.empty.implicit);
		end_line(d);
		break;
	case STMT_LABELED:
		field_pos(d, "Colon", s->u.labeled.colon);
		end_line(d);
		dump_expr(d, s->u.labeled.label);
		dump_stmt(d, s->u.labeled.stmt);
		break;
	case STMT_EXPR:
		end_line(d);
		dump_expr(d, s->u.expr.x);
		break;
	case STMT_SEND:
		field_pos(d, "Arrow", s->u.send.arrow);
		end_line(d);
		dump_expr(d, s->u.send.chan);
		dump_expr(d, s->u.send.value);
		break;
	case STMT_INCDEC:
		field_pos(d, "TokPos", s->u.incdec.tokpos);
		attr(d, "Tok", token_text[s->u.incdec.tok]);
		end_line(d);
		dump_expr(d, s->u.incdec.x);
		break;
	case STMT_ASSIGN:
		field_pos(d, "TokPos", s->u.assign.tokpos);
		attr(d, "Tok", token_text[s->u.assign.tok]);
		attr_len(d, "Lhs", s->u.assign.lhs.n);
		attr_len(d, "Rhs", s->u.assign.rhs.n);
		end_line(d);
		dump_exprs(d, s->u.assign.lhs);
		dump_exprs(d, s->u.assign.rhs);
		break;
	case STMT_GO:
		field_pos(d, "Go", s->u.go.gopos);
		end_line(d);
		dump_expr(d, s->u.go.call);
		break;
	case STMT_DEFER:
		field_pos(d, "Defer", s->u.defer.defer);
		end_line(d);
		dump_expr(d, s->u.defer.call);
		break;
	case STMT_RETURN:
		field_pos(d, "Return", s->u.ret.ret);
		attr_len(d, "Results", s->u.ret.results.n);
		end_line(d);
		dump_exprs(d, s->u.ret.results);
		break;
	case STMT_BRANCH:
		field_pos(d, "TokPos", s->u.branch.tokpos);
		attr(d, "Tok", token_text[s->u.branch.tok]);
		end_line(d);
		dump_expr_or_nil(d, s->u.branch.label);
		break;
	case STMT_BLOCK:
		field_pos(d, "Lbrace", s->u.block.lbrace);
		field_pos(d, "Rbrace", s->u.block.rbrace);
		attr_len(d, "List", s->u.block.list.n);
		end_line(d);
		dump_stmts(d, s->u.block.list);
		break;
	case STMT_IF:
		field_pos(d, "If", s->u.ifs.ifpos);
		end_line(d);
		dump_stmt_or_nil(d, s->u.ifs.init);
		dump_expr_or_nil(d, s->u.ifs.cond);
		dump_stmt(d, s->u.ifs.body);
		dump_stmt_or_nil(d, s->u.ifs.els);
		break;
	case STMT_CASE:
		field_pos(d, "Case", s->u.caseclause.casepos);
		field_pos(d, "Colon", s->u.caseclause.colon);
		attr_len(d, "List", s->u.caseclause.list.n);
		attr_len(d, "Body", s->u.caseclause.body.n);
		end_line(d);
		dump_exprs(d, s->u.caseclause.list);
		dump_stmts(d, s->u.caseclause.body);
		break;
	case STMT_SWITCH:
		field_pos(d, "Switch", s->u.switchs.switchpos);
		end_line(d);
		dump_stmt_or_nil(d, s->u.switchs.init);
		dump_expr_or_nil(d, s->u.switchs.tag);
		dump_stmt(d, s->u.switchs.body);
		break;
	case STMT_TYPESWITCH:
		field_pos(d, "Switch", s->u.typeswitch.switchpos);
		end_line(d);
		dump_stmt_or_nil(d, s->u.typeswitch.init);
		dump_stmt(d, s->u.typeswitch.assign);
		dump_stmt(d, s->u.typeswitch.body);
		break;
	case STMT_COMM:
		field_pos(d, "Case", s->u.comm.casepos);
		field_pos(d, "Colon", s->u.comm.colon);
		attr_len(d, "Body", s->u.comm.body.n);
		end_line(d);
		dump_stmt_or_nil(d, s->u.comm.comm);
		dump_stmts(d, s->u.comm.body);
		break;
	case STMT_SELECT:
		field_pos(d, "Select", s->u.select.selectpos);
		end_line(d);
		dump_stmt(d, s->u.select.body);
		break;
	case STMT_FOR:
		field_pos(d, "For", s->u.fors.forpos);
		end_line(d);
		dump_stmt_or_nil(d, s->u.fors.init);
		dump_expr_or_nil(d, s->u.fors.cond);
		dump_stmt_or_nil(d, s->u.fors.post);
		dump_stmt(d, s->u.fors.body);
		break;
	case STMT_RANGE:
		field_pos(d, "For", s->u.range.forpos);
		field_pos(d, "TokPos", s->u.range.tokpos);
		attr(d, "Tok", token_text[s->u.range.tok]);
		end_line(d);
		dump_expr_or_nil(d, s->u.range.key);
		dump_expr_or_nil(d, s->u.range.value);
		dump_expr(d, s->u.range.x);
		dump_stmt(d, s->u.range.body);
		break;
	default:
		BUG("bad statement kind %d", s->kind);
	}
	done(d);
}

static void dump_spec(Dumper *d, const Spec *s)
{
	switch (s->kind) {
	case SPEC_IMPORT:
		begin(d, "ImportSpec", ast_spec_start(s), ast_spec_end(s));
		field_pos(d, "EndPos", s->u.import.endpos);
		end_line(d);
		dump_expr_or_nil(d, s->u.import.name);
		dump_expr(d, s->u.import.path);
		break;
	case SPEC_VALUE:
		begin(d, "ValueSpec", ast_spec_start(s), ast_spec_end(s));
		attr_len(d, "Names", s->u.value.names.n);
		attr_len(d, "Values", s->u.value.values.n);
		end_line(d);
		dump_exprs(d, s->u.value.names);
		dump_expr_or_nil(d, s->u.value.type);
		dump_exprs(d, s->u.value.values);
		break;
	case SPEC_TYPE:
		begin(d, "TypeSpec", ast_spec_start(s), ast_spec_end(s));
		field_pos(d, "Assign", s->u.type.assign);
		end_line(d);
		dump_expr(d, s->u.type.name);
		dump_fieldlist(d, s->u.type.tparams);
		dump_expr(d, s->u.type.type);
		break;
	}
	done(d);
}

static void dump_decl(Dumper *d, const Decl *x)
{
	int i;
	switch (x->kind) {
	case DECL_BAD:
		begin(d, "BadDecl", ast_decl_start(x), ast_decl_end(x));
		field_pos(d, "From", x->u.bad.from);
		field_pos(d, "To", x->u.bad.to);
		end_line(d);
		break;
	case DECL_GEN:
		begin(d, "GenDecl", ast_decl_start(x), ast_decl_end(x));
		field_pos(d, "TokPos", x->u.gen.tokpos);
		field_pos(d, "Lparen", x->u.gen.lparen);
		field_pos(d, "Rparen", x->u.gen.rparen);
		attr(d, "Tok", token_text[x->u.gen.tok]);
		attr_len(d, "Specs", x->u.gen.nspecs);
		end_line(d);
		for (i = 0; i < x->u.gen.nspecs; i++)
			dump_spec(d, x->u.gen.specs[i]);
		break;
	case DECL_FUNC:
		begin(d, "FuncDecl", ast_decl_start(x), ast_decl_end(x));
		end_line(d);
		dump_fieldlist(d, x->u.func.recv);
		dump_expr(d, x->u.func.name);
		dump_expr(d, x->u.func.type);
		dump_stmt_or_nil(d, x->u.func.body);
		break;
	}
	done(d);
}

void ast_dump_file(Buf *out, const File *f)
{
	Dumper d = {out, 0};
	Pos end = f->ndecls ? ast_decl_end(f->decls[f->ndecls - 1]) : ast_expr_end(f->name);
	int i;
	buf_printf(out, "# %s\n", f->src->name);
	begin(&d, "File", f->package, end);
	field_pos(&d, "Package", f->package);
	attr_len(&d, "Decls", f->ndecls);
	attr_len(&d, "Imports", f->nimports);
	end_line(&d);
	dump_expr(&d, f->name);
	for (i = 0; i < f->ndecls; i++)
		dump_decl(&d, f->decls[i]);
	done(&d);
}
