/* stmt.c: statements and assignments. */
#include "types/types.h"
#include "escape.h"

void esc_stmts(Escape *e, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		esc_stmt(e, l->v[i]);
}

/* Like esc_stmts, but the loop depth is restored afterwards. */
void esc_block(Escape *e, NodeList *l)
{
	int old = e->loopdepth;
	esc_stmts(e, l);
	e->loopdepth = old;
}

/* A declaration records the loop depth the variable lives at. */
Hole esc_dcl(Escape *e, Node *n)
{
	Location *l;
	if (n->nm->curfn != e->curfn || n->nm->closurevar)
		BUG("escape: bad declaration of %s", n->nm->sym);
	l = old_loc(n);
	l->loopdepth = e->loopdepth;
	return loc_hole(l);
}

/* The hole for storing into the location denoted by n. */
Hole esc_addr(Escape *e, Node *n)
{
	Hole k;
	if (!n || ir_is_blank(n))
		return discard_hole(e);
	k = heap_hole(e);
	switch (n->op) {
	case ONAME:
		if (n->nm->class == PEXTERN)
			break;
		k = loc_hole(old_loc(n));
		break;
	case ODOT:
		k = esc_addr(e, n->x);
		break;
	case OINDEX:
		esc_discard(e, n->y);
		{
			Type *u = type_under(n->x->type);
			if (u->kind == TYPE_ARRAY)
				k = esc_addr(e, n->x);
			else if (release_has(FEAT_ESCAPE_ATTRS))
				esc_expr(e, mutator_hole(e), n->x);
			else
				esc_discard(e, n->x);
		}
		break;
	case ODEREF: case ODOTPTR:
		if (release_has(FEAT_ESCAPE_ATTRS))
			esc_expr(e, mutator_hole(e), n->x);   /* what it points to is written */
		else
			esc_discard(e, n);
		break;
	case OINDEXMAP:
		esc_discard(e, n->x);
		esc_assign_heap(e, n->y, "key of map put", n);
		break;
	default:
		BUG("escape: unexpected address of %s", op_name[n->op]);
	}
	return k;
}

void esc_assign_heap(Escape *e, Node *src, const char *why, Node *where)
{
	esc_expr(e, hole_note(e, heap_hole(e), where, why), src);
}

/* --- self-assignment ------------------------------------------------------- */

static bool may_affect_memory(Node *n)
{
	switch (n->op) {
	case ONAME: case OLITERAL: case ONIL:
		return false;
	case OADD: case OSUB: case OOR: case OXOR: case OMUL: case OLSH: case ORSH:
	case OAND: case OANDNOT: case ODIV: case OMOD: case OINDEX:
		return may_affect_memory(n->x) || may_affect_memory(n->y);
	case OCONVNOP: case OCONV: case OLEN: case OCAP: case ONOT: case OBITNOT:
	case OPLUS: case ONEG: case OALIGNOF: case OOFFSETOF: case OSIZEOF:
	case ODOT: case ODOTPTR: case ODEREF:
		return may_affect_memory(n->x);
	default:
		return true;
	}
}

/* gc's SameSafeExpr: the same side-effect-free expression. */
static bool same_safe_expr(Node *l, Node *r)
{
	while (l->op == OCONVNOP)
		l = l->x;
	while (r->op == OCONVNOP)
		r = r->x;
	if (l->op != r->op || !types_identical(l->type, r->type))
		return false;
	switch (l->op) {
	case ONAME:
		return l == r;
	case ODOT: case ODOTPTR:
		return l->sel && l->sel == r->sel && same_safe_expr(l->x, r->x);
	case ODEREF: case ONOT: case OBITNOT: case OPLUS: case ONEG:
		return same_safe_expr(l->x, r->x);
	case OCONV:
		/* some conversions allocate ([]byte(s)): only simple types */
		return gc_is_simple(l->type) && same_safe_expr(l->x, r->x);
	case OINDEX: case OINDEXMAP: case OADD: case OSUB: case OOR: case OXOR: case OMUL:
	case OLSH: case ORSH: case OAND: case OANDNOT: case ODIV: case OMOD:
		return same_safe_expr(l->x, r->x) && same_safe_expr(l->y, r->y);
	case OLITERAL:
		return const_compare(l->val, TOK_EQL, r->val);
	case ONIL:
		return true;
	default:
		return false;
	}
}

/* t.buf = t.buf[1:] and similar: storing a subslice of a field back
 * into the same field through the same pointer. */
static bool is_slice_self_assign(Node *dst, Node *src)
{
	Node *dstx, *basex, *base;
	if (dst->op != ODEREF && dst->op != ODOTPTR)
		return false;
	dstx = dst->x;
	if (dstx->op != ONAME)
		return false;
	switch (src->op) {
	case OSLICE: case OSLICE3: case OSLICESTR:
		break;
	case OSLICEARR: case OSLICE3ARR:
		if (src->x->op == OADDR)
			return false;
		break;
	default:
		return false;
	}
	base = src->x;
	if (base->op != ODEREF && base->op != ODOTPTR)
		return false;
	basex = base->x;
	if (basex->op != ONAME)
		return false;
	return dstx == basex;
}

static bool is_self_assign(Node *dst, Node *src)
{
	if (is_slice_self_assign(dst, src))
		return true;
	if (!dst || !src || dst->op != src->op)
		return false;
	switch (dst->op) {
	case ODOT: case ODOTPTR:
		return same_safe_expr(dst->x, src->x);
	case OINDEX:
		if (may_affect_memory(dst->y) || may_affect_memory(src->y))
			return false;
		return same_safe_expr(dst->x, src->x);
	default:
		return false;
	}
}

static bool is_reflect_header_data_field(Node *n)
{
	Type *t;
	Object *tn;
	if (n->op != ODOTPTR || !n->sel || n->sel->name != intern_cstr("Data"))
		return false;
	t = type_deref(n->x->type, NULL);
	if (!t || t->kind != TYPE_NAMED)
		return false;
	tn = t->u.named.obj;
	return tn->pkg && tn->pkg->path == intern_cstr("reflect") &&
	       (tn->name == intern_cstr("SliceHeader") || tn->name == intern_cstr("StringHeader"));
}



void esc_assign_list(Escape *e, NodeList *dsts, NodeList *srcs, const char *why, Node *where)
{
	int n = dsts->n, i;
	Hole *ks = NEWARRAY(e->b->arena, Hole, n ? n : 1);
	for (i = 0; i < n; i++)
		ks[i] = esc_addr(e, dsts->v[i]);
	for (i = 0; i < n; i++) {
		Node *src = i < srcs->n ? srcs->v[i] : NULL;
		Node *dst = dsts->v[i];
		Hole k = ks[i];
		if (dst) {
			if (dst->op == ODOTPTR && is_reflect_header_data_field(dst)) {
				esc_unsafe_value(e, hole_note(e, heap_hole(e), where, why), src);
				continue;
			}
			if (src && is_self_assign(dst, src)) {
				if (e->b->mflag)
					warnf(where->pos, "%s ignoring self-assignment in %s",
					         ir_func_name(e->curfn), ir_node_string(where));
				k = discard_hole(e);
			}
		}
		esc_expr(e, hole_note(e, k, where, why), src);
	}
	esc_reassigned(e, ks, n, where);
}

/* Marks the destinations as reassigned, except the initialising
 * assignment of a variable declared by it. */
void esc_reassigned(Escape *e, Hole *ks, int nks, Node *where)
{
	int i;
	(void)e;
	if (where->op == OAS && !where->y && where->x->op == ONAME && !where->x->nm->defn)
		return;   /* var x with no initialiser */
	for (i = 0; i < nks; i++) {
		Location *loc = ks[i].dst;
		Node *n = loc->n;
		if (n && n->op == ONAME && n->nm->defn == where && where->op != ORANGE)
			continue;
		loc->reassigned = true;
	}
}

static void esc_label_stmt(Escape *e, Node *n)
{
	intptr_t st;
	if (!n->name || n->name == intern_cstr("_"))
		return;
	st = (intptr_t)ptrmap_get(&e->labels, n->name);
	if (st == LABEL_LOOPING)
		e->loopdepth++;
	else if (st != LABEL_NONLOOPING)
		BUG("escape: label %s without state", n->name);
	ptrmap_put(&e->labels, n->name, (void *)(intptr_t)LABEL_NONE);
}

void esc_stmt(Escape *e, Node *n)
{
	int i;
	if (!n)
		return;
	esc_stmts(e, &n->init);
	switch (n->op) {
	case ODCLCONST: case ODCLTYPE: case OFALL: case OBREAK: case OCONTINUE: case OGOTO:
		break;
	case OBLOCK:
		esc_stmts(e, &n->list);
		break;
	case ODCL:
		if (!ir_is_blank(n->x))
			esc_dcl(e, n->x);
		break;
	case OLABEL:
		esc_label_stmt(e, n);
		break;
	case OIF:
		esc_discard(e, n->x);
		esc_block(e, &n->body);
		esc_block(e, &n->els);
		break;
	case OFOR:
		e->loopdepth++;
		esc_discard(e, n->x);
		esc_stmt(e, n->y);
		esc_block(e, &n->body);
		e->loopdepth--;
		break;
	case ORANGE: {
		/* the ranged value is evaluated once, outside the loop */
		Location *tmp = new_loc(e, NULL, false);
		Hole ks[2];
		Type *u;
		esc_expr(e, loc_hole(tmp), n->x);
		e->loopdepth++;
		ks[0] = esc_addr(e, n->y);
		ks[1] = esc_addr(e, n->z);
		u = type_under(n->x->type);
		if (u->kind == TYPE_ARRAY)
			esc_flow(e->b, hole_note(e, ks[1], n, "range"), tmp);
		else
			esc_flow(e->b, hole_deref(e, ks[1], n, "range-deref"), tmp);
		esc_reassigned(e, ks, 2, n);
		esc_block(e, &n->body);
		e->loopdepth--;
		break;
	}
	case OTYPESW: {
		Hole *ks = NEWARRAY(e->b->arena, Hole, n->list.n + 1);
		int nks = 0;
		if (n->name) {
			for (i = 0; i < n->list.n; i++) {
				Node *cv = n->list.v[i]->x;
				Hole k;
				if (!cv)
					continue;
				k = esc_dcl(e, cv);
				if (gc_has_pointers(cv->type))
					ks[nks++] = hole_dottype(e, k, cv->type, n->list.v[i], "switch case");
			}
		}
		esc_expr(e, tee_hole(e, ks, nks), n->x);
		for (i = 0; i < n->list.n; i++) {
			esc_discards(e, &n->list.v[i]->list);
			esc_block(e, &n->list.v[i]->body);
		}
		break;
	}
	case OSWITCH:
		esc_discard(e, n->x);
		for (i = 0; i < n->list.n; i++) {
			esc_discards(e, &n->list.v[i]->list);
			esc_block(e, &n->list.v[i]->body);
		}
		break;
	case OSELECT:
		for (i = 0; i < n->list.n; i++) {
			esc_stmt(e, n->list.v[i]->x);
			esc_block(e, &n->list.v[i]->body);
		}
		break;
	case ORECV:
		esc_expr_skip_init(e, discard_hole(e), n);
		break;
	case OSEND:
		esc_discard(e, n->x);
		esc_assign_heap(e, n->y, "send", n);
		break;
	case OAS: case OASOP: {
		NodeList d = {0}, s = {0};
		Node *dv[1], *sv[1];
		dv[0] = n->x;
		sv[0] = n->y;
		d.v = dv;
		d.n = 1;
		s.v = sv;
		s.n = 1;
		esc_assign_list(e, &d, &s, "assign", n);
		break;
	}
	case OAS2:
		esc_assign_list(e, &n->list, &n->rlist, "assign-pair", n);
		break;
	case OAS2DOTTYPE:
		esc_assign_list(e, &n->list, &n->rlist, "assign-pair-dot-type", n);
		break;
	case OAS2MAPR:
		esc_assign_list(e, &n->list, &n->rlist, "assign-pair-mapr", n);
		break;
	case OAS2RECV: case OSELRECV2:
		esc_assign_list(e, &n->list, &n->rlist, "assign-pair-receive", n);
		break;
	case OAS2FUNC: {
		Hole *ks = NEWARRAY(e->b->arena, Hole, n->list.n ? n->list.n : 1);
		esc_stmts(e, &n->rlist.v[0]->init);
		for (i = 0; i < n->list.n; i++)
			ks[i] = esc_addr(e, n->list.v[i]);
		esc_call(e, ks, n->list.n, n->rlist.v[0]);
		esc_reassigned(e, ks, n->list.n, n);
		break;
	}
	case ORETURN: {
		NodeList dsts = {0};
		IrFunc *fn = e->curfn;
		dsts.v = fn->results.v;
		dsts.n = fn->results.n;
		esc_assign_list(e, &dsts, &n->rlist, "return", n);
		break;
	}
	case OCALLFUNC: case OCALLMETH: case OCALLINTER: case OINLCALL: case OCLOSE: case OCOPY:
	case ODELETE: case OPANIC: case OPRINT: case OPRINTN: case ORECOVER: case ORECOVERFP: case OCLEAR:
		esc_call(e, NULL, 0, n);
		break;
	case OGO: case ODEFER:
		esc_go_defer(e, n);
		break;
	case OTAILCALL:
		esc_call(e, NULL, 0, n->x);
		break;
	default:
		BUG("escape: unexpected statement op %s", op_name[n->op]);
	}
}
