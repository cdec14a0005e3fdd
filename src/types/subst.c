/* subst.c: substitution of type arguments for type parameters (spec:
 * Instantiations).
 *
 * subst_type rebuilds only the parts of a type that contain a substituted
 * type parameter: when nothing changes, the result is the incoming type
 * itself, so callers can tell whether a substitution happened by pointer
 * comparison. Instances of generic named types are made through
 * instance_of, whose table returns the existing instance for identical
 * type arguments; that is also what stops the expansion of recursive
 * generic types (List[T] inside List[T]). Copied fields, parameters and
 * methods remember the object they were copied from (origin). */
#include <string.h>

#include "check.h"

typedef struct Subst {
	Checker *c;
	Pos pos;
	SubstMap *smap;
} Subst;

static Type *subst(Subst *s, Type *t);

/* The type argument for tparam, or tparam itself. */
static Type *smap_lookup(SubstMap *m, Type *tp)
{
	int i = tp->u.tparam.index;
	if (i >= 0 && i < m->from.n && m->from.v[i] == tp)
		return m->to.v[i] ? m->to.v[i] : tp;
	for (i = 0; i < m->from.n; i++)
		if (m->from.v[i] == tp)
			return m->to.v[i] ? m->to.v[i] : tp;
	return tp;
}

/* A new object like o, with type t; its origin is o's origin. */
Object *obj_copy_with_type(Object *o, Type *t)
{
	Object *n = new_object(o->kind, o->pos, o->pkg, o->name, t);
	uint32_t id = n->id;
	*n = *o;
	n->id = id;
	n->type = t;
	if (o->kind == OBJ_VAR)
		n->u.var.origin = o->u.var.origin ? o->u.var.origin : o;
	else if (o->kind == OBJ_FUNC)
		n->u.func.origin = o->u.func.origin ? o->u.func.origin : o;
	return n;
}

/* Substitutes in each object's type; returns NULL when nothing changed,
 * else a new list. */
static Object **subst_objs(Subst *s, Object **in, int n)
{
	Object **out = NULL;
	int i;
	for (i = 0; i < n; i++) {
		Type *t = in[i]->type ? subst(s, in[i]->type) : NULL;
		if (t == in[i]->type)
			continue;
		if (!out) {
			out = NEWARRAY(types_arena(), Object *, n);
			memcpy(out, in, sizeof *out * (size_t)n);
		}
		out[i] = obj_copy_with_type(in[i], t);
	}
	return out;
}

static Type *subst_tuple(Subst *s, Type *t)
{
	Object **vars;
	if (!t)
		return t;
	vars = subst_objs(s, t->u.tuple.vars, t->u.tuple.n);
	return vars ? new_tuple(vars, t->u.tuple.n) : t;
}

static Type **subst_types(Subst *s, Type **in, int n)
{
	Type **out = NULL;
	int i;
	for (i = 0; i < n; i++) {
		Type *t = subst(s, in[i]);
		if (t == in[i])
			continue;
		if (!out) {
			out = NEWARRAY(types_arena(), Type *, n);
			memcpy(out, in, sizeof *out * (size_t)n);
		}
		out[i] = t;
	}
	return out;
}

/* Methods of iface whose receiver has type old get a copy with receiver
 * type new; returns NULL when none had. */
Object **replace_recv_type(Object **in, int n, Type *old, Type *new)
{
	Object **out = NULL;
	int i;
	for (i = 0; i < n; i++) {
		Type *sig = in[i]->type, *nsig;
		Object *recv = sig ? sig->u.sig.recv : NULL;
		if (!recv || recv->type != old)
			continue;
		if (!out) {
			out = NEWARRAY(types_arena(), Object *, n);
			memcpy(out, in, sizeof *out * (size_t)n);
		}
		nsig = new_type(TYPE_SIGNATURE);
		nsig->u = sig->u;
		nsig->u.sig.recv = obj_copy_with_type(recv, new);
		out[i] = obj_copy_with_type(in[i], nsig);
	}
	return out;
}

static Type *subst(Subst *s, Type *t)
{
	switch (t->kind) {
	case TYPE_BASIC:
		return t;
	case TYPE_ARRAY: {
		Type *e = t->u.array.elem ? subst(s, t->u.array.elem) : typ_invalid;
		return e != t->u.array.elem ? new_array(e, t->u.array.len) : t;
	}
	case TYPE_SLICE: {
		Type *e = t->u.slice.elem ? subst(s, t->u.slice.elem) : typ_invalid;
		return e != t->u.slice.elem ? new_slice(e) : t;
	}
	case TYPE_POINTER: {
		Type *e = subst(s, t->u.pointer.elem);
		return e != t->u.pointer.elem ? new_pointer(e) : t;
	}
	case TYPE_STRUCT: {
		Object **f = subst_objs(s, t->u.strct.fields, t->u.strct.nfields);
		return f ? new_struct(f, t->u.strct.nfields, t->u.strct.tags) : t;
	}
	case TYPE_TUPLE:
		return subst_tuple(s, t);
	case TYPE_SIGNATURE: {
		/* The receiver stays: interface and named type substitution
		 * replace it (substituting it here would loop through an
		 * interface that is its methods' receiver type). */
		Type *params = subst_tuple(s, t->u.sig.params);
		Type *results = subst_tuple(s, t->u.sig.results);
		Type *n;
		if (params == t->u.sig.params && results == t->u.sig.results)
			return t;
		n = new_type(TYPE_SIGNATURE);
		n->u.sig = t->u.sig;
		n->u.sig.params = params;
		n->u.sig.results = results;
		n->u.sig.scope = NULL;   /* instantiated signatures have no scope */
		return n;
	}
	case TYPE_UNION: {
		Term **terms = NULL;
		int i, n = t->u.uni.nterms;
		for (i = 0; i < n; i++) {
			Term *x = t->u.uni.terms[i];
			Type *u = subst(s, x->type);
			if (u == x->type)
				continue;
			if (!terms) {
				terms = NEWARRAY(types_arena(), Term *, n);
				memcpy(terms, t->u.uni.terms, sizeof *terms * (size_t)n);
			}
			terms[i] = new_term(x->tilde, u);
		}
		/* duplicates that substitution may create are removed when the
		 * type set is computed */
		return terms ? new_union(terms, n) : t;
	}
	case TYPE_INTERFACE: {
		Object **m = subst_objs(s, t->u.iface.methods, t->u.iface.nmethods);
		Type **e = subst_types(s, t->u.iface.embeddeds, t->u.iface.nembeddeds);
		Type *it;
		Object **r;
		if (!m && !e)
			return t;
		it = new_interface(m ? m : t->u.iface.methods, t->u.iface.nmethods,
		                   e ? e : t->u.iface.embeddeds, t->u.iface.nembeddeds);
		it->u.iface.implicit = t->u.iface.implicit;
		it->u.iface.complete = t->u.iface.complete;
		/* methods whose receiver was the old interface now belong to the
		 * new one; receivers of named types are replaced by expansion */
		r = replace_recv_type(it->u.iface.methods, it->u.iface.nmethods, t, it);
		if (r)
			it->u.iface.methods = r;
		return it;
	}
	case TYPE_MAP: {
		Type *k = subst(s, t->u.map.key), *e = subst(s, t->u.map.elem);
		return k != t->u.map.key || e != t->u.map.elem ? new_map(k, e) : t;
	}
	case TYPE_CHAN: {
		Type *e = subst(s, t->u.chan.elem);
		return e != t->u.chan.elem ? new_chan(t->u.chan.dir, e) : t;
	}
	case TYPE_NAMED: {
		/* Only the type arguments of an instance can change. The origin's
		 * type parameters are read without expanding t. */
		Type *orig = t->u.named.orig;
		TypeList targs = t->u.named.targs, nt = {NULL, 0};
		int i, n = named_tparams(orig).n;
		if (n == 0)
			return t;
		if (targs.n != n)
			return typ_invalid;   /* reported elsewhere */
		for (i = 0; i < n; i++) {
			Type *a = subst(s, targs.v[i]);
			if (a == targs.v[i])
				continue;
			if (!nt.v) {
				nt.v = NEWARRAY(types_arena(), Type *, n);
				memcpy(nt.v, targs.v, sizeof *nt.v * (size_t)n);
				nt.n = n;
			}
			nt.v[i] = a;
		}
		if (!nt.v)
			return t;
		return instance_of(s->c, s->pos, orig, nt);
	}
	case TYPE_TYPEPARAM:
		return smap_lookup(s->smap, t);
	}
	BUG("subst: unexpected type kind %d", t->kind);
}

Type *subst_type(Checker *c, Pos pos, Type *t, SubstMap *smap)
{
	Subst s;
	if (!t || smap->from.n == 0)
		return t;
	switch (t->kind) {
	case TYPE_BASIC:
		return t;
	case TYPE_TYPEPARAM:
		return smap_lookup(smap, t);
	default:
		break;
	}
	s.c = c;
	s.pos = pos;
	s.smap = smap;
	return subst(&s, t);
}
