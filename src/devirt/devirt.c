/* devirt.c: devirtualization. An interface method call whose receiver
 * is statically known to be a conversion of a concrete value becomes a
 * direct method call on that value (through a type assertion), as gc
 * does before escape analysis, so the callee's parameter tags apply. */
#include "devirt.h"

typedef struct Devirt {
	int mflag;
} Devirt;

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
	r = ir_static_value(sel->x);
	if (r->op != OCONVIFACE)
		return;
	typ = r->x->type;
	if (is_iface(typ))
		return;
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
	dt = ir_node1(ODOTTYPE, sel->pos, typ, sel->x);
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
	d.mflag = mflag;
	for (i = 0; i < p->nfuncs; i++) {
		IrFunc *fn = p->funcs[i];
		if (fn->flags & FN_GENERIC)
			continue;
		for (j = 0; j < fn->body.n; j++)
			ir_visit(fn->body.v[j], visit, &d);
	}
}
