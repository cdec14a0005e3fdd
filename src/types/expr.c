/* expr.c: checking expressions (spec: Expressions).
 *
 * Expressions are checked top down; each check leaves its result in an
 * Operand (mode, type, constant value). check_raw_expr records every
 * result into the tree, except that untyped results are only remembered
 * (c->untyped): their type may still change on the way up, and
 * update_expr_type (operand.c) records them once the context fixes it.
 * A hint is the element type of an enclosing composite literal, for
 * elements that omit their type ({...} in []T{{...}}).
 *
 * Error texts are gc's (types2 with its compiler messages); what is
 * recorded follows go/types. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

static const char *tok(Token op)
{
	return token_text[op];
}

static bool is_comparison(Token op)
{
	return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR ||
	       op == TOK_GEQ;
}

static bool is_shift(Token op)
{
	return op == TOK_SHL || op == TOK_SHR;
}

static void invalidate(Operand *x)
{
	x->mode = MODE_INVALID;
	x->type = typ_invalid;
}

/* --- recording ------------------------------------------------------------- */

void record_operand(Checker *c, Operand *x)
{
	Type *t;
	Const *val = NULL;
	ASSERT(x->expr != NULL);
	switch (x->mode) {
	case MODE_INVALID:
		t = typ_invalid;
		break;
	case MODE_NOVALUE:
		t = typ_empty_tuple;
		break;
	case MODE_CONSTANT:
		t = x->type;
		val = x->val;
		break;
	default:
		t = x->type;
		break;
	}
	if (is_untyped(t))
		check_remember_untyped(c, x->expr, false, (ExprMode)x->mode, t, val);
	else
		record_type_and_value(c, x->expr, (ExprMode)x->mode, t, val);
}

/* A generic type or function may not be used without instantiation. */
static void non_generic(Checker *c, Operand *x)
{
	const char *what = NULL;
	if (x->mode == MODE_INVALID || x->mode == MODE_NOVALUE || !x->type)
		return;
	if (x->type->kind == TYPE_NAMED && is_generic(x->type))
		what = "type";
	else if (x->type->kind == TYPE_SIGNATURE && x->type->u.sig.tparams.n > 0)
		what = "function";
	if (what) {
		check_errorf(c, operand_pos(x), "cannot use generic %s %E without instantiation", what, x->expr);
		invalidate(x);
	}
}

/* --- constant overflow --------------------------------------------------------- */

static const char *op_name(Expr *e)
{
	if (!e)
		return "";
	if (e->kind == EXPR_UNARY)
		return e->u.unary.op == TOK_XOR ? "bitwise complement" : "";
	if (e->kind == EXPR_BINARY) {
		switch (e->u.binary.op) {
		case TOK_ADD: return "addition";
		case TOK_SUB: return "subtraction";
		case TOK_XOR: return "bitwise XOR";
		case TOK_MUL: return "multiplication";
		case TOK_SHL: return "shift";
		default: return "";
		}
	}
	return "";
}

/* The operator of an operation, else the start of x. */
static Pos op_pos(Expr *e)
{
	if (!e)
		return NOPOS;
	if (e->kind == EXPR_UNARY || e->kind == EXPR_BINARY)
		return e->pos;
	return syntax_start(e);
}

/* A typed constant must fit its type after each operation; an untyped
 * integer must not grow past 512 bits. */
static void overflow(Checker *c, Operand *x, Pos oppos)
{
	ASSERT(x->mode == MODE_CONSTANT);
	if (oppos == NOPOS)
		oppos = op_pos(x->expr);
	if (const_kind(x->val) == CONST_UNKNOWN) {
		check_errorf(c, oppos, "constant result is not representable");
		return;
	}
	if (is_typed(x->type)) {
		check_representable(c, x, type_under(x->type));
		return;
	}
	if (const_kind(x->val) == CONST_INT && const_bitlen(x->val) > 512) {
		check_errorf(c, oppos, "constant %s overflow", op_name(x->expr));
		x->val = const_unknown();
	}
}

/* --- unary expressions ------------------------------------------------------------ */

/* spec: Operators, Address operators, Receive operator */
static void unary(Checker *c, Operand *x, Expr *e)
{
	Token op = e->u.unary.op;
	Type *u;
	bool ok;
	check_expr(c, x, e->u.unary.x);
	if (x->mode == MODE_INVALID)
		return;
	switch (op) {
	case TOK_AND:
		/* &T{} is allowed although a composite literal is not addressable */
		if (ast_unparen(e->u.unary.x)->kind != EXPR_COMPOSITE && x->mode != MODE_VARIABLE) {
			/* gc's parser drops the parentheses of &(x) */
			x->expr = ast_unparen(x->expr);
			check_errorf(c, operand_pos(x), "invalid operation: cannot take address of %O", x);
			x->mode = MODE_INVALID;
			return;
		}
		x->mode = MODE_VALUE;
		x->type = new_pointer(x->type);
		return;
	case TOK_ARROW:
		u = type_core(x->type);
		if (!u) {
			check_errorf(c, operand_pos(x), "invalid operation: cannot receive from %O: no core type", x);
			x->mode = MODE_INVALID;
			return;
		}
		if (u->kind != TYPE_CHAN) {
			check_errorf(c, operand_pos(x), "invalid operation: cannot receive from non-channel %O", x);
			x->mode = MODE_INVALID;
			return;
		}
		if (u->u.chan.dir == CHANDIR_SEND) {
			check_errorf(c, operand_pos(x), "invalid operation: cannot receive from send-only channel %O", x);
			x->mode = MODE_INVALID;
			return;
		}
		x->mode = MODE_COMMAOK;
		x->type = u->u.chan.elem;
		c->env.hascallorrecv = true;
		return;
	case TOK_TILDE:
		check_errorf(c, syntax_start(e), "cannot use ~ outside of interface or type constraint");
		x->mode = MODE_INVALID;
		return;
	case TOK_ADD: case TOK_SUB:
		ok = all_numeric(x->type);
		break;
	case TOK_XOR:
		ok = all_integer(x->type);
		break;
	case TOK_NOT:
		ok = all_boolean(x->type);
		break;
	default:
		check_errorf(c, operand_pos(x), "invalid AST: unknown operator %s", tok(op));
		x->mode = MODE_INVALID;
		return;
	}
	if (!ok) {
		check_errorf(c, operand_pos(x), "invalid operation: operator %s not defined on %O", tok(op), x);
		x->mode = MODE_INVALID;
		return;
	}
	if (x->mode == MODE_CONSTANT) {
		unsigned prec = 0;
		if (const_kind(x->val) == CONST_UNKNOWN)
			return;   /* no overflow error on top of an earlier one */
		if (is_unsigned(x->type))
			prec = (unsigned)(type_size(x->type) * 8);
		x->val = const_unary(op, x->val, prec);
		x->expr = e;
		overflow(c, x, e->pos);
		return;
	}
	x->mode = MODE_VALUE;
}

/* --- comparisons -------------------------------------------------------------- */

static const char *kind_string(Checker *c, Type *t)
{
	Type *u = type_under(t);
	switch (u->kind) {
	case TYPE_ARRAY: return "array";
	case TYPE_SLICE: return "slice";
	case TYPE_STRUCT: return "struct";
	case TYPE_POINTER: return "pointer";
	case TYPE_SIGNATURE: return "func";
	case TYPE_INTERFACE:
		if (is_typeparam(t))
			return check_sprintf(c, "type parameter %T", t);
		return "interface";
	case TYPE_MAP: return "map";
	case TYPE_CHAN: return "chan";
	default: return check_sprintf(c, "%T", t);
	}
}

/* Why t is not comparable, or "" when there is nothing more specific. */
static const char *incomparable_cause(Checker *c, Type *t)
{
	Type *u = type_under(t);
	int i;
	switch (u->kind) {
	case TYPE_SLICE: case TYPE_SIGNATURE: case TYPE_MAP:
		return check_sprintf(c, "%s can only be compared to nil", kind_string(c, t));
	case TYPE_STRUCT:
		for (i = 0; i < u->u.strct.nfields; i++) {
			Type *ft = u->u.strct.fields[i]->type;
			if (!types_comparable(ft, true, NULL))
				return check_sprintf(c, "struct containing %T cannot be compared", ft);
		}
		return "";
	case TYPE_ARRAY:
		if (!types_comparable(u->u.array.elem, true, NULL))
			return check_sprintf(c, "%T cannot be compared", u);
		return "";
	case TYPE_INTERFACE:
		/* a type parameter: its type set says why */
		if (is_typeparam(t)) {
			TypeSet *ts = interface_type_set(c, NOPOS, u);
			if (typeset_is_comparable(ts, NULL))
				return "";
			return typeset_is_empty(ts) ? "empty type set" : "incomparable types in type set";
		}
		return "";
	default:
		return "";
	}
}

static bool operand_is_nil(const Operand *x)
{
	return x->mode == MODE_VALUE && x->type == typ_basic[KIND_UNTYPED_NIL];
}

/* spec: Comparison operators. The result is an untyped boolean; for a
 * switch case the operator is ignored (==) and errors name the case. */
bool check_comparison_ok(Checker *c, Operand *x, Operand *y, Token op, bool switchcase)
{
	Operand *errop = x;
	const char *cause = "";
	bool ok;

	if (switchcase)
		op = TOK_EQL;

	/* spec: one operand must be assignable to the other's type */
	ok = operand_assignable_to(c, x, y->type, NULL);
	if (!ok)
		ok = operand_assignable_to(c, y, x->type, NULL);
	if (!ok) {
		/* reported at the second operand: only it shows the mismatch */
		errop = y;
		cause = check_sprintf(c, "mismatched types %T and %T", x->type, y->type);
		goto error;
	}

	switch (op) {
	case TOK_EQL: case TOK_NEQ:
		if (operand_is_nil(x) || operand_is_nil(y)) {
			/* the other operand must have nil (only nil == nil fails here) */
			Type *t = operand_is_nil(x) ? y->type : x->type;
			if (!has_nil(t)) {
				errop = y;
				goto error;
			}
		} else if (!types_comparable(x->type, true, NULL)) {
			errop = x;
			cause = incomparable_cause(c, x->type);
			goto error;
		} else if (!types_comparable(y->type, true, NULL)) {
			errop = y;
			cause = incomparable_cause(c, y->type);
			goto error;
		}
		break;
	case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
		if (!all_ordered(x->type)) {
			errop = x;
			goto error;
		}
		if (!all_ordered(y->type)) {
			errop = y;
			goto error;
		}
		break;
	default:
		BUG("comparison with %s", tok(op));
	}

	if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
		/* the operands are never materialized: their types stay */
		x->val = const_bool(const_compare(x->val, op, y->val));
	} else {
		/* the operands take their final (default) types now */
		x->mode = MODE_VALUE;
		update_expr_type(c, x->expr, default_type(x->type), true);
		update_expr_type(c, y->expr, default_type(y->type), true);
	}
	x->type = typ_basic[KIND_UNTYPED_BOOL];
	return true;

error:
	if (!*cause) {
		if (is_typeparam(x->type) || is_typeparam(y->type)) {
			if (!is_typeparam(x->type))
				errop = y;
			cause = check_sprintf(c, "type parameter %T is not comparable with %s", errop->type, tok(op));
		} else {
			cause = check_sprintf(c, "operator %s not defined on %s", tok(op), kind_string(c, errop->type));
		}
	}
	if (switchcase)
		check_errorf(c, operand_pos(x), "invalid case %E in switch on %E (%s)", x->expr, y->expr, cause);
	else
		check_errorf(c, operand_pos(errop), "invalid operation: %E %s %E (%s)", x->expr, tok(op), y->expr,
		             cause);
	x->mode = MODE_INVALID;
	return false;
}

/* --- shifts ------------------------------------------------------------------ */

/* spec: Operators (shifts). A non-constant shift of an untyped constant
 * gets the type the constant would have without the shift: the lhs is
 * marked, and update_expr_type checks it once that type is known. */
static void shift(Checker *c, Operand *x, Operand *y, Expr *e, Token op, Pos oppos)
{
	Const *xval = NULL;

	if (x->mode == MODE_CONSTANT)
		xval = const_to_int(x->val);
	if (!(all_integer(x->type) || (is_untyped(x->type) && xval && const_kind(xval) == CONST_INT))) {
		check_errorf(c, operand_pos(x), "invalid operation: shifted operand %O must be integer", x);
		x->mode = MODE_INVALID;
		return;
	}

	/* spec: the count is an integer or an untyped constant representable as uint */
	if (y->mode == MODE_CONSTANT) {
		Const *yval = const_to_int(y->val);
		if (const_kind(yval) == CONST_INT && const_sign(yval) < 0) {
			check_errorf(c, operand_pos(y), "invalid operation: negative shift count %O", y);
			x->mode = MODE_INVALID;
			return;
		}
		if (is_untyped(y->type)) {
			/* checked, not converted: the count keeps its untyped type */
			if (!check_representable(c, y, typ_basic[KIND_UINT])) {
				x->mode = MODE_INVALID;
				return;
			}
		}
	} else if (all_integer(y->type)) {
		if (!all_unsigned(y->type) && !check_allow_version(c, c->pkg, 1, 13)) {
			check_errorf(c, operand_pos(y), "invalid operation: signed shift count %O requires go1.13 or later", y);
			x->mode = MODE_INVALID;
			return;
		}
	} else if (is_untyped(y->type)) {
		convert_untyped(c, y, typ_basic[KIND_UINT]);
		if (y->mode == MODE_INVALID) {
			x->mode = MODE_INVALID;
			return;
		}
	} else {
		check_errorf(c, operand_pos(y), "invalid operation: shift count %O must be integer", y);
		x->mode = MODE_INVALID;
		return;
	}

	if (x->mode == MODE_CONSTANT) {
		if (y->mode == MODE_CONSTANT) {
			uint64_t s;
			if (const_kind(x->val) == CONST_UNKNOWN || const_kind(y->val) == CONST_UNKNOWN) {
				x->val = const_unknown();
				if (!is_integer(x->type))
					x->type = typ_basic[KIND_UNTYPED_INT];
				return;
			}
			/* enough to express the smallest float64 */
			if (!const_uint64_val(y->val, &s) || s > 1023 - 1 + 52) {
				check_errorf(c, operand_pos(y), "invalid operation: invalid shift count %O", y);
				x->mode = MODE_INVALID;
				return;
			}
			/* 2.0 << 1 is an integer shift: the result is an untyped int */
			if (!is_integer(x->type))
				x->type = typ_basic[KIND_UNTYPED_INT];
			x->val = const_shift(xval, op, (unsigned)s);
			x->expr = e;
			overflow(c, x, oppos);
			return;
		}
		if (is_untyped(x->type)) {
			UntypedInfo *info = ptrmap_get(&c->untyped, x->expr);
			if (info)
				info->islhs = true;
			x->mode = MODE_VALUE;   /* keep x's type for now */
			return;
		}
	}

	if (!all_integer(x->type)) {
		check_errorf(c, operand_pos(x), "invalid operation: shifted operand %O must be integer", x);
		x->mode = MODE_INVALID;
		return;
	}
	x->mode = MODE_VALUE;
}

/* --- binary expressions ----------------------------------------------------------- */

static bool binary_op_ok(Token op, Type *t)
{
	switch (op) {
	case TOK_ADD: return all_numeric_or_string(t);
	case TOK_SUB: case TOK_MUL: case TOK_QUO: return all_numeric(t);
	case TOK_REM: case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT: return all_integer(t);
	case TOK_LAND: case TOK_LOR: return all_boolean(t);
	default: return false;
	}
}

/* Whether untyped operands may be converted towards each other at all. */
static bool can_mix(Operand *x, Operand *y)
{
	if (is_nonparam_interface(x->type) || is_nonparam_interface(y->type))
		return true;
	if (all_boolean(x->type) != all_boolean(y->type))
		return false;
	if (all_string(x->type) != all_string(y->type))
		return false;
	if (operand_is_nil(x) && !has_nil(y->type))
		return false;
	if (operand_is_nil(y) && !has_nil(x->type))
		return false;
	return true;
}

/* types2's matchTypes: untyped operands take each other's type where
 * they may mix (binary operations, min and max). */
void check_match_types(Checker *c, Operand *x, Operand *y)
{
	if (!can_mix(x, y))
		return;
	convert_untyped(c, x, y->type);
	if (x->mode == MODE_INVALID)
		return;
	convert_untyped(c, y, x->type);
	if (y->mode == MODE_INVALID)
		x->mode = MODE_INVALID;
}

void check_binary(Checker *c, Operand *x, Expr *e, Expr *lhs, Expr *rhs, Token op, Pos oppos)
{
	Operand y;

	check_expr(c, x, lhs);
	check_expr(c, &y, rhs);
	if (x->mode == MODE_INVALID)
		return;
	if (y.mode == MODE_INVALID) {
		x->mode = MODE_INVALID;
		x->expr = y.expr;
		return;
	}
	if (is_shift(op)) {
		shift(c, x, &y, e, op, oppos);
		return;
	}
	check_match_types(c, x, &y);
	if (x->mode == MODE_INVALID)
		return;
	if (is_comparison(op)) {
		check_comparison_ok(c, x, &y, op, false);
		return;
	}
	if (!types_identical(x->type, y.type)) {
		/* only report with valid types (else there was an error already) */
		if (x->type != typ_invalid && y.type != typ_invalid) {
			if (e)
				check_errorf(c, operand_pos(x), "invalid operation: %E (mismatched types %T and %T)", e,
				             x->type, y.type);
			else
				check_errorf(c, operand_pos(x), "invalid operation: %E %s= %E (mismatched types %T and %T)",
				             lhs, tok(op), rhs, x->type, y.type);
		}
		x->mode = MODE_INVALID;
		return;
	}
	if (!binary_op_ok(op, x->type)) {
		check_errorf(c, operand_pos(x), "invalid operation: operator %s not defined on %O", tok(op), x);
		x->mode = MODE_INVALID;
		return;
	}
	if (op == TOK_QUO || op == TOK_REM) {
		/* division by a zero constant */
		if ((x->mode == MODE_CONSTANT || all_integer(x->type)) && y.mode == MODE_CONSTANT &&
		    const_sign(y.val) == 0) {
			check_errorf(c, operand_pos(&y), "invalid operation: division by zero");
			x->mode = MODE_INVALID;
			return;
		}
		/* a complex divisor whose squared parts underflow to zero */
		if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT && is_complex(x->type)) {
			Const *re = const_real(y.val), *im = const_imag(y.val);
			Const *re2 = const_binary(re, TOK_MUL, re), *im2 = const_binary(im, TOK_MUL, im);
			if (const_sign(re2) == 0 && const_sign(im2) == 0) {
				check_errorf(c, operand_pos(&y), "invalid operation: division by zero");
				x->mode = MODE_INVALID;
				return;
			}
		}
	}
	if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT) {
		Token fop = op;
		if (const_kind(x->val) == CONST_UNKNOWN || const_kind(y.val) == CONST_UNKNOWN) {
			x->val = const_unknown();
			return;
		}
		/* integer operands divide as integers */
		if (op == TOK_QUO && is_integer(x->type))
			fop = TOK_QUO_ASSIGN;
		x->val = const_binary(x->val, fop, y.val);
		x->expr = e;
		overflow(c, x, e ? e->pos : oppos);
		return;
	}
	x->mode = MODE_VALUE;
}

/* --- composite literals ------------------------------------------------------------ */

/* A map key normalized as go/types compares constant keys: complex
 * values with a zero imaginary part as floats, integral floats as
 * integers; what remains is compared as float64 (or complex128). */
typedef struct MapKey {
	int kind;                  /* 0: none, 1 int64, 2 uint64, 3 float64, 4 complex, 5 string, 6 bool, 7 other */
	int64_t i;
	double f, g;
	const char *s;
	size_t n;
	Const *other;              /* a huge integer: never a duplicate */
	Type *type;
} MapKey;

static MapKey map_key(Const *v, Type *t)
{
	MapKey k;
	memset(&k, 0, sizeof k);
	k.type = t;
	switch (const_kind(v)) {
	case CONST_COMPLEX: {
		Const *f = const_to_float(v);
		if (const_kind(f) != CONST_FLOAT && const_kind(f) != CONST_INT) {
			k.kind = 4;
			k.f = const_float64_val(const_real(v), NULL);
			k.g = const_float64_val(const_imag(v), NULL);
			return k;
		}
		v = f;
	}
	/* fallthrough */
	case CONST_FLOAT: {
		Const *i = const_to_int(v);
		if (const_kind(i) != CONST_INT) {
			k.kind = 3;
			k.f = const_float64_val(v, NULL);
			return k;
		}
		v = i;
	}
	/* fallthrough */
	case CONST_INT: {
		uint64_t u;
		if (const_int64_val(v, &k.i)) {
			k.kind = 1;
		} else if (const_uint64_val(v, &u)) {
			k.kind = 2;
			k.i = (int64_t)u;
		} else {
			k.kind = 7;
			k.other = v;
		}
		return k;
	}
	case CONST_STRING:
		k.kind = 5;
		k.s = const_string_val(v, &k.n);
		return k;
	case CONST_BOOL:
		k.kind = 6;
		k.i = const_bool_val(v);
		return k;
	default:
		k.kind = 7;
		k.other = v;
		return k;
	}
}

static uint64_t map_key_hash(MapKey *k)
{
	uint64_t h = (uint64_t)k->kind * 0x9e3779b97f4a7c15ull;
	/* -0 and +0 are one key (values too small for a float64 become zero) */
	if (k->f == 0)
		k->f = 0;
	if (k->g == 0)
		k->g = 0;
	switch (k->kind) {
	case 1: case 2: case 6:
		return h ^ hash_bytes(&k->i, sizeof k->i);
	case 3:
		return h ^ hash_bytes(&k->f, sizeof k->f);
	case 4:
		return h ^ hash_bytes(&k->f, sizeof k->f) ^ (hash_bytes(&k->g, sizeof k->g) * 31);
	case 5:
		return h ^ hash_bytes(k->s, k->n);
	default:
		return h ^ (uint64_t)(uintptr_t)k->other;
	}
}

static bool map_key_equal(const MapKey *a, const MapKey *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case 1: case 2: case 6: return a->i == b->i;
	case 3: return a->f == b->f;
	case 4: return a->f == b->f && a->g == b->g;
	case 5: return a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
	default: return a->other == b->other;
	}
}

typedef struct KeySet {
	MapKey *v;
	int cap, n;
} KeySet;

/* Adds k; returns true when it was already there (with an identical
 * type, when the map's key type is an interface). */
static bool keyset_add(KeySet *s, MapKey k, bool bytype)
{
	uint64_t h;
	int i;
	if (2 * (s->n + 1) > s->cap) {
		KeySet g = {0};
		g.cap = s->cap ? 2 * s->cap : 16;
		g.v = xcalloc((size_t)g.cap, sizeof *g.v);
		for (i = 0; i < s->cap; i++)
			if (s->v[i].kind)
				keyset_add(&g, s->v[i], false);
		free(s->v);
		*s = g;
	}
	h = map_key_hash(&k);
	for (i = (int)(h & (uint64_t)(s->cap - 1)); s->v[i].kind; i = (i + 1) & (s->cap - 1)) {
		if (map_key_equal(&s->v[i], &k) && (!bytype || types_identical(s->v[i].type, k.type)))
			return true;
	}
	s->v[i] = k;
	s->n++;
	return false;
}

static void struct_lit(Checker *c, Operand *x, Expr *e, Type *base, Type *typ, Type *st)
{
	ExprList elts = e->u.composite.elts;
	Object **fields = st->u.strct.fields;
	int nfields = st->u.strct.nfields, i;

	if (elts.n == 0)
		return;
	if (elts.v[0]->kind == EXPR_KEYVALUE) {
		/* every element must have a key */
		bool small[64], *visited = nfields <= 64 ? small : xcalloc((size_t)nfields, 1);
		memset(small, 0, sizeof small);
		for (i = 0; i < elts.n; i++) {
			Expr *kv = elts.v[i], *key;
			int fi;
			Object *fld;
			if (kv->kind != EXPR_KEYVALUE) {
				check_errorf(c, syntax_start(kv), "mixture of field:value and value elements in struct literal");
				continue;
			}
			key = kv->u.keyvalue.key;
			/* check the value even when the key is bad */
			check_expr(c, x, kv->u.keyvalue.value);
			if (key->kind != EXPR_IDENT) {
				check_errorf(c, syntax_start(kv), "invalid field name %E in struct literal", key);
				continue;
			}
			fi = field_index(fields, nfields, c->pkg, key->u.ident.name);
			if (fi < 0 && release_has(FEAT_PROMOTED_LITERAL)) {
				/* go1.27: a field promoted through embedded structs */
				int *index = NULL, nindex = 0;
				bool indirect = false, ambiguous = false;
				Object *o = lookup_field_or_method(st, false, c->pkg, key->u.ident.name, &index, &nindex,
				                                   &indirect, &ambiguous);
				if (o && o->kind == OBJ_VAR && nindex > 1) {
					if (!check_allow_version(c, c->pkg, 1, 27)) {
						check_version_errorf(c, syntax_start(key), "go1.27",
						                     "use of promoted field %s in struct literal of type %T",
						                     key->u.ident.name, base);
						continue;
					}
					if (indirect) {
						check_errorf(c, syntax_start(key), "invalid implicit pointer indirection to reach %s",
						             key->u.ident.name);
						continue;
					}
					record_use(c, key, o);
					check_assignment(c, x, o->type, "struct literal");
					continue;
				}
			}
			if (fi < 0) {
				check_errorf(c, syntax_start(key), "unknown field '%s' in struct literal of type %T",
				             key->u.ident.name, base);
				continue;
			}
			fld = fields[fi];
			record_use(c, key, fld);
			check_assignment(c, x, fld->type, "struct literal");
			if (visited[fi]) {
				check_errorf(c, syntax_start(kv), "duplicate field name %s in struct literal",
				             key->u.ident.name);
				continue;
			}
			visited[fi] = true;
		}
		if (visited != small)
			free(visited);
		return;
	}
	/* no element may have a key */
	for (i = 0; i < elts.n; i++) {
		Expr *el = elts.v[i];
		Object *fld;
		if (el->kind == EXPR_KEYVALUE) {
			check_errorf(c, syntax_start(el), "mixture of field:value and value elements in struct literal");
			continue;
		}
		check_expr(c, x, el);
		if (i >= nfields) {
			check_errorf(c, operand_pos(x), "too many values in %T{\xe2\x80\xa6}", base);
			break;
		}
		fld = fields[i];
		if (!obj_exported(fld) && fld->pkg != c->pkg) {
			check_errorf(c, operand_pos(x), "implicit assignment to unexported field %s in %T literal",
			             fld->name, typ);
			continue;
		}
		check_assignment(c, x, fld->type, "struct literal");
	}
	if (elts.n < nfields)
		check_errorf(c, e->u.composite.rbrace, "too few values in %T{\xe2\x80\xa6}", base);
}

static void map_lit(Checker *c, Operand *x, Expr *e, Type *mt)
{
	ExprList elts = e->u.composite.elts;
	/* with an interface key type, equal constants of different types differ */
	bool keyiface = is_nonparam_interface(mt->u.map.key);
	KeySet seen = {0};
	int i;
	for (i = 0; i < elts.n; i++) {
		Expr *kv = elts.v[i];
		if (kv->kind != EXPR_KEYVALUE) {
			check_errorf(c, syntax_start(kv), "missing key in map literal");
			continue;
		}
		check_expr_with_hint(c, x, kv->u.keyvalue.key, mt->u.map.key);
		check_assignment(c, x, mt->u.map.key, "map literal");
		if (x->mode == MODE_INVALID)
			continue;
		if (x->mode == MODE_CONSTANT) {
			if (keyset_add(&seen, map_key(x->val, x->type), keyiface)) {
				check_errorf(c, operand_pos(x), "duplicate key %s in map literal", const_str(x->val));
				continue;
			}
		}
		check_expr_with_hint(c, x, kv->u.keyvalue.value, mt->u.map.elem);
		check_assignment(c, x, mt->u.map.elem, "map literal");
	}
	free(seen.v);
}

/* spec: Composite literals. Returns false after an error that makes the
 * literal invalid. */
static bool composite_lit(Checker *c, Operand *x, Expr *e, Type *hint)
{
	Expr *te = e->u.composite.type;
	Type *typ, *base, *u;
	int i;

	if (te) {
		/* [...]T: the length is the literal's */
		if (te->kind == EXPR_ARRAYTYPE && te->u.arraytype.len && te->u.arraytype.len->kind == EXPR_ELLIPSIS &&
		    !te->u.arraytype.len->u.ellipsis.elt) {
			typ = new_array(check_var_type(c, te->u.arraytype.elt), -1);
		} else {
			typ = check_typ(c, te);
		}
		base = typ;
	} else if (hint) {
		/* the element type of the enclosing literal; *T stands for &T{} */
		typ = hint;
		base = type_core(typ);
		if (base)
			base = type_deref(base, NULL);
		if (!base) {
			check_errorf(c, syntax_start(e), "invalid composite literal element type %T: no core type", typ);
			return false;
		}
	} else {
		check_errorf(c, syntax_start(e), "missing type in composite literal");
		return false;
	}

	u = type_core(base);
	switch (u ? u->kind : TYPE_BASIC) {
	case TYPE_STRUCT:
		/* T{} inside T's own declaration: its fields are not known yet
		 * (an empty struct has none to check, so it is never caught here) */
		if (!u->u.strct.fields && u->u.strct.nfields == 0 && base->kind == TYPE_NAMED && base->u.named.obj &&
		    base->u.named.obj->color >= COLOR_GREY) {
			check_errorf(c, syntax_start(e), "illegal cycle in type declaration");
			return false;
		}
		struct_lit(c, x, e, base, typ, u);
		break;
	case TYPE_ARRAY: {
		int64_t n;
		if (!u->u.array.elem) {
			check_errorf(c, syntax_start(e), "illegal cycle in type declaration");
			return false;
		}
		n = check_indexed_elts(c, e->u.composite.elts, u->u.array.elem, u->u.array.len);
		/* [...]T (or an invalid length): the literal decides it */
		if (u->u.array.len < 0) {
			u->u.array.len = n;
			if (te)
				record_type_and_value(c, te, MODE_TYPEXPR, u, NULL);
		}
		break;
	}
	case TYPE_SLICE:
		if (!u->u.slice.elem) {
			check_errorf(c, syntax_start(e), "illegal cycle in type declaration");
			return false;
		}
		check_indexed_elts(c, e->u.composite.elts, u->u.slice.elem, -1);
		break;
	case TYPE_MAP:
		if (!u->u.map.key || !u->u.map.elem) {
			check_errorf(c, syntax_start(e), "illegal cycle in type declaration");
			return false;
		}
		map_lit(c, x, e, u);
		break;
	default:
		/* use the elements (keys may be field names: leave those) */
		for (i = 0; i < e->u.composite.elts.n; i++) {
			Expr *el = e->u.composite.elts.v[i];
			if (el->kind == EXPR_KEYVALUE)
				el = el->u.keyvalue.value;
			check_use_expr(c, el);
		}
		if (u != typ_invalid) {
			check_errorf(c, syntax_start(e), "invalid composite literal type %T", typ);
			return false;
		}
		break;
	}
	x->mode = MODE_VALUE;
	x->type = typ;
	return true;
}

/* --- type assertions ------------------------------------------------------------ */

void check_type_assertion(Checker *c, Expr *e, Operand *x, Type *t, bool typeswitch)
{
	Object *alt, *m = assertable_to(c, type_under(x->type), t, &alt);
	const char *cause;
	if (!m)
		return;
	cause = missing_method_reason(c, t, x->type, m, alt);
	if (typeswitch)
		check_errorf(c, syntax_start(e), "impossible type switch case: %E\n\t%O cannot have dynamic type %T %s",
		             e, x, t, cause);
	else
		check_errorf(c, syntax_start(e), "impossible type assertion: %E\n\t%T does not implement %T %s", e, t,
		             x->type, cause);
}

/* --- the walk -------------------------------------------------------------------- */

typedef struct FuncLitBody {
	DeclInfo *decl;
	Const *iota;
	Type *sig;
	Stmt *body;
} FuncLitBody;

static void funclit_body(Checker *c, void *arg)
{
	FuncLitBody *b = arg;
	check_func_body(c, b->decl, "<function literal>", b->sig, b->body, b->iota);
}

/* *x: a pointer type, or an indirection (through each type of a type parameter) */
typedef struct DerefCtx {
	Checker *c;
	Operand *x;
	Type *base;
} DerefCtx;

static bool deref_one(Type *u, void *ctx)
{
	DerefCtx *k = ctx;
	if (!u || u->kind != TYPE_POINTER) {
		check_errorf(k->c, operand_pos(k->x), "invalid operation: cannot indirect %O", k->x);
		return false;
	}
	if (k->base && !types_identical(u->u.pointer.elem, k->base)) {
		check_errorf(k->c, operand_pos(k->x), "invalid operation: pointers of %O must have identical base types",
		             k->x);
		return false;
	}
	k->base = u->u.pointer.elem;
	return true;
}

static ExprClass star_expr(Checker *c, Operand *x, Expr *e)
{
	DerefCtx k;
	bool ok;
	check_expr_or_type(c, x, e->u.star.x, false);
	switch (x->mode) {
	case MODE_INVALID:
		return CLASS_STATEMENT;
	case MODE_TYPEXPR:
		check_valid_var_type(c, e->u.star.x, x->type);
		x->type = new_pointer(x->type);
		return CLASS_EXPRESSION;
	default:
		k.c = c;
		k.x = x;
		k.base = NULL;
		if (is_typeparam(x->type))
			ok = typeset_under_is(interface_type_set(NULL, NOPOS, type_under(x->type)), deref_one, &k);
		else
			ok = deref_one(type_under(x->type), &k);
		if (!ok)
			return CLASS_STATEMENT;
		x->mode = MODE_VARIABLE;
		x->type = k.base;
		return CLASS_EXPRESSION;
	}
}

static ExprClass basic_lit(Checker *c, Operand *x, Expr *e)
{
	Token kind = e->u.lit.kind;
	Const *v;
	if (kind == TOK_INT || kind == TOK_FLOAT || kind == TOK_IMAG)
		check_lang_compat(c, e);   /* 1_000, 0b1, 0o1, 0x1p0 need go1.13 */
	/* numbers longer than any meaningful constant are refused outright */
	if ((kind == TOK_INT || kind == TOK_FLOAT || kind == TOK_IMAG) && e->u.lit.len > 10000) {
		check_errorf(c, syntax_start(e), "excessively long constant: %s... (%d chars)",
		             arena_strndup(perm, e->u.lit.value, 10), e->u.lit.len);
		return CLASS_STATEMENT;
	}
	v = const_from_literal(e->u.lit.value, (size_t)e->u.lit.len, kind);
	if (const_kind(v) == CONST_UNKNOWN) {
		/* the scanner accepted it: the value is out of range */
		check_errorf(c, syntax_start(e), "malformed constant: %s",
		             arena_strndup(perm, e->u.lit.value, (size_t)e->u.lit.len));
		return CLASS_STATEMENT;
	}
	x->mode = MODE_CONSTANT;
	x->val = v;
	switch (kind) {
	case TOK_INT: x->type = typ_basic[KIND_UNTYPED_INT]; break;
	case TOK_FLOAT: x->type = typ_basic[KIND_UNTYPED_FLOAT]; break;
	case TOK_IMAG: x->type = typ_basic[KIND_UNTYPED_COMPLEX]; break;
	case TOK_CHAR: x->type = typ_basic[KIND_UNTYPED_RUNE]; break;
	case TOK_STRING: x->type = typ_basic[KIND_UNTYPED_STRING]; break;
	default: BUG("literal of kind %s", tok(kind));
	}
	return CLASS_EXPRESSION;
}

static ExprClass expr_internal(Checker *c, Operand *x, Expr *e, Type *hint)
{
	ExprClass kind = CLASS_EXPRESSION;

	invalidate(x);
	switch (e->kind) {
	case EXPR_BAD:
		goto error;   /* reported by the parser */

	case EXPR_IDENT:
		check_ident(c, x, e, NULL, false);
		break;

	case EXPR_ELLIPSIS:
		/* ... is handled where it is allowed: [...]T literals, parameters */
		check_errorf(c, syntax_start(e), "invalid use of '...'");
		goto error;

	case EXPR_BASICLIT:
		if (basic_lit(c, x, e) != CLASS_EXPRESSION)
			goto error;
		break;

	case EXPR_FUNCLIT: {
		Type *sig = check_typ(c, e->u.funclit.type);
		if (!sig || sig->kind != TYPE_SIGNATURE) {
			check_errorf(c, syntax_start(e), "invalid AST: invalid function literal %E", e);
			goto error;
		}
		if (!c->conf->ignore_func_bodies && e->u.funclit.body) {
			/* The body may refer to the type being declared: check it
			 * later, but before the enclosing scope changes. */
			FuncLitBody *b = NEW(c->arena, FuncLitBody);
			b->decl = c->env.decl;
			b->iota = c->env.iota;
			b->sig = sig;
			b->body = e->u.funclit.body;
			check_later(c, funclit_body, b);
		}
		x->mode = MODE_VALUE;
		x->type = sig;
		break;
	}

	case EXPR_COMPOSITE:
		if (!composite_lit(c, x, e, hint))
			goto error;
		break;

	case EXPR_PAREN:
		kind = check_raw_expr(c, x, e->u.paren.x, NULL, false);
		x->expr = e;
		return kind;

	case EXPR_SELECTOR:
		check_selector(c, x, e, NULL, false);
		break;

	case EXPR_INDEX: case EXPR_INDEXLIST:
		if (check_index_expr(c, x, e))
			check_func_inst(c, x, e);
		if (x->mode == MODE_INVALID)
			goto error;
		break;

	case EXPR_SLICE:
		check_slice_expr(c, x, e);
		if (x->mode == MODE_INVALID)
			goto error;
		break;

	case EXPR_TYPEASSERT: {
		Type *t;
		check_expr(c, x, e->u.typeassert.x);
		if (x->mode == MODE_INVALID)
			goto error;
		if (is_typeparam(x->type)) {
			check_errorf(c, operand_pos(x), "invalid operation: cannot use type assertion on type parameter value %O",
			             x);
			goto error;
		}
		if (!is_interface(x->type)) {
			check_errorf(c, operand_pos(x), "invalid operation: %O is not an interface", x);
			goto error;
		}
		if (!e->u.typeassert.type) {
			/* x.(type) is handled by type switches */
			check_errorf(c, syntax_start(e), "invalid AST: use of .(type) outside type switch");
			goto error;
		}
		t = check_var_type(c, e->u.typeassert.type);
		if (t == typ_invalid)
			goto error;
		check_type_assertion(c, e, x, t, false);
		x->mode = MODE_COMMAOK;
		x->type = t;
		break;
	}

	case EXPR_CALL:
		return check_call(c, x, e);

	case EXPR_STAR:
		if (star_expr(c, x, e) != CLASS_EXPRESSION)
			goto error;
		break;

	case EXPR_UNARY:
		unary(c, x, e);
		if (x->mode == MODE_INVALID)
			goto error;
		if (e->u.unary.op == TOK_ARROW) {
			x->expr = e;
			return CLASS_STATEMENT;   /* a receive may stand as a statement */
		}
		break;

	case EXPR_BINARY:
		check_binary(c, x, e, e->u.binary.x, e->u.binary.y, e->u.binary.op, e->pos);
		if (x->mode == MODE_INVALID)
			goto error;
		break;

	case EXPR_KEYVALUE:
		/* key:value is handled by composite literals */
		check_errorf(c, syntax_start(e), "invalid AST: no key:value expected");
		goto error;

	case EXPR_ARRAYTYPE: case EXPR_STRUCTTYPE: case EXPR_FUNCTYPE: case EXPR_INTERFACETYPE:
	case EXPR_MAPTYPE: case EXPR_CHANTYPE:
		x->mode = MODE_TYPEXPR;
		x->type = check_typ(c, e);
		break;

	default:
		BUG("unexpected expression kind %s", ast_expr_kind_name(e->kind));
	}
	x->expr = e;
	return kind;

error:
	x->mode = MODE_INVALID;
	x->expr = e;
	return CLASS_STATEMENT;   /* avoid follow-up errors */
}

ExprClass check_raw_expr(Checker *c, Operand *x, Expr *e, Type *hint, bool allowgeneric)
{
	ExprClass kind;
	if (!e) {
		/* a part missing after a syntax error (if x := f(); {) */
		invalidate(x);
		x->expr = NULL;
		return CLASS_STATEMENT;
	}
	kind = expr_internal(c, x, e, hint);
	if (!allowgeneric)
		non_generic(c, x);
	record_operand(c, x);
	return kind;
}

enum { EXCL_NOVALUE = 1, EXCL_BUILTIN = 2, EXCL_TYPEXPR = 4 };

/* Reports x if its mode is one of those excluded. */
static void exclude(Checker *c, Operand *x, int set)
{
	const char *msg = NULL;
	switch (x->mode) {
	case MODE_NOVALUE:
		if (set & EXCL_NOVALUE)
			msg = set & EXCL_TYPEXPR ? "%O used as value" : "%O used as value or type";
		break;
	case MODE_BUILTIN:
		if (set & EXCL_BUILTIN)
			msg = "%O must be called";
		break;
	case MODE_TYPEXPR:
		if (set & EXCL_TYPEXPR)
			msg = "%O is not an expression";
		break;
	default:
		break;
	}
	if (msg) {
		check_errorf(c, operand_pos(x), msg, x);
		x->mode = MODE_INVALID;
	}
}

void check_single_value(Checker *c, Operand *x)
{
	if (x->mode == MODE_VALUE && x->type && x->type->kind == TYPE_TUPLE) {
		check_errorf(c, operand_pos(x), "multiple-value %O in single-value context", x);
		x->mode = MODE_INVALID;
	}
}

void check_expr(Checker *c, Operand *x, Expr *e)
{
	check_raw_expr(c, x, e, NULL, false);
	exclude(c, x, EXCL_NOVALUE | EXCL_BUILTIN | EXCL_TYPEXPR);
	check_single_value(c, x);
}

void check_multi_expr(Checker *c, Operand *x, Expr *e)
{
	check_raw_expr(c, x, e, NULL, false);
	exclude(c, x, EXCL_NOVALUE | EXCL_BUILTIN | EXCL_TYPEXPR);
}

void check_generic_expr(Checker *c, Operand *x, Expr *e, bool multi)
{
	check_raw_expr(c, x, e, NULL, true);
	exclude(c, x, EXCL_NOVALUE | EXCL_BUILTIN | EXCL_TYPEXPR);
	if (!multi)
		check_single_value(c, x);
}

void check_expr_with_hint(Checker *c, Operand *x, Expr *e, Type *hint)
{
	ASSERT(hint != NULL);
	check_raw_expr(c, x, e, hint, false);
	exclude(c, x, EXCL_NOVALUE | EXCL_BUILTIN | EXCL_TYPEXPR);
	check_single_value(c, x);
}

void check_expr_or_type(Checker *c, Operand *x, Expr *e, bool allowgeneric)
{
	check_raw_expr(c, x, e, NULL, allowgeneric);
	exclude(c, x, EXCL_NOVALUE);
	check_single_value(c, x);
}
