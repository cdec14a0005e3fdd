/* devirt.c: devirtualization. An interface method call whose receiver
 * is statically known to be a conversion of a concrete value becomes a
 * direct method call on that value (through a type assertion), as gc
 * does before escape analysis, so the callee's parameter tags apply. */
#include <string.h>

#include "devirt.h"

/* One assignment to an interface variable: a node to follow, a
 * concrete type, or neither (unknown). */
typedef struct Assign {
	Node *node;
	Type *type;
} Assign;

typedef struct Devirt {
	int mflag;
	PtrMap analyzed;         /* IrFunc -> itself: its assignments are recorded */
	PtrMap assigns;          /* canonical ONAME -> Vec * of Assign */
	PtrMap addrtaken;        /* canonical ONAME -> itself: &x somewhere */
} Devirt;

/* the sentinel of a variable known to hold nil only (or met again) */
static Type no_type;

static bool is_iface(Type *t)
{
	return t && !is_typeparam(t) && type_under(t)->kind == TYPE_INTERFACE;
}

/* x.M on a concrete x: the embedded fields on the way, then the
 * receiver adjusted to the method's (gc's AddImplicitDots and the
 * implicit & or * of method calls). Returns the receiver argument. */
static Node *method_receiver(Node *x, int *index, int nindex, Object *m)
{
	int i;
	Object *recv;
	bool wantptr, haveptr;
	for (i = 0; i < nindex - 1; i++) {
		Type *st = type_under(type_deref(type_under(x->type), NULL));
		Object *f = st->u.strct.fields[index[i]];
		Node *d = ir_node1(type_under(x->type)->kind == TYPE_POINTER ? ODOTPTR : ODOT, x->pos, f->type, x);
		d->sel = f;
		d->name = f->name;
		d->flags |= NF_IMPLICIT;
		x = d;
	}
	recv = m->type->u.sig.recv;
	wantptr = recv && recv->type->kind == TYPE_POINTER;
	haveptr = type_under(x->type)->kind == TYPE_POINTER;
	if (haveptr && !wantptr) {
		x = ir_node1(ODEREF, x->pos, type_under(x->type)->u.pointer.elem, x);
		x->flags |= NF_IMPLICIT;
	} else if (!haveptr && wantptr) {
		x = ir_node1(OADDR, x->pos, new_pointer(x->type), x);
		x->flags |= NF_IMPLICIT;
	}
	return x;
}

/* --- concrete types (gc 1.26's analysis of local interface variables) ------------- */

static void record(Devirt *d, Node *lhs, Node *node, Type *type)
{
	Node *n;
	Vec *v;
	Assign *a;
	if (!lhs || lhs->op != ONAME || ir_is_blank(lhs))
		return;
	n = ir_outer_value(lhs);
	if (n->op != ONAME || !n->nm->curfn || !is_iface(n->type))
		return;
	n = ir_canonical(n);
	if (n->op != ONAME || n->nm->class != PAUTO)
		return;
	if (type && is_iface(type))
		type = NULL;
	if (node) {
		Node *y = node;
		while (y->op == OCONVNOP)
			y = y->x;
		if (y->op == ONIL)
			return;
	}
	v = ptrmap_get(&d->assigns, n);
	if (!v) {
		v = NEW(ir_arena(), Vec);
		ptrmap_put(&d->assigns, n, v);
	}
	a = NEW(ir_arena(), Assign);
	a->node = node;
	a->type = type;
	vec_push(v, a);
}

static Type *call_result(Node *call, int i)
{
	Type *ft = call->x ? type_under(call->x->type) : NULL;
	if (!ft || ft->kind != TYPE_SIGNATURE || !ft->u.sig.results || i >= ft->u.sig.results->u.tuple.n)
		return NULL;
	return ft->u.sig.results->u.tuple.vars[i]->type;
}

static bool is_call(Node *n)
{
	return n->op == OCALLFUNC || n->op == OCALLINTER || n->op == OCALLMETH;
}

static void analyze_body(Devirt *d, NodeList *body);

static void analyze_node(Node *n, void *ctx)
{
	Devirt *d = ctx;
	int i;
	switch (n->op) {
	case OAS:
		if (n->y) {
			if (is_call(n->y) && n->y->x)
				record(d, n->x, NULL, call_result(n->y, 0));
			else
				record(d, n->x, n->y, NULL);
		}
		break;
	case OAS2:
		for (i = 0; i < n->list.n && i < n->rlist.n; i++)
			if (n->rlist.v[i])
				record(d, n->list.v[i], n->rlist.v[i], NULL);
		break;
	case OAS2DOTTYPE:
		record(d, n->list.v[0], n->rlist.v[0], NULL);
		break;
	case OAS2MAPR: case OAS2RECV: case OSELRECV2:
		record(d, n->list.v[0], NULL, n->rlist.v[0]->type);
		break;
	case OAS2FUNC:
		if (is_call(n->rlist.v[0]))
			for (i = 0; i < n->list.n; i++)
				record(d, n->list.v[i], NULL, call_result(n->rlist.v[0], i));
		break;
	case ORANGE: {
		Type *xt = n->x ? type_under(n->x->type) : NULL;
		if (!xt)
			break;
		if (xt->kind == TYPE_POINTER && type_under(xt->u.pointer.elem)->kind == TYPE_ARRAY)
			xt = type_under(xt->u.pointer.elem);
		if (xt->kind == TYPE_ARRAY)
			record(d, n->z, NULL, xt->u.array.elem);
		else if (xt->kind == TYPE_SLICE)
			record(d, n->z, NULL, xt->u.slice.elem);
		else if (xt->kind == TYPE_CHAN)
			record(d, n->y, NULL, xt->u.chan.elem);
		else if (xt->kind == TYPE_MAP) {
			record(d, n->y, NULL, xt->u.map.key);
			record(d, n->z, NULL, xt->u.map.elem);
		}
		break;
	}
	case OTYPESW:
		for (i = 0; i < n->list.n; i++)
			if (n->list.v[i]->x)
				record(d, n->list.v[i]->x, n->x, NULL);
		break;
	case OADDR: {
		Node *x = ir_outer_value(n->x);
		if (x->op == ONAME)
			ptrmap_put(&d->addrtaken, ir_canonical(x), x);
		break;
	}
	case OCLOSURE:
		if (!ptrmap_get(&d->analyzed, n->func)) {
			ptrmap_put(&d->analyzed, n->func, n->func);
			analyze_body(d, &n->func->body);
		}
		break;
	default:
		break;
	}
}

static void analyze_body(Devirt *d, NodeList *body)
{
	int i;
	for (i = 0; i < body->n; i++)
		ir_visit(body->v[i], analyze_node, d);
}

static Vec *assignments(Devirt *d, Node *name)
{
	IrFunc *fn = name->nm->curfn;
	if (!ptrmap_get(&d->analyzed, fn)) {
		ptrmap_put(&d->analyzed, fn, fn);
		analyze_body(d, &fn->body);
	}
	return ptrmap_get(&d->assigns, name);
}

/* the concrete type n holds, following conversions, type assertions and
 * the assignments of local variables; NULL: unknown; &no_type: nil only */
static Type *concrete_type1(Devirt *d, Node *n, PtrMap *seen)
{
	Type *typ = NULL;
	Vec *v;
	int i;
	for (;;) {
		if (!is_iface(n->type))
			return n->type;
		if (n->op == OCONVNOP || n->op == OCONVIFACE || n->op == ODOTTYPE || n->op == ODOTTYPE2) {
			n = n->x;
			continue;
		}
		if (n->op == OINLCALL && n->rlist.n == 1) {
			n = n->rlist.v[0];
			continue;
		}
		break;
	}
	if (n->op != ONAME)
		return NULL;
	n = ir_canonical(n);
	if (n->op != ONAME || n->nm->class != PAUTO || !n->nm->curfn)
		return NULL;
	v = assignments(d, n);
	if (n->nm->addrtaken || ptrmap_get(&d->addrtaken, n))
		return NULL;
	if (ptrmap_get(seen, n))
		return &no_type;
	ptrmap_put(seen, n, n);
	for (i = 0; v && i < v->n; i++) {
		Assign *a = v->v[i];
		Type *t = a->type;
		if (a->node) {
			t = concrete_type1(d, a->node, seen);
			if (t == &no_type)
				continue;
		}
		if (!t)
			return NULL;
		if (typ && typ != t)
			return NULL;
		typ = t;
	}
	return typ ? typ : &no_type;
}

static Type *concrete_type(Devirt *d, Node *n)
{
	PtrMap seen = {0};
	Type *t = concrete_type1(d, n, &seen);
	ptrmap_free(&seen);
	return t == &no_type ? NULL : t;
}

/* --- the rewrite -------------------------------------------------------------------- */

static void devirt_call(Devirt *d, Node *call)
{
	Node *sel, *r, *dt, *fn, *recv;
	Type *typ;
	Object *m;
	int *index = NULL, nindex = 0;
	bool indirect = false, ambiguous = false, partial;
	if (call->op != OCALLINTER)
		return;
	sel = call->x;
	if (release_has(FEAT_DEVIRT_CONCRETE)) {
		typ = concrete_type(d, sel->x);
		if (!typ || !types_implements(typ, sel->x->type, NULL))
			return;
	} else {
		r = ir_static_value(sel->x);
		if (r->op != OCONVIFACE)
			return;
		typ = r->x->type;
		if (is_iface(typ))
			return;
	}
	/* a shape: the call goes through the dictionary anyway */
	if (gc_is_shape(typ))
		return;
	if (gc_has_shape(typ) || gc_has_shape(sel->x->type)) {
		if (d->mflag)
			warnf(call->pos, "cannot devirtualize %s: shaped %s %s", ir_node_string(call),
			         gc_has_shape(typ) ? "receiver" : "interface",
			         gc_type_string(gc_has_shape(typ) ? typ : sel->x->type));
		return;
	}
	m = lookup_field_or_method(typ, false, sel->sel->pkg, sel->sel->name, &index, &nindex, &indirect, &ambiguous);
	if (!m || m->kind != OBJ_FUNC || ambiguous)
		return;
	/* a method promoted from an embedded interface stays an interface
	 * call, on the embedded field */
	partial = m->type->u.sig.recv && is_iface(m->type->u.sig.recv->type);
	if (d->mflag) {
		Buf b = {0};
		gc_fmt_type(&b, typ, NULL);
		warnf(call->pos, "%sdevirtualizing %s to %s", partial ? "partially " : "",
		         ir_node_string(sel), buf_cstr(&b));
		buf_free(&b);
	}
	dt = ir_node1(ODOTTYPE, release_has(FEAT_DEVIRT_CONCRETE) ? call->pos : sel->pos, typ, sel->x);
	if (partial) {
		Node *x = dt, *di;
		int i;
		for (i = 0; i < nindex - 1; i++) {
			Type *st = type_under(type_deref(type_under(x->type), NULL));
			Object *f = st->u.strct.fields[index[i]];
			Node *dd = ir_node1(type_under(x->type)->kind == TYPE_POINTER ? ODOTPTR : ODOT, sel->pos, f->type, x);
			dd->sel = f;
			dd->name = f->name;
			dd->flags |= NF_IMPLICIT;
			x = dd;
		}
		di = ir_node1(ODOTINTER, sel->pos, m->type, x);
		di->sel = m;
		di->name = m->name;
		call->x = di;
		return;
	}
	recv = method_receiver(dt, index, nindex, m);
	/* the direct call, shaped as T.M(recv, args) */
	fn = ir_node(OMETHEXPR, sel->pos, m->type);
	fn->x = ir_node(OTYPE, sel->pos, recv->type);
	fn->sel = m;
	fn->name = m->name;
	nl_insert(&call->list, 0, recv);
	call->op = OCALLFUNC;
	call->x = fn;
}

static void visit(Node *n, void *ctx)
{
	if (n->op == OCALLINTER)
		devirt_call(ctx, n);
}

void devirtualize_package(IrPackage *p, int mflag)
{
	Devirt d;
	int i, j;
	memset(&d, 0, sizeof d);
	d.mflag = mflag;
	for (i = 0; i < p->nfuncs; i++) {
		IrFunc *fn = p->funcs[i];
		if (fn->flags & FN_GENERIC)
			continue;
		for (j = 0; j < fn->body.n; j++)
			ir_visit(fn->body.v[j], visit, &d);
	}
	ptrmap_free(&d.analyzed);
	ptrmap_free(&d.assigns);
	ptrmap_free(&d.addrtaken);
}
