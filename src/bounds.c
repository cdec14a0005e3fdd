/* bounds.c: gc's "index bounds check elided" diagnostics.
 *
 * When gc lowers an index of an array (or of a constant string) whose
 * index expression's type and operators bound it below the length, as
 * in a[x&0xff] with a of 256 elements, it drops the bounds check and,
 * under -m, says so. That happens after escape analysis, function by
 * function in compilation order. */
#include <string.h>

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

/* The length an index is checked against, or -1. */
static int64_t index_len(Node *n)
{
	Type *t = type_under(n->x->type);
	if (t->kind == TYPE_POINTER)
		t = type_under(t->u.pointer.elem);
	if (t->kind == TYPE_ARRAY)
		return t->u.array.len;
	if (n->x->op == OLITERAL && n->x->val && const_kind(n->x->val) == CONST_STRING) {
		size_t sl;
		const_string_val(n->x->val, &sl);
		return (int64_t)sl;
	}
	return -1;
}

static void check_elided(Node *n, Node *index)
{
	int64_t len = index_len(n);
	if (len < 0 || (n->flags & NF_BOUNDED) || n->y->op == OLITERAL)
		return;
	if (bounded(index, len))
		esc_warn(n->pos, "index bounds check elided");
}

static void walk_node(Node *n);

static void walk_list(NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		walk_node(l->v[i]);
}

/* Is n left as it is by gc's safeExpr? */
static bool is_safe(Node *n)
{
	switch (n->op) {
	case ONAME: case OLITERAL: case ONIL:
		return true;
	case OLEN: case OCAP: case ODOT: case ODOTPTR: case ODEREF:
		return is_safe(n->x);
	case OINDEX: case OINDEXMAP:
		return is_safe(n->x) && is_safe(n->y);
	default:
		return false;
	}
}

/* An argument of append goes through gc's safeExpr: an index whose
 * index expression is not simple is first computed into a temporary,
 * so only the temporary's type can bound it. */
static void walk_safe(Node *n)
{
	Node tmp;
	if (!n)
		return;
	switch (n->op) {
	case ONAME: case OLITERAL: case ONIL:
		return;
	case OLEN: case OCAP: case ODOT: case ODOTPTR: case ODEREF:
		walk_safe(n->x);
		return;
	case OINDEX: case OINDEXMAP:
		walk_safe(n->x);
		if (is_safe(n->y)) {
			if (n->op == OINDEX)
				check_elided(n, n->y);
			return;
		}
		walk_node(n->y);
		if (n->op == OINDEX) {
			memset(&tmp, 0, sizeof tmp);
			tmp.op = ONAME;
			tmp.type = n->y->type;
			check_elided(n, &tmp);
		}
		return;
	default:
		walk_node(n);
	}
}

static void walk_node(Node *n)
{
	int i;
	if (!n)
		return;
	walk_list(&n->init);
	if (n->op == OAPPEND) {
		for (i = 0; i < n->list.n; i++) {
			if (i == 0 && !(n->flags & NF_ISDDD))
				walk_node(n->list.v[i]);
			else
				walk_safe(n->list.v[i]);
		}
		return;
	}
	if (n->op == OINDEX)
		check_elided(n, n->y);
	walk_node(n->x);
	walk_node(n->y);
	walk_node(n->z);
	walk_node(n->w);
	walk_list(&n->list);
	walk_list(&n->rlist);
	walk_list(&n->body);
	walk_list(&n->els);
}

static void walk_func(IrFunc *fn)
{
	walk_list(&fn->body);
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
