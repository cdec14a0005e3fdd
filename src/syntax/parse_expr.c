/* parse_expr.c: expressions.
 *
 * One gc subtlety shapes this file: in a control clause header (if,
 * for, switch) p->xnest is negative, and there a '{' after a name,
 * selector or index cannot open a composite literal: it opens the
 * block. Parentheses, brackets and calls raise xnest again. */
#include <string.h>

#include "syntax.h"

/* --- names and literals ----------------------------------------------------- */

Expr *p_name(Parser *p)
{
	Expr *e = p_newexpr(p, EXPR_IDENT, p->lx.pos);
	if (p->lx.tok == TOK_IDENT) {
		e->u.ident.name = p->lx.lit;
		p_next(p);
		return e;
	}
	e->u.ident.name = intern("_", 1);
	p_syntax_error(p, "expecting name");
	p_advance(p, 0);
	return e;
}

/* strip_cr drops carriage returns from a raw string's value, as
 * go/scanner does; the value is what go/ast holds. */
static const char *strip_cr(Parser *p, const char *s, int n, int *outn)
{
	char *v = arena_alloc(p->a, (size_t)n + 1);
	int i, k = 0;
	for (i = 0; i < n; i++)
		if (s[i] != '\r')
			v[k++] = s[i];
	v[k] = 0;
	*outn = k;
	return v;
}

Expr *p_oliteral(Parser *p)
{
	Lexer *lx = &p->lx;
	Expr *e;
	if (!token_is_literal(lx->tok) || lx->tok == TOK_IDENT)
		return NULL;
	e = p_newexpr(p, EXPR_BASICLIT, lx->pos);
	e->u.lit.kind = lx->tok;
	e->u.lit.value = lx->lit;
	e->u.lit.len = lx->litlen;
	e->u.lit.bad = lx->badlit;
	if (lx->tok == TOK_STRING && lx->lit[0] == '`' && memchr(lx->lit, '\r', (size_t)lx->litlen))
		e->u.lit.value = strip_cr(p, lx->lit, lx->litlen, &e->u.lit.len);
	p_next(p);
	return e;
}

/* ExpressionList = Expression { "," Expression } . */
ExprList p_expr_list(Parser *p)
{
	ExprList l;
	int mark = p_mark(p);
	p_push(p, p_expr(p));
	while (p_got(p, TOK_COMMA))
		p_push(p, p_expr(p));
	l.v = (Expr **)p_popto(p, mark, &l.n);
	return l;
}

/* p_type_list parses a non-empty list of expressions of which all but
 * the first must be types, with an optional trailing comma; *comma
 * says whether a comma was seen.
 *
 * typeList = arg { "," arg } [ "," ] . */
ExprList p_type_list(Parser *p, bool *comma)
{
	ExprList l;
	int mark = p_mark(p);
	p->xnest++;
	p_push(p, p_expr(p));
	*comma = false;
	if (p_got(p, TOK_COMMA)) {
		Expr *t;
		*comma = true;
		if ((t = p_type_or_nil(p)) != NULL) {
			p_push(p, t);
			while (p_got(p, TOK_COMMA)) {
				if ((t = p_type_or_nil(p)) == NULL)
					break;
				p_push(p, t);
			}
		}
	}
	p->xnest--;
	l.v = (Expr **)p_popto(p, mark, &l.n);
	return l;
}

/* p_index_expr builds x[list]: an IndexExpr for one index, else an
 * IndexListExpr (an instantiation). */
Expr *p_index_expr(Parser *p, Expr *x, Pos lbrack, ExprList list, Pos rbrack)
{
	Expr *e;
	if (list.n == 1) {
		e = p_newexpr(p, EXPR_INDEX, lbrack);
		e->u.index.x = x;
		e->u.index.lbrack = lbrack;
		e->u.index.index = list.v[0];
		e->u.index.rbrack = rbrack;
		return e;
	}
	e = p_newexpr(p, EXPR_INDEXLIST, lbrack);
	e->u.indexlist.x = x;
	e->u.indexlist.lbrack = lbrack;
	e->u.indexlist.indices = list;
	e->u.indexlist.rbrack = rbrack;
	return e;
}

/* --- operators ----------------------------------------------------------------- */

Expr *p_expr(Parser *p)
{
	return p_binary_expr(p, NULL, 0);
}

/* Expression = UnaryExpr | Expression binary_op Expression .
 * Each operator of a chain deepens the tree, so each counts as a level
 * of nesting. */
Expr *p_binary_expr(Parser *p, Expr *x, int prec)
{
	int levels = 0;
	if (!x)
		x = p_unary_expr(p);
	while (token_prec[p->lx.tok] > prec) {
		Token op = p->lx.tok;
		int tprec = token_prec[op];
		Expr *t = p_newexpr(p, EXPR_BINARY, p->lx.pos);
		if (!p_enter(p))
			break;
		levels++;
		t->u.binary.oppos = p->lx.pos;
		t->u.binary.op = op;
		p_next(p);
		t->u.binary.x = x;
		t->u.binary.y = p_binary_expr(p, NULL, tprec);
		x = t;
	}
	p->depth -= levels;
	return x;
}

/* fix_chan turns the channel type x, preceded by '<-' at arrow, into a
 * receive-only channel type: <-chan E, and <-chan<- E as <-chan (<-E). */
static Expr *fix_chan(Parser *p, Pos arrow, Expr *x)
{
	int dir = CHAN_SEND;
	Expr *t = x;
	while (dir == CHAN_SEND) {
		Pos next;
		if (t->kind != EXPR_CHANTYPE)
			break;
		dir = t->u.chantype.dir;
		if (dir == CHAN_RECV)
			p_syntax_error(p, "unexpected <-, expecting chan");
		next = t->u.chantype.arrow;
		t->u.chantype.begin = arrow;
		t->u.chantype.arrow = arrow;
		t->u.chantype.dir = CHAN_RECV;
		arrow = next;
		t = t->u.chantype.value;
	}
	if (dir == CHAN_SEND) {
		Buf b = {0};
		ast_expr_string(&b, t);
		p_syntax_error(p, "unexpected %s, expecting chan", buf_cstr(&b));
		buf_free(&b);
	}
	return x;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
Expr *p_unary_expr(Parser *p)
{
	Pos pos = p->lx.pos;
	Token op = p->lx.tok;
	Expr *x, *e;
	if (!p_enter(p))
		return p_badexpr(p, pos);
	switch (op) {
	case TOK_MUL:
		p_next(p);
		e = p_newexpr(p, EXPR_STAR, pos);
		e->u.star.star = pos;
		e->u.star.x = p_unary_expr(p);
		break;
	case TOK_ADD: case TOK_SUB: case TOK_NOT: case TOK_XOR: case TOK_TILDE: case TOK_AND:
		p_next(p);
		e = p_newexpr(p, EXPR_UNARY, pos);
		e->u.unary.oppos = pos;
		e->u.unary.op = op;
		e->u.unary.x = p_unary_expr(p);
		break;
	case TOK_ARROW:
		/* A receive, or a receive-only channel type: which one is
		 * known only once the operand is parsed. */
		p_next(p);
		x = p_unary_expr(p);
		if (x->kind == EXPR_CHANTYPE) {
			e = fix_chan(p, pos, x);
			break;
		}
		e = p_newexpr(p, EXPR_UNARY, pos);
		e->u.unary.oppos = pos;
		e->u.unary.op = TOK_ARROW;
		e->u.unary.x = x;
		break;
	default:
		e = p_pexpr(p, NULL, true);
		break;
	}
	p_leave(p);
	return e;
}

/* --- operands ---------------------------------------------------------------------- */

/* Operand     = Literal | OperandName | MethodExpr | "(" Expression ")" .
 * Literal     = BasicLit | CompositeLit | FunctionLit .
 * OperandName = identifier | QualifiedIdent . */
static Expr *operand(Parser *p)
{
	Pos pos = p->lx.pos;
	Expr *x;
	switch (p->lx.tok) {
	case TOK_IDENT:
		return p_name(p);
	case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
		return p_oliteral(p);
	case TOK_LPAREN:
		p_next(p);
		p->xnest++;
		x = p_newexpr(p, EXPR_PAREN, pos);
		x->u.paren.lparen = pos;
		x->u.paren.x = p_expr(p);
		p->xnest--;
		x->u.paren.rparen = p->lx.pos;
		p_want(p, TOK_RPAREN);
		return x;
	case TOK_FUNC: {
		Expr *ftyp;
		p_next(p);
		ftyp = p_func_type(p, pos, "function type");
		if (p->lx.tok == TOK_LBRACE) {
			p->xnest++;
			x = p_newexpr(p, EXPR_FUNCLIT, pos);
			x->u.funclit.type = ftyp;
			x->u.funclit.body = p_func_body(p);
			p->xnest--;
			return x;
		}
		return ftyp;
	}
	case TOK_LBRACK: case TOK_CHAN: case TOK_MAP: case TOK_STRUCT: case TOK_INTERFACE:
		return p_type(p);
	default:
		x = p_badexpr(p, pos);
		p_syntax_error(p, "expecting expression");
		p_advance(p, TS(RPAREN) | TS(RBRACK) | TS(RBRACE));
		x->u.bad.to = p->lx.pos;
		return x;
	}
}

/* p_is_value: x is syntactically a value, never a type. */
bool p_is_value(const Expr *x)
{
	switch (x->kind) {
	case EXPR_BASICLIT: case EXPR_COMPOSITE: case EXPR_FUNCLIT: case EXPR_SLICE:
	case EXPR_TYPEASSERT: case EXPR_CALL: case EXPR_UNARY: case EXPR_BINARY:
		return true;
	case EXPR_PAREN:
		return p_is_value(x->u.paren.x);
	case EXPR_INDEX:
		return p_is_value(x->u.index.x) || p_is_value(x->u.index.index);
	case EXPR_INDEXLIST:
		return p_is_value(x->u.indexlist.x);
	default:
		return false;
	}
}

typedef struct ArgCtx {
	Pos ellipsis;
} ArgCtx;

static bool arg_elem(Parser *p, void *ctx)
{
	ArgCtx *c = ctx;
	p_push(p, p_expr(p));
	if (p->lx.tok == TOK_ELLIPSIS) {
		c->ellipsis = p->lx.pos;
		p_next(p);
		return true;
	}
	return false;
}

/* argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" . */
static Expr *call_expr(Parser *p, Expr *fun)
{
	Expr *e = p_newexpr(p, EXPR_CALL, p->lx.pos);
	ArgCtx c = {NOPOS};
	int mark;
	e->u.call.fun = fun;
	e->u.call.lparen = p->lx.pos;
	p_next(p);
	p->xnest++;
	mark = p_mark(p);
	e->u.call.rparen = p_list(p, "argument list", TOK_COMMA, TOK_RPAREN, arg_elem, &c);
	e->u.call.args.v = (Expr **)p_popto(p, mark, &e->u.call.args.n);
	e->u.call.ellipsis = c.ellipsis;
	p->xnest--;
	return e;
}

/* Index and slice: x "[" ... "]", with '[' current.
 *
 *	Index = "[" Expression "]" .
 *	Slice = "[" ( [ Expression ] ":" [ Expression ] ) |
 *	            ( [ Expression ] ":" Expression ":" Expression ) "]" . */
static Expr *index_or_slice(Parser *p, Expr *x)
{
	Pos lbrack = p->lx.pos;
	Expr *i = NULL, *s;
	p_next(p);
	if (p->lx.tok == TOK_RBRACK) {
		/* x[]: an empty index, slice or instance; complain and go on */
		ExprList l;
		Pos rbrack = p->lx.pos;
		l.v = PNEWARRAY(p, Expr *, 1);
		l.v[0] = p_badexpr(p, rbrack);
		l.n = 1;
		p_syntax_error(p, "expecting operand");
		p_next(p);
		return p_index_expr(p, x, lbrack, l, rbrack);
	}
	if (p->lx.tok != TOK_COLON) {
		bool comma;
		ExprList l = p_type_list(p, &comma);
		if (comma || p->lx.tok == TOK_RBRACK) {
			Pos rbrack = p->lx.pos;
			p_want(p, TOK_RBRACK);
			return p_index_expr(p, x, lbrack, l, rbrack);
		}
		i = l.v[0];
	}
	/* x[i:... (not p_want: "expecting comma, : or ]" says more) */
	if (!p_got(p, TOK_COLON)) {
		p_syntax_error(p, "expecting comma, : or ]");
		p_advance(p, TS(COMMA) | TS(COLON) | TS(RBRACK));
	}
	p->xnest++;
	s = p_newexpr(p, EXPR_SLICE, lbrack);
	s->u.slice.x = x;
	s->u.slice.lbrack = lbrack;
	s->u.slice.low = i;
	if (p->lx.tok != TOK_COLON && p->lx.tok != TOK_RBRACK)
		s->u.slice.high = p_expr(p);
	if (p->lx.tok == TOK_COLON) {
		s->u.slice.slice3 = true;
		if (!s->u.slice.high) {
			p_error_at(p, p->lx.pos, "middle index required in 3-index slice");
			s->u.slice.high = p_badexpr(p, p->lx.pos);
		}
		p_next(p);
		if (p->lx.tok != TOK_RBRACK) {
			s->u.slice.max = p_expr(p);
		} else {
			p_error_at(p, p->lx.pos, "final index required in 3-index slice");
			s->u.slice.max = p_badexpr(p, p->lx.pos);
		}
	}
	p->xnest--;
	s->u.slice.rbrack = p->lx.pos;
	p_want(p, TOK_RBRACK);
	return s;
}

/* PrimaryExpr =
 *	Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
 *	PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
 * Selector      = "." identifier .
 * TypeAssertion = "." "(" Type ")" .
 * Composite literals are parsed here too, since their type may be a
 * qualified identifier. Every suffix deepens the tree: each counts as a
 * level of nesting. */
Expr *p_pexpr(Parser *p, Expr *x, bool keep_parens)
{
	int levels = 0;
	(void)keep_parens;   /* go/ast keeps every ParenExpr */
	if (!x)
		x = operand(p);
	for (;;) {
		Pos pos = p->lx.pos;
		Expr *t;
		if (p->lx.tok != TOK_PERIOD && p->lx.tok != TOK_LBRACK && p->lx.tok != TOK_LPAREN &&
		    p->lx.tok != TOK_LBRACE)
			break;
		if (!p_enter(p))
			break;
		levels++;
		switch (p->lx.tok) {
		case TOK_PERIOD:
			p_next(p);
			if (p->lx.tok == TOK_IDENT) {
				t = p_newexpr(p, EXPR_SELECTOR, pos);
				t->u.selector.x = x;
				t->u.selector.sel = p_name(p);
				x = t;
			} else if (p->lx.tok == TOK_LPAREN) {
				t = p_newexpr(p, EXPR_TYPEASSERT, pos);
				t->u.typeassert.x = x;
				t->u.typeassert.lparen = p->lx.pos;
				p_next(p);
				if (!p_got(p, TOK_TYPE))
					t->u.typeassert.type = p_type(p);
				t->u.typeassert.rparen = p->lx.pos;
				p_want(p, TOK_RPAREN);
				x = t;
			} else {
				p_syntax_error(p, "expecting name or (");
				p_advance(p, TS(SEMICOLON) | TS(RPAREN));
			}
			break;
		case TOK_LBRACK:
			x = index_or_slice(p, x);
			break;
		case TOK_LPAREN:
			x = call_expr(p, x);
			break;
		default: {
			/* '{': a composite literal, or the block after a header? */
			Expr *u = ast_unparen(x);
			bool complit_ok = false;
			switch (u->kind) {
			case EXPR_IDENT: case EXPR_SELECTOR:
				complit_ok = p->xnest >= 0;
				break;
			case EXPR_INDEX: case EXPR_INDEXLIST:
				complit_ok = p->xnest >= 0 && !p_is_value(u);
				break;
			case EXPR_ARRAYTYPE: case EXPR_STRUCTTYPE: case EXPR_MAPTYPE:
				complit_ok = true;
				break;
			default:
				break;
			}
			if (!complit_ok)
				goto out;
			if (u != x)
				p_syntax_error(p, "cannot parenthesize type in composite literal");
			x = p_complit(p, x);
			break;
		}
		}
	}
out:
	p->depth -= levels;
	return x;
}

/* --- composite literals ------------------------------------------------------------ */

/* Element = Expression | LiteralValue . */
static Expr *bare_complitexpr(Parser *p)
{
	if (p->lx.tok == TOK_LBRACE)
		return p_complit(p, NULL);
	return p_expr(p);
}

static bool complit_elem(Parser *p, void *ctx)
{
	Expr *e = bare_complitexpr(p);
	(void)ctx;
	if (p->lx.tok == TOK_COLON) {
		Expr *kv = p_newexpr(p, EXPR_KEYVALUE, p->lx.pos);
		kv->u.keyvalue.colon = p->lx.pos;
		p_next(p);
		kv->u.keyvalue.key = e;
		kv->u.keyvalue.value = bare_complitexpr(p);
		e = kv;
	}
	p_push(p, e);
	return false;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
Expr *p_complit(Parser *p, Expr *type)
{
	Expr *x = p_newexpr(p, EXPR_COMPOSITE, p->lx.pos);
	int mark;
	if (!p_enter(p))
		return p_badexpr(p, x->pos);
	x->u.composite.type = type;
	x->u.composite.lbrace = p->lx.pos;
	p->xnest++;
	p_want(p, TOK_LBRACE);
	mark = p_mark(p);
	x->u.composite.rbrace = p_list(p, "composite literal", TOK_COMMA, TOK_RBRACE, complit_elem, NULL);
	x->u.composite.elts.v = (Expr **)p_popto(p, mark, &x->u.composite.elts.n);
	p->xnest--;
	p_leave(p);
	return x;
}
