/* conversions.c: T(x) (spec: Conversions). A constant converted to a
 * constant type stays constant (and must be representable there); any
 * other conversion yields a value. */
#include <string.h>

#include "check.h"

static bool is_uintptr(Type *t)
{
	Type *u = type_under(t);
	return u && u->kind == TYPE_BASIC && u->u.basic.kind == KIND_UINTPTR;
}

static bool is_unsafe_pointer(Type *t)
{
	Type *u = type_under(t);
	return u && u->kind == TYPE_BASIC && u->u.basic.kind == KIND_UNSAFEPOINTER;
}

static bool is_pointer(Type *t)
{
	Type *u = type_under(t);
	return u && u->kind == TYPE_POINTER;
}

/* []byte or []rune, also with element types defined on them */
static bool is_bytes_or_runes(Type *t)
{
	Type *u = type_under(t), *e;
	if (!u || u->kind != TYPE_SLICE)
		return false;
	e = type_under(u->u.slice.elem);
	return e && e->kind == TYPE_BASIC && (e->u.basic.kind == KIND_UINT8 || e->u.basic.kind == KIND_INT32);
}

/* Constant x converted to t (basic): *val (if not NULL) gets the value. */
static bool const_convertible(Operand *x, Type *t, Const **val)
{
	Type *u = type_under(t);
	if (!u || u->kind != TYPE_BASIC)
		return false;
	if (const_representable_as(x->val, u, val))
		return true;
	/* string(65): the rune's encoding, U+FFFD when not a code point */
	if (is_integer(x->type) && is_string(u)) {
		if (val)
			*val = const_string_from_rune(x->val);
		return true;
	}
	return false;
}

typedef struct ConvCtx {
	Checker *c;
	Operand *x;
	Type *vp, *tp;             /* the type parameters being expanded */
	Type *t;                   /* the target (for the V-side expansion) */
	const char **cause;
} ConvCtx;

static void add_cause(ConvCtx *k, const char *msg)
{
	if (!k->c || !k->cause)
		return;
	if (*k->cause && **k->cause)
		msg = arena_printf(types_arena(), "%s\n\t%s", msg, *k->cause);
	*k->cause = msg;
}

/* constant x to each specific type of T's type set */
static bool const_to_term(Type *u, void *ctx)
{
	ConvCtx *k = ctx;
	if (!u) {
		*k->cause = check_sprintf(k->c, "%T does not contain specific types", k->tp);
		return false;
	}
	if (is_string(k->x->type) && is_bytes_or_runes(u))
		return true;
	if (!const_convertible(k->x, u, NULL)) {
		*k->cause = check_sprintf(k->c, "cannot convert %O to %T (in %T)", k->x, u, k->tp);
		return false;
	}
	return true;
}

void check_conversion(Checker *c, Operand *x, Type *t)
{
	bool constarg = x->mode == MODE_CONSTANT, ok = false;
	const char *cause = "";

	if (constarg && is_const_type(t)) {
		ok = const_convertible(x, t, &x->val);
	} else if (constarg && is_typeparam(t)) {
		/* convertible to each specific type; none: not convertible */
		ConvCtx k;
		memset(&k, 0, sizeof k);
		k.c = c;
		k.x = x;
		k.tp = t;
		k.cause = &cause;
		ok = typeset_under_is(interface_type_set(c, NOPOS, type_under(t)), const_to_term, &k);
		x->mode = MODE_VALUE;   /* type parameters are not constant types */
	} else if (operand_convertible_to(c, x, t, &cause)) {
		ok = true;
		x->mode = MODE_VALUE;
	}

	if (!ok) {
		if (cause && *cause)
			check_errorf(c, operand_pos(x), "cannot convert %O to type %T:\n\t%s", x, t, cause);
		else
			check_errorf(c, operand_pos(x), "cannot convert %O to type %T", x, t);
		x->mode = MODE_INVALID;
		return;
	}

	/* the conversion gives an untyped argument its final type (spec: "a
	 * constant may be given a type explicitly by a conversion") */
	if (is_untyped(x->type)) {
		Type *final = t;
		bool isnil = x->mode == MODE_VALUE && x->type == typ_basic[KIND_UNTYPED_NIL];
		/* to an interface, or a constant to a non-constant type: the default
		 * type ([]byte("x") gives "x" type string); nil stays untyped */
		if (is_nonparam_interface(t) || (constarg && !is_const_type(t)) || isnil)
			final = default_type(x->type);
		else if (x->mode == MODE_CONSTANT && is_integer(x->type) && all_string(t))
			final = x->type;   /* string(65) keeps 65 an untyped integer */
		update_expr_type(c, x->expr, final, true);
	}
	x->type = t;
}

/* --- convertibility -------------------------------------------------------------- */

static bool conv_vt(Type *v, Type *under, void *ctx);

/* T's side: each specific type of T's type set */
static bool conv_t(Type *t, Type *under, void *ctx)
{
	ConvCtx *k = ctx;
	(void)under;
	if (!t)
		return false;
	if (!operand_convertible_to(k->c, k->x, t, k->cause)) {
		if (k->vp)
			add_cause(k, check_sprintf(k->c, "cannot convert %T (in %T) to %T (in %T)", k->x->type, k->vp, t, k->tp));
		else
			add_cause(k, check_sprintf(k->c, "cannot convert %T to %T (in %T)", k->x->type, t, k->tp));
		return false;
	}
	return true;
}

/* V's side: each specific type of V's type set, to T (or T's types) */
static bool conv_vt(Type *v, Type *under, void *ctx)
{
	ConvCtx *k = ctx;
	Operand y;
	ConvCtx inner;
	(void)under;
	if (!v)
		return false;
	y = *k->x;
	y.type = v;
	inner = *k;
	inner.x = &y;
	if (k->tp)
		return typeset_each(k->tp, conv_t, &inner);
	if (!operand_convertible_to(k->c, &y, k->t, k->cause)) {
		add_cause(k, check_sprintf(k->c, "cannot convert %T (in %T) to %T", v, k->vp, k->t));
		return false;
	}
	return true;
}

bool operand_convertible_to(Checker *c, Operand *x, Type *t, const char **cause)
{
	Type *v = x->type, *vu, *tu;
	bool vp, tp;
	ConvCtx k;

	/* spec: x is assignable to T */
	if (operand_assignable_to(c, x, t, cause))
		return true;

	vu = type_under(v);
	tu = type_under(t);
	vp = is_typeparam(v);
	tp = is_typeparam(t);

	/* identical underlying types, tags ignored, no type parameters */
	if (types_identical_ignore_tags(vu, tu) && !vp && !tp)
		return true;

	/* unnamed pointers to types with identical underlying types */
	if (v->kind == TYPE_POINTER && t->kind == TYPE_POINTER) {
		Type *vb = v->u.pointer.elem, *tb = t->u.pointer.elem;
		if (types_identical_ignore_tags(type_under(vb), type_under(tb)) && !is_typeparam(vb) && !is_typeparam(tb))
			return true;
	}

	/* numbers */
	if (is_integer_or_float(vu) && is_integer_or_float(tu))
		return true;
	if (is_complex(vu) && is_complex(tu))
		return true;

	/* strings from integers, bytes or runes; and back to bytes or runes */
	if ((is_integer(vu) || is_bytes_or_runes(vu)) && is_string(tu))
		return true;
	if (is_string(vu) && is_bytes_or_runes(tu))
		return true;

	/* package unsafe: pointers and uintptr to unsafe.Pointer and back */
	if ((is_pointer(vu) || is_uintptr(vu)) && is_unsafe_pointer(tu))
		return true;
	if (is_unsafe_pointer(vu) && (is_pointer(tu) || is_uintptr(tu)))
		return true;

	/* a slice to an array of the same element type (go1.20) */
	if (vu->kind == TYPE_SLICE && tu->kind == TYPE_ARRAY && release_has(FEAT_SLICE_TO_ARRAY) &&
	    types_identical(vu->u.slice.elem, tu->u.array.elem)) {
		if (!c || check_allow_version(c, c->pkg, 1, 20))
			return true;
		if (cause)
			*cause = "conversion of slice to array requires go1.20 or later";
		return false;
	}

	/* a slice to a pointer to an array of the same element type */
	if (vu->kind == TYPE_SLICE && tu->kind == TYPE_POINTER) {
		Type *a = type_under(tu->u.pointer.elem);
		if (a && a->kind == TYPE_ARRAY && types_identical(vu->u.slice.elem, a->u.array.elem))
			return true;
	}

	if (!vp && !tp)
		return false;

	/* type parameters: every specific type must convert */
	memset(&k, 0, sizeof k);
	k.c = c;
	k.x = x;
	k.cause = cause;
	k.t = t;
	if (vp) {
		k.vp = v;
		k.tp = tp ? t : NULL;
		return typeset_each(v, conv_vt, &k);
	}
	k.tp = t;
	return typeset_each(t, conv_t, &k);
}

/* gc refuses the conversions that would let a //go:notinheap value be
 * made where only ordinary values may live: *T to *U where U is
 * notinheap and T is not, and string to []U where U is a notinheap byte
 * or rune type. Its typechecker reports them, at the call's '('. */
static const char *gc_typestr(Checker *c, Type *t)
{
	Buf b = {0};
	const char *s;
	gc_type_buf(&b, t, c->pkg);
	s = check_sprintf(c, "%s", b.s ? b.s : "");
	buf_free(&b);
	return s;
}

void check_notinheap_conversion(Checker *c, Expr *call, Expr *arg, Type *src, Type *dst)
{
	Type *su = type_under(src), *du = type_under(dst);
	const char *why = NULL;
	if (!su || !du)
		return;
	if (su->kind == TYPE_POINTER && du->kind == TYPE_POINTER &&
	    type_not_in_heap(du->u.pointer.elem) && !type_not_in_heap(su->u.pointer.elem)) {
		why = check_sprintf(c, "%s is incomplete (or unallocatable), but %s is not",
		                    gc_typestr(c, du->u.pointer.elem), gc_typestr(c, su->u.pointer.elem));
	} else if (is_string(src) && du->kind == TYPE_SLICE && type_not_in_heap(du->u.slice.elem)) {
		Type *eu = type_under(du->u.slice.elem);
		if (eu->kind == TYPE_BASIC && (eu->u.basic.kind == KIND_UINT8 || eu->u.basic.kind == KIND_INT32))
			why = check_sprintf(c, "%s is incomplete (or unallocatable)", gc_typestr(c, du->u.slice.elem));
	}
	if (why)
		check_errorf(c, call->u.call.lparen, "cannot convert %s (type %s) to type %s:\n\t%s",
		             expr_string(arg), gc_typestr(c, default_type(src)), gc_typestr(c, dst), why);
}
