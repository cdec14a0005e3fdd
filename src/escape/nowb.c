/* nowb.c: the runtime's write-barrier directives (gc's -+ only).
 *
 * A function marked //go:nowritebarrier may not contain a write
 * barrier; one marked //go:nowritebarrierrec may not reach one through
 * the static calls it makes (and the functions it hands to
 * systemstack), except through a function marked
 * //go:yeswritebarrierrec. gc decides where barriers go in its SSA back
 * end: a store of a value holding pointers to memory that may be in
 * the heap. This finds the plain cases: assignments of such values
 * (nil too: the old value is shaded) to package variables, to fields and elements of
 * them, and through pointers (not held in local variables, which may
 * point to the stack) and slices; reslicing a slice into itself from 0
 * stores no pointer. Each function reports its
 * first barrier, as gc does, and a call chain back to the marked
 * function. */
#include <stdlib.h>
#include <string.h>

#include "types/types.h"
#include "escape.h"

typedef struct Call {
	IrFunc *to;
	Pos pos;
} Call;

typedef struct FnInfo {
	IrFunc *fn;
	Pos wbpos;               /* first write barrier, or NOPOS */
	Call *calls;
	int ncalls, capcalls;
	/* the search */
	bool queued;
	IrFunc *from;            /* the caller it was reached from */
	Pos frompos;
} FnInfo;

typedef struct Nowb {
	PtrMap infos;            /* IrFunc -> FnInfo */
	FnInfo **order;          /* in the order met */
	int n, cap;
	FnInfo *cur;
	bool runtime;            /* systemstack is the runtime's */
} Nowb;

static void scan_func(Nowb *w, IrFunc *fn);

static FnInfo *info_of(Nowb *w, IrFunc *fn)
{
	FnInfo *fi = ptrmap_get(&w->infos, fn);
	if (!fi) {
		fi = xcalloc(1, sizeof *fi);
		fi->fn = fn;
		ptrmap_put(&w->infos, fn, fi);
		if (w->n == w->cap) {
			w->cap = w->cap ? 2 * w->cap : 64;
			w->order = xrealloc(w->order, sizeof *w->order * (size_t)w->cap);
		}
		w->order[w->n++] = fi;
	}
	return fi;
}

static void add_call(FnInfo *fi, IrFunc *to, Pos pos)
{
	if (!to)
		return;
	if (fi->ncalls == fi->capcalls) {
		fi->capcalls = fi->capcalls ? 2 * fi->capcalls : 8;
		fi->calls = xrealloc(fi->calls, sizeof *fi->calls * (size_t)fi->capcalls);
	}
	fi->calls[fi->ncalls].to = to;
	fi->calls[fi->ncalls].pos = pos;
	fi->ncalls++;
}

/* May the storage that n denotes be in the heap? */
static bool heap_dest(Node *n)
{
	for (;;) {
		switch (n->op) {
		case ONAME:
			return n->nm->class == PEXTERN || (n->nm->class == PAUTO && n->esc == ESC_HEAP);
		case ODOT:
			n = n->x;
			continue;
		case OINDEX:
			if (n->x->type && type_under(n->x->type)->kind == TYPE_ARRAY) {
				n = n->x;
				continue;
			}
			return n->x->type && type_under(n->x->type)->kind == TYPE_SLICE;
		case ODOTPTR:
		case ODEREF:
			/* a pointer to a local, or held in one, may be to the stack */
			return !(n->x->op == OADDR || (n->x->op == ONAME && n->x->nm->class == PAUTO));
		case OPAREN:
			n = n->x;
			continue;
		default:
			return false;
		}
	}
}

/* Do a and b denote the same storage, without side effects? */
static bool same_safe(Node *a, Node *b)
{
	int64_t x, y;
	while (a->op == OPAREN || a->op == OCONVNOP)
		a = a->x;
	while (b->op == OPAREN || b->op == OCONVNOP)
		b = b->x;
	if (a->op != b->op)
		return false;
	switch (a->op) {
	case ONAME:
		return ir_canonical(a) == ir_canonical(b);
	case ODOT: case ODOTPTR:
		return a->sel == b->sel && same_safe(a->x, b->x);
	case ODEREF:
		return same_safe(a->x, b->x);
	case OINDEX:
		return same_safe(a->x, b->x) && same_safe(a->y, b->y);
	case OLITERAL:
		return a->val && b->val && const_int64_val(a->val, &x) && const_int64_val(b->val, &y) && x == y;
	default:
		return false;
	}
}

static bool zero_const(Node *n)
{
	int64_t v;
	return n->op == OLITERAL && n->val && const_int64_val(n->val, &v) && v == 0;
}

static void store(Nowb *w, Node *lhs, Node *rhs, Pos pos)
{
	if (w->cur->wbpos || !lhs || !lhs->type || !gc_has_pointers(lhs->type))
		return;
	/* s = s[:j]: only the length and capacity change */
	if (rhs && (rhs->op == OSLICE || rhs->op == OSLICE3) && (!rhs->y || zero_const(rhs->y)) &&
	    same_safe(rhs->x, lhs))
		return;
	if (heap_dest(lhs))
		w->cur->wbpos = pos;
}

static IrFunc *callee(Node *x)
{
	switch (x->op) {
	case ONAME:
		return x->nm->class == PFUNC ? x->func : NULL;
	case OMETHEXPR:
		return ir_method_expr_func(x);
	case OCLOSURE:
		return x->func;
	default:
		return NULL;
	}
}

static void visit(Node *n, void *ctx)
{
	Nowb *w = ctx;
	int i;
	switch (n->op) {
	case OAS:
		store(w, n->x, n->y, n->pos);
		break;
	case OASOP:
		store(w, n->x, NULL, n->pos);
		break;
	case OAS2:
		for (i = 0; i < n->list.n; i++)
			store(w, n->list.v[i], i < n->rlist.n ? n->rlist.v[i] : NULL, n->pos);
		break;
	case OCALLFUNC: {
		IrFunc *to = callee(n->x);
		add_call(w->cur, to, n->pos);
		/* systemstack(f) runs f */
		if (w->runtime && to && n->list.n == 1 && to->nname && to->nname->nm &&
		    strcmp(to->nname->nm->sym, "systemstack") == 0)
			add_call(w->cur, callee(n->list.v[0]), n->pos);
		break;
	}
	case OCLOSURE: {
		FnInfo *save = w->cur;
		if (n->func)
			scan_func(w, n->func);
		w->cur = save;
		break;
	}
	default:
		break;
	}
}

static void scan_func(Nowb *w, IrFunc *fn)
{
	int i;
	w->cur = info_of(w, fn);
	for (i = 0; i < fn->body.n; i++)
		ir_visit(fn->body.v[i], visit, w);
}

static void report(Nowb *w, FnInfo *fi)
{
	Buf b = {0};
	FnInfo *c = fi;
	char pbuf[512];
	while (c->from) {
		buf_printf(&b, "\n\t%s: called by %s", pos_str(c->frompos, pbuf, sizeof pbuf),
		           ir_func_name(c->from));
		c = ptrmap_get(&w->infos, c->from);
	}
	errorf(fi->wbpos, "write barrier prohibited by caller; %s%s", ir_func_name(fi->fn),
	       b.s ? b.s : "");
	buf_free(&b);
}

void esc_nowb_check(IrPackage *p)
{
	Nowb w;
	FnInfo **q;
	int nq = 0, head = 0, i, j;
	memset(&w, 0, sizeof w);
	w.runtime = true;
	for (i = 0; i < p->nfuncs; i++)
		scan_func(&w, p->funcs[i]);
	q = xcalloc((size_t)w.n + 1, sizeof *q);
	for (i = 0; i < w.n; i++) {
		FnInfo *fi = w.order[i];
		if (fi->fn->pragma & PRAGMA_NOWRITEBARRIERREC) {
			fi->queued = true;
			q[nq++] = fi;
		}
		if ((fi->fn->pragma & PRAGMA_NOWRITEBARRIER) && fi->wbpos)
			errorf(fi->wbpos, "write barrier prohibited");
	}
	while (head < nq) {
		FnInfo *fi = q[head++];
		if (fi->wbpos) {
			report(&w, fi);
			continue;
		}
		for (j = 0; j < fi->ncalls; j++) {
			FnInfo *t = ptrmap_get(&w.infos, fi->calls[j].to);
			if (!t || t->queued || (t->fn->pragma & PRAGMA_YESWRITEBARRIERREC))
				continue;
			t->queued = true;
			t->from = fi->fn;
			t->frompos = fi->calls[j].pos;
			q[nq++] = t;
		}
	}
	for (i = 0; i < w.n; i++) {
		free(w.order[i]->calls);
		free(w.order[i]);
	}
	free(w.order);
	free(q);
	ptrmap_free(&w.infos);
}
