/* methodset.c: method sets (spec: Method sets), in go/types' order
 * (sorted by Id). Escape analysis and lowering use them for the
 * wrappers gc generates; the checker itself looks methods up one at a
 * time (lookup.c), with the same breadth-first rules. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* A name that collides (two methods, or a method and a field, at the
 * same depth) is marked with this instead of a selection. */
static Selection collision;

typedef struct Level {
	Type *t;
	int *index;
	int nindex;
	bool indirect, multiples;
} Level;

typedef struct Set {
	PtrMap m;                  /* Id -> Selection or &collision */
	const char **keys;         /* insertion order, for iteration */
	int n, cap;
} Set;

/* go/types' Id as an interned string: the name, qualified by the
 * package path when it is not exported */
static const char *obj_key(Object *o)
{
	char small[256];
	size_t np, nn;
	if (name_exported(o->name) || !o->pkg)
		return o->name;
	np = strlen(o->pkg->path);
	nn = strlen(o->name);
	if (np + nn + 1 <= sizeof small) {
		memcpy(small, o->pkg->path, np);
		small[np] = '.';
		memcpy(small + np + 1, o->name, nn);
		return intern(small, np + nn + 1);
	}
	return intern_cstr(arena_printf(types_arena(), "%s.%s", o->pkg->path, o->name));
}

static void set_put(Set *s, const char *key, Selection *sel)
{
	if (!ptrmap_get(&s->m, key)) {
		if (s->n == s->cap) {
			s->cap = s->cap ? 2 * s->cap : 16;
			s->keys = xrealloc(s->keys, sizeof *s->keys * (size_t)s->cap);
		}
		s->keys[s->n++] = key;
	}
	ptrmap_put(&s->m, key, sel);
}

static void set_free(Set *s)
{
	ptrmap_free(&s->m);
	free(s->keys);
	memset(s, 0, sizeof *s);
}


static void add_one(Set *s, Object *f, int *index, int nindex, bool indirect, bool multiples)
{
	const char *key = obj_key(f);
	/* a method with a pointer receiver is not in the set of a value */
	if (!multiples && !ptrmap_get(&s->m, key) && (indirect || !func_has_ptr_recv(f))) {
		Selection *sel = NEW(types_arena(), Selection);
		sel->kind = SEL_METHODVAL;
		sel->obj = f;
		sel->index = index;
		sel->nindex = nindex;
		sel->indirect = indirect;
		set_put(s, key, sel);
		return;
	}
	set_put(s, key, &collision);
}

static bool seen_before(Type **seen, int n, Type *t)
{
	int i;
	for (i = 0; i < n; i++)
		if (seen[i] == t || (named_orig(seen[i]) == named_orig(t) && named_orig(t) != t &&
		                     types_identical(seen[i], t)))
			return true;
	return false;
}

static int cmp_sel(const void *a, const void *b)
{
	const Selection *x = *(Selection *const *)a, *y = *(Selection *const *)b;
	return obj_id_cmp(x->obj, y->obj);
}

Selection **method_set(Type *t, int *n)
{
	Set base = {0};
	Level *cur = NULL, *next = NULL;
	int ncur = 0, nnext = 0, capcur = 0, capnext = 0, nseen = 0, capseen = 0, i, nres;
	Type **seen = NULL;
	Selection **res;
	bool isptr;
	Type *typ = type_deref(t, &isptr);

	*n = 0;
	if (isptr && is_interface(typ))
		return NULL;   /* *I has no methods */

	capcur = 4;
	cur = xmalloc(sizeof *cur * (size_t)capcur);
	memset(cur, 0, sizeof *cur);
	cur[0].t = typ;
	cur[0].indirect = isptr;
	ncur = 1;

	while (ncur > 0) {
		Set fset = {0}, mset = {0};
		int k, j;
		nnext = 0;
		for (k = 0; k < ncur; k++) {
			Level *e = &cur[k];
			Type *u;
			if (e->t->kind == TYPE_NAMED) {
				if (seen_before(seen, nseen, e->t))
					continue;
				if (nseen == capseen) {
					capseen = capseen ? 2 * capseen : 8;
					seen = xrealloc(seen, sizeof *seen * (size_t)capseen);
				}
				seen[nseen++] = e->t;
				type_under(e->t);
				for (j = 0; j < named_nmethods(e->t); j++)
					add_one(&mset, named_method(e->t, j), path_append(e->index, e->nindex, j), e->nindex + 1,
					        e->indirect, e->multiples);
			}
			u = type_under(e->t);
			if (!u)
				continue;
			if (u->kind == TYPE_STRUCT) {
				for (j = 0; j < u->u.strct.nfields; j++) {
					Object *f = u->u.strct.fields[j];
					set_put(&fset, obj_key(f), &collision);
					if (f->u.var.embedded && f->type) {
						bool p;
						if (nnext == capnext) {
							capnext = capnext ? 2 * capnext : 8;
							next = xrealloc(next, sizeof *next * (size_t)capnext);
						}
						next[nnext].t = type_deref(f->type, &p);
						next[nnext].index = path_append(e->index, e->nindex, j);
						next[nnext].nindex = e->nindex + 1;
						next[nnext].indirect = e->indirect || p;
						next[nnext].multiples = e->multiples;
						nnext++;
					}
				}
			} else if (u->kind == TYPE_INTERFACE) {
				TypeSet *ts = interface_type_set(NULL, NOPOS, u);
				for (j = 0; j < ts->nmethods; j++)
					add_one(&mset, ts->methods[j], path_append(e->index, e->nindex, j), e->nindex + 1, true,
					        e->multiples);
			}
		}
		/* methods at this depth, unless shadowed; a field of the same name collides */
		for (j = 0; j < mset.n; j++) {
			const char *key = mset.keys[j];
			if (!ptrmap_get(&base.m, key))
				set_put(&base, key, ptrmap_get(&fset.m, key) ? &collision : ptrmap_get(&mset.m, key));
		}
		/* fields hide every method further down */
		for (j = 0; j < fset.n; j++)
			if (!ptrmap_get(&base.m, fset.keys[j]))
				set_put(&base, fset.keys[j], &collision);
		set_free(&fset);
		set_free(&mset);

		/* consolidate: one entry per type, marked when it occurs twice */
		{
			int m = 0, a, b;
			for (a = 0; a < nnext; a++) {
				for (b = 0; b < m; b++) {
					if (next[b].t == next[a].t || types_identical(next[b].t, next[a].t)) {
						next[b].multiples = true;
						break;
					}
				}
				if (b == m)
					next[m++] = next[a];
			}
			nnext = m;
		}
		{
			Level *tl = cur;
			int tc = capcur;
			cur = next;
			ncur = nnext;
			capcur = capnext;
			next = tl;
			capnext = tc;
		}
	}

	res = NEWARRAY(types_arena(), Selection *, base.n ? base.n : 1);
	nres = 0;
	for (i = 0; i < base.n; i++) {
		Selection *s = ptrmap_get(&base.m, base.keys[i]);
		if (s != &collision) {
			s->recv = t;
			res[nres++] = s;
		}
	}
	qsort(res, (size_t)nres, sizeof *res, cmp_sel);
	set_free(&base);
	free(cur);
	free(next);
	free(seen);
	*n = nres;
	return res;
}
