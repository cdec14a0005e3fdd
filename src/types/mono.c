/* mono.c: the check that a package can be compiled by instantiating
 * every generic function and type statically: no instantiation may
 * feed a type parameter, through a chain of instantiations, a type
 * that grows each time round ("instantiation cycle").
 *
 * The graph has a vertex per type parameter and per defined type
 * declared inside a generic function (implicitly parameterized by the
 * enclosing type parameters). Instantiating P with a type that mentions
 * Q adds an edge Q -> P, of weight 0 when the argument is Q itself and
 * 1 otherwise; a local defined type gets an edge of weight 1 from each
 * enclosing type parameter. A cycle of positive weight is an error; it
 * is found with Bellman-Ford looking for the heaviest paths, stopping
 * when a path has as many edges as there are vertices. */
#include <string.h>

#include "check.h"

typedef struct MonoVertex {
	int weight;                /* of the heaviest path found to here */
	int pre;                   /* last edge of that path, -1 if none */
	int len;                   /* its length */
	Object *obj;               /* the type parameter or defined type */
} MonoVertex;

typedef struct MonoEdge {
	int dst, src, weight;
	Pos pos;
	Type *typ;
} MonoEdge;

struct MonoGraph {
	MonoVertex *v;
	int nv, capv;
	MonoEdge *e;
	int ne, cape;
	PtrMap canon;              /* method receiver type parameter -> its type's parameter */
	PtrMap index;              /* TypeName -> vertex+2 (1: needs no vertex) */
};

static MonoGraph *graph(Checker *c)
{
	if (!c->mono)
		c->mono = NEW(types_arena(), MonoGraph);
	return c->mono;
}

static int add_vertex(MonoGraph *g, Object *obj)
{
	if (g->nv == g->capv) {
		int cap = g->capv ? 2 * g->capv : 16;
		MonoVertex *v = NEWARRAY(types_arena(), MonoVertex, cap);
		if (g->nv)
			memcpy(v, g->v, sizeof *v * (size_t)g->nv);
		g->v = v;
		g->capv = cap;
	}
	memset(&g->v[g->nv], 0, sizeof g->v[0]);
	g->v[g->nv].pre = -1;
	g->v[g->nv].obj = obj;
	return g->nv++;
}

static void add_edge(MonoGraph *g, int dst, int src, int weight, Pos pos, Type *typ)
{
	MonoEdge *e;
	if (g->ne == g->cape) {
		int cap = g->cape ? 2 * g->cape : 16;
		MonoEdge *n = NEWARRAY(types_arena(), MonoEdge, cap);
		if (g->ne)
			memcpy(n, g->e, sizeof *n * (size_t)g->ne);
		g->e = n;
		g->cape = cap;
	}
	e = &g->e[g->ne++];
	e->dst = dst;
	e->src = src;
	e->weight = weight;
	e->pos = pos;
	e->typ = typ;
}

void mono_record_canon(Checker *c, Type *mpar, Type *tpar)
{
	ptrmap_put(&graph(c)->canon, mpar, tpar);
}

static int tparam_vertex(MonoGraph *g, Type *tpar)
{
	Type *canon = ptrmap_get(&g->canon, tpar);
	Object *obj;
	intptr_t k;
	int idx;
	if (canon)
		tpar = canon;
	obj = tpar->u.tparam.obj;
	k = (intptr_t)ptrmap_get(&g->index, obj);
	if (k)
		return (int)k - 2;
	idx = add_vertex(g, obj);
	ptrmap_put(&g->index, obj, (void *)(intptr_t)(idx + 2));
	return idx;
}

/* The vertex of a defined type declared inside generic code, or -1
 * for one that needs none (imported or package-level types). */
static int local_named_vertex(MonoGraph *g, Pkg *pkg, Type *named)
{
	Object *obj = named->u.named.obj;
	Scope *root = pkg->scope, *s;
	intptr_t k;
	int idx = -1, i;
	if (obj->pkg != pkg || obj->parent == root || !obj->parent)
		return -1;
	k = (intptr_t)ptrmap_get(&g->index, obj);
	if (k)
		return (int)k - 2;
	/* the type parameters in scope where the type is declared */
	for (s = obj->parent; s && s != root; s = s->parent) {
		for (i = 0; i < s->norder; i++) {
			Object *e = s->order[i];
			if (e->kind == OBJ_TYPENAME && !e->u.typename.isalias && e->pos < obj->pos && e->type &&
			    e->type->kind == TYPE_TYPEPARAM) {
				if (idx < 0)
					idx = add_vertex(g, obj);
				add_edge(g, idx, tparam_vertex(g, e->type), 1, obj->pos, e->type);
			}
		}
	}
	ptrmap_put(&g->index, obj, (void *)(intptr_t)(idx + 2));
	return idx;
}

typedef struct Assign {
	MonoGraph *g;
	Pkg *pkg;
	Pos pos;
	Type *tpar, *targ;
} Assign;

/* typ flows into the type parameter from vertex src */
static void flow(Assign *a, int src, Type *typ)
{
	add_edge(a->g, tparam_vertex(a->g, a->tpar), src, typ == a->targ ? 0 : 1, a->pos, a->targ);
}

static void assign_walk(Assign *a, Type *t)
{
	int i;
	switch (t->kind) {
	case TYPE_TYPEPARAM:
		flow(a, tparam_vertex(a->g, t), t);
		break;
	case TYPE_NAMED: {
		int src = local_named_vertex(a->g, a->pkg, named_orig(t));
		if (src >= 0)
			flow(a, src, t);
		for (i = 0; i < t->u.named.targs.n; i++)
			assign_walk(a, t->u.named.targs.v[i]);
		break;
	}
	case TYPE_ARRAY:
		assign_walk(a, t->u.array.elem);
		break;
	case TYPE_SLICE:
		assign_walk(a, t->u.slice.elem);
		break;
	case TYPE_POINTER:
		assign_walk(a, t->u.pointer.elem);
		break;
	case TYPE_CHAN:
		assign_walk(a, t->u.chan.elem);
		break;
	case TYPE_MAP:
		assign_walk(a, t->u.map.key);
		assign_walk(a, t->u.map.elem);
		break;
	case TYPE_INTERFACE:
		for (i = 0; i < t->u.iface.nmethods; i++)
			assign_walk(a, t->u.iface.methods[i]->type);
		break;
	case TYPE_SIGNATURE:
		for (i = 0; i < type_tuple_len(t->u.sig.params); i++)
			assign_walk(a, t->u.sig.params->u.tuple.vars[i]->type);
		for (i = 0; i < type_tuple_len(t->u.sig.results); i++)
			assign_walk(a, t->u.sig.results->u.tuple.vars[i]->type);
		break;
	case TYPE_STRUCT:
		for (i = 0; i < t->u.strct.nfields; i++)
			assign_walk(a, t->u.strct.fields[i]->type);
		break;
	default:
		break;
	}
}

void mono_record_instance(Checker *c, Pos pos, TypeList tparams, TypeList targs, ExprList xlist)
{
	Assign a;
	int i;
	a.g = graph(c);
	a.pkg = c->pkg;
	for (i = 0; i < tparams.n && i < targs.n; i++) {
		/* instantiation cycles stay within a package */
		if (tparams.v[i]->u.tparam.obj->pkg != c->pkg)
			continue;
		a.pos = i < xlist.n ? expr_start_pos(xlist.v[i]) : pos;
		a.tpar = tparams.v[i];
		a.targ = targs.v[i];
		assign_walk(&a, a.targ);
	}
}

static const char *relative_to(Pkg *pkg, void *ctx)
{
	return pkg == ctx ? NULL : pkg->path;
}

static void report_loop(Checker *c, int v)
{
	MonoGraph *g = c->mono;
	bool *seen = NEWARRAY(types_arena(), bool, g->nv);
	int *stack = NEWARRAY(types_arena(), int, g->nv + 1);
	int n = 0, start = 0, i;
	Buf b = {0};

	/* the path ends at v, which may hang off the cycle: walk back to the
	 * first vertex met twice, and keep the cycle from there */
	while (!seen[v]) {
		stack[n++] = v;
		seen[v] = true;
		v = g->e[g->v[v].pre].src;
	}
	while (stack[start] != v)
		start++;

	buf_puts(&b, "instantiation cycle:");
	for (i = start; i < n; i++) {
		MonoEdge *e = &g->e[g->v[stack[i]].pre];
		Object *obj = g->v[e->dst].obj;
		buf_printf(&b, "\n\t%s: %s ", check_pos_string(e->pos), obj->name);
		buf_puts(&b, obj->type && obj->type->kind == TYPE_NAMED ? "implicitly parameterized by " : "instantiated as ");
		type_write(&b, e->typ, relative_to, c->pkg);
	}
	check_errorf(c, g->v[v].obj->pos, "%s", buf_cstr(&b));
	buf_free(&b);
}

void mono_check(Checker *c)
{
	MonoGraph *g = c->mono;
	bool again = true;
	int i;
	if (!g)
		return;
	while (again) {
		again = false;
		for (i = 0; i < g->ne; i++) {
			MonoEdge *e = &g->e[i];
			MonoVertex *src = &g->v[e->src], *dst = &g->v[e->dst];
			int w = src->weight + e->weight;
			if (w <= dst->weight)
				continue;
			dst->pre = i;
			dst->len = src->len + 1;
			if (dst->len == g->nv) {
				report_loop(c, e->dst);
				return;
			}
			dst->weight = w;
			again = true;
		}
	}
}
