/* exprstr.c: expressions as gc's type checker prints them in errors.
 *
 * types2 prints expressions from gc's own syntax tree in its short form
 * (cmd/compile/internal/syntax, ShortForm): function and composite
 * literal bodies become "{…}" and operations are spaced. gc's parser
 * keeps the parentheses of expressions but drops those around types in
 * type positions ([](int) is []int) and after &; our tree has go/ast's
 * shape, so those are dropped here, as are the other differences of the
 * two trees (grouped field names). */
#include <string.h>

#include "check.h"

static void write_expr(Buf *b, Expr *e);

static Expr *unparen(Expr *e)
{
	while (e && e->kind == EXPR_PAREN)
		e = e->u.paren.x;
	return e;
}

/* a type in a type position: gc's parser has no parentheses there */
static void write_type_expr(Buf *b, Expr *e)
{
	write_expr(b, unparen(e));
}

static void write_list(Buf *b, ExprList l)
{
	int i;
	for (i = 0; i < l.n; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		write_expr(b, l.v[i]);
	}
}

/* A parameter or result list: "(a, b int, c string)". */
static void write_params(Buf *b, FieldList *fl)
{
	int i, j;
	buf_putc(b, '(');
	for (i = 0; fl && i < fl->n; i++) {
		Field *f = fl->list[i];
		if (i > 0)
			buf_puts(b, ", ");
		for (j = 0; j < f->names.n; j++) {
			if (j > 0)
				buf_puts(b, ", ");
			write_expr(b, f->names.v[j]);
		}
		if (f->names.n > 0)
			buf_putc(b, ' ');
		write_type_expr(b, f->type);
	}
	buf_putc(b, ')');
}

static void write_signature(Buf *b, Expr *ft)
{
	FieldList *res = ft->u.functype.results;
	write_params(b, ft->u.functype.params);
	if (!res || res->n == 0)
		return;
	buf_putc(b, ' ');
	if (res->n == 1 && res->list[0]->names.n == 0)
		write_type_expr(b, res->list[0]->type);
	else
		write_params(b, res);
}

static void write_fields(Buf *b, FieldList *fl, bool methods)
{
	int i, j;
	for (i = 0; fl && i < fl->n; i++) {
		Field *f = fl->list[i];
		if (i > 0)
			buf_puts(b, "; ");
		if (methods && f->names.n == 1 && f->type && f->type->kind == EXPR_FUNCTYPE) {
			write_expr(b, f->names.v[0]);
			write_signature(b, f->type);
			continue;
		}
		for (j = 0; j < f->names.n; j++) {
			if (j > 0)
				buf_puts(b, ", ");
			write_expr(b, f->names.v[j]);
		}
		if (f->names.n > 0)
			buf_putc(b, ' ');
		write_type_expr(b, f->type);
		if (f->tag) {
			buf_putc(b, ' ');
			write_expr(b, f->tag);
		}
	}
}

static void write_expr(Buf *b, Expr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case EXPR_BAD:
		buf_puts(b, "<bad expr>");
		break;
	case EXPR_IDENT:
		buf_puts(b, e->u.ident.name);
		break;
	case EXPR_ELLIPSIS:
		buf_puts(b, "...");
		write_type_expr(b, e->u.ellipsis.elt);
		break;
	case EXPR_BASICLIT:
		buf_put(b, e->u.lit.value, (size_t)e->u.lit.len);
		break;
	case EXPR_FUNCLIT:
		write_expr(b, e->u.funclit.type);
		if (e->u.funclit.body) {
			Stmt *body = e->u.funclit.body;
			buf_puts(b, body->u.block.list.n > 0 ? " {\xe2\x80\xa6}" : " {}");
		}
		break;
	case EXPR_COMPOSITE:
		write_expr(b, e->u.composite.type);
		buf_puts(b, e->u.composite.elts.n > 0 ? "{\xe2\x80\xa6}" : "{}");
		break;
	case EXPR_PAREN:
		buf_putc(b, '(');
		write_expr(b, e->u.paren.x);
		buf_putc(b, ')');
		break;
	case EXPR_SELECTOR:
		write_expr(b, e->u.selector.x);
		buf_putc(b, '.');
		write_expr(b, e->u.selector.sel);
		break;
	case EXPR_INDEX:
		write_expr(b, e->u.index.x);
		buf_putc(b, '[');
		write_expr(b, e->u.index.index);
		buf_putc(b, ']');
		break;
	case EXPR_INDEXLIST:
		write_expr(b, e->u.indexlist.x);
		buf_putc(b, '[');
		write_list(b, e->u.indexlist.indices);
		buf_putc(b, ']');
		break;
	case EXPR_SLICE:
		write_expr(b, e->u.slice.x);
		buf_putc(b, '[');
		write_expr(b, e->u.slice.low);
		buf_putc(b, ':');
		write_expr(b, e->u.slice.high);
		if (e->u.slice.max) {
			buf_putc(b, ':');
			write_expr(b, e->u.slice.max);
		}
		buf_putc(b, ']');
		break;
	case EXPR_TYPEASSERT:
		write_expr(b, e->u.typeassert.x);
		buf_puts(b, ".(");
		if (e->u.typeassert.type)
			write_expr(b, e->u.typeassert.type);
		else
			buf_puts(b, "type");
		buf_putc(b, ')');
		break;
	case EXPR_CALL:
		write_expr(b, e->u.call.fun);
		buf_putc(b, '(');
		write_list(b, e->u.call.args);
		if (e->u.call.ellipsis != NOPOS)
			buf_puts(b, "...");
		buf_putc(b, ')');
		break;
	case EXPR_STAR:
		buf_putc(b, '*');
		write_expr(b, e->u.star.x);
		break;
	case EXPR_UNARY:
		buf_puts(b, token_text[e->u.unary.op]);
		/* gc's parser drops the parentheses of &(T{}) */
		write_expr(b, e->u.unary.op == TOK_AND ? unparen(e->u.unary.x) : e->u.unary.x);
		break;
	case EXPR_BINARY:
		write_expr(b, e->u.binary.x);
		buf_putc(b, ' ');
		buf_puts(b, token_text[e->u.binary.op]);
		buf_putc(b, ' ');
		write_expr(b, e->u.binary.y);
		break;
	case EXPR_KEYVALUE:
		write_expr(b, e->u.keyvalue.key);
		buf_puts(b, ": ");
		write_expr(b, e->u.keyvalue.value);
		break;
	case EXPR_ARRAYTYPE:
		buf_putc(b, '[');
		if (e->u.arraytype.len) {
			if (e->u.arraytype.len->kind == EXPR_ELLIPSIS && !e->u.arraytype.len->u.ellipsis.elt)
				buf_puts(b, "...");
			else
				write_expr(b, e->u.arraytype.len);
		}
		buf_putc(b, ']');
		write_type_expr(b, e->u.arraytype.elt);
		break;
	case EXPR_STRUCTTYPE:
		buf_puts(b, "struct{");
		write_fields(b, e->u.structtype.fields, false);
		buf_putc(b, '}');
		break;
	case EXPR_FUNCTYPE:
		buf_puts(b, "func");
		write_signature(b, e);
		break;
	case EXPR_INTERFACETYPE:
		buf_puts(b, "interface{");
		write_fields(b, e->u.interfacetype.methods, true);
		buf_putc(b, '}');
		break;
	case EXPR_MAPTYPE:
		buf_puts(b, "map[");
		write_type_expr(b, e->u.maptype.key);
		buf_putc(b, ']');
		write_type_expr(b, e->u.maptype.value);
		break;
	case EXPR_CHANTYPE: {
		Expr *elt = e->u.chantype.value;
		if (e->u.chantype.dir == CHAN_RECV)
			buf_puts(b, "<-chan ");
		else if (e->u.chantype.dir == CHAN_SEND)
			buf_puts(b, "chan<- ");
		else
			buf_puts(b, "chan ");
		/* chan (<-chan T) keeps its parentheses */
		elt = unparen(elt);
		if (e->u.chantype.dir == CHAN_BOTH && elt && elt->kind == EXPR_CHANTYPE &&
		    elt->u.chantype.dir == CHAN_RECV) {
			buf_putc(b, '(');
			write_expr(b, elt);
			buf_putc(b, ')');
		} else {
			write_expr(b, elt);
		}
		break;
	}
	default:
		BUG("expr_write: unexpected expression kind %d", (int)e->kind);
	}
}

/* syntax.StartPos: where types2 reports an error about e. It is the
 * leftmost position except where gc's own position of a node is not:
 * key:value (the colon), slices (the '['), function types (the '('). */
Pos syntax_start(Expr *e)
{
	for (;;) {
		switch (e->kind) {
		case EXPR_SELECTOR: e = e->u.selector.x; continue;
		case EXPR_INDEX: e = e->u.index.x; continue;
		case EXPR_INDEXLIST: e = e->u.indexlist.x; continue;
		case EXPR_TYPEASSERT: e = e->u.typeassert.x; continue;
		case EXPR_CALL: e = e->u.call.fun; continue;
		case EXPR_BINARY: e = e->u.binary.x; continue;
		case EXPR_COMPOSITE:
			if (!e->u.composite.type)
				return e->u.composite.lbrace;
			e = e->u.composite.type;
			continue;
		default:
			/* gc's position: the colon of key:value, the '[' of a slice,
			 * the '(' of a function type */
			return e->pos ? e->pos : ast_expr_start(e);
		}
	}
}

void expr_write(Buf *b, Expr *e)
{
	write_expr(b, e);
}

const char *expr_string(Expr *e)
{
	Buf b = {0};
	const char *s;
	write_expr(&b, e);
	s = arena_strndup(perm, b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}
