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

/* gc's FuncName: the function's symbol without its package, which an
 * instance of another package's generic function carries in its name */
/* fn as -m=2 names it: an instance of a generic declared elsewhere
 * without its package */
const char *esc_func_name(const IrFunc *fn)
{
	const char *s = ir_func_name(fn);
	size_t n;
	while (fn && fn->outer)
		fn = fn->outer;   /* a closure is named after its outermost function */
	if (fn && fn->generic && fn->generic->pkg) {
		n = strlen(fn->generic->pkg->name);
		if (!strncmp(s, fn->generic->pkg->name, n) && s[n] == '.')
			return s + n + 1;
	}
	return s;
}

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
static bool outlives(Batch *b, Location *l, Location *other)
{
	if (l->escapes)
		return true;
	if (l == &b->mutatorloc || l == &b->calleeloc)
		return false;
	/* Results go to callers that may keep them; except that a closure
	 * called where it is defined can return addresses of variables of
	 * its enclosing function. */
	if (loc_is_class(l, PPARAMOUT)) {
		if (contains_closure(other->curfn, l->curfn) &&
		    (release_has(FEAT_ESCAPE_ATTRS) ? !(l->curfn->flags & FN_RESULTSLOST)
		                                   : (l->curfn->flags & FN_CLOSURECALLED)))
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
	printf("%s:   flow: %s %s ", pos, explain_loc(b, dst), release_has(FEAT_FLOW_ARROW) ? "\xe2\x86\x90" : "=");
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
		if (outlives(b, root, l)) {
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

/* --- go1.22 on: attributes ----------------------------------------------------------
 *
 * A location carries what may happen to what it holds: it escapes, it
 * persists (is not transient), what it points to is written (mutates),
 * or it is called (calls). Each is learnt at most once, so each
 * location is walked again at most four times. Walks run in a
 * double-ended queue, those that escape first, and a walk visits the
 * locations breadth-first. */

typedef struct Deque {
	Location **v;
	int head, n, cap;
} Deque;

static void dq_grow(Deque *q)
{
	Location **nv;
	int i, cap = q->cap ? 2 * q->cap : 64;
	nv = xrealloc(NULL, sizeof *nv * (size_t)cap);
	for (i = 0; i < q->n; i++)
		nv[i] = q->v[(q->head + i) % q->cap];
	free(q->v);
	q->v = nv;
	q->head = 0;
	q->cap = cap;
}

static void dq_push_back(Deque *q, Location *l)
{
	if (q->n == q->cap)
		dq_grow(q);
	q->v[(q->head + q->n++) % q->cap] = l;
}

static void dq_push_front(Deque *q, Location *l)
{
	if (q->n == q->cap)
		dq_grow(q);
	q->head = (q->head + q->cap - 1) % q->cap;
	q->v[q->head] = l;
	q->n++;
}

static Location *dq_pop_front(Deque *q)
{
	Location *l = q->v[q->head];
	q->head = (q->head + 1) % q->cap;
	q->n--;
	return l;
}

static void enqueue_attrs(Deque *todo, Location *l)
{
	if (l->queued)
		return;
	l->queued = true;
	if (l->escapes)
		dq_push_front(todo, l);
	else
		dq_push_back(todo, l);
}

static void walk_one_attrs(Batch *b, Location *root, uint32_t walkgen, Deque *enq, Deque *todo)
{
	int i;
	root->walkgen = walkgen;
	root->derefs = 0;
	root->dst = NULL;
	/* a closure that may be called where its results are not followed:
	 * they are lost, and flow again */
	if (root->calls && root->n && root->n->op == OCLOSURE) {
		IrFunc *fn = root->n->func;
		if (fn->esc != 0 && esc_in_mutual_batch(fn) && !(fn->flags & FN_RESULTSLOST)) {
			fn->flags |= FN_RESULTSLOST;
			for (i = 0; i < fn->results.n; i++)
				enqueue_attrs(enq, old_loc(fn->results.v[i]));
		}
	}
	todo->n = todo->head = 0;
	dq_push_front(todo, root);
	while (todo->n > 0) {
		Location *l = dq_pop_front(todo);
		int derefs = l->derefs;
		bool esc = false, pers = false, mut = false, call = false;
		l->queuedone = 0;
		if (derefs < 0) {
			derefs = 0;
			if (outlives(b, root, l)) {
				if (!l->escapes && b->mflag >= 2) {
					char pos[512];
					warn_out_header();
					printf("%s: %s escapes to heap in %s:\n", pos_str(l->n->pos, pos, sizeof pos),
					       ir_node_string(l->n),
					       esc_func_name(l->curfn));
					explain_path(b, root, l);
				}
				esc = pers = mut = call = true;
			} else if (!root->transient) {
				pers = true;
			}
		}
		if (derefs == 0) {
			mut = mut || root->mutates;
			call = call || root->calls;
		}
		if (loc_is_class(l, PPARAM)) {
			if (outlives(b, root, l)) {
				if (!l->escapes && b->mflag >= 2) {
					char pos[512];
					warn_out_header();
					printf("%s: parameter %s leaks to %s for %s with derefs=%d:\n",
					       pos_str(l->n->pos, pos, sizeof pos), ir_node_string(l->n),
					       explain_loc(b, root), esc_func_name(l->curfn), derefs);
					explain_path(b, root, l);
				}
				loc_leak_to(l, root, derefs);
			}
			if (root->mutates)
				leaks_add_mutator(&l->paramesc, derefs);
			if (root->calls)
				leaks_add_callee(&l->paramesc, derefs);
		}
		if ((esc && !l->escapes) || (pers && l->transient) || (mut && !l->mutates) || (call && !l->calls)) {
			if (esc)
				l->escapes = true;
			if (pers)
				l->transient = false;
			if (mut)
				l->mutates = true;
			if (call)
				l->calls = true;
			enqueue_attrs(enq, l);
			if (l->escapes)
				continue;
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
				if (src->queuedone != walkgen) {
					src->queuedone = walkgen;
					dq_push_back(todo, src);
				}
			}
		}
	}
}

static void walk_all_attrs(Batch *b)
{
	Deque enq = {0}, todo = {0};
	uint32_t walkgen = 0;
	int i;
	for (i = 0; i < b->nlocs; i++) {
		dq_push_front(&enq, b->locs[i]);
		b->locs[i]->queued = true;
	}
	dq_push_front(&enq, &b->mutatorloc);
	dq_push_front(&enq, &b->calleeloc);
	dq_push_front(&enq, &b->heaploc);
	b->mutatorloc.queued = b->calleeloc.queued = b->heaploc.queued = true;
	while (enq.n > 0) {
		Location *root = dq_pop_front(&enq);
		root->queued = false;
		walk_one_attrs(b, root, ++walkgen, &enq, &todo);
	}
	free(enq.v);
	free(todo.v);
}

void esc_walk_all(Batch *b)
{
	Queue enq = {0}, todo = {0};
	uint32_t walkgen = 0;
	int i;
	if (release_has(FEAT_ESCAPE_ATTRS)) {
		walk_all_attrs(b);
		return;
	}
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
