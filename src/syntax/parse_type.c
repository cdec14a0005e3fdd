/* parse_type.c: types, parameter lists, struct fields and interface
 * elements.
 *
 * While a parameter list is parsed each entry is a Field with at most
 * one name, as gc sees it; p_param_list then gives names their types
 * and groups "a, b T" into one Field, as go/parser does. */
#include <string.h>

#include "syntax.h"

static Field *new_field(Parser *p, Expr *name, Expr *type)
{
	Field *f = PNEW(p, Field);
	if (name) {
		f->names.v = PNEWARRAY(p, Expr *, 1);
		f->names.v[0] = name;
		f->names.n = 1;
	}
	f->type = type;
	return f;
}

static Expr *new_star(Parser *p, Pos pos, Expr *x)
{
	Expr *e = p_newexpr(p, EXPR_STAR, pos);
	e->u.star.star = pos;
	e->u.star.x = x;
	return e;
}

Expr *p_type(Parser *p)
{
	Pos pos = p->lx.pos;
	Expr *t = p_type_or_nil(p);
	if (!t) {
		t = p_badexpr(p, pos);
		p_syntax_error(p, "expecting type");
		p_advance(p, TS(COMMA) | TS(COLON) | TS(SEMICOLON) | TS(RPAREN) | TS(RBRACK) | TS(RBRACE));
		t->u.bad.to = p->lx.pos;
	}
	return t;
}

/* type instance: typ "[" TypeList "]", with '[' current */
static Expr *type_instance(Parser *p, Expr *typ)
{
	Pos lbrack = p->lx.pos, rbrack;
	ExprList l;
	p_want(p, TOK_LBRACK);
	if (p->lx.tok == TOK_RBRACK) {
		p_syntax_error(p, "expecting type");
		l.v = PNEWARRAY(p, Expr *, 1);
		l.v[0] = p_badexpr(p, p->lx.pos);
		l.n = 1;
	} else {
		bool comma;
		l = p_type_list(p, &comma);
	}
	rbrack = p->lx.pos;
	p_want(p, TOK_RBRACK);
	return p_index_expr(p, typ, lbrack, l, rbrack);
}

/* TypeName = identifier | QualifiedIdent, possibly instantiated. name,
 * if given, is the identifier already consumed. */
Expr *p_qualified_name(Parser *p, Expr *name)
{
	Expr *x = name;
	if (!x) {
		if (p->lx.tok == TOK_IDENT) {
			x = p_name(p);
		} else {
			x = p_newexpr(p, EXPR_IDENT, p->lx.pos);
			x->u.ident.name = intern("_", 1);
			p_syntax_error(p, "expecting name");
			p_advance(p, TS(PERIOD) | TS(SEMICOLON) | TS(RBRACE));
		}
	}
	if (p->lx.tok == TOK_PERIOD) {
		Expr *s = p_newexpr(p, EXPR_SELECTOR, p->lx.pos);
		p_next(p);
		s->u.selector.x = x;
		s->u.selector.sel = p_name(p);
		x = s;
	}
	if (p->lx.tok == TOK_LBRACK)
		x = type_instance(p, x);
	return x;
}

/* ArrayType = "[" ( ArrayLength | "..." ) "]" ElementType .
 * '[' (at lbrack) is consumed; len, if given, is the length already
 * parsed. */
Expr *p_array_type(Parser *p, Pos lbrack, Expr *len)
{
	Expr *t;
	if (!len) {
		if (p->lx.tok == TOK_ELLIPSIS) {
			len = p_newexpr(p, EXPR_ELLIPSIS, p->lx.pos);
			len->u.ellipsis.ellipsis = p->lx.pos;
			p_next(p);
		} else {
			p->xnest++;
			len = p_expr(p);
			p->xnest--;
		}
	}
	if (p->lx.tok == TOK_COMMA) {
		/* allowed in type parameter lists, not here */
		p_syntax_error(p, "unexpected comma; expecting ]");
		p_next(p);
	}
	p_want(p, TOK_RBRACK);
	t = p_newexpr(p, EXPR_ARRAYTYPE, lbrack);
	t->u.arraytype.lbrack = lbrack;
	t->u.arraytype.len = len;
	t->u.arraytype.elt = p_type(p);
	return t;
}

static Expr *chan_elem(Parser *p)
{
	Expr *t = p_type_or_nil(p);
	if (!t) {
		t = p_badexpr(p, p->lx.pos);
		p_syntax_error(p, "missing channel element type");
		/* the element type is probably just missing: don't skip */
	}
	return t;
}

/* Type     = TypeName | TypeLit | "(" Type ")" .
 * TypeLit  = ArrayType | StructType | PointerType | FunctionType |
 *            InterfaceType | SliceType | MapType | ChannelType .
 * Returns NULL, having consumed nothing, if no type starts here. */
Expr *p_type_or_nil(Parser *p)
{
	Pos pos = p->lx.pos;
	Expr *t = NULL;
	if (!p_enter(p))
		return p_badexpr(p, pos);
	switch (p->lx.tok) {
	case TOK_MUL:
		p_next(p);
		t = new_star(p, pos, p_type(p));
		break;
	case TOK_ARROW:
		p_next(p);
		p_want(p, TOK_CHAN);
		t = p_newexpr(p, EXPR_CHANTYPE, pos);
		t->u.chantype.begin = pos;
		t->u.chantype.arrow = pos;
		t->u.chantype.dir = CHAN_RECV;
		t->u.chantype.value = chan_elem(p);
		break;
	case TOK_FUNC:
		p_next(p);
		t = p_func_type(p, pos, "function type");
		break;
	case TOK_LBRACK:
		p_next(p);
		if (p->lx.tok == TOK_RBRACK) {
			p_next(p);
			t = p_newexpr(p, EXPR_ARRAYTYPE, pos);
			t->u.arraytype.lbrack = pos;
			t->u.arraytype.elt = p_type(p);
			break;
		}
		t = p_array_type(p, pos, NULL);
		break;
	case TOK_CHAN:
		p_next(p);
		t = p_newexpr(p, EXPR_CHANTYPE, pos);
		t->u.chantype.begin = pos;
		t->u.chantype.dir = CHAN_BOTH;
		if (p->lx.tok == TOK_ARROW) {
			t->u.chantype.arrow = p->lx.pos;
			t->u.chantype.dir = CHAN_SEND;
			p_next(p);
		}
		t->u.chantype.value = chan_elem(p);
		break;
	case TOK_MAP:
		p_next(p);
		p_want(p, TOK_LBRACK);
		t = p_newexpr(p, EXPR_MAPTYPE, pos);
		t->u.maptype.mappos = pos;
		t->u.maptype.key = p_type(p);
		p_want(p, TOK_RBRACK);
		t->u.maptype.value = p_type(p);
		break;
	case TOK_STRUCT:
		t = p_struct_type(p);
		break;
	case TOK_INTERFACE:
		t = p_interface_type(p);
		break;
	case TOK_IDENT:
		t = p_qualified_name(p, NULL);
		break;
	case TOK_LPAREN:
		p_next(p);
		t = p_newexpr(p, EXPR_PAREN, pos);
		t->u.paren.lparen = pos;
		t->u.paren.x = p_type(p);
		t->u.paren.rparen = p->lx.pos;
		p_want(p, TOK_RPAREN);
		break;
	default:
		break;
	}
	p_leave(p);
	return t;
}

/* --- functions and parameters ----------------------------------------------------- */

/* Result = Parameters | Type . */
static FieldList *func_result(Parser *p)
{
	Expr *t;
	FieldList *fl;
	if (p->lx.tok == TOK_LPAREN) {
		Pos open = p->lx.pos;
		p_next(p);
		return p_param_list(p, open, NULL, NULL, TOK_RPAREN, false);
	}
	if ((t = p_type_or_nil(p)) == NULL)
		return NULL;
	fl = PNEW(p, FieldList);
	fl->list = PNEWARRAY(p, Field *, 1);
	fl->list[0] = new_field(p, NULL, t);
	fl->n = 1;
	return fl;
}

/* Signature = [ TypeParams ] Parameters [ Result ] .
 * funcpos is the "func" keyword (NOPOS for interface methods); a
 * non-empty context names what may not have type parameters. */
Expr *p_func_type(Parser *p, Pos funcpos, const char *context)
{
	Expr *t = p_newexpr(p, EXPR_FUNCTYPE, p->lx.pos);
	Pos open;
	t->u.functype.func = funcpos;
	if (p->lx.tok == TOK_LBRACK) {
		Pos lbrack = p->lx.pos;
		p_next(p);
		if (context[0])
			p_syntax_error_at(p, t->pos, "%s must have no type parameters", context);
		if (p->lx.tok == TOK_RBRACK) {
			p_syntax_error(p, "empty type parameter list");
			p_next(p);
		} else {
			t->u.functype.tparams = p_param_list(p, lbrack, NULL, NULL, TOK_RBRACK, true);
		}
	}
	open = p->lx.tok == TOK_LPAREN ? p->lx.pos : NOPOS;
	p_want(p, TOK_LPAREN);
	t->u.functype.params = p_param_list(p, open, NULL, NULL, TOK_RPAREN, false);
	t->u.functype.results = func_result(p);
	return t;
}

/* EmbeddedTerm = [ "~" ] Type . */
static Expr *embedded_term(Parser *p)
{
	Pos pos = p->lx.pos;
	Expr *t;
	if (p->lx.tok == TOK_TILDE) {
		t = p_newexpr(p, EXPR_UNARY, pos);
		t->u.unary.oppos = pos;
		t->u.unary.op = TOK_TILDE;
		p_next(p);
		t->u.unary.x = p_type(p);
		return t;
	}
	t = p_type_or_nil(p);
	if (!t) {
		t = p_badexpr(p, pos);
		p_syntax_error(p, "expecting ~ term or type");
		p_advance(p, TS(ADD) | TS(SEMICOLON) | TS(RPAREN) | TS(RBRACK) | TS(RBRACE));
		t->u.bad.to = p->lx.pos;
	}
	return t;
}

/* EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
 * f, if given, holds the first term already parsed. */
static Field *embedded_elem(Parser *p, Field *f)
{
	int levels = 0;
	if (!f)
		f = new_field(p, NULL, embedded_term(p));
	while (p->lx.tok == TOK_OR) {
		Expr *t = p_newexpr(p, EXPR_BINARY, p->lx.pos);
		if (!p_enter(p))
			break;
		levels++;
		t->u.binary.oppos = p->lx.pos;
		t->u.binary.op = TOK_OR;
		p_next(p);
		t->u.binary.x = f->type;
		t->u.binary.y = embedded_term(p);
		f->type = t;
	}
	p->depth -= levels;
	return f;
}

/* array_or_targs parses "[" ... "]" after a field or parameter name:
 * an array or slice type ("[n]E", "[]E"), or type arguments ("[A, B]")
 * returned as an index expression whose X the caller fills in. */
static Expr *array_or_targs(Parser *p)
{
	Pos lbrack = p->lx.pos, rbrack;
	ExprList l;
	bool comma;
	p_want(p, TOK_LBRACK);
	if (p_got(p, TOK_RBRACK)) {
		Expr *t = p_newexpr(p, EXPR_ARRAYTYPE, lbrack);
		t->u.arraytype.lbrack = lbrack;
		t->u.arraytype.elt = p_type(p);
		return t;
	}
	l = p_type_list(p, &comma);
	rbrack = p->lx.pos;
	p_want(p, TOK_RBRACK);
	if (!comma) {
		Expr *elem = p_type_or_nil(p);
		if (elem) {
			Expr *t = p_newexpr(p, EXPR_ARRAYTYPE, lbrack);
			t->u.arraytype.lbrack = lbrack;
			t->u.arraytype.len = l.v[0];
			t->u.arraytype.elt = elem;
			return t;
		}
	}
	return p_index_expr(p, NULL, lbrack, l, rbrack);
}

static bool is_index(const Expr *x)
{
	return x->kind == EXPR_INDEX || x->kind == EXPR_INDEXLIST;
}

static void set_index_x(Expr *x, Expr *name)
{
	if (x->kind == EXPR_INDEX)
		x->u.index.x = name;
	else
		x->u.indexlist.x = name;
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .
 * One parameter as gc sees it: a name, a type, or both. In a type
 * parameter list (follow is ']') constraints may be type sets. */
static Field *param_decl_or_nil(Parser *p, Expr *name, Token follow)
{
	bool typesets = follow == TOK_RBRACK;
	Field *f;
	if (!name && typesets && p->lx.tok == TOK_TILDE)
		return embedded_elem(p, NULL);
	f = new_field(p, NULL, NULL);
	if (p->lx.tok == TOK_IDENT || name) {
		if (!name)
			name = p_name(p);
		if (p->lx.tok == TOK_LBRACK) {
			/* name "[" ... */
			f->type = array_or_targs(p);
			if (is_index(f->type))
				set_index_x(f->type, name);
			else
				f = new_field(p, name, f->type);
			if (typesets && p->lx.tok == TOK_OR)
				f = embedded_elem(p, f);
			return f;
		}
		if (p->lx.tok == TOK_PERIOD) {
			/* name "." ... */
			f->type = p_qualified_name(p, name);
			if (typesets && p->lx.tok == TOK_OR)
				f = embedded_elem(p, f);
			return f;
		}
		if (typesets && p->lx.tok == TOK_OR) {
			/* name "|" ... */
			f->type = name;
			return embedded_elem(p, f);
		}
		f = new_field(p, name, NULL);
	}
	if (p->lx.tok == TOK_ELLIPSIS) {
		/* [name] "..." ... */
		Expr *t = p_newexpr(p, EXPR_ELLIPSIS, p->lx.pos);
		t->u.ellipsis.ellipsis = p->lx.pos;
		p_next(p);
		t->u.ellipsis.elt = p_type_or_nil(p);
		if (!t->u.ellipsis.elt) {
			t->u.ellipsis.elt = p_badexpr(p, p->lx.pos);
			p_syntax_error(p, "... is missing type");
		}
		f->type = t;
		return f;
	}
	if (typesets && p->lx.tok == TOK_TILDE) {
		/* [name] "~" ... */
		f->type = embedded_elem(p, NULL)->type;
		return f;
	}
	f->type = p_type_or_nil(p);
	if (typesets && p->lx.tok == TOK_OR && f->type)
		f = embedded_elem(p, f);
	if (f->names.n || f->type)
		return f;
	p_syntax_error(p, "expecting %s", p_tokstring(follow));
	p_advance(p, TS(COMMA) | tokset(follow));
	return NULL;
}

typedef struct ParamCtx {
	Expr *name, *typ;     /* first entry, already parsed */
	Token close;
	int named, typed;
} ParamCtx;

static bool param_elem(Parser *p, void *ctx)
{
	ParamCtx *c = ctx;
	Field *par;
	if (c->typ)
		par = new_field(p, c->name, c->typ);
	else
		par = param_decl_or_nil(p, c->name, c->close);
	c->name = c->typ = NULL;
	if (par) {
		if (par->names.n && par->type)
			c->named++;
		if (par->type)
			c->typed++;
		p_push(p, par);
	}
	return false;
}

/* Parameters    = "(" [ ParameterList [ "," ] ] ")" .
 * ParameterList = ParameterDecl { "," ParameterDecl } .
 * The opening '(' or '[' (at open) is consumed. name and typ, if
 * given, are the first entry, already parsed. Either every entry has
 * a name, or none has. */
FieldList *p_param_list(Parser *p, Pos open, Expr *name, Expr *typ, Token close, bool require_names)
{
	FieldList *fl = PNEW(p, FieldList);
	ParamCtx c = {name, typ, close, 0, 0};
	int mark = p_mark(p), n, i, k;
	Field **list;

	fl->opening = open;
	if (name && typ && p->lx.tok == close) {
		fl->closing = p->lx.pos;
		p_next(p);
		fl->list = PNEWARRAY(p, Field *, 1);
		fl->list[0] = new_field(p, name, typ);
		fl->n = 1;
		return fl;
	}
	fl->closing = p_list(p, "parameter list", TOK_COMMA, close, param_elem, &c);
	list = (Field **)p_popto(p, mark, &n);
	if (n == 0)
		return fl;

	if (c.named == 0 && !require_names) {
		/* no entry has both: the names are types */
		for (i = 0; i < n; i++) {
			if (list[i]->names.n) {
				list[i]->type = list[i]->names.v[0];
				list[i]->names.n = 0;
				list[i]->names.v = NULL;
			}
		}
	} else if (c.named != n) {
		/* some are named: "a, b T" gives a and b the type T */
		Pos errpos = NOPOS;
		Expr *t = NULL;
		for (i = n - 1; i >= 0; i--) {
			Field *par = list[i];
			if (par->type) {
				t = par->type;
				if (!par->names.n) {
					Expr *blank;
					errpos = ast_expr_start(t);
					blank = p_newexpr(p, EXPR_IDENT, errpos);
					blank->u.ident.name = intern("_", 1);
					list[i] = new_field(p, blank, t);
				}
			} else if (t) {
				par->type = t;
			} else {
				errpos = par->names.v[0]->pos;
				par->type = p_badexpr(p, errpos);
				par->type->u.bad.to = errpos;
			}
		}
		if (errpos) {
			if (require_names) {
				if (c.named == c.typed)
					p_syntax_error_at(p, fl->closing, "missing type constraint");
				else
					p_syntax_error_at(p, errpos, "type parameters must be named");
			} else {
				p_syntax_error_at(p, errpos, "mixed named and unnamed parameters");
			}
		}
	}

	/* Group runs of names sharing one type into one Field. */
	fl->list = PNEWARRAY(p, Field *, n);
	for (i = 0, k = 0; i < n;) {
		int j = i + 1, m, q;
		Field *f = list[i];
		if (f->names.n) {
			while (j < n && list[j]->type == f->type && list[j]->names.n)
				j++;
		}
		if (j - i > 1) {
			f = new_field(p, NULL, f->type);
			m = j - i;
			f->names.v = PNEWARRAY(p, Expr *, m);
			f->names.n = m;
			for (q = 0; q < m; q++)
				f->names.v[q] = list[i + q]->names.v[0];
		}
		fl->list[k++] = f;
		i = j;
	}
	fl->n = k;
	return fl;
}

/* --- structs ------------------------------------------------------------------------ */

/* FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
 * Tag           = string_lit . */
static bool field_decl(Parser *p, void *ctx)
{
	Pos pos = p->lx.pos;
	Field *f;
	Expr *typ;
	(void)ctx;
	switch (p->lx.tok) {
	case TOK_IDENT: {
		Expr *name = p_name(p);
		int mark;
		if (p->lx.tok == TOK_PERIOD || (token_is_literal(p->lx.tok) && p->lx.tok != TOK_IDENT) ||
		    p->lx.tok == TOK_SEMICOLON || p->lx.tok == TOK_RBRACE) {
			/* embedded type */
			f = new_field(p, NULL, p_qualified_name(p, name));
			f->tag = p_oliteral(p);
			break;
		}
		mark = p_mark(p);
		p_push(p, name);
		while (p_got(p, TOK_COMMA))
			p_push(p, p_name(p));
		if (p->sn - mark == 1 && p->lx.tok == TOK_LBRACK) {
			/* T[P1, P2] (embedded, instantiated) or T [n]E or T []E */
			typ = array_or_targs(p);
			if (is_index(typ)) {
				p->sn = mark;
				set_index_x(typ, name);
				f = new_field(p, NULL, typ);
				f->tag = p_oliteral(p);
				break;
			}
		} else {
			typ = p_type(p);
		}
		f = new_field(p, NULL, typ);
		f->names.v = (Expr **)p_popto(p, mark, &f->names.n);
		f->tag = p_oliteral(p);
		break;
	}
	case TOK_MUL:
		p_next(p);
		if (p->lx.tok == TOK_LPAREN) {
			/* *(T) */
			p_syntax_error(p, "cannot parenthesize embedded type");
			p_next(p);
			typ = p_qualified_name(p, NULL);
			p_got(p, TOK_RPAREN);
		} else {
			typ = p_qualified_name(p, NULL);
		}
		f = new_field(p, NULL, new_star(p, pos, typ));
		f->tag = p_oliteral(p);
		break;
	case TOK_LPAREN:
		p_syntax_error(p, "cannot parenthesize embedded type");
		p_next(p);
		if (p->lx.tok == TOK_MUL) {
			/* (*T) */
			Pos star = p->lx.pos;
			p_next(p);
			typ = new_star(p, star, p_qualified_name(p, NULL));
		} else {
			typ = p_qualified_name(p, NULL);
		}
		p_got(p, TOK_RPAREN);
		f = new_field(p, NULL, typ);
		f->tag = p_oliteral(p);
		break;
	default:
		p_syntax_error(p, "expecting field name or embedded type");
		p_advance(p, TS(SEMICOLON) | TS(RBRACE));
		return false;
	}
	p_push(p, f);
	return false;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
Expr *p_struct_type(Parser *p)
{
	Expr *t = p_newexpr(p, EXPR_STRUCTTYPE, p->lx.pos);
	FieldList *fl = PNEW(p, FieldList);
	int mark;
	t->u.structtype.structpos = p->lx.pos;
	t->u.structtype.fields = fl;
	p_want(p, TOK_STRUCT);
	fl->opening = p->lx.tok == TOK_LBRACE ? p->lx.pos : NOPOS;
	p_want(p, TOK_LBRACE);
	mark = p_mark(p);
	fl->closing = p_list(p, "struct type", TOK_SEMICOLON, TOK_RBRACE, field_decl, NULL);
	fl->list = (Field **)p_popto(p, mark, &fl->n);
	return t;
}

/* --- interfaces --------------------------------------------------------------------- */

/* MethodSpec = MethodName Signature | InterfaceTypeName .
 * Also takes "m[T C](...)" (a generic method, to complain about it)
 * and "T[A, B]" (an embedded instantiated interface). */
static Field *method_decl(Parser *p)
{
	Expr *name = p_name(p);
	Field *f = new_field(p, NULL, NULL);
	const char *context = "interface method";
	Pos lbrack;
	FieldList *list;

	switch (p->lx.tok) {
	case TOK_LPAREN:
		return new_field(p, name, p_func_type(p, NOPOS, context));
	case TOK_LBRACK:
		lbrack = p->lx.pos;
		p_next(p);
		if (p->lx.tok == TOK_RBRACK) {
			/* name[] */
			Pos pos = p->lx.pos;
			p_next(p);
			if (p->lx.tok == TOK_LPAREN) {
				p_error_at(p, pos, "empty type parameter list");
				return new_field(p, name, p_func_type(p, NOPOS, context));
			}
			p_error_at(p, pos, "empty type argument list");
			f->type = name;
			return f;
		}
		/* Type arguments look like a parameter list of types only. */
		list = p_param_list(p, lbrack, NULL, NULL, TOK_RBRACK, false);
		if (list->n == 0) {
			if (p->lx.tok == TOK_LPAREN)
				return new_field(p, name, p_func_type(p, NOPOS, context));
			f->type = name;
			return f;
		}
		if (list->list[0]->names.n) {
			/* a generic method */
			f = new_field(p, name, p_func_type(p, NOPOS, context));
			p_error_at(p, lbrack, "interface method must have no type parameters");
			return f;
		} else {
			ExprList args;
			int i;
			args.n = list->n;
			args.v = PNEWARRAY(p, Expr *, args.n);
			for (i = 0; i < args.n; i++)
				args.v[i] = list->list[i]->type;
			f->type = p_index_expr(p, name, lbrack, args, list->closing);
			return f;
		}
	default:
		f->type = p_qualified_name(p, name);
		return f;
	}
}

static bool interface_elem(Parser *p, void *ctx)
{
	Field *f = NULL;
	(void)ctx;
	if (p->lx.tok == TOK_IDENT)
		f = method_decl(p);
	if (!f || !f->names.n)
		f = embedded_elem(p, f);
	p_push(p, f);
	return false;
}

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
 * InterfaceElem = MethodElem | TypeElem . */
Expr *p_interface_type(Parser *p)
{
	Expr *t = p_newexpr(p, EXPR_INTERFACETYPE, p->lx.pos);
	FieldList *fl = PNEW(p, FieldList);
	int mark;
	t->u.interfacetype.interfacepos = p->lx.pos;
	t->u.interfacetype.methods = fl;
	p_want(p, TOK_INTERFACE);
	fl->opening = p->lx.tok == TOK_LBRACE ? p->lx.pos : NOPOS;
	p_want(p, TOK_LBRACE);
	mark = p_mark(p);
	fl->closing = p_list(p, "interface type", TOK_SEMICOLON, TOK_RBRACE, interface_elem, NULL);
	fl->list = (Field **)p_popto(p, mark, &fl->n);
	return t;
}
