/* initorder.c: the order of package variable initialization (spec:
 * Package initialization), and initialization cycles.
 *
 * The graph has a node per package-level constant, variable and
 * function, with an edge to each object its initializer (or body)
 * refers to. Functions are then removed, their callers linked to their
 * dependencies, and nodes are emitted fewest-dependencies-first, ties
 * in source order: go/types' algorithm, so the order is the same. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* --- node sets with deletion ------------------------------------------------------ */

typedef struct Node Node;

typedef struct NodeSet {
	Node **keys;               /* NULL: empty; TOMB: deleted */
	int cap, len, used;        /* used: live + deleted slots */
} NodeSet;

struct Node {
	Object *obj;
	NodeSet pred, succ;        /* nodes depending on this one; its dependencies */
	int index;                 /* in the heap */
	int ndeps;
};

static Node tomb_node;
#define TOMB (&tomb_node)

static uint32_t node_hash(const Node *n)
{
	uint64_t x = (uint64_t)(uintptr_t)n;
	x ^= x >> 31;
	x *= 0x9e3779b97f4a7c15ull;
	return (uint32_t)(x >> 32);
}

static void set_add(NodeSet *s, Node *n);

static void set_grow(NodeSet *s)
{
	NodeSet old = *s;
	int i;
	s->cap = old.cap ? (old.len * 4 > old.cap ? 2 * old.cap : old.cap) : 8;
	s->keys = xcalloc((size_t)s->cap, sizeof *s->keys);
	s->len = s->used = 0;
	for (i = 0; i < old.cap; i++)
		if (old.keys[i] && old.keys[i] != TOMB)
			set_add(s, old.keys[i]);
	free(old.keys);
}

static void set_add(NodeSet *s, Node *n)
{
	int i, tomb = -1;
	if (4 * (s->used + 1) > 3 * s->cap)
		set_grow(s);
	for (i = (int)(node_hash(n) & (uint32_t)(s->cap - 1)); s->keys[i]; i = (i + 1) & (s->cap - 1)) {
		if (s->keys[i] == n)
			return;
		if (s->keys[i] == TOMB && tomb < 0)
			tomb = i;
	}
	if (tomb >= 0) {
		s->keys[tomb] = n;
	} else {
		s->keys[i] = n;
		s->used++;
	}
	s->len++;
}

static void set_del(NodeSet *s, Node *n)
{
	int i;
	if (!s->cap)
		return;
	for (i = (int)(node_hash(n) & (uint32_t)(s->cap - 1)); s->keys[i]; i = (i + 1) & (s->cap - 1)) {
		if (s->keys[i] == n) {
			s->keys[i] = TOMB;
			s->len--;
			return;
		}
	}
}

#define SET_EACH(s, i, n) \
	for (i = 0; i < (s)->cap; i++) \
		if (((n) = (s)->keys[i]) && (n) != TOMB)

/* --- the dependency graph ----------------------------------------------------------- */

static bool is_dependency(const Object *o)
{
	return o->kind == OBJ_CONST || o->kind == OBJ_VAR || o->kind == OBJ_FUNC;
}

static int cmp_cost(const void *a, const void *b)
{
	const Node *x = *(Node *const *)a, *y = *(Node *const *)b;
	long cx = (long)x->pred.len * x->succ.len, cy = (long)y->pred.len * y->succ.len;
	if (cx != cy)
		return cx < cy ? -1 : 1;
	return x->obj->order < y->obj->order ? -1 : x->obj->order > y->obj->order;
}

/* The graph of constants and variables, functions removed; *nodes
 * holds every node made (to free them). */
static Node **dependency_graph(Checker *c, int *n, Node **all, int *nall)
{
	PtrMap m = {0};
	Node **g, **funcs;
	int i, j, ng = 0, nf = 0, k;

	for (i = 0; i < c->nobjlist; i++) {
		Object *o = c->objlist[i];
		if (is_dependency(o)) {
			Node *nd = &(*all)[(*nall)++];
			memset(nd, 0, sizeof *nd);
			nd->obj = o;
			ptrmap_put(&m, o, nd);
		}
	}
	for (i = 0; i < *nall; i++) {
		Node *nd = &(*all)[i];
		DeclInfo *d = ptrmap_get(&c->objmap, nd->obj);
		for (j = 0; j < d->ndeps; j++) {
			Node *dep = ptrmap_get(&m, d->deps[j]);
			if (dep) {
				set_add(&nd->succ, dep);
				set_add(&dep->pred, nd);
			}
		}
	}
	ptrmap_free(&m);

	g = xmalloc(sizeof *g * (size_t)(*nall ? *nall : 1));
	funcs = xmalloc(sizeof *funcs * (size_t)(*nall ? *nall : 1));
	for (i = 0; i < *nall; i++) {
		Node *nd = &(*all)[i];
		if (nd->obj->kind == OBJ_FUNC)
			funcs[nf++] = nd;
		else
			g[ng++] = nd;
	}
	/* Remove functions, linking each caller to each dependency; cheap
	 * ones first, since removals copy edges onward. Cycles among
	 * functions are fine and must not count against variables. */
	qsort(funcs, (size_t)nf, sizeof *funcs, cmp_cost);
	for (i = 0; i < nf; i++) {
		Node *fn = funcs[i], *p, *s;
		SET_EACH(&fn->pred, j, p) {
			if (p == fn)
				continue;
			SET_EACH(&fn->succ, k, s) {
				if (s == fn)
					continue;
				set_add(&p->succ, s);
				set_add(&s->pred, p);
			}
			set_del(&p->succ, fn);
		}
		SET_EACH(&fn->succ, j, s)
			set_del(&s->pred, fn);
	}
	free(funcs);
	for (i = 0; i < ng; i++) {
		g[i]->index = i;
		g[i]->ndeps = g[i]->succ.len;
	}
	*n = ng;
	return g;
}

/* --- the priority queue -------------------------------------------------------------- */

static bool node_less(const Node *x, const Node *y)
{
	return x->ndeps < y->ndeps || (x->ndeps == y->ndeps && x->obj->order < y->obj->order);
}

static void heap_swap(Node **h, int i, int j)
{
	Node *t = h[i];
	h[i] = h[j];
	h[j] = t;
	h[i]->index = i;
	h[j]->index = j;
}

static void heap_down(Node **h, int n, int i)
{
	for (;;) {
		int l = 2 * i + 1, m = i;
		if (l < n && node_less(h[l], h[m]))
			m = l;
		if (l + 1 < n && node_less(h[l + 1], h[m]))
			m = l + 1;
		if (m == i)
			return;
		heap_swap(h, i, m);
		i = m;
	}
}

static void heap_up(Node **h, int i)
{
	while (i > 0) {
		int p = (i - 1) / 2;
		if (!node_less(h[i], h[p]))
			return;
		heap_swap(h, i, p);
		i = p;
	}
}

/* --- cycles ----------------------------------------------------------------------------- */

/* A path of dependencies from `from` to `to`, reversed (to first), or
 * NULL; *n gets its length. */
static Object **find_path(Checker *c, Object *from, Object *to, PtrMap *seen, int *n)
{
	DeclInfo *d;
	int i;
	if (ptrmap_get(seen, from))
		return NULL;
	ptrmap_put(seen, from, from);
	d = ptrmap_get(&c->objmap, from);
	for (i = 0; i < d->ndeps; i++) {
		Object *dep = d->deps[i], **p;
		if (dep == to) {
			p = xmalloc(sizeof *p * 16);
			p[0] = dep;
			*n = 1;
			return p;
		}
		if ((p = find_path(c, dep, to, seen, n))) {
			if ((*n & (*n - 1)) == 0 && *n >= 16)
				p = xrealloc(p, sizeof *p * (size_t)(2 * *n));
			p[(*n)++] = dep;
			return p;
		}
	}
	return NULL;
}

static void report_cycle(Checker *c, Object **cycle, int n)
{
	Buf b = {0};
	Object *obj = cycle[0];
	int i;
	buf_printf(&b, "initialization loop for %s", obj->name);
	/* cycle[0], then n-1, n-2, ... 1, and cycle[0] again */
	for (i = n - 1; i >= 0; i--) {
		buf_printf(&b, "\n\t%s: %s refers to", check_pos_string(obj->pos), obj->name);
		obj = cycle[i];
	}
	buf_printf(&b, "\n\t%s: %s", check_pos_string(obj->pos), obj->name);
	check_errorf(c, cycle[0]->pos, "%s", buf_cstr(&b));
	buf_free(&b);
}

/* --- the order ----------------------------------------------------------------------------- */

void init_order(Checker *c)
{
	Node *all = xmalloc(sizeof *all * (size_t)(c->nobjlist ? c->nobjlist : 1));
	int nall = 0, n, i, j;
	Node **pq = dependency_graph(c, &n, &all, &nall);
	PtrMap emitted = {0};
	Vec inits = {0};

	for (i = n / 2 - 1; i >= 0; i--)
		heap_down(pq, n, i);
	while (n > 0) {
		Node *nd = pq[0], *p;
		DeclInfo *info;
		Initializer *init;
		heap_swap(pq, 0, n - 1);
		n--;
		heap_down(pq, n, 0);
		nd->index = -1;

		/* still depending on others: a cycle (reported when found
		 * from an object in it) */
		if (nd->ndeps > 0) {
			PtrMap seen = {0};
			int len = 0;
			Object **cycle = find_path(c, nd->obj, nd->obj, &seen, &len);
			ptrmap_free(&seen);
			if (cycle) {
				report_cycle(c, cycle, len);
				free(cycle);
			}
		}
		/* the nodes depending on this one have one dependency less */
		SET_EACH(&nd->pred, j, p) {
			p->ndeps--;
			if (p->index >= 0)
				heap_up(pq, p->index);
		}
		/* only variables with initializers are recorded */
		if (nd->obj->kind != OBJ_VAR)
			continue;
		info = ptrmap_get(&c->objmap, nd->obj);
		if (!info->init)
			continue;
		/* a, b = f() initializes both at once, at the first of them */
		if (ptrmap_get(&emitted, info))
			continue;
		ptrmap_put(&emitted, info, info);
		init = NEW(c->arena, Initializer);
		if (info->lhs) {
			init->lhs = info->lhs;
			init->nlhs = info->nlhs;
		} else {
			init->lhs = NEWARRAY(c->arena, Object *, 1);
			init->lhs[0] = nd->obj;
			init->nlhs = 1;
		}
		init->rhs = info->init;
		vec_push(&inits, init);
	}
	c->pkg->inits = (Initializer **)vec_finish(&inits, c->arena, &c->pkg->ninits);
	vec_free(&inits);
	ptrmap_free(&emitted);
	for (i = 0; i < nall; i++) {
		free(all[i].pred.keys);
		free(all[i].succ.keys);
	}
	free(all);
	free(pq);
}
