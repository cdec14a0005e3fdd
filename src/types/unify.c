/* unify.c: type unification, the engine of type inference (spec: Type
 * unification).
 *
 * Unification walks two types like type identity does, but when it
 * meets one of the type parameters being inferred, it records the type
 * on the other side as that parameter's type (or checks it against the
 * type recorded before). The type parameters of the x side and of the y
 * side are kept apart: with only the x side set, type parameters in y
 * are plain types, which is what self-recursive calls need
 * (func f[P any](p P) { f(p) } infers P for P). Constraint type
 * inference sets y to x, unifying in both directions.
 *
 * Unification is inexact: a named type matches a type literal through
 * its underlying type, channel directions are ignored, and a type
 * parameter from outside the list matches through its core type.
 *
 * Each type parameter has a slot index: 0 none yet, > 0 the slot of its
 * type (types[i-1]), < 0 a slot without a type yet (shared by joined
 * parameters). */
#include <string.h>

#include "check.h"

enum { UNIFY_DEPTH_LIMIT = 50 };

typedef struct TParamSide {
	TypeList tparams;
	int *indices;
} TParamSide;

struct Unifier {
	bool exact;
	TParamSide x, y;
	Type **types;
	int ntypes, captypes;
	int depth;
};

Unifier *unifier_new(TypeList tparams, bool exact)
{
	Unifier *u = NEW(types_arena(), Unifier);
	u->exact = exact;
	u->x.tparams = tparams;
	u->x.indices = NEWARRAY(types_arena(), int, tparams.n > 0 ? tparams.n : 1);
	return u;
}

/* Both sides have the same type parameters, sharing their slots. */
void unifier_bidirectional(Unifier *u)
{
	u->y = u->x;
}

/* The position of tp in list, or -1. */
int tparam_index(TypeList list, Type *tp)
{
	int i = tp->u.tparam.index;
	if (i >= 0 && i < list.n && list.v[i] == tp)
		return i;
	/* a parameter whose index was not bound */
	for (i = 0; i < list.n; i++)
		if (list.v[i] == tp)
			return i;
	return -1;
}

static int side_index(TParamSide *d, Type *t)
{
	if (!t || t->kind != TYPE_TYPEPARAM || !d->tparams.n)
		return -1;
	return tparam_index(d->tparams, t);
}

static int new_slot(Unifier *u, Type *t)
{
	if (u->ntypes == u->captypes) {
		int cap = u->captypes ? 2 * u->captypes : 8;
		Type **v = NEWARRAY(types_arena(), Type *, cap);
		if (u->ntypes)
			memcpy(v, u->types, sizeof *v * (size_t)u->ntypes);
		u->types = v;
		u->captypes = cap;
	}
	u->types[u->ntypes++] = t;
	return u->ntypes;
}

/* Moves every parameter sharing the i'th parameter's slot to slot tj. */
static void set_index(TParamSide *d, int i, int tj)
{
	int k, ti = d->indices[i];
	ASSERT(ti != 0 && tj != 0);
	for (k = 0; k < d->tparams.n; k++)
		if (d->indices[k] == ti)
			d->indices[k] = tj;
}

static Type *side_at(Unifier *u, TParamSide *d, int i)
{
	int ti = d->indices[i];
	return ti > 0 ? u->types[ti - 1] : NULL;
}

static void side_set(Unifier *u, TParamSide *d, int i, Type *t)
{
	int ti = d->indices[i];
	ASSERT(t);
	if (ti < 0) {
		u->types[-ti - 1] = t;
		set_index(d, i, -ti);
	} else if (ti == 0) {
		d->indices[i] = new_slot(u, t);
	} else {
		BUG("type parameter %d already has a type", i);
	}
}

Type *unifier_at(Unifier *u, int i)
{
	return side_at(u, &u->x, i);
}

void unifier_set(Unifier *u, int i, Type *t)
{
	side_set(u, &u->x, i, t);
}

int unifier_unknowns(Unifier *u)
{
	int i, n = 0;
	for (i = 0; i < u->x.tparams.n; i++)
		if (u->x.indices[i] <= 0)
			n++;
	return n;
}

/* The inferred types (NULL where unknown); *index is the first unknown
 * or -1. */
TypeList unifier_types(Unifier *u, int *index)
{
	TypeList l;
	int i;
	l.n = u->x.tparams.n;
	l.v = NEWARRAY(types_arena(), Type *, l.n > 0 ? l.n : 1);
	*index = -1;
	for (i = 0; i < l.n; i++) {
		l.v[i] = side_at(u, &u->x, i);
		if (*index < 0 && !l.v[i])
			*index = i;
	}
	return l;
}

/* Joins the i'th x parameter with the j'th y parameter; false when both
 * already have different slots with types. */
static bool join(Unifier *u, int i, int j)
{
	int ti = u->x.indices[i], tj = u->y.indices[j];
	if (ti == 0 && tj == 0) {
		int s = new_slot(u, NULL);
		u->x.indices[i] = -s;
		u->y.indices[j] = -s;
	} else if (ti == 0) {
		u->x.indices[i] = tj;
	} else if (tj == 0) {
		u->y.indices[j] = ti;
	} else if (ti == tj) {
		/* already joined */
	} else if (ti > 0 && tj > 0) {
		return false;
	} else if (ti > 0) {
		set_index(&u->y, j, ti);
	} else {
		set_index(&u->x, i, tj);
	}
	return true;
}

typedef struct IfacePair {
	Type *x, *y;
	struct IfacePair *prev;
} IfacePair;

static bool nify(Unifier *u, Type *x, Type *y, IfacePair *p);

static bool nify_eq(Unifier *u, Type *x, Type *y, IfacePair *p)
{
	return x == y || nify(u, x, y, p);
}

static const char *tag_at(Type *st, int i)
{
	const char *t = st->u.strct.tags ? st->u.strct.tags[i] : NULL;
	return t ? t : "";
}

static bool nify_body(Unifier *u, Type *x, Type *y, IfacePair *p)
{
	int i, j;

	if (!u->exact) {
		/* a name against a type literal: compare with the underlying type */
		if (x && x->kind == TYPE_NAMED && y && !type_has_name(y))
			return nify(u, named_underlying(x), y, p);
		if (y && y->kind == TYPE_NAMED && x && !type_has_name(x))
			return nify(u, x, named_underlying(y), p);
	}

	i = side_index(&u->x, x);
	j = side_index(&u->y, y);
	if (i >= 0 && j >= 0) {
		if (join(u, i, j))
			return true;
		/* both have types: they must match */
		return nify_eq(u, side_at(u, &u->x, i), side_at(u, &u->y, j), p);
	}
	if (i >= 0) {
		Type *tx = side_at(u, &u->x, i);
		if (tx)
			return nify_eq(u, tx, y, p);
		side_set(u, &u->x, i, y);
		return true;
	}
	if (j >= 0) {
		Type *ty = side_at(u, &u->y, j);
		if (ty)
			return nify_eq(u, x, ty, p);
		side_set(u, &u->y, j, x);
		return true;
	}

	/* type parameters from elsewhere match through their core types */
	if (!u->exact && x && y) {
		if (is_typeparam(x) && !type_has_name(y)) {
			Type *cx = type_core(x);
			if (cx)
				return nify(u, cx, y, p);
		} else if (is_typeparam(y) && !type_has_name(x)) {
			Type *cy = type_core(y);
			if (cy)
				return nify(u, x, cy, p);
		}
	}

	/* No shortcut for x == y: the walk must reach the type parameters
	 * inside to infer them (f[P any](a P) { f(a) }). */
	if (!x || !y || x->kind != y->kind)
		return false;
	switch (x->kind) {
	case TYPE_BASIC:
		return x->u.basic.kind == y->u.basic.kind;
	case TYPE_ARRAY:
		return (x->u.array.len < 0 || y->u.array.len < 0 || x->u.array.len == y->u.array.len) &&
		       nify(u, x->u.array.elem, y->u.array.elem, p);
	case TYPE_SLICE:
		return nify(u, x->u.slice.elem, y->u.slice.elem, p);
	case TYPE_STRUCT:
		if (x->u.strct.nfields != y->u.strct.nfields)
			return false;
		for (i = 0; i < x->u.strct.nfields; i++) {
			Object *f = x->u.strct.fields[i], *g = y->u.strct.fields[i];
			if (f->u.var.embedded != g->u.var.embedded || strcmp(tag_at(x, i), tag_at(y, i)) != 0 ||
			    !obj_same_id(f, g->pkg, g->name) || !nify(u, f->type, g->type, p))
				return false;
		}
		return true;
	case TYPE_POINTER:
		return nify(u, x->u.pointer.elem, y->u.pointer.elem, p);
	case TYPE_TUPLE:
		if (x->u.tuple.n != y->u.tuple.n)
			return false;
		for (i = 0; i < x->u.tuple.n; i++)
			if (!nify(u, x->u.tuple.vars[i]->type, y->u.tuple.vars[i]->type, p))
				return false;
		return true;
	case TYPE_SIGNATURE:
		return x->u.sig.variadic == y->u.sig.variadic && nify(u, x->u.sig.params, y->u.sig.params, p) &&
		       nify(u, x->u.sig.results, y->u.sig.results, p);
	case TYPE_INTERFACE: {
		TypeSet *xs = interface_type_set(NULL, NOPOS, x), *ys = interface_type_set(NULL, NOPOS, y);
		IfacePair q, *r;
		if (xs->comparable != ys->comparable || !typeset_terms_equal(xs, ys) || xs->nmethods != ys->nmethods)
			return false;
		/* interfaces may recur through their methods without a name in
		 * between: a pair met again is assumed to match */
		q.x = x;
		q.y = y;
		q.prev = p;
		for (r = p; r; r = r->prev)
			if ((r->x == x && r->y == y) || (r->x == y && r->y == x))
				return true;
		for (i = 0; i < xs->nmethods; i++) {
			Object *f = xs->methods[i], *g = ys->methods[i];
			if (!obj_same_id(f, g->pkg, g->name) || !nify(u, f->type, g->type, &q))
				return false;
		}
		return true;
	}
	case TYPE_MAP:
		return nify(u, x->u.map.key, y->u.map.key, p) && nify(u, x->u.map.elem, y->u.map.elem, p);
	case TYPE_CHAN:
		return (!u->exact || x->u.chan.dir == y->u.chan.dir) && nify(u, x->u.chan.elem, y->u.chan.elem, p);
	case TYPE_NAMED: {
		TypeList xa = x->u.named.targs, ya = y->u.named.targs;
		Object *xo = x->u.named.obj, *yo = y->u.named.obj;
		if (xa.n != ya.n)
			return false;
		/* as gc: same package and name (types local to functions may
		 * share a name, an accepted imprecision) */
		if (xo->pkg == yo->pkg && xo->name == yo->name) {
			for (i = 0; i < xa.n; i++)
				if (!nify(u, xa.v[i], ya.v[i], p))
					return false;
			return true;
		}
		return false;
	}
	case TYPE_TYPEPARAM:
		/* parameters not being inferred: identical only to themselves */
		return x == y;
	case TYPE_UNION:
		return false;
	}
	return false;
}

static bool nify(Unifier *u, Type *x, Type *y, IfacePair *p)
{
	bool ok;
	if (u->depth >= UNIFY_DEPTH_LIMIT)
		return false;   /* gc panics here; failing is the safe answer */
	u->depth++;
	ok = nify_body(u, x, y, p);
	u->depth--;
	return ok;
}

bool unify(Unifier *u, Type *x, Type *y)
{
	return nify(u, x, y, NULL);
}
