/* expr.c: how each expression flows its value into a hole.
 *
 * Every subexpression is walked, even when its value is discarded,
 * because it may allocate or assign. */
#include "escape.h"

void esc_discard(Escape *e, Node *n)
{
	esc_expr(e, discard_hole(e), n);
}

void esc_discards(Escape *e, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		esc_discard(e, l->v[i]);
}

void esc_expr(Escape *e, Hole k, Node *n)
{
	if (!n)
		return;
	esc_stmts(e, &n->init);
	esc_expr_skip_init(e, k, n);
}

static bool is_unsafe_ptr(Type *t)
{
	Type *u = t ? type_under(t) : NULL;
	return u && u->kind == TYPE_BASIC && u->u.basic.kind == KIND_UNSAFEPOINTER;
}

static bool is_uintptr(Type *t)
{
	Type *u = t ? type_under(t) : NULL;
	return u && u->kind == TYPE_BASIC && u->u.basic.kind == KIND_UINTPTR;
}

static bool is_array(Type *t)
{
	Type *u = t ? type_under(t) : NULL;
	return u && u->kind == TYPE_ARRAY;
}

/* reflect.SliceHeader.Data and reflect.StringHeader.Data hold pointers
 * in uintptr form. */
static bool is_reflect_header_data(Node *n)
{
	Object *f = n->sel;
	Type *t;
	Object *tn;
	if (n->op != ODOTPTR || !f || f->name != intern_cstr("Data"))
		return false;
	t = n->x && n->x->type ? type_deref(n->x->type, NULL) : NULL;
	if (!t || t->kind != TYPE_NAMED)
		return false;
	tn = t->u.named.obj;
	return tn->pkg && tn->pkg->path == intern_cstr("reflect") &&
	       (tn->name == intern_cstr("SliceHeader") || tn->name == intern_cstr("StringHeader"));
}

/* Evaluates a uintptr arithmetic expression, looking for conversions
 * from unsafe.Pointer whose pointers must be kept. */
void esc_unsafe_value(Escape *e, Hole k, Node *n)
{
	int i;
	if (!is_uintptr(n->type))
		BUG("escape: unsafe_value of non-uintptr");
	if (k.addrtaken)
		BUG("escape: unexpected addrtaken");
	esc_stmts(e, &n->init);
	switch (n->op) {
	case OCONV: case OCONVNOP:
		if (is_unsafe_ptr(n->x->type))
			esc_expr(e, k, n->x);
		else
			esc_discard(e, n->x);
		break;
	case ODOTPTR:
		if (is_reflect_header_data(n))
			esc_expr(e, hole_deref(e, k, n, "reflect.Header.Data"), n->x);
		else
			esc_discard(e, n->x);
		break;
	case OPLUS: case ONEG: case OBITNOT:
		esc_unsafe_value(e, k, n->x);
		break;
	case OADD: case OSUB: case OOR: case OXOR: case OMUL: case ODIV: case OMOD:
	case OAND: case OANDNOT:
		esc_unsafe_value(e, k, n->x);
		esc_unsafe_value(e, k, n->y);
		break;
	case OLSH: case ORSH:
		esc_unsafe_value(e, k, n->x);
		/* the shift count need not be uintptr and carries no pointer */
		esc_discard(e, n->y);
		break;
	default:
		esc_expr_skip_init(e, discard_hole(e), n);
		(void)i;
		break;
	}
}

static void esc_closure(Escape *e, Hole k, Node *n);

void esc_expr_skip_init(Escape *e, Hole k, Node *n)
{
	int i;
	if (!n)
		return;
	/* values without pointers cannot carry addresses anywhere */
	if (k.derefs >= 0 && n->type && !is_untyped(n->type) && !gc_has_pointers(n->type))
		k.dst = &e->b->blankloc;

	switch (n->op) {
	case OLITERAL: case ONIL: case OTYPE: case OMETHEXPR: case OGETCALLERSP:
		break;
	case ONAME:
		if (n->nm->class == PFUNC || n->nm->class == PEXTERN)
			return;
		esc_flow(e->b, k, old_loc(n));
		break;
	case OPLUS: case ONEG: case OBITNOT: case ONOT:
		esc_discard(e, n->x);
		break;
	case OADD: case OSUB: case OOR: case OXOR: case OMUL: case ODIV: case OMOD:
	case OLSH: case ORSH: case OAND: case OANDNOT: case OEQ: case ONE: case OLT:
	case OLE: case OGT: case OGE: case OANDAND: case OOROR:
		esc_discard(e, n->x);
		esc_discard(e, n->y);
		break;
	case OADDR:
		esc_expr(e, hole_addr(e, k, n, "address-of"), n->x);
		break;
	case ODEREF:
		esc_expr(e, hole_deref(e, k, n, "indirection"), n->x);
		break;
	case ODOT: case ODOTMETH: case ODOTINTER:
		esc_expr(e, hole_note(e, k, n, "dot"), n->x);
		break;
	case ODOTPTR:
		esc_expr(e, hole_deref(e, k, n, "dot of pointer"), n->x);
		break;
	case ODOTTYPE: case ODOTTYPE2: case ODYNAMICDOTTYPE: case ODYNAMICDOTTYPE2:
		esc_expr(e, hole_dottype(e, k, n->type, n, "dot"), n->x);
		break;
	case OINDEX:
		if (is_array(n->x->type))
			esc_expr(e, hole_note(e, k, n, "fixed-array-index-of"), n->x);
		else
			esc_expr(e, hole_deref(e, k, n, "dot of pointer"), n->x);
		esc_discard(e, n->y);
		break;
	case OINDEXMAP:
		esc_discard(e, n->x);
		esc_discard(e, n->y);
		break;
	case OSLICE: case OSLICEARR: case OSLICE3: case OSLICE3ARR: case OSLICESTR:
		esc_expr(e, hole_note(e, k, n, "slice"), n->x);
		esc_discard(e, n->y);
		esc_discard(e, n->z);
		esc_discard(e, n->w);
		break;
	case OCONV: case OCONVNOP:
		if (e->b->ctx->checkptr_heap && !(e->curfn->pragma & PRAGMA_NOCHECKPTR) && is_unsafe_ptr(n->type) &&
		    type_under(n->x->type)->kind == TYPE_POINTER)
			/* -d=checkptr=2, -asan: the run-time checks find heap
			 * objects' bounds more easily */
			esc_assign_heap(e, n->x, "conversion to unsafe.Pointer", n);
		else if (is_unsafe_ptr(n->type) && is_uintptr(n->x->type))
			esc_unsafe_value(e, k, n->x);
		else
			esc_expr(e, k, n->x);
		break;
	case OCONVIFACE: case OCONVIDATA:
		if (!gc_is_interface(n->x->type) && !gc_is_direct_iface(n->x->type))
			k = spill(e, k, n);
		esc_expr(e, hole_note(e, k, n, "interface-converted"), n->x);
		break;
	case OEFACE:
		/* the type word never points to memory that can escape */
		esc_expr(e, k, n->y);
		break;
	case OIDATA: case OSPTR: case OSLICE2ARRPTR:
		esc_expr(e, k, n->x);
		break;
	case OSLICE2ARR:
		/* in effect a dereference of the slice's array */
		esc_expr(e, hole_deref(e, k, n, "slice-to-array"), n->x);
		break;
	case ORECV:
		esc_discard(e, n->x);
		break;
	case OCALLMETH: case OCALLFUNC: case OCALLINTER: case OINLCALL: case OLEN: case OCAP:
	case OCOMPLEX: case OREAL: case OIMAG: case OAPPEND: case OCOPY: case ORECOVER: case ORECOVERFP:
	case OUNSAFEADD: case OUNSAFESLICE: case OUNSAFESTRING: case OUNSAFESTRINGDATA: case OUNSAFESLICEDATA:
	case OMIN: case OMAX:
		esc_call(e, &k, 1, n);
		break;
	case ONEW:
		spill(e, k, n);
		break;
	case OMAKESLICE:
		spill(e, k, n);
		esc_discard(e, n->y);
		esc_discard(e, n->z);
		break;
	case OMAKECHAN:
		esc_discard(e, n->y);
		break;
	case OMAKEMAP:
		spill(e, k, n);
		esc_discard(e, n->y);
		break;
	case OMETHVALUE: {
		/* The receiver flows to the method value's closure and to the
		 * method's receiver parameter; how the value will be called is
		 * unknown, so its results are assumed to reach the heap. */
		Hole closurek = spill(e, k, n), ks[NUM_ESC_RESULTS + 8], tee[2], paramk;
		Type *sig = n->sel->type;
		int nres = type_tuple_len(sig->u.sig.results), nks = 0;
		IrFunc *fn = ir_method_expr_func(n);
		for (i = 0; i < nres && nks < NELEM(ks); i++)
			ks[nks++] = heap_hole(e);
		paramk = esc_tag_hole(e, ks, nks, fn, 0, n->sel);
		tee[0] = paramk;
		tee[1] = closurek;
		esc_expr(e, tee_hole(e, tee, 2), n->x);
		break;
	}
	case OPTRLIT:
		esc_expr(e, spill(e, k, n), n->x);
		break;
	case OARRAYLIT:
		for (i = 0; i < n->list.n; i++) {
			Node *elt = n->list.v[i];
			if (elt->op == OKEY)
				elt = elt->y;
			esc_expr(e, hole_note(e, k, n, "array literal element"), elt);
		}
		break;
	case OSLICELIT:
		k = spill(e, k, n);
		for (i = 0; i < n->list.n; i++) {
			Node *elt = n->list.v[i];
			if (elt->op == OKEY)
				elt = elt->y;
			esc_expr(e, hole_note(e, k, n, "slice-literal-element"), elt);
		}
		break;
	case OSTRUCTLIT:
		for (i = 0; i < n->list.n; i++)
			esc_expr(e, hole_note(e, k, n, "struct literal element"), n->list.v[i]->y);
		break;
	case OMAPLIT:
		spill(e, k, n);
		/* map keys and values are always stored in the heap */
		for (i = 0; i < n->list.n; i++) {
			Node *elt = n->list.v[i];
			esc_assign_heap(e, elt->x, "map literal key", n);
			esc_assign_heap(e, elt->y, "map literal value", n);
		}
		break;
	case OCLOSURE:
		esc_closure(e, k, n);
		break;
	case ORUNES2STR: case OBYTES2STR: case OSTR2RUNES: case OSTR2BYTES: case ORUNESTR:
		spill(e, k, n);
		esc_discard(e, n->x);
		break;
	case OADDSTR:
		spill(e, k, n);
		/* concatenation never keeps its operands */
		esc_discards(e, &n->list);
		break;
	case ODYNAMICTYPE:
		break;
	default:
		BUG("escape: unexpected expression op %s", op_name[n->op]);
	}
}

void esc_walk_func(Escape *e, IrFunc *fn);

static void esc_closure(Escape *e, Hole k, Node *n)
{
	IrFunc *fn = n->func;
	Batch *b = e->b;
	int i;
	k = spill(e, k, n);
	if (b->nclosures == b->capclosures) {
		int cap = b->capclosures ? 2 * b->capclosures : 8;
		Closure *nc = NEWARRAY(b->arena, Closure, cap);
		for (i = 0; i < b->nclosures; i++)
			nc[i] = b->closures[i];
		b->closures = nc;
		b->capclosures = cap;
	}
	b->closures[b->nclosures].k = k;
	b->closures[b->nclosures].clo = n;
	b->nclosures++;
	if (esc_is_closure(fn)) {
		for (i = 0; i < fn->closurevars.n; i++) {
			Location *loc = old_loc(fn->closurevars.v[i]);
			if (!loc->captured) {
				loc->captured = true;
				/* assignments before the first capture, in straight-line
				 * code, do not count as reassignments */
				if (loc->loopdepth == e->loopdepth)
					loc->reassigned = false;
			}
		}
		for (i = 0; i < fn->dcl.n; i++) {
			Node *d = fn->dcl.v[i];
			if (d->op == ONAME && !d->opt) {
				Escape inner = *e;
				inner.curfn = fn;
				new_loc(&inner, d, false);
			}
		}
		{
			Escape inner = {0};
			inner.b = b;
			inner.curfn = fn;
			inner.loopdepth = 1;
			esc_walk_func(&inner, fn);
		}
	}
}
