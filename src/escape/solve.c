/* solve.c: solving the escape graph.
 *
 * From each root location, the minimal derefs from every other location
 * is found with a Bellman-Ford style walk over incoming edges (derefs
 * are bounded below by 0 once an address has been taken, so negative
 * cycles cannot arise). A root is walked again when it changes from
 * transient to not, or from not escaping to escaping, each of which
 * happens at most once, so the work is linear in the locations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

static bool loc_is_class(Location *l, NameClass c)
{
	return l->n && l->n->op == ONAME && l->n->nm->class == c;
}

/* Is c a closure nested (at any depth) inside f? */
static bool contains_closure(IrFunc *f, IrFunc *c)
{
	if (f == c)
		return false;
	for (c = c->outer; c; c = c->outer)
		if (c == f)
			return true;
	return false;
}

/* Whether values stored in l may outlive other, were other on the stack. */
static bool outlives(Location *l, Location *other)
{
	if (l->escapes)
		return true;
	/* Results go to callers that may keep them; except that a closure
	 * called where it is defined can return addresses of variables of
	 * its enclosing function. */
	if (loc_is_class(l, PPARAMOUT)) {
		if (contains_closure(other->curfn, l->curfn) && (l->curfn->flags & FN_CLOSURECALLED))
			return false;
		return true;
	}
	/* l declared outside other's loop */
	if (l->curfn == other->curfn && l->loopdepth < other->loopdepth)
		return true;
	/* other declared in a closure inside l's function */
	if (contains_closure(l->curfn, other->curfn))
		return true;
	return false;
}

const char *explain_loc(Batch *b, Location *l)
{
	if (l == &b->heaploc)
		return "{heap}";
	if (!l->n)
		return "{temp}";
	if (l->n->op == ONAME)
		return ir_node_string(l->n);
	return arena_printf(b->arena, "{storage for %s}", ir_node_string(l->n));
}

void explain_flow(Batch *b, const char *pos, Location *dst, Location *src, int derefs, Note *notes)
{
	char pbuf[512];
	Note *n;
	printf("%s:   flow: %s = ", pos, explain_loc(b, dst));
	if (derefs < 0)
		printf("&");
	else {
		int i;
		for (i = 0; i < derefs; i++)
			printf("*");
	}
	printf("%s:\n", explain_loc(b, src));
	for (n = notes; n; n = n->next)
		printf("%s:     from %s (%s) at %s\n", pos, ir_node_string(n->where), n->why,
		       pos_str(n->where->pos, pbuf, sizeof pbuf));
}

/* Prints how src flows to the walk's root, following the dst links. */
static void explain_path(Batch *b, Location *root, Location *src)
{
	char pos[512];
	PtrMap visited = {0};
	pos_str(src->n->pos, pos, sizeof pos);
	for (;;) {
		Location *dst;
		Edge *edge;
		if (ptrmap_get(&visited, src)) {
			printf("%s:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518\n", pos);
			break;
		}
		ptrmap_put(&visited, src, src);
		dst = src->dst;
		edge = &dst->edges[src->dstedge];
		if (edge->src != src)
			BUG("escape: path inconsistency");
		explain_flow(b, pos, dst, src, edge->derefs, edge->notes);
		if (dst == root)
			break;
		src = dst;
	}
	ptrmap_free(&visited);
}

typedef struct Queue {
	Location **v;
	int n, cap;
} Queue;

static void queue_push(Queue *q, Location *l)
{
	if (q->n == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 64;
		q->v = xrealloc(q->v, sizeof *q->v * (size_t)q->cap);
	}
	q->v[q->n++] = l;
}

static void enqueue(Queue *todo, Location *l)
{
	if (!l->queued) {
		queue_push(todo, l);
		l->queued = true;
	}
}

static void walk_one(Batch *b, Location *root, uint32_t walkgen, Queue *enq, Queue *todo)
{
	root->walkgen = walkgen;
	root->derefs = 0;
	root->dst = NULL;
	todo->n = 0;
	queue_push(todo, root);
	while (todo->n > 0) {
		Location *l = todo->v[--todo->n];
		int derefs = l->derefs, i;
		bool addressof = derefs < 0;
		if (addressof) {
			/* root = &l; l = x: l's address reaches root, x's does not */
			derefs = 0;
			if (!root->transient && l->transient) {
				l->transient = false;
				enqueue(enq, l);
			}
		}
		if (outlives(root, l)) {
			if (loc_is_class(l, PPARAM)) {
				if (b->mflag >= 2 && !l->escapes) {
					char pos[512];
					warn_out_header();
					printf("%s: parameter %s leaks to %s with derefs=%d:\n",
					       pos_str(l->n->pos, pos, sizeof pos), ir_node_string(l->n),
					       explain_loc(b, root), derefs);
					explain_path(b, root, l);
				}
				loc_leak_to(l, root, derefs);
			}
			if (addressof && !l->escapes) {
				if (b->mflag >= 2) {
					char pos[512];
					warn_out_header();
					printf("%s: %s escapes to heap:\n", pos_str(l->n->pos, pos, sizeof pos),
					       ir_node_string(l->n));
					explain_path(b, root, l);
				}
				l->escapes = true;
				enqueue(enq, l);
				continue;
			}
		}
		for (i = 0; i < l->nedges; i++) {
			Edge *edge = &l->edges[i];
			Location *src = edge->src;
			int d;
			if (src->escapes)
				continue;
			d = derefs + edge->derefs;
			if (src->walkgen != walkgen || src->derefs > d) {
				src->walkgen = walkgen;
				src->derefs = d;
				src->dst = l;
				src->dstedge = i;
				queue_push(todo, src);
			}
		}
	}
}

void esc_walk_all(Batch *b)
{
	Queue enq = {0}, todo = {0};
	uint32_t walkgen = 0;
	int i;
	for (i = 0; i < b->nlocs; i++)
		enqueue(&enq, b->locs[i]);
	enqueue(&enq, &b->heaploc);
	while (enq.n > 0) {
		Location *root = enq.v[--enq.n];
		root->queued = false;
		walk_one(b, root, ++walkgen, &enq, &todo);
	}
	free(enq.v);
	free(todo.v);
}
