/* bounds.c: gc's "index bounds check elided" diagnostics.
 *
 * When gc lowers an index of an array (or of a constant string) whose
 * index expression's type and operators bound it below the length, as
 * in a[x&0xff] with a of 256 elements, it drops the bounds check and,
 * under -m, says so. That happens after escape analysis, function by
 * function in compilation order. */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "ir/ir.h"

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
		warnf(n->pos, "index bounds check elided");
}

static void walk_node(Node *n);

/* Called on each node where gc's walk is done with its operands. */
static void (*walk_hook)(Node *n, void *ctx);
static void *walk_hookctx;

/* The closures capturing variables met while walking a function: gc
 * walks them after it, the last met first (its enqueueFunc). */
static IrFunc **walk_clos;
static int walk_nclos, walk_capclos;

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

/* gc's readsMemory: may evaluating n read memory an assignment through
 * a pointer could change? */
static bool reads_memory(Node *n)
{
	switch (n->op) {
	case ONAME:
		if (n->nm->class == PFUNC)
			return false;
		return n->nm->addrtaken || n->nm->class == PEXTERN || n->esc == ESC_HEAP ||
		       n->nm->class == PAUTOHEAP;
	case OADD: case OAND: case OANDAND: case OANDNOT: case OBITNOT: case OCONV:
	case OCONVIFACE: case OCONVNOP: case ODIV: case ODOT: case ODOTTYPE:
	case OLITERAL: case OLSH: case OMOD: case OMUL: case ONEG: case ONIL: case OOR:
	case OOROR: case OPAREN: case OPLUS: case ORSH: case OSUB: case OXOR:
		return false;
	default:
		return true;
	}
}

typedef struct As2State {
	PtrMap assigned;   /* local names assigned so far */
	bool memwrite;     /* an earlier assignment went through memory */
} As2State;

static bool affected(As2State *st, Node *n)
{
	int i;
	if (!n)
		return false;
	if (n->op == ONAME && ptrmap_get(&st->assigned, n->nm))
		return true;
	if (st->memwrite && reads_memory(n))
		return true;
	if (affected(st, n->x) || affected(st, n->y) || affected(st, n->z) || affected(st, n->w))
		return true;
	for (i = 0; i < n->list.n; i++)
		if (affected(st, n->list.v[i]))
			return true;
	return false;
}

/* a, b = x, y: gc's ascompatee assigns pair by pair, each left side
 * before its right side, except that a right side an earlier pair may
 * change is copied first. */
static void walk_as2(Node *n)
{
	As2State st;
	int i;
	memset(&st, 0, sizeof st);
	for (i = 0; i < n->list.n; i++) {
		Node *l = n->list.v[i], *r = n->rlist.v[i], *base = l;
		bool early = affected(&st, r);
		if (early)
			walk_node(r);
		walk_node(l);
		if (!early)
			walk_node(r);
		while (base && ((base->op == OINDEX && type_under(base->x->type)->kind == TYPE_ARRAY) ||
		                base->op == OPAREN || base->op == ODOT))
			base = base->x;
		if (!base || base->op != ONAME)
			st.memwrite = true;
		else if (base->nm->addrtaken || base->nm->class == PEXTERN || base->esc == ESC_HEAP ||
		         base->nm->class == PAUTOHEAP)
			st.memwrite = true;
		else if (!ir_is_blank(base))
			ptrmap_put(&st.assigned, base->nm, base->nm);
	}
	ptrmap_free(&st.assigned);
}

/* --- gc's order: calls and the like copied into temporaries first --------------- */

/* Nodes gc's order pass has moved into a statement of their own before
 * the one being walked: walked there, and left out here. */
static PtrMap hoisted;

static bool is_callish(Op op)
{
	switch (op) {
	case OCALLFUNC: case OCALLINTER: case OCALLMETH: case OCAP: case OCOMPLEX: case OCOPY:
	case OIMAG: case OLEN: case OMAKECHAN: case OMAKEMAP: case OMAKESLICE: case OMAKE:
	case OMAX: case OMIN: case ONEW: case OREAL: case ORECOVER: case OSTR2BYTES: case OSTR2RUNES:
		return true;
	default:
		return false;
	}
}

static bool same_safe(Node *l, Node *r)
{
	if (!l || !r || l->op != r->op)
		return false;
	switch (l->op) {
	case ONAME:
		return l == r || (l->nm && l->nm == r->nm);
	case ODOT: case ODOTPTR:
		return l->sel == r->sel && same_safe(l->x, r->x);
	case ODEREF: case OCONVNOP:
		return same_safe(l->x, r->x);
	case OINDEX: case OINDEXMAP:
		return same_safe(l->x, r->x) && same_safe(l->y, r->y);
	case OLITERAL:
		return l->val && r->val && const_equal(l->val, r->val);
	default:
		return false;
	}
}

static void hoist(Node *n, Node *lhs);

static void hoist_list(NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		hoist(l->v[i], NULL);
}

static void hoist_children(Node *n)
{
	hoist_list(&n->init);
	hoist(n->x, NULL);
	hoist(n->y, NULL);
	hoist(n->z, NULL);
	hoist(n->w, NULL);
	hoist_list(&n->list);
	hoist_list(&n->rlist);
}

/* the order of gc's orderState.expr on n, the value assigned to lhs
 * (or NULL): what it copies out is walked now */
static void hoist(Node *n, Node *lhs)
{
	bool copy;
	if (!n || ptrmap_get(&hoisted, n) || n->op == OCLOSURE)
		return;
	switch (n->op) {
	case OANDAND: case OOROR:
		hoist(n->x, NULL);
		hoist(n->y, NULL);
		walk_node(n);
		ptrmap_put(&hoisted, n, n);
		return;
	case OAPPEND: case OSLICE: case OSLICEARR: case OSLICESTR: case OSLICE3: case OSLICE3ARR:
		hoist_children(n);
		copy = !lhs || (lhs->op != ONAME && !same_safe(lhs, n->op == OAPPEND ? (n->list.n ? n->list.v[0] : NULL) : n->x));
		break;
	default:
		if (!is_callish(n->op)) {
			hoist_children(n);
			return;
		}
		hoist_children(n);
		copy = !lhs || lhs->op != ONAME;
		break;
	}
	if (copy) {
		walk_node(n);
		ptrmap_put(&hoisted, n, n);
	}
}

/* a statement's operands as gc's order visits them */
static void hoist_stmt(Node *n)
{
	int i;
	switch (n->op) {
	case OAS:
		hoist(n->x, NULL);
		hoist(n->y, n->x);
		break;
	case OASOP: case OSEND:
		hoist(n->x, NULL);
		hoist(n->y, NULL);
		break;
	case OAS2: case OAS2DOTTYPE: case OAS2MAPR: case OAS2RECV:
		hoist_list(&n->list);
		for (i = 0; i < n->rlist.n; i++)
			hoist(n->rlist.v[i], NULL);
		break;
	case OAS2FUNC:
		hoist_list(&n->list);
		if (n->rlist.n && is_callish(n->rlist.v[0]->op)) {
			hoist_list(&n->rlist.v[0]->init);
			hoist(n->rlist.v[0]->x, NULL);
			hoist_list(&n->rlist.v[0]->list);
		}
		break;
	case ORETURN:
		hoist_list(&n->rlist);
		break;
	case OCALLFUNC: case OCALLINTER:
		hoist(n->x, NULL);
		hoist_list(&n->list);
		break;
	case OIF:
		hoist(n->x, NULL);
		break;
	default:
		break;
	}
}

static void walk_stmt_list(NodeList *l)
{
	int i, j;
	for (i = 0; i < l->n; i++) {
		Node *s = l->v[i];
		if (!s)
			continue;
		walk_stmt_list(&s->init);
		for (j = 0; j < s->init.n; j++)
			if (s->init.v[j])
				ptrmap_put(&hoisted, s->init.v[j], s->init.v[j]);
		hoist_stmt(s);
		walk_node(s);
	}
}

static void walk_node(Node *n)
{
	int i;
	if (!n || ptrmap_get(&hoisted, n))
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
	if (n->op == OAS2 && n->list.n == n->rlist.n) {
		walk_as2(n);
		return;
	}
	if (n->op == OCLOSURE && n->func && n->func->closurevars.n > 0) {
		int k;
		for (k = 0; k < walk_nclos && walk_clos[k] != n->func; k++)
			;
		if (k == walk_nclos) {
			if (walk_nclos == walk_capclos) {
				walk_capclos = walk_capclos ? 2 * walk_capclos : 16;
				walk_clos = xrealloc(walk_clos, sizeof *walk_clos * (size_t)walk_capclos);
			}
			walk_clos[walk_nclos++] = n->func;
		}
	}
	walk_node(n->x);
	walk_node(n->y);
	if (n->op == OINDEX)
		check_elided(n, n->y);   /* after its operands, as gc's walk */
	if (walk_hook)
		walk_hook(n, walk_hookctx);
	walk_node(n->z);
	walk_node(n->w);
	walk_list(&n->list);
	walk_list(&n->rlist);
	walk_stmt_list(&n->body);
	walk_stmt_list(&n->els);
}

/* fn, then the capturing closures its walk met, depth first, the last
 * met first. Closures without captures are walked in their place among
 * the package's functions. */
static void walk_func(IrFunc *fn)
{
	int base = walk_nclos, top;
	IrFunc **stack = NULL;
	int n = 0, cap = 0, i;
	walk_stmt_list(&fn->body);
	top = walk_nclos;
	for (i = base; i < top; i++) {
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			stack = xrealloc(stack, sizeof *stack * (size_t)cap);
		}
		stack[n++] = walk_clos[i];
	}
	while (n > 0) {
		IrFunc *c = stack[--n];
		int from = walk_nclos;
		walk_stmt_list(&c->body);
		for (i = from; i < walk_nclos; i++) {
			if (n == cap) {
				cap = cap ? 2 * cap : 8;
				stack = xrealloc(stack, sizeof *stack * (size_t)cap);
			}
			stack[n++] = walk_clos[i];
		}
	}
	free(stack);
}

void bounds_package(IrPackage *p)
{
	bounds_package_hook(p, NULL, NULL);
}

static bool walked_alone(IrFunc *fn)
{
	if (fn->flags & (FN_GENERIC | FN_NOBODY))
		return false;
	return !((fn->flags & FN_HIDDENCLOSURE) && fn->closurevars.n > 0);   /* else with its enclosing function */
}

static IrFunc *outermost(IrFunc *fn)
{
	while (fn->outer)
		fn = fn->outer;
	return fn;
}

static int by_pos(const void *a, const void *b)
{
	const IrFunc *x = *(IrFunc *const *)a, *y = *(IrFunc *const *)b;
	return x->pos < y->pos ? -1 : x->pos > y->pos;   /* one file: offsets in source order */
}

/* Unified IR's order of gc's function list: init and the literals of
 * package-level initialisers, the declared functions, then the closures
 * that capture nothing as their bodies are read (the last declared
 * function's first, each function's in source order), then instances
 * and the rest. */
static void walk_unified_order(IrPackage *p)
{
	IrFunc **order = xmalloc(sizeof *order * (size_t)(p->nfuncs + 1));
	IrFunc **clos = xmalloc(sizeof *clos * (size_t)(p->nfuncs + 1));
	PtrMap done = {0};
	int n = 0, i, j, k, nclos;
	if (p->initfn && walked_alone(p->initfn))
		order[n++] = p->initfn;
	for (i = 0; i < p->nfuncs; i++) {
		IrFunc *fn = p->funcs[i];
		if (fn->oclosure && !fn->outer && !outermost(fn)->generic)
			order[n++] = fn;   /* the package-level literal, then its own closures */
		for (j = 0, nclos = 0; fn->oclosure && !fn->outer && j < p->nfuncs; j++)
			if (p->funcs[j]->outer && outermost(p->funcs[j]) == fn && walked_alone(p->funcs[j]))
				clos[nclos++] = p->funcs[j];
		qsort(clos, (size_t)nclos, sizeof *clos, by_pos);
		for (j = 0; j < nclos; j++)
			order[n++] = clos[j];
	}
	for (i = 0; i < p->nfuncs; i++) {
		IrFunc *fn = p->funcs[i];
		if (!fn->oclosure && !fn->generic && fn != p->initfn && fn->obj)
			order[n++] = fn;
	}
	for (i = p->nfuncs - 1; i >= 0; i--) {
		IrFunc *fn = p->funcs[i];
		if (fn->oclosure || fn->generic || fn == p->initfn || !fn->obj)
			continue;
		for (j = 0, nclos = 0; j < p->nfuncs; j++)
			if (p->funcs[j]->outer && outermost(p->funcs[j]) == fn && walked_alone(p->funcs[j]))
				clos[nclos++] = p->funcs[j];
		qsort(clos, (size_t)nclos, sizeof *clos, by_pos);
		for (j = 0; j < nclos; j++)
			order[n++] = clos[j];
	}
	for (k = 0; k < n; k++)
		ptrmap_put(&done, order[k], order[k]);
	for (i = 0; i < p->nfuncs; i++)
		if (!ptrmap_get(&done, p->funcs[i]))
			order[n++] = p->funcs[i];
	for (k = 0; k < n; k++)
		if (walked_alone(order[k]))
			walk_func(order[k]);
	ptrmap_free(&done);
	free(order);
	free(clos);
}

void bounds_package_hook(IrPackage *p, void (*hook)(Node *n, void *ctx), void *ctx)
{
	int i;
	walk_hook = hook;
	walk_hookctx = ctx;
	if (release_has(FEAT_UNIFIED_IR)) {
		walk_unified_order(p);
	} else {
		for (i = 0; i < p->nfuncs; i++)
			if (walked_alone(p->funcs[i]))
				walk_func(p->funcs[i]);
	}
	ptrmap_free(&hoisted);
	free(walk_clos);
	walk_clos = NULL;
	walk_nclos = walk_capclos = 0;
	walk_hook = NULL;
	walk_hookctx = NULL;
}
