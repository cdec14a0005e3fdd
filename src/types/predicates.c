/* predicates.c: properties of types, and type identity (spec: Type
 * identity, Comparison operators). */
#include <string.h>

#include "check.h"

bool is_valid_type(Type *t)
{
	return t && t != typ_invalid;
}

bool is_basic_info(Type *t, uint32_t info)
{
	Type *u = type_under(t);
	return u && u->kind == TYPE_BASIC && (u->u.basic.info & info) != 0;
}

bool is_boolean(Type *t) { return is_basic_info(t, BI_BOOLEAN); }
bool is_integer(Type *t) { return is_basic_info(t, BI_INTEGER); }
bool is_unsigned(Type *t) { return is_basic_info(t, BI_UNSIGNED); }
bool is_float(Type *t) { return is_basic_info(t, BI_FLOAT); }
bool is_complex(Type *t) { return is_basic_info(t, BI_COMPLEX); }
bool is_numeric(Type *t) { return is_basic_info(t, BI_NUMERIC); }
bool is_string(Type *t) { return is_basic_info(t, BI_STRING); }
bool is_integer_or_float(Type *t) { return is_basic_info(t, BI_INTEGER | BI_FLOAT); }
bool is_const_type(Type *t) { return is_basic_info(t, BI_CONSTTYPE); }

bool is_typed(Type *t)
{
	return !t || t->kind != TYPE_BASIC || (t->u.basic.info & BI_UNTYPED) == 0;
}

bool is_untyped(Type *t)
{
	return !is_typed(t);
}

bool is_interface(Type *t)
{
	Type *u = type_under(t);
	return u && u->kind == TYPE_INTERFACE;
}

bool is_typeparam(Type *t)
{
	return t && t->kind == TYPE_TYPEPARAM;
}

bool is_nonparam_interface(Type *t)
{
	return !is_typeparam(t) && is_interface(t);
}

bool is_generic(Type *t)
{
	return t && t->kind == TYPE_NAMED && t->u.named.obj && t->u.named.orig == t &&
	       named_tparams(t).n > 0;
}

/* For a type parameter: does every type of its type set have info? */
static bool term_has_info(Type *t, Type *under, void *ctx)
{
	(void)t;
	return under && under->kind == TYPE_BASIC && (under->u.basic.info & *(uint32_t *)ctx) != 0;
}

static bool all_basic(Type *t, uint32_t info)
{
	if (is_typeparam(t))
		return typeset_each(t, term_has_info, &info);
	return is_basic_info(t, info);
}

bool all_boolean(Type *t) { return all_basic(t, BI_BOOLEAN); }
bool all_integer(Type *t) { return all_basic(t, BI_INTEGER); }
bool all_unsigned(Type *t) { return all_basic(t, BI_UNSIGNED); }
bool all_numeric(Type *t) { return all_basic(t, BI_NUMERIC); }
bool all_string(Type *t) { return all_basic(t, BI_STRING); }
bool all_ordered(Type *t) { return all_basic(t, BI_ORDERED); }
bool all_numeric_or_string(Type *t) { return all_basic(t, BI_NUMERIC | BI_STRING); }

static bool under_has_nil(Type *t, Type *under, void *ctx)
{
	(void)t;
	(void)ctx;
	return under && has_nil(under);
}

bool has_nil(Type *t)
{
	Type *u = type_under(t);
	switch (u->kind) {
	case TYPE_BASIC:
		return u->u.basic.kind == KIND_UNSAFEPOINTER;
	case TYPE_SLICE: case TYPE_POINTER: case TYPE_SIGNATURE: case TYPE_MAP: case TYPE_CHAN:
		return true;
	case TYPE_INTERFACE:
		return !is_typeparam(t) || typeset_each(t, under_has_nil, NULL);
	default:
		return false;
	}
}

typedef struct Seen {
	Type *t;
	struct Seen *prev;
} Seen;

static bool comparable_rec(Type *t, bool dynamic, Seen *seen, const char **reason)
{
	Seen s;
	Seen *p;
	Type *u;
	int i;
	for (p = seen; p; p = p->prev)
		if (p->t == t)
			return true;
	s.t = t;
	s.prev = seen;
	u = type_under(t);
	switch (u->kind) {
	case TYPE_BASIC:
		return u->u.basic.kind != KIND_UNTYPED_NIL;
	case TYPE_POINTER: case TYPE_CHAN:
		return true;
	case TYPE_STRUCT:
		for (i = 0; i < u->u.strct.nfields; i++) {
			Type *ft = u->u.strct.fields[i]->type;
			if (!comparable_rec(ft, dynamic, &s, NULL)) {
				if (reason)
					*reason = arena_printf(types_arena(), "struct containing %s cannot be compared",
					                       type_string(ft, NULL, NULL));
				return false;
			}
		}
		return true;
	case TYPE_ARRAY:
		if (!comparable_rec(u->u.array.elem, dynamic, &s, NULL)) {
			if (reason)
				*reason = arena_printf(types_arena(), "%s cannot be compared", type_string(t, NULL, NULL));
			return false;
		}
		return true;
	case TYPE_INTERFACE: {
		TypeSet *ts;
		if (dynamic && !is_typeparam(t))
			return true;
		ts = interface_type_set(NULL, NOPOS, u);
		if (typeset_is_comparable(ts, NULL))
			return true;
		if (reason)
			*reason = typeset_is_empty(ts) ? "empty type set" : "incomparable types in type set";
		return false;
	}
	default:
		return false;
	}
}

bool types_comparable(Type *t, bool dynamic, const char **reason)
{
	if (reason)
		*reason = NULL;
	return comparable_rec(t, dynamic, NULL, reason);
}

/* A pair of interfaces under comparison, to stop on recursive interfaces. */
typedef struct IfacePair {
	Type *x, *y;
	struct IfacePair *prev;
} IfacePair;

static bool identical(Type *x, Type *y, bool cmptags, IfacePair *p);

static bool identical_tuples(Type *x, Type *y, bool cmptags, IfacePair *p)
{
	int i, n = type_tuple_len(x);
	if (n != type_tuple_len(y))
		return false;
	for (i = 0; i < n; i++)
		if (!identical(x->u.tuple.vars[i]->type, y->u.tuple.vars[i]->type, cmptags, p))
			return false;
	return true;
}

static const char *tag_at(Type *st, int i)
{
	const char *t = st->u.strct.tags ? st->u.strct.tags[i] : NULL;
	return t ? t : "";
}

static bool identical(Type *x, Type *y, bool cmptags, IfacePair *p)
{
	int i;
	if (x == y)
		return true;
	if (!x || !y || x->kind != y->kind)
		return false;
	switch (x->kind) {
	case TYPE_BASIC:
		return x->u.basic.kind == y->u.basic.kind;
	case TYPE_ARRAY:
		return (x->u.array.len < 0 || y->u.array.len < 0 || x->u.array.len == y->u.array.len) &&
		       identical(x->u.array.elem, y->u.array.elem, cmptags, p);
	case TYPE_SLICE:
		return identical(x->u.slice.elem, y->u.slice.elem, cmptags, p);
	case TYPE_STRUCT:
		if (x->u.strct.nfields != y->u.strct.nfields)
			return false;
		for (i = 0; i < x->u.strct.nfields; i++) {
			Object *f = x->u.strct.fields[i], *g = y->u.strct.fields[i];
			if (f->u.var.embedded != g->u.var.embedded ||
			    (cmptags && strcmp(tag_at(x, i), tag_at(y, i)) != 0) ||
			    !obj_same_id(f, g->pkg, g->name) ||
			    !identical(f->type, g->type, cmptags, p))
				return false;
		}
		return true;
	case TYPE_POINTER:
		return identical(x->u.pointer.elem, y->u.pointer.elem, cmptags, p);
	case TYPE_TUPLE:
		return identical_tuples(x, y, cmptags, p);
	case TYPE_SIGNATURE: {
		Type *yparams = y->u.sig.params, *yresults = y->u.sig.results;
		int n = x->u.sig.tparams.n;
		if (n != y->u.sig.tparams.n)
			return false;
		if (n > 0) {
			/* rename y's type parameters to x's, then compare */
			SubstMap smap;
			smap.from = y->u.sig.tparams;
			smap.to = x->u.sig.tparams;
			for (i = 0; i < n; i++) {
				Type *ybound = subst_type(NULL, NOPOS, y->u.sig.tparams.v[i]->u.tparam.bound, &smap);
				if (!identical(x->u.sig.tparams.v[i]->u.tparam.bound, ybound, cmptags, p))
					return false;
			}
			yparams = subst_type(NULL, NOPOS, yparams, &smap);
			yresults = subst_type(NULL, NOPOS, yresults, &smap);
		}
		return x->u.sig.variadic == y->u.sig.variadic &&
		       identical(x->u.sig.params, yparams, cmptags, p) &&
		       identical(x->u.sig.results, yresults, cmptags, p);
	}
	case TYPE_UNION: {
		TypeSet *xs = union_type_set(NULL, NOPOS, x), *ys = union_type_set(NULL, NOPOS, y);
		return typeset_terms_equal(xs, ys);
	}
	case TYPE_INTERFACE: {
		TypeSet *xs = interface_type_set(NULL, NOPOS, x), *ys = interface_type_set(NULL, NOPOS, y);
		IfacePair q, *r;
		if (xs->comparable != ys->comparable)
			return false;
		if (!typeset_terms_equal(xs, ys))
			return false;
		if (xs->nmethods != ys->nmethods)
			return false;
		q.x = x;
		q.y = y;
		q.prev = p;
		for (r = p; r; r = r->prev)
			if ((r->x == x && r->y == y) || (r->x == y && r->y == x))
				return true;   /* this pair is already being compared */
		for (i = 0; i < xs->nmethods; i++) {
			Object *f = xs->methods[i], *g = ys->methods[i];
			if (!obj_same_id(f, g->pkg, g->name) || !identical(f->type, g->type, cmptags, &q))
				return false;
		}
		return true;
	}
	case TYPE_MAP:
		return identical(x->u.map.key, y->u.map.key, cmptags, p) &&
		       identical(x->u.map.elem, y->u.map.elem, cmptags, p);
	case TYPE_CHAN:
		return x->u.chan.dir == y->u.chan.dir && identical(x->u.chan.elem, y->u.chan.elem, cmptags, p);
	case TYPE_NAMED: {
		TypeList xa = x->u.named.targs, ya = y->u.named.targs;
		bool xinst = x->u.named.orig != x, yinst = y->u.named.orig != y;
		if (xa.n != ya.n || xinst != yinst)
			return false;
		if (xinst && xa.n > 0) {
			if (!types_identical(x->u.named.orig, y->u.named.orig))
				return false;
			for (i = 0; i < xa.n; i++)
				if (!types_identical(xa.v[i], ya.v[i]))
					return false;
			return true;
		}
		return x->u.named.obj == y->u.named.obj;
	}
	case TYPE_TYPEPARAM:
		return false;   /* identical only to itself */
	}
	return false;
}

bool types_identical(Type *x, Type *y)
{
	return identical(x, y, true, NULL);
}

bool types_identical_ignore_tags(Type *x, Type *y)
{
	return identical(x, y, false, NULL);
}

Type *default_type(Type *t)
{
	if (t && t->kind == TYPE_BASIC) {
		switch (t->u.basic.kind) {
		case KIND_UNTYPED_BOOL: return typ_basic[KIND_BOOL];
		case KIND_UNTYPED_INT: return typ_basic[KIND_INT];
		case KIND_UNTYPED_RUNE: return typ_rune;
		case KIND_UNTYPED_FLOAT: return typ_basic[KIND_FLOAT64];
		case KIND_UNTYPED_COMPLEX: return typ_basic[KIND_COMPLEX128];
		case KIND_UNTYPED_STRING: return typ_basic[KIND_STRING];
		default: break;
		}
	}
	return t;
}

/* A named type declared //go:notinheap, or a struct or array holding
 * one, cannot be heap-allocated; pointers to it are not GC pointers. */
bool type_not_in_heap(Type *t)
{
	Type *u;
	int i;
	if (t->kind == TYPE_NAMED && t->u.named.obj->u.typename.notinheap)
		return true;
	u = type_under(t);
	switch (u->kind) {
	case TYPE_ARRAY:
		return u->u.array.len > 0 && type_not_in_heap(u->u.array.elem);
	case TYPE_STRUCT:
		for (i = 0; i < u->u.strct.nfields; i++)
			if (type_not_in_heap(u->u.strct.fields[i]->type))
				return true;
		return false;
	default:
		return false;
	}
}
