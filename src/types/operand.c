/* operand.c: operands, how they print in errors, assignability (spec:
 * Assignability), representability of constants (spec:
 * Representability), and how untyped values take their final types.
 *
 * An untyped expression is remembered (c->untyped) until the context
 * fixes its type; update_expr_type then walks down the expression and
 * records the final type of each untyped part, as go/types does. Nil
 * stays "untyped nil" where go/types keeps it so (types2 would give it
 * the target type): the recorded types follow go/types, the error
 * messages follow types2. */
#include <string.h>

#include "check.h"

Pos operand_pos(const Operand *x)
{
	return x->expr ? syntax_start(x->expr) : NOPOS;
}

static bool operand_is_nil(const Operand *x)
{
	return x->mode == MODE_VALUE && x->type == typ_basic[KIND_UNTYPED_NIL];
}

static const char *const mode_names[] = {
	[MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value",
	[MODE_BUILTIN] = "built-in", [MODE_TYPEXPR] = "type",
	[MODE_CONSTANT] = "constant", [MODE_VARIABLE] = "variable",
	[MODE_MAPINDEX] = "map index expression", [MODE_VALUE] = "value",
	[MODE_COMMAOK] = "comma, ok expression", [MODE_PACKAGE] = "package",
};

static const char *const builtin_names[NBUILTINS] = {
	[BUILTIN_APPEND] = "append", [BUILTIN_CAP] = "cap", [BUILTIN_CLOSE] = "close",
	[BUILTIN_COMPLEX] = "complex", [BUILTIN_COPY] = "copy", [BUILTIN_DELETE] = "delete",
	[BUILTIN_IMAG] = "imag", [BUILTIN_LEN] = "len", [BUILTIN_MAKE] = "make",
	[BUILTIN_NEW] = "new", [BUILTIN_PANIC] = "panic", [BUILTIN_PRINT] = "print",
	[BUILTIN_PRINTLN] = "println", [BUILTIN_REAL] = "real", [BUILTIN_RECOVER] = "recover",
	[BUILTIN_ADD] = "Add", [BUILTIN_ALIGNOF] = "Alignof", [BUILTIN_OFFSETOF] = "Offsetof",
	[BUILTIN_SIZEOF] = "Sizeof", [BUILTIN_SLICE] = "Slice", [BUILTIN_ASSERT] = "assert",
	[BUILTIN_TRACE] = "trace",
};

/* types2's operand form:
 *   expr (untyped kind mode val of type T constrained by C)
 * e.g. "x (variable of type int)", "300 (untyped int constant)",
 * "1e100 (untyped float constant 1e+100)". */
const char *operand_string(Checker *c, const Operand *x)
{
	Buf b = {0};
	const char *expr = "", *s;
	bool hastype = false;

	if (operand_is_nil(x))
		return "nil";
	if (x->expr) {
		expr = expr_string(x->expr);
	} else {
		switch (x->mode) {
		case MODE_BUILTIN:
			expr = builtin_names[x->id];
			break;
		case MODE_TYPEXPR:
			expr = type_string(x->type, check_qualifier, c);
			break;
		case MODE_CONSTANT:
			expr = const_str(x->val);
			break;
		default:
			break;
		}
	}
	if (*expr) {
		buf_puts(&b, expr);
		buf_puts(&b, " (");
	}
	switch (x->mode) {
	case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPEXPR:
		break;
	default:
		if (x->type) {
			if (is_untyped(x->type)) {
				buf_puts(&b, x->type->u.basic.name);
				buf_putc(&b, ' ');
				break;
			}
			hastype = true;
		}
	}
	buf_puts(&b, mode_names[x->mode]);
	if (x->mode == MODE_CONSTANT && x->val) {
		const char *v = const_str(x->val);
		if (strcmp(v, expr) != 0) {
			buf_putc(&b, ' ');
			buf_puts(&b, v);
		}
	}
	if (hastype) {
		if (x->type != typ_invalid) {
			buf_puts(&b, is_generic(x->type) ? " of parameterized type " : " of type ");
			type_write(&b, x->type, check_qualifier, c);
			if (is_typeparam(x->type)) {
				buf_puts(&b, " constrained by ");
				type_write(&b, x->type->u.tparam.bound, check_qualifier, c);
			}
		} else {
			buf_puts(&b, " with invalid type");
		}
	}
	if (*expr)
		buf_putc(&b, ')');
	s = arena_strndup(perm, b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

/* --- representability ------------------------------------------------------- */

static bool const_target(Type *t, ConstTarget *ct)
{
	static const int targets[NBASICKINDS] = {
		[KIND_BOOL] = CT_BOOL + 1,
		[KIND_INT] = CT_INT + 1, [KIND_INT8] = CT_INT8 + 1, [KIND_INT16] = CT_INT16 + 1,
		[KIND_INT32] = CT_INT32 + 1, [KIND_INT64] = CT_INT64 + 1,
		[KIND_UINT] = CT_UINT + 1, [KIND_UINT8] = CT_UINT8 + 1, [KIND_UINT16] = CT_UINT16 + 1,
		[KIND_UINT32] = CT_UINT32 + 1, [KIND_UINT64] = CT_UINT64 + 1, [KIND_UINTPTR] = CT_UINTPTR + 1,
		[KIND_FLOAT32] = CT_FLOAT32 + 1, [KIND_FLOAT64] = CT_FLOAT64 + 1,
		[KIND_COMPLEX64] = CT_COMPLEX64 + 1, [KIND_COMPLEX128] = CT_COMPLEX128 + 1,
		[KIND_STRING] = CT_STRING + 1,
		[KIND_UNTYPED_BOOL] = CT_BOOL + 1, [KIND_UNTYPED_INT] = CT_UNTYPED_INT + 1,
		[KIND_UNTYPED_RUNE] = CT_UNTYPED_INT + 1, [KIND_UNTYPED_FLOAT] = CT_UNTYPED_FLOAT + 1,
		[KIND_UNTYPED_COMPLEX] = CT_UNTYPED_COMPLEX + 1, [KIND_UNTYPED_STRING] = CT_STRING + 1,
	};
	Type *u = type_under(t);
	if (!u || u->kind != TYPE_BASIC || !targets[u->u.basic.kind])
		return false;
	*ct = (ConstTarget)(targets[u->u.basic.kind] - 1);
	return true;
}

bool const_representable_as(Const *v, Type *t, Const **rounded)
{
	ConstTarget ct;
	if (const_kind(v) == CONST_UNKNOWN)
		return true;   /* avoid follow-up errors */
	if (!const_target(t, &ct))
		return false;
	return const_representable(v, ct, rounded);
}

/* The value of constant x as type t (basic), or NULL with *code set. */
static Const *representation(Operand *x, Type *t, ConvCode *code)
{
	Const *v = x->val;
	*code = CONV_OK;
	if (!const_representable_as(x->val, t, &v)) {
		if (is_numeric(x->type) && is_numeric(t)) {
			/* float -> integer: truncated; otherwise: overflows */
			*code = !is_integer(x->type) && is_integer(t) ? CONV_TRUNCATED : CONV_OVERFLOWS;
		} else {
			*code = CONV_INVALID_CONST;
		}
		return NULL;
	}
	return v;
}

static void invalid_conversion(Checker *c, ConvCode code, Operand *x, Type *target)
{
	const char *fmt = "cannot convert %O to %T";
	if (code == CONV_TRUNCATED)
		fmt = "%O truncated to %T";
	else if (code == CONV_OVERFLOWS)
		fmt = "%O overflows %T";
	check_errorf(c, operand_pos(x), fmt, x, target);
}

bool check_representable(Checker *c, Operand *x, Type *t)
{
	ConvCode code;
	Const *v = representation(x, t, &code);
	if (!v) {
		invalid_conversion(c, code, x, t);
		x->mode = MODE_INVALID;
		return false;
	}
	x->val = v;
	return true;
}

/* --- untyped values ------------------------------------------------------------ */

typedef struct UnderCtx {
	Checker *c;
	Operand *x;
} UnderCtx;

static bool takes_type(Type *u, void *ctx)
{
	UnderCtx *k = ctx;
	ConvCode code;
	Const *v;
	return u && implicit_type_and_value(k->c, k->x, u, &v, &code) != NULL;
}

Type *implicit_type_and_value(Checker *c, Operand *x, Type *target, Const **val, ConvCode *code)
{
	Type *u;
	*val = NULL;
	*code = CONV_OK;
	if (x->mode == MODE_INVALID || is_typed(x->type) || target == typ_invalid)
		return x->type;

	if (is_untyped(target)) {
		/* both untyped: numeric kinds widen (int < rune < float < complex) */
		BasicKind xk = x->type->u.basic.kind, tk = target->u.basic.kind;
		if (is_numeric(x->type) && is_numeric(target)) {
			if (xk < tk)
				return target;
		} else if (xk != tk) {
			*code = CONV_INVALID_UNTYPED;
			return NULL;
		}
		return x->type;
	}

	u = type_under(target);
	switch (u->kind) {
	case TYPE_BASIC:
		if (x->mode == MODE_CONSTANT) {
			Const *v = representation(x, u, code);
			if (!v)
				return NULL;
			*val = v;
			return target;
		}
		/* non-constant untyped values: comparison results, shifted
		 * operands whose type is still open, and nil */
		switch (x->type->u.basic.kind) {
		case KIND_UNTYPED_BOOL:
			if (!is_boolean(target))
				goto invalid;
			break;
		case KIND_UNTYPED_INT: case KIND_UNTYPED_RUNE: case KIND_UNTYPED_FLOAT: case KIND_UNTYPED_COMPLEX:
			if (!is_numeric(target))
				goto invalid;
			break;
		case KIND_UNTYPED_STRING:
			if (!is_string(target))
				goto invalid;
			break;
		case KIND_UNTYPED_NIL:
			/* unsafe.Pointer holds nil; nil itself stays untyped */
			if (!has_nil(target))
				goto invalid;
			return typ_basic[KIND_UNTYPED_NIL];
		default:
			goto invalid;
		}
		return target;
	case TYPE_INTERFACE:
		if (is_typeparam(target)) {
			UnderCtx k = {c, x};
			if (!typeset_under_is(interface_type_set(NULL, NOPOS, u), takes_type, &k))
				goto invalid;
			if (operand_is_nil(x))
				return typ_basic[KIND_UNTYPED_NIL];
			return target;
		}
		/* values in interfaces have concrete dynamic types; nil stays untyped */
		if (operand_is_nil(x))
			return typ_basic[KIND_UNTYPED_NIL];
		if (!typeset_is_all(interface_type_set(NULL, NOPOS, u)))
			goto invalid;   /* untyped values go only to empty interfaces */
		return default_type(x->type);
	case TYPE_POINTER: case TYPE_SIGNATURE: case TYPE_SLICE: case TYPE_MAP: case TYPE_CHAN:
		if (!operand_is_nil(x))
			goto invalid;
		return typ_basic[KIND_UNTYPED_NIL];
	default:
		goto invalid;
	}
invalid:
	*code = CONV_INVALID_UNTYPED;
	return NULL;
}

void convert_untyped(Checker *c, Operand *x, Type *target)
{
	ConvCode code;
	Const *val;
	Type *t = implicit_type_and_value(c, x, target, &val, &code);
	if (!t) {
		invalid_conversion(c, code, x, is_typeparam(target) ? target : type_under(target));
		x->mode = MODE_INVALID;
		return;
	}
	if (val) {
		x->val = val;
		update_expr_val(c, x->expr, val);
	}
	if (t != x->type) {
		x->type = t;
		update_expr_type(c, x->expr, t, false);
	}
}

void update_expr_val(Checker *c, Expr *e, Const *val)
{
	UntypedInfo *info = e ? ptrmap_get(&c->untyped, e) : NULL;
	if (info)
		info->val = val;
}

static bool is_comparison(Token op)
{
	return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR ||
	       op == TOK_GEQ;
}

static void update_rec(Checker *c, Expr *parent, Expr *e, Type *t, bool final)
{
	UntypedInfo *old = ptrmap_get(&c->untyped, e);
	if (!old)
		return;

	/* the operands of e may have to follow */
	switch (e->kind) {
	case EXPR_CALL: case EXPR_IDENT: case EXPR_BASICLIT: case EXPR_SELECTOR:
		/* calls (complex, real, ...) update their own arguments */
		break;
	case EXPR_PAREN:
		update_rec(c, e, e->u.paren.x, t, final);
		break;
	case EXPR_UNARY:
		/* constant operands are never materialized: leave them */
		if (!old->val)
			update_rec(c, e, e->u.unary.x, t, final);
		break;
	case EXPR_BINARY:
		if (old->val)
			break;
		if (is_comparison(e->u.binary.op)) {
			/* the result type does not depend on the operands' */
		} else if (e->u.binary.op == TOK_SHL || e->u.binary.op == TOK_SHR) {
			update_rec(c, e, e->u.binary.x, t, final);   /* only the lhs decides */
		} else {
			update_rec(c, e, e->u.binary.x, t, final);
			update_rec(c, e, e->u.binary.y, t, final);
		}
		break;
	default:
		return;   /* never untyped */
	}

	/* still untyped and not final: only the remembered type changes */
	if (!final && is_untyped(t)) {
		old->type = type_under(t);
		return;
	}

	ptrmap_put(&c->untyped, e, NULL);   /* the type is final now */
	if (old->islhs) {
		/* the lhs of a shift must end up an integer */
		if (!all_integer(t)) {
			check_errorf(c, syntax_start(e), "invalid operation: %E (shift of type %T)", parent, t);
			return;
		}
	}
	if (old->val) {
		/* a constant must be representable in its final type */
		Operand x;
		memset(&x, 0, sizeof x);
		x.mode = old->mode;
		x.expr = e;
		x.type = old->type;
		x.val = old->val;
		convert_untyped(c, &x, t);
		if (x.mode == MODE_INVALID)
			return;
	}
	record_type_and_value(c, e, old->mode, t, old->val);
}

void update_expr_type(Checker *c, Expr *e, Type *t, bool final)
{
	if (e)
		update_rec(c, NULL, e, t, final);
}

/* --- assignability ------------------------------------------------------------ */

typedef struct AssignCtx {
	Checker *c;
	Operand *x;
	Type *tp;                  /* the type parameter whose terms are visited */
	Type *other;               /* the type on the other side */
	const char **reason;
	bool ok;
} AssignCtx;

static void add_reason(AssignCtx *k, const char *msg)
{
	if (!k->c || !k->reason)
		return;
	if (*k->reason && **k->reason)
		msg = arena_printf(types_arena(), "%s\n\t%s", msg, *k->reason);
	*k->reason = msg;
}

/* untyped x: representable by each specific type of the type parameter */
static bool untyped_fits_term(Type *t, Type *under, void *ctx)
{
	AssignCtx *k = ctx;
	ConvCode code;
	Const *v;
	(void)under;
	return t && implicit_type_and_value(k->c, k->x, t, &v, &code) != NULL;
}

/* x assignable to each specific type of T's type set */
static bool assignable_to_term(Type *t, Type *under, void *ctx)
{
	AssignCtx *k = ctx;
	(void)under;
	if (!t)
		return k->ok = false;
	k->ok = operand_assignable_to(k->c, k->x, t, k->reason);
	if (!k->ok && k->c)
		add_reason(k, check_sprintf(k->c, "cannot assign %T to %T (in %T)", k->x->type, t, k->tp));
	return k->ok;
}

/* each specific type of V's type set assignable to T */
static bool term_assignable(Type *t, Type *under, void *ctx)
{
	AssignCtx *k = ctx;
	Operand y = *k->x;
	(void)under;
	if (!t)
		return k->ok = false;
	y.type = t;
	k->ok = operand_assignable_to(k->c, &y, k->other, k->reason);
	if (!k->ok && k->c)
		add_reason(k, check_sprintf(k->c, "cannot assign %T (in %T) to %T", t, k->tp, k->other));
	return k->ok;
}

bool operand_assignable_to(Checker *c, Operand *x, Type *t, const char **reason)
{
	Type *v = x->type, *vu, *tu;
	bool vp, tp;
	AssignCtx k;

	if (x->mode == MODE_INVALID || t == typ_invalid)
		return true;   /* avoid follow-up errors */
	if (types_identical(v, t))
		return true;

	vu = type_under(v);
	tu = type_under(t);
	vp = is_typeparam(v);
	tp = is_typeparam(t);
	memset(&k, 0, sizeof k);
	k.c = c;
	k.x = x;
	k.reason = reason;

	/* untyped x: representable by T (by each type in T's type set) */
	if (is_untyped(vu)) {
		ConvCode code;
		Const *val;
		if (tp)
			return typeset_each(t, untyped_fits_term, &k);
		return implicit_type_and_value(c, x, t, &val, &code) != NULL;
	}

	/* identical underlying types, one of them unnamed, no type parameters */
	if (types_identical(vu, tu) && (!type_has_name(v) || !type_has_name(t)) && !vp && !tp)
		return true;

	/* T is an interface (not a type parameter) that x implements; or a
	 * pointer to an interface, to explain the mistake */
	if ((tu->kind == TYPE_INTERFACE && !tp) || is_interface_ptr(tu)) {
		const char *cause = NULL;
		if (!check_implements(c, v, t, false, &cause)) {
			if (reason)
				*reason = cause ? cause : "";
			return false;
		}
		return true;
	}

	/* V is an interface that T implements: a type assertion is missing */
	if (vu->kind == TYPE_INTERFACE && !vp) {
		if (check_implements(c, t, v, false, NULL)) {
			if (reason)
				*reason = "need type assertion";
			return false;
		}
	}

	/* a bidirectional channel to a channel type of the same element type */
	if (vu->kind == TYPE_CHAN && vu->u.chan.dir == CHANDIR_BOTH && tu->kind == TYPE_CHAN &&
	    types_identical(vu->u.chan.elem, tu->u.chan.elem))
		return !type_has_name(v) || !type_has_name(t);

	if (!vp && !tp)
		return false;

	/* an unnamed V to a type parameter T: assignable to each of T's types */
	if (!type_has_name(v) && tp) {
		k.tp = t;
		k.ok = false;
		typeset_each(t, assignable_to_term, &k);
		return k.ok;
	}

	/* a type parameter V to an unnamed T: each of V's types assignable */
	if (vp && !type_has_name(t)) {
		k.tp = v;
		k.other = t;
		k.ok = false;
		typeset_each(v, term_assignable, &k);
		return k.ok;
	}
	return false;
}
