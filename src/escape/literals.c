/* literals.c: gc's rewriteWithLiterals (go1.25 on). Once a batch's
 * bodies are walked, an interface conversion of a variable whose only
 * value is a constant converts the constant instead (it needs no
 * allocation: "32 escapes to heap" rather than "d escapes to heap"),
 * and a make whose size is such a variable, or the length of such a
 * slice literal, gets that size as a constant, so that it may stay on
 * the stack.
 *
 * A variable's static value is what its defining statement assigns,
 * followed through no-op conversions, when it is a local variable
 * whose address is never taken and that nothing assigns again (gc's
 * ReassignOracle, over the function and its closures). */
#include <string.h>

#include "escape.h"

typedef struct Oracle {
	PtrMap single;   /* Node (ONAME) -> its defining node, for the names assigned once */
} Oracle;

typedef struct Walk {
	void (*f)(Node *n, void *ctx);
	void *ctx;
} Walk;

/* ir_visit's callback that also enters closures' bodies */
static void each(Node *n, void *ctx)
{
	Walk *w = ctx;
	int i;
	w->f(n, w->ctx);
	if (n->op == OCLOSURE && n->func)
		for (i = 0; i < n->func->body.n; i++)
			ir_visit(n->func->body.v[i], each, w);
}

/* Every node of the list, closures' bodies included. */
static void visit_list(NodeList *l, void (*f)(Node *n, void *ctx), void *ctx)
{
	Walk w;
	int i;
	w.f = f;
	w.ctx = ctx;
	for (i = 0; i < l->n; i++)
		ir_visit(l->v[i], each, &w);
}

static void find_locals(Node *n, void *ctx)
{
	Oracle *o = ctx;
	if (n->op == ONAME && n->nm && n->nm->defn && !n->nm->addrtaken && n->nm->class == PAUTO)
		ptrmap_put(&o->single, n, n->nm->defn);
}

/* The variable an assignment to x assigns (x.f, x[i] of an array). */
static Node *outer_name(Node *x)
{
	while (x) {
		if (x->op == ODOT || x->op == OPAREN || x->op == OCONVNOP) {
			x = x->x;
		} else if (x->op == OINDEX && x->x && type_under(x->x->type)->kind == TYPE_ARRAY) {
			x = x->x;
		} else {
			break;
		}
	}
	return x && x->op == ONAME ? ir_canonical(x) : NULL;
}

static void prune(Oracle *o, Node *x, Node *asn)
{
	Node *name = outer_name(x), *defn;
	if (!name || !(defn = ptrmap_get(&o->single, name)))
		return;
	if (name->nm->class == PPARAM || (name->nm->class == PAUTO && asn != defn))
		ptrmap_put(&o->single, name, NULL);
}

static void find_assigns(Node *n, void *ctx)
{
	Oracle *o = ctx;
	int i;
	switch (n->op) {
	case OAS: case OASOP:
		prune(o, n->x, n);
		break;
	case OAS2: case OAS2FUNC: case OAS2MAPR: case OAS2DOTTYPE: case OAS2RECV: case OSELRECV2:
		for (i = 0; i < n->list.n; i++)
			prune(o, n->list.v[i], n);
		break;
	case ORANGE:
		prune(o, n->y, n);
		prune(o, n->z, n);
		break;
	case OADDR: {
		/* gc marks the variable address-taken when it builds &x */
		Node *name = outer_name(n->x);
		if (name && ptrmap_get(&o->single, name))
			ptrmap_put(&o->single, name, NULL);
		break;
	}
	default:
		break;
	}
}

static void oracle_init(Oracle *o, IrFunc *fn)
{
	memset(o, 0, sizeof *o);
	visit_list(&fn->body, find_locals, o);
	visit_list(&fn->body, find_assigns, o);
}

static Node *static_value(Oracle *o, Node *n)
{
	for (;;) {
		Node *name, *defn, *rhs = NULL;
		int i;
		if (n->op == OCONVNOP) {
			n = n->x;
			continue;
		}
		if (n->op != ONAME)
			return n;
		name = ir_canonical(n);
		if (name->nm->class != PAUTO || !(defn = name->nm->defn))
			return n;
		if (defn->op == OAS) {
			rhs = defn->y;
		} else if (defn->op == OAS2) {
			for (i = 0; i < defn->list.n && i < defn->rlist.n; i++)
				if (defn->list.v[i] == name)
					rhs = defn->rlist.v[i];
		}
		if (!rhs || !ptrmap_get(&o->single, name))
			return n;
		n = rhs;
	}
}

static bool const_typed(Type *t)
{
	Type *u = type_under(t);
	return u && u->kind == TYPE_BASIC && u->u.basic.kind != KIND_UNSAFEPOINTER;
}

/* The outermost function of fn's closures, whose oracle serves them all. */
static IrFunc *outermost(IrFunc *fn)
{
	while (fn && fn->outer)
		fn = fn->outer;
	return fn;
}

typedef struct Rewriter {
	PtrMap oracles;   /* IrFunc -> Oracle */
	Vec all;          /* the oracles, to free */
	Arena *arena;
} Rewriter;

static Oracle *oracle_of(Rewriter *r, IrFunc *fn)
{
	Oracle *o;
	fn = outermost(fn);
	if ((o = ptrmap_get(&r->oracles, fn)) == NULL) {
		o = NEW(r->arena, Oracle);
		oracle_init(o, fn);
		ptrmap_put(&r->oracles, fn, o);
		vec_push(&r->all, o);
	}
	return o;
}

static void rewrite(Rewriter *r, Node *n, IrFunc *fn)
{
	if (!n || !fn)
		return;
	if (n->op == OMAKESLICE) {
		Node **size = n->z ? &n->z : &n->y, *s;
		if (!*size || (*size)->op == OLITERAL)
			return;
		s = static_value(oracle_of(r, fn), *size);
		if (s->op == OLITERAL && s->val && const_kind(s->val) == CONST_INT && const_sign(s->val) >= 0) {
			*size = ir_literal(n->pos, (*size)->type, s->val);
		} else if (s->op == OLEN && s->x) {
			Node *x = static_value(oracle_of(r, fn), s->x);
			int i;
			bool keyed = false;
			if (x->op != OSLICELIT)
				return;
			for (i = 0; i < x->list.n; i++)
				if (x->list.v[i]->op == OKEY)
					keyed = true;
			if (!keyed)
				*size = ir_literal(n->pos, typ_basic[KIND_INT], const_int64(x->list.n));
		}
	} else if (n->op == OCONVIFACE && n->x && n->x->op != OLITERAL && !is_interface(n->x->type)) {
		Node *v = static_value(oracle_of(r, fn), n->x);
		if (v && v->op == OLITERAL && v->val && const_typed(n->x->type))
			n->x = ir_literal(n->pos, n->x->type, v->val);
	}
}

void esc_rewrite_literals(Batch *b)
{
	Rewriter r;
	int i;
	memset(&r, 0, sizeof r);
	r.arena = b->arena;
	for (i = 0; i < b->nlocs; i++)
		rewrite(&r, b->locs[i]->n, b->locs[i]->curfn);
	for (i = 0; i < r.all.n; i++)
		ptrmap_free(&((Oracle *)r.all.v[i])->single);
	vec_free(&r.all);
	ptrmap_free(&r.oracles);
}
