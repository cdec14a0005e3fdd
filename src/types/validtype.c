/* validtype.c: invalid recursive types (spec: Type definitions: a type
 * may not contain itself, directly or through arrays, structs or
 * instantiations, except through pointers, slices, maps, channels,
 * functions or interfaces' methods).
 *
 * The walk follows each named type to its declared right side; a named
 * type met again while it is being expanded is a cycle. Types found
 * valid are remembered (instances by identity) so the walk stays linear. */
#include <string.h>

#include "check.h"

/* The named types being expanded, innermost first: nest for finding
 * type arguments (a type parameter steps out of its instance), path for
 * reporting a cycle. Both live on the C stack. */
typedef struct Link {
	Type *t;
	struct Link *prev;
} Link;

static bool is_valid_known(Checker *c, Type *t)
{
	ObjVec *list = ptrmap_get(&c->valids, named_orig(t));
	int i;
	if (!list)
		return false;
	for (i = 0; i < list->n; i++)
		if ((Type *)list->v[i] == t || types_identical((Type *)list->v[i], t))
			return true;
	return false;
}

static void add_valid(Checker *c, Type *t)
{
	Type *orig = named_orig(t);
	ObjVec *list = ptrmap_get(&c->valids, orig);
	if (!list) {
		list = NEW(c->tmp, ObjVec);
		ptrmap_put(&c->valids, orig, list);
	}
	if (list->n == list->cap) {
		int cap = list->cap ? 2 * list->cap : 2;
		Object **n = NEWARRAY(c->tmp, Object *, cap);
		if (list->n)
			memcpy(n, list->v, sizeof *n * (size_t)list->n);
		list->v = n;
		list->cap = cap;
	}
	list->v[list->n++] = (Object *)t;   /* the list holds types here */
}

static bool valid_type0(Checker *c, Type *t, Link *nest, Link *path)
{
	int i;
	Link *l;
	if (!t)
		return true;
	switch (t->kind) {
	case TYPE_ARRAY:
		return valid_type0(c, t->u.array.elem, nest, path);
	case TYPE_STRUCT:
		for (i = 0; i < t->u.strct.nfields; i++)
			if (!valid_type0(c, t->u.strct.fields[i]->type, nest, path))
				return false;
		break;
	case TYPE_UNION:
		for (i = 0; i < t->u.uni.nterms; i++)
			if (!valid_type0(c, t->u.uni.terms[i]->type, nest, path))
				return false;
		break;
	case TYPE_INTERFACE:
		for (i = 0; i < t->u.iface.nembeddeds; i++)
			if (!valid_type0(c, t->u.iface.embeddeds[i], nest, path))
				return false;
		break;
	case TYPE_NAMED: {
		Link n, p;
		if (is_valid_known(c, t))
			break;
		if (type_under(t) == typ_invalid)
			return false;
		for (l = nest; l; l = l->prev) {
			if (l->t == t || types_identical(l->t, t)) {
				Link *start = NULL;
				int len = 0, k;
				Object **cycle;
				/* t is of this package: no one else sees it yet */
				t->u.named.underlying = typ_invalid;
				/* the cycle runs from the outermost occurrence of t on the path */
				for (l = path; l; l = l->prev) {
					len++;
					if (l->t == t || types_identical(l->t, t)) {
						start = l;
						k = len;
					}
				}
				if (!start)
					BUG("cycle start not found");
				cycle = NEWARRAY(c->arena, Object *, k);
				for (l = path, i = 0; l && i < k; l = l->prev, i++)
					cycle[k - 1 - i] = l->t->u.named.obj;
				check_cycle_error(c, cycle, k);
				return false;
			}
		}
		n.t = t;
		n.prev = nest;
		p.t = t;
		p.prev = path;
		if (!valid_type0(c, named_orig(t)->u.named.fromrhs, &n, &p))
			return false;
		add_valid(c, t);
		break;
	}
	case TYPE_TYPEPARAM:
		/* a type parameter of the innermost instance: follow its argument */
		if (nest) {
			Type *inst = nest->t;
			TypeList tparams = named_tparams(inst);
			for (i = 0; i < tparams.n; i++)
				if (t == tparams.v[i] && i < inst->u.named.targs.n)
					return valid_type0(c, inst->u.named.targs.v[i], nest->prev, path);
		}
		break;
	default:
		break;
	}
	return true;
}

void check_valid_type(Checker *c, Pos pos, Type *t)
{
	(void)pos;
	valid_type0(c, t, NULL, NULL);
}
