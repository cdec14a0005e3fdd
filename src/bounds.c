/* bounds.c: gc's "index bounds check elided" diagnostics.
 *
 * When gc lowers an index of an array (or of a constant string) whose
 * index expression's type and operators bound it below the length, as
 * in a[x&0xff] with a of 256 elements, it drops the bounds check and,
 * under -m, says so. That happens after escape analysis, function by
 * function in compilation order. */
#include "escape.h"
#include "lower.h"

static bool small_int_const(Node *n, int64_t *v)
{
	int64_t x;
	if (n->op != OLITERAL || !n->val || const_kind(n->val) != CONST_INT)
		return false;
	if (!const_int64_val(n->val, &x) || x != (int32_t)x)
		return false;
	*v = x;
	return true;
}

/* Is n known to lie in [0, max) from its type and operators alone? */
static bool bounded(Node *n, int64_t max)
{
	Type *t = n->type ? type_under(n->type) : NULL;
	bool sign;
	int bits;
	int64_t v;
	if (!t || t->kind != TYPE_BASIC || !(t->u.basic.info & BI_INTEGER) || (t->u.basic.info & BI_UNTYPED))
		return false;
	sign = !(t->u.basic.info & BI_UNSIGNED);
	bits = (int)(8 * type_size(n->type));
	if (small_int_const(n, &v))
		return 0 <= v && v < max;
	switch (n->op) {
	case OAND: case OANDNOT:
		v = -1;
		if (small_int_const(n->x, &v)) {
		} else if (small_int_const(n->y, &v)) {
			if (n->op == OANDNOT) {
				v = ~v;
				if (!sign)
					v &= (int64_t)((bits >= 64 ? 0 : (1ull << bits)) - 1);
			}
		} else {
			v = -1;
		}
		if (0 <= v && v < max)
			return true;
		break;
	case OMOD:
		if (!sign && small_int_const(n->y, &v) && 0 <= v && v <= max)
			return true;
		break;
	case ODIV:
		if (!sign && small_int_const(n->y, &v)) {
			while (bits > 0 && v >= 2) {
				bits--;
				v >>= 1;
			}
		}
		break;
	case ORSH:
		if (!sign && small_int_const(n->y, &v)) {
			if (v > bits)
				return true;
			bits -= (int)v;
		}
		break;
	default:
		break;
	}
	return !sign && bits <= 62 && (int64_t)1 << bits <= max;
}

static void elide_check(Node *n, void *ctx)
{
	Type *t;
	int64_t len = -1;
	(void)ctx;
	if (n->op != OINDEX || !n->x || !n->y)
		return;
	t = type_under(n->x->type);
	if (t->kind == TYPE_POINTER)
		t = type_under(t->u.pointer.elem);
	if (t->kind == TYPE_ARRAY) {
		len = t->u.array.len;
	} else if (n->x->op == OLITERAL && n->x->val && const_kind(n->x->val) == CONST_STRING) {
		size_t sl;
		const_string_val(n->x->val, &sl);
		len = (int64_t)sl;
	} else {
		return;
	}
	if (n->flags & NF_BOUNDED)
		return;
	if (n->y->op == OLITERAL)
		return;
	if (bounded(n->y, len))
		esc_warn(n->pos, "index bounds check elided");
}

static void walk_func(IrFunc *fn)
{
	int i;
	for (i = 0; i < fn->body.n; i++)
		ir_visit(fn->body.v[i], elide_check, NULL);
}

void bounds_package(IrPackage *p)
{
	int i;
	for (i = 0; i < p->nfuncs; i++) {
		IrFunc *fn = p->funcs[i];
		if (fn->flags & (FN_GENERIC | FN_NOBODY))
			continue;
		walk_func(fn);
	}
}
