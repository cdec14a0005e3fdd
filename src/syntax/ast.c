/* ast.c: what one can ask of a syntax tree node without context: its
 * extent as go/ast's Pos() and End() define it, its kind's name, and
 * its text as gc's syntax printer shows it in messages. */
#include <string.h>

#include "syntax.h"

/* --- extents (go/ast Pos and End) -------------------------------------------- */

static Pos fieldlist_end(const FieldList *fl);

static Pos field_start(const Field *f)
{
	if (f->names.n)
		return f->names.v[0]->pos;
	if (f->type)
		return ast_expr_start(f->type);
	return NOPOS;
}

static Pos field_end(const Field *f)
{
	if (f->tag)
		return ast_expr_end(f->tag);
	if (f->type)
		return ast_expr_end(f->type);
	if (f->names.n)
		return ast_expr_end(f->names.v[f->names.n - 1]);
	return NOPOS;
}

static Pos fieldlist_start(const FieldList *fl)
{
	if (fl->opening)
		return fl->opening;
	if (fl->n)
		return field_start(fl->list[0]);
	return NOPOS;
}

static Pos fieldlist_end(const FieldList *fl)
{
	if (fl->closing)
		return fl->closing + 1;
	if (fl->n)
		return field_end(fl->list[fl->n - 1]);
	return NOPOS;
}

Pos ast_field_start(const Field *f) { return field_start(f); }
Pos ast_field_end(const Field *f) { return field_end(f); }
Pos ast_fieldlist_start(const FieldList *fl) { return fieldlist_start(fl); }
Pos ast_fieldlist_end(const FieldList *fl) { return fieldlist_end(fl); }

Pos ast_expr_start(const Expr *e)
{
	for (;;) {
		switch (e->kind) {
		case EXPR_BAD: return e->u.bad.from;
		case EXPR_IDENT: return e->pos;
		case EXPR_ELLIPSIS: return e->u.ellipsis.ellipsis;
		case EXPR_BASICLIT: return e->pos;
		case EXPR_FUNCLIT: e = e->u.funclit.type; continue;
		case EXPR_COMPOSITE:
			if (!e->u.composite.type)
				return e->u.composite.lbrace;
			e = e->u.composite.type;
			continue;
		case EXPR_PAREN: return e->u.paren.lparen;
		case EXPR_SELECTOR: e = e->u.selector.x; continue;
		case EXPR_INDEX: e = e->u.index.x; continue;
		case EXPR_INDEXLIST: e = e->u.indexlist.x; continue;
		case EXPR_SLICE: e = e->u.slice.x; continue;
		case EXPR_TYPEASSERT: e = e->u.typeassert.x; continue;
		case EXPR_CALL: e = e->u.call.fun; continue;
		case EXPR_STAR: return e->u.star.star;
		case EXPR_UNARY: return e->u.unary.oppos;
		case EXPR_BINARY: e = e->u.binary.x; continue;
		case EXPR_KEYVALUE: e = e->u.keyvalue.key; continue;
		case EXPR_ARRAYTYPE: return e->u.arraytype.lbrack;
		case EXPR_STRUCTTYPE: return e->u.structtype.structpos;
		case EXPR_FUNCTYPE:
			/* interface methods have no "func" */
			if (e->u.functype.func || !e->u.functype.params)
				return e->u.functype.func;
			return fieldlist_start(e->u.functype.params);
		case EXPR_INTERFACETYPE: return e->u.interfacetype.interfacepos;
		case EXPR_MAPTYPE: return e->u.maptype.mappos;
		case EXPR_CHANTYPE: return e->u.chantype.begin;
		default: BUG("bad expression kind %d", e->kind);
		}
	}
}

Pos ast_expr_end(const Expr *e)
{
	for (;;) {
		switch (e->kind) {
		case EXPR_BAD: return e->u.bad.to;
		case EXPR_IDENT: return e->pos + (Pos)strlen(e->u.ident.name);
		case EXPR_ELLIPSIS:
			if (!e->u.ellipsis.elt)
				return e->u.ellipsis.ellipsis + 3;
			e = e->u.ellipsis.elt;
			continue;
		case EXPR_BASICLIT: return e->pos + (Pos)e->u.lit.len;
		case EXPR_FUNCLIT: return ast_stmt_end(e->u.funclit.body);
		case EXPR_COMPOSITE: return e->u.composite.rbrace + 1;
		case EXPR_PAREN: return e->u.paren.rparen + 1;
		case EXPR_SELECTOR: e = e->u.selector.sel; continue;
		case EXPR_INDEX: return e->u.index.rbrack + 1;
		case EXPR_INDEXLIST: return e->u.indexlist.rbrack + 1;
		case EXPR_SLICE: return e->u.slice.rbrack + 1;
		case EXPR_TYPEASSERT: return e->u.typeassert.rparen + 1;
		case EXPR_CALL: return e->u.call.rparen + 1;
		case EXPR_STAR: e = e->u.star.x; continue;
		case EXPR_UNARY: e = e->u.unary.x; continue;
		case EXPR_BINARY: e = e->u.binary.y; continue;
		case EXPR_KEYVALUE: e = e->u.keyvalue.value; continue;
		case EXPR_ARRAYTYPE: e = e->u.arraytype.elt; continue;
		case EXPR_STRUCTTYPE: return fieldlist_end(e->u.structtype.fields);
		case EXPR_FUNCTYPE:
			if (e->u.functype.results)
				return fieldlist_end(e->u.functype.results);
			return fieldlist_end(e->u.functype.params);
		case EXPR_INTERFACETYPE: return fieldlist_end(e->u.interfacetype.methods);
		case EXPR_MAPTYPE: e = e->u.maptype.value; continue;
		case EXPR_CHANTYPE: e = e->u.chantype.value; continue;
		default: BUG("bad expression kind %d", e->kind);
		}
	}
}

Pos ast_spec_start(const Spec *s)
{
	switch (s->kind) {
	case SPEC_IMPORT:
		return s->u.import.name ? s->u.import.name->pos : s->u.import.path->pos;
	case SPEC_VALUE:
		return s->u.value.names.v[0]->pos;
	default:
		return s->u.type.name->pos;
	}
}

Pos ast_spec_end(const Spec *s)
{
	switch (s->kind) {
	case SPEC_IMPORT:
		return s->u.import.endpos ? s->u.import.endpos : ast_expr_end(s->u.import.path);
	case SPEC_VALUE:
		if (s->u.value.values.n)
			return ast_expr_end(s->u.value.values.v[s->u.value.values.n - 1]);
		if (s->u.value.type)
			return ast_expr_end(s->u.value.type);
		return ast_expr_end(s->u.value.names.v[s->u.value.names.n - 1]);
	default:
		return ast_expr_end(s->u.type.type);
	}
}

Pos ast_decl_start(const Decl *d)
{
	switch (d->kind) {
	case DECL_BAD: return d->u.bad.from;
	case DECL_GEN: return d->u.gen.tokpos;
	default: return ast_expr_start(d->u.func.type);
	}
}

Pos ast_decl_end(const Decl *d)
{
	switch (d->kind) {
	case DECL_BAD:
		return d->u.bad.to;
	case DECL_GEN:
		if (d->u.gen.rparen)
			return d->u.gen.rparen + 1;
		return ast_spec_end(d->u.gen.specs[0]);
	default:
		if (d->u.func.body)
			return ast_stmt_end(d->u.func.body);
		return ast_expr_end(d->u.func.type);
	}
}

Pos ast_stmt_start(const Stmt *s)
{
	switch (s->kind) {
	case STMT_BAD: return s->u.bad.from;
	case STMT_DECL: return ast_decl_start(s->u.decl.decl);
	case STMT_EMPTY: return s->u.empty.semicolon;
	case STMT_LABELED: return s->u.labeled.label->pos;
	case STMT_EXPR: return ast_expr_start(s->u.expr.x);
	case STMT_SEND: return ast_expr_start(s->u.send.chan);
	case STMT_INCDEC: return ast_expr_start(s->u.incdec.x);
	case STMT_ASSIGN: return ast_expr_start(s->u.assign.lhs.v[0]);
	case STMT_GO: return s->u.go.gopos;
	case STMT_DEFER: return s->u.defer.defer;
	case STMT_RETURN: return s->u.ret.ret;
	case STMT_BRANCH: return s->u.branch.tokpos;
	case STMT_BLOCK: return s->u.block.lbrace;
	case STMT_IF: return s->u.ifs.ifpos;
	case STMT_CASE: return s->u.caseclause.casepos;
	case STMT_SWITCH: return s->u.switchs.switchpos;
	case STMT_TYPESWITCH: return s->u.typeswitch.switchpos;
	case STMT_COMM: return s->u.comm.casepos;
	case STMT_SELECT: return s->u.select.selectpos;
	case STMT_FOR: return s->u.fors.forpos;
	case STMT_RANGE: return s->u.range.forpos;
	default: BUG("bad statement kind %d", s->kind);
	}
}

Pos ast_stmt_end(const Stmt *s)
{
	for (;;) {
		switch (s->kind) {
		case STMT_BAD: return s->u.bad.to;
		case STMT_DECL: return ast_decl_end(s->u.decl.decl);
		case STMT_EMPTY: return s->u.empty.semicolon + (s->u.empty.implicit ? 0 : 1);
		case STMT_LABELED: s = s->u.labeled.stmt; continue;
		case STMT_EXPR: return ast_expr_end(s->u.expr.x);
		case STMT_SEND: return ast_expr_end(s->u.send.value);
		case STMT_INCDEC: return s->u.incdec.tokpos + 2;
		case STMT_ASSIGN: return ast_expr_end(s->u.assign.rhs.v[s->u.assign.rhs.n - 1]);
		case STMT_GO: return ast_expr_end(s->u.go.call);
		case STMT_DEFER: return ast_expr_end(s->u.defer.call);
		case STMT_RETURN:
			if (s->u.ret.results.n)
				return ast_expr_end(s->u.ret.results.v[s->u.ret.results.n - 1]);
			return s->u.ret.ret + 6;
		case STMT_BRANCH:
			if (s->u.branch.label)
				return ast_expr_end(s->u.branch.label);
			return s->u.branch.tokpos + (Pos)strlen(token_text[s->u.branch.tok]);
		case STMT_BLOCK:
			if (s->u.block.rbrace)
				return s->u.block.rbrace + 1;
			if (s->u.block.list.n)
				return ast_stmt_end(s->u.block.list.v[s->u.block.list.n - 1]);
			return s->u.block.lbrace + 1;
		case STMT_IF:
			s = s->u.ifs.els ? s->u.ifs.els : s->u.ifs.body;
			continue;
		case STMT_CASE:
			if (s->u.caseclause.body.n)
				return ast_stmt_end(s->u.caseclause.body.v[s->u.caseclause.body.n - 1]);
			return s->u.caseclause.colon + 1;
		case STMT_COMM:
			if (s->u.comm.body.n)
				return ast_stmt_end(s->u.comm.body.v[s->u.comm.body.n - 1]);
			return s->u.comm.colon + 1;
		case STMT_SWITCH: s = s->u.switchs.body; continue;
		case STMT_TYPESWITCH: s = s->u.typeswitch.body; continue;
		case STMT_SELECT: s = s->u.select.body; continue;
		case STMT_FOR: s = s->u.fors.body; continue;
		case STMT_RANGE: s = s->u.range.body; continue;
		default: BUG("bad statement kind %d", s->kind);
		}
	}
}

Expr *ast_unparen(Expr *e)
{
	while (e->kind == EXPR_PAREN)
		e = e->u.paren.x;
	return e;
}

/* go/ast's type names */
const char *ast_expr_kind_name(ExprKind k)
{
	static const char *const names[NEXPRKINDS] = {
		[EXPR_BAD] = "BadExpr", [EXPR_IDENT] = "Ident", [EXPR_ELLIPSIS] = "Ellipsis",
		[EXPR_BASICLIT] = "BasicLit", [EXPR_FUNCLIT] = "FuncLit", [EXPR_COMPOSITE] = "CompositeLit",
		[EXPR_PAREN] = "ParenExpr", [EXPR_SELECTOR] = "SelectorExpr", [EXPR_INDEX] = "IndexExpr",
		[EXPR_INDEXLIST] = "IndexListExpr", [EXPR_SLICE] = "SliceExpr", [EXPR_TYPEASSERT] = "TypeAssertExpr",
		[EXPR_CALL] = "CallExpr", [EXPR_STAR] = "StarExpr", [EXPR_UNARY] = "UnaryExpr",
		[EXPR_BINARY] = "BinaryExpr", [EXPR_KEYVALUE] = "KeyValueExpr", [EXPR_ARRAYTYPE] = "ArrayType",
		[EXPR_STRUCTTYPE] = "StructType", [EXPR_FUNCTYPE] = "FuncType", [EXPR_INTERFACETYPE] = "InterfaceType",
		[EXPR_MAPTYPE] = "MapType", [EXPR_CHANTYPE] = "ChanType",
	};
	return (unsigned)k < NEXPRKINDS && names[k] ? names[k] : "?";
}

const char *ast_stmt_kind_name(StmtKind k)
{
	static const char *const names[NSTMTKINDS] = {
		[STMT_BAD] = "BadStmt", [STMT_DECL] = "DeclStmt", [STMT_EMPTY] = "EmptyStmt",
		[STMT_LABELED] = "LabeledStmt", [STMT_EXPR] = "ExprStmt", [STMT_SEND] = "SendStmt",
		[STMT_INCDEC] = "IncDecStmt", [STMT_ASSIGN] = "AssignStmt", [STMT_GO] = "GoStmt",
		[STMT_DEFER] = "DeferStmt", [STMT_RETURN] = "ReturnStmt", [STMT_BRANCH] = "BranchStmt",
		[STMT_BLOCK] = "BlockStmt", [STMT_IF] = "IfStmt", [STMT_CASE] = "CaseClause",
		[STMT_SWITCH] = "SwitchStmt", [STMT_TYPESWITCH] = "TypeSwitchStmt", [STMT_COMM] = "CommClause",
		[STMT_SELECT] = "SelectStmt", [STMT_FOR] = "ForStmt", [STMT_RANGE] = "RangeStmt",
	};
	return (unsigned)k < NSTMTKINDS && names[k] ? names[k] : "?";
}

/* --- gc's short form --------------------------------------------------------------- *
 *
 * As gc's syntax.String: one line, no blanks except where gc puts
 * them, "…" for the contents of function bodies and composite
 * literals. */

static void put_fields(Buf *b, const FieldList *fl, const char *sep, bool params);

static void put_exprs(Buf *b, ExprList l)
{
	int i;
	for (i = 0; i < l.n; i++) {
		if (i)
			buf_puts(b, ", ");
		ast_expr_string(b, l.v[i]);
	}
}

static void put_signature(Buf *b, const Expr *ft)
{
	const FieldList *r = ft->u.functype.results;
	buf_putc(b, '(');
	if (ft->u.functype.params)
		put_fields(b, ft->u.functype.params, ", ", true);
	buf_putc(b, ')');
	if (r && r->n) {
		buf_putc(b, ' ');
		if (r->n == 1 && !r->list[0]->names.n) {
			ast_expr_string(b, r->list[0]->type);
		} else {
			buf_putc(b, '(');
			put_fields(b, r, ", ", true);
			buf_putc(b, ')');
		}
	}
}

static void put_fields(Buf *b, const FieldList *fl, const char *sep, bool params)
{
	int i, j;
	for (i = 0; i < fl->n; i++) {
		const Field *f = fl->list[i];
		if (i)
			buf_puts(b, sep);
		for (j = 0; j < f->names.n; j++) {
			if (j)
				buf_puts(b, ", ");
			buf_puts(b, f->names.v[j]->u.ident.name);
		}
		if (f->names.n)
			buf_putc(b, ' ');
		ast_expr_string(b, params ? ast_unparen(f->type) : f->type);
		if (f->tag) {
			buf_putc(b, ' ');
			ast_expr_string(b, f->tag);
		}
	}
}

static void put_methods(Buf *b, const FieldList *fl)
{
	int i;
	for (i = 0; i < fl->n; i++) {
		const Field *f = fl->list[i];
		if (i)
			buf_puts(b, "; ");
		if (f->names.n) {
			buf_puts(b, f->names.v[0]->u.ident.name);
			put_signature(b, f->type);
		} else {
			ast_expr_string(b, f->type);
		}
	}
}

void ast_expr_string(Buf *b, const Expr *e)
{
	switch (e->kind) {
	case EXPR_BAD:
		buf_puts(b, "<bad expr>");
		break;
	case EXPR_IDENT:
		buf_puts(b, e->u.ident.name);
		break;
	case EXPR_ELLIPSIS:
		buf_puts(b, "...");
		if (e->u.ellipsis.elt)
			ast_expr_string(b, e->u.ellipsis.elt);
		break;
	case EXPR_BASICLIT:
		buf_put(b, e->u.lit.value, (size_t)e->u.lit.len);
		break;
	case EXPR_FUNCLIT:
		ast_expr_string(b, e->u.funclit.type);
		buf_puts(b, e->u.funclit.body->u.block.list.n ? " {…}" : " {}");
		break;
	case EXPR_COMPOSITE:
		if (e->u.composite.type)
			ast_expr_string(b, e->u.composite.type);
		buf_puts(b, e->u.composite.elts.n ? "{…}" : "{}");
		break;
	case EXPR_PAREN:
		buf_putc(b, '(');
		ast_expr_string(b, e->u.paren.x);
		buf_putc(b, ')');
		break;
	case EXPR_SELECTOR:
		ast_expr_string(b, e->u.selector.x);
		buf_putc(b, '.');
		ast_expr_string(b, e->u.selector.sel);
		break;
	case EXPR_INDEX:
		ast_expr_string(b, e->u.index.x);
		buf_putc(b, '[');
		ast_expr_string(b, e->u.index.index);
		buf_putc(b, ']');
		break;
	case EXPR_INDEXLIST:
		ast_expr_string(b, e->u.indexlist.x);
		buf_putc(b, '[');
		put_exprs(b, e->u.indexlist.indices);
		buf_putc(b, ']');
		break;
	case EXPR_SLICE:
		ast_expr_string(b, e->u.slice.x);
		buf_putc(b, '[');
		if (e->u.slice.low)
			ast_expr_string(b, e->u.slice.low);
		buf_putc(b, ':');
		if (e->u.slice.high)
			ast_expr_string(b, e->u.slice.high);
		if (e->u.slice.max) {
			buf_putc(b, ':');
			ast_expr_string(b, e->u.slice.max);
		}
		buf_putc(b, ']');
		break;
	case EXPR_TYPEASSERT:
		ast_expr_string(b, e->u.typeassert.x);
		buf_puts(b, ".(");
		if (e->u.typeassert.type)
			ast_expr_string(b, e->u.typeassert.type);
		else
			buf_puts(b, "type");
		buf_putc(b, ')');
		break;
	case EXPR_CALL:
		ast_expr_string(b, e->u.call.fun);
		buf_putc(b, '(');
		put_exprs(b, e->u.call.args);
		if (e->u.call.ellipsis)
			buf_puts(b, "...");
		buf_putc(b, ')');
		break;
	case EXPR_STAR:
		buf_putc(b, '*');
		ast_expr_string(b, e->u.star.x);
		break;
	case EXPR_UNARY:
		buf_puts(b, token_text[e->u.unary.op]);
		ast_expr_string(b, e->u.unary.x);
		break;
	case EXPR_BINARY:
		ast_expr_string(b, e->u.binary.x);
		buf_printf(b, " %s ", token_text[e->u.binary.op]);
		ast_expr_string(b, e->u.binary.y);
		break;
	case EXPR_KEYVALUE:
		ast_expr_string(b, e->u.keyvalue.key);
		buf_puts(b, ": ");
		ast_expr_string(b, e->u.keyvalue.value);
		break;
	case EXPR_ARRAYTYPE:
		buf_putc(b, '[');
		if (e->u.arraytype.len)
			ast_expr_string(b, e->u.arraytype.len);
		buf_putc(b, ']');
		ast_expr_string(b, e->u.arraytype.elt);
		break;
	case EXPR_STRUCTTYPE:
		buf_puts(b, "struct{");
		put_fields(b, e->u.structtype.fields, "; ", false);
		buf_putc(b, '}');
		break;
	case EXPR_FUNCTYPE:
		buf_puts(b, "func");
		put_signature(b, e);
		break;
	case EXPR_INTERFACETYPE:
		buf_puts(b, "interface{");
		put_methods(b, e->u.interfacetype.methods);
		buf_putc(b, '}');
		break;
	case EXPR_MAPTYPE:
		buf_puts(b, "map[");
		ast_expr_string(b, e->u.maptype.key);
		buf_putc(b, ']');
		ast_expr_string(b, e->u.maptype.value);
		break;
	case EXPR_CHANTYPE: {
		const Expr *elt = e->u.chantype.value;
		buf_puts(b, e->u.chantype.dir == CHAN_RECV ? "<-chan " : e->u.chantype.dir == CHAN_SEND ? "chan<- " : "chan ");
		if (e->u.chantype.dir == CHAN_BOTH && elt->kind == EXPR_CHANTYPE && elt->u.chantype.dir == CHAN_RECV) {
			/* chan (<-chan T), not chan <-chan T */
			buf_putc(b, '(');
			ast_expr_string(b, elt);
			buf_putc(b, ')');
		} else {
			ast_expr_string(b, elt);
		}
		break;
	}
	default:
		buf_puts(b, "?");
	}
}

/* Only the simple statements that can end up in messages. */
void ast_stmt_string(Buf *b, const Stmt *s)
{
	switch (s->kind) {
	case STMT_EXPR:
		ast_expr_string(b, s->u.expr.x);
		break;
	case STMT_SEND:
		ast_expr_string(b, s->u.send.chan);
		buf_puts(b, " <- ");
		ast_expr_string(b, s->u.send.value);
		break;
	case STMT_INCDEC:
		ast_expr_string(b, s->u.incdec.x);
		buf_puts(b, token_text[s->u.incdec.tok]);
		break;
	case STMT_ASSIGN:
		put_exprs(b, s->u.assign.lhs);
		buf_printf(b, " %s ", token_text[s->u.assign.tok]);
		put_exprs(b, s->u.assign.rhs);
		break;
	case STMT_RANGE:
		if (s->u.range.key) {
			ast_expr_string(b, s->u.range.key);
			if (s->u.range.value) {
				buf_puts(b, ", ");
				ast_expr_string(b, s->u.range.value);
			}
			buf_printf(b, " %s ", token_text[s->u.range.tok]);
		}
		buf_puts(b, "range ");
		ast_expr_string(b, s->u.range.x);
		break;
	default:
		buf_puts(b, ast_stmt_kind_name(s->kind));
	}
}
