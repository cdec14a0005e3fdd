/* graph.c: locations, holes and flow edges (see escape.h). */
#include <stdio.h>

#include "escape.h"

/* --- leaks ----------------------------------------------------------------- */

static int leaks_get(const Leaks *l, int i)
{
	return (int)l->v[i] - 1;
}

static void leaks_set(Leaks *l, int i, int derefs)
{
	int v = derefs + 1;
	ASSERT(v >= 0);
	l->v[i] = (uint8_t)(v > 255 ? 255 : v);
}

static void leaks_add(Leaks *l, int i, int derefs)
{
	int old = leaks_get(l, i);
	if (old < 0 || derefs < old)
		leaks_set(l, i, derefs);
}

int leaks_heap(const Leaks *l) { return leaks_get(l, 0); }
int leaks_result(const Leaks *l, int i) { return leaks_get(l, 1 + i); }
void leaks_add_heap(Leaks *l, int derefs) { leaks_add(l, 0, derefs); }
void leaks_add_result(Leaks *l, int i, int derefs) { leaks_add(l, 1 + i, derefs); }

int esc_num_results(void)
{
	return release_has(FEAT_ESCAPE_ATTRS) ? 5 : NUM_ESC_RESULTS;
}

static int leak_get(uint8_t v) { return (int)v - 1; }
static void leak_add(uint8_t *v, int derefs)
{
	int old = leak_get(*v), x = derefs + 1;
	if (old < 0 || derefs < old)
		*v = (uint8_t)(x > 255 ? 255 : x);
}
int leaks_mutator(const Leaks *l) { return leak_get(l->mutator); }
int leaks_callee(const Leaks *l) { return leak_get(l->callee); }
void leaks_add_mutator(Leaks *l, int derefs) { leak_add(&l->mutator, derefs); }
void leaks_add_callee(Leaks *l, int derefs) { leak_add(&l->callee, derefs); }

/* (a mutation or a call is not a leak) */
bool leaks_empty(const Leaks *l)
{
	int i;
	for (i = 0; i < NELEM(l->v); i++)
		if (l->v[i])
			return false;
	return true;
}

/* A leak to a result at no fewer derefs than the heap leak adds nothing. */
void leaks_optimize(Leaks *l)
{
	int i, x = leaks_heap(l);
	if (x < 0)
		return;
	for (i = 0; i < NUM_ESC_RESULTS; i++)
		if (leaks_result(l, i) >= x)
			l->v[1 + i] = 0;
	if (leaks_mutator(l) >= x)
		l->mutator = 0;
	if (leaks_callee(l) >= x)
		l->callee = 0;
}

Leaks leaks_all_heap(void)
{
	Leaks l = {{0}, 0, 0};
	leaks_add_heap(&l, 0);
	return l;
}

/* --- holes ------------------------------------------------------------------ */

Hole loc_hole(Location *l)
{
	Hole k = {0};
	k.dst = l;
	return k;
}

Hole heap_hole(Escape *e)
{
	return loc_hole(&e->b->heaploc);
}

Hole mutator_hole(Escape *e)
{
	return loc_hole(&e->b->mutatorloc);
}

Hole callee_hole(Escape *e)
{
	return loc_hole(&e->b->calleeloc);
}

Hole discard_hole(Escape *e)
{
	return loc_hole(&e->b->blankloc);
}

/* Notes are only kept when they will be printed (-m=2). */
Hole hole_note(Escape *e, Hole k, Node *where, const char *why)
{
	if (e->b->mflag >= 2) {
		Note *n = NEW(e->b->arena, Note);
		ASSERT(where && why);
		n->next = k.notes;
		n->where = where;
		n->why = why;
		k.notes = n;
	}
	return k;
}

Hole hole_shift(Hole k, int delta)
{
	k.derefs += delta;
	if (k.derefs < -1)
		BUG("escape: derefs underflow (%d)", k.derefs);
	k.addrtaken = delta < 0;
	return k;
}

Hole hole_deref(Escape *e, Hole k, Node *where, const char *why)
{
	return hole_note(e, hole_shift(k, 1), where, why);
}

Hole hole_addr(Escape *e, Hole k, Node *where, const char *why)
{
	return hole_note(e, hole_shift(k, -1), where, why);
}

/* x.(T): a non-interface T stored indirectly in the interface is loaded
 * through a pointer. */
Hole hole_dottype(Escape *e, Hole k, Type *t, Node *where, const char *why)
{
	if (!gc_is_interface(t) && !gc_is_direct_iface(t))
		k = hole_shift(k, 1);
	return hole_note(e, k, where, why);
}

/* --- flow -------------------------------------------------------------------- */

void esc_flow(Batch *b, Hole k, Location *src)
{
	Location *dst = k.dst;
	if (k.addrtaken)
		src->addrtaken = true;
	if (dst == &b->blankloc)
		return;
	if (dst == src && k.derefs >= 0)
		return;   /* dst = dst, dst = *dst, ... */
	if (dst->escapes && k.derefs < 0) {
		/* dst = &src with dst already in the heap */
		if (b->mflag >= 2) {
			char pbuf[512];
			warn_out_header();
			pos_str(src->n->pos, pbuf, sizeof pbuf);
			if (release_has(FEAT_ESCAPE_ATTRS))
				printf("%s: %s escapes to heap in %s:\n", pbuf, ir_node_string(src->n), esc_func_name(src->curfn));
			else
				printf("%s: %s escapes to heap:\n", pbuf, ir_node_string(src->n));
			explain_flow(b, pbuf, dst, src, k.derefs, k.notes);
		}
		src->escapes = true;
		if (release_has(FEAT_ESCAPE_ATTRS)) {
			src->transient = false;
			src->mutates = src->calls = true;
		}
		return;
	}
	if (dst->nedges == dst->capedges) {
		int cap = dst->capedges ? 2 * dst->capedges : 4;
		Edge *ne = NEWARRAY(b->arena, Edge, cap);
		int i;
		for (i = 0; i < dst->nedges; i++)
			ne[i] = dst->edges[i];
		dst->edges = ne;
		dst->capedges = cap;
	}
	dst->edges[dst->nedges].src = src;
	dst->edges[dst->nedges].derefs = k.derefs;
	dst->edges[dst->nedges].notes = k.notes;
	dst->nedges++;
}

Location *new_loc(Escape *e, Node *n, bool transient)
{
	Batch *b = e->b;
	Location *l = NEW(b->arena, Location);
	ASSERT(e->curfn);
	if (n && n->type && type_not_in_heap(n->type))
		errorf(n->pos, "%s is incomplete (or unallocatable); stack allocation disallowed",
		       gc_type_string(n->type));
	l->n = n;
	l->curfn = e->curfn;
	l->loopdepth = e->loopdepth;
	l->transient = transient;
	if (b->nlocs == b->caplocs) {
		int cap = b->caplocs ? 2 * b->caplocs : 64, i;
		Location **nl = NEWARRAY(b->arena, Location *, cap);
		for (i = 0; i < b->nlocs; i++)
			nl[i] = b->locs[i];
		b->locs = nl;
		b->caplocs = cap;
	}
	b->locs[b->nlocs++] = l;
	if (n && n->op == ONAME) {
		if (ir_canonical(n) != n)
			BUG("escape: location for non-canonical %s", n->nm->sym);
		if (n->opt)
			BUG("escape: %s already has a location", n->nm->sym);
		n->opt = l;
	}
	return l;
}

Location *old_loc(Node *name)
{
	Node *c = ir_canonical(name);
	if (!c->opt)
		BUG("escape: %s has no location", name->nm->sym);
	return c->opt;
}

/* A hole that flows into each of ks, through a new temporary. */
Hole tee_hole(Escape *e, Hole *ks, int n)
{
	Location *l;
	int i;
	if (n == 0)
		return discard_hole(e);
	if (n == 1)
		return ks[0];
	l = new_loc(e, NULL, true);
	for (i = 0; i < n; i++) {
		/* p = &q and p = &tmp; tmp = q differ, so holes taking an
		 * address cannot be combined this way */
		if (ks[i].derefs < 0)
			BUG("escape: tee of an address-taking hole");
		esc_flow(e->b, ks[i], l);
	}
	return loc_hole(l);
}

/* A hole that flows into k some time later: the value must outlive the
 * statement (a deferred call's arguments). */
Hole later_hole(Escape *e, Hole k)
{
	Location *l = new_loc(e, NULL, false);
	esc_flow(e->b, k, l);
	return loc_hole(l);
}

/* Allocates storage for n, flows its address to k, and returns a hole
 * for what is stored into it. */
Hole spill(Escape *e, Hole k, Node *n)
{
	Location *l = new_loc(e, n, true);
	esc_flow(e->b, hole_addr(e, k, n, "spill"), l);
	return loc_hole(l);
}

static bool loc_is_class(Location *l, NameClass c)
{
	return l->n && l->n->op == ONAME && l->n->nm->class == c;
}

/* Records that parameter l leaks to sink. A result parameter that does
 * not itself escape records a result leak, when it fits in the tag. */
void loc_leak_to(Location *l, Location *sink, int derefs)
{
	if (!sink->escapes && loc_is_class(sink, PPARAMOUT) && sink->curfn == l->curfn) {
		int ri = sink->resultindex - 1;
		if (ri < esc_num_results()) {
			leaks_add_result(&l->paramesc, ri, derefs);
			return;
		}
	}
	leaks_add_heap(&l->paramesc, derefs);
}
