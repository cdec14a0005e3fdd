/* lookup.c: finding fields and methods (spec: Selectors), missing
 * methods, and whether a type assertion can succeed.
 *
 * The search goes breadth-first through embedded fields, one depth at a
 * time: a name found twice at the shallowest depth where it occurs is
 * ambiguous; a named type met again deeper is ignored (it is shadowed by
 * the shallower one), which also stops the search on recursive types. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* A type met at the current depth of the search. */
typedef struct Embedded {
	Type *t;
	int *index;                /* path of embedded field indices to t */
	int nindex;
	bool indirect;             /* a pointer was followed on the path */
	bool multiples;            /* t occurs more than once at this depth */
} Embedded;

typedef struct EmbList {
	Embedded *v;
	int n, cap;
} EmbList;

static void emb_push(EmbList *l, Embedded e)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 8;
		l->v = xrealloc(l->v, sizeof *l->v * (size_t)l->cap);
	}
	l->v[l->n++] = e;
}

/* index + [i], in the types arena (selections keep it). Paths of one
 * step, by far the most common, share a read-only table. */
static const int singles[256] = {
#define S4(i) i, i + 1, i + 2, i + 3
#define S16(i) S4(i), S4(i + 4), S4(i + 8), S4(i + 12)
#define S64(i) S16(i), S16(i + 16), S16(i + 32), S16(i + 48)
	S64(0), S64(64), S64(128), S64(192)
#undef S64
#undef S16
#undef S4
};

int *path_append(const int *index, int n, int i)
{
	int *r;
	if (n == 0 && i >= 0 && i < NELEM(singles))
		return (int *)&singles[i];
	r = NEWARRAY(types_arena(), int, n + 1);
	if (n)
		memcpy(r, index, sizeof *r * (size_t)n);
	r[n] = i;
	return r;
}

bool func_has_ptr_recv(Object *f)
{
	Type *sig = f->type;
	if (sig && sig->kind == TYPE_SIGNATURE && sig->u.sig.recv && sig->u.sig.recv->type) {
		bool isptr;
		type_deref(sig->u.sig.recv->type, &isptr);
		return isptr;
	}
	/* not yet checked: the resolver noted the receiver's form */
	return f->u.func.hasptrrecv;
}

/* strings.EqualFold for the ASCII letters; other runes must match. */
static bool equal_fold(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		int x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return false;
	}
	return *a == *b;
}

/* The method of list with the Id of (pkg, name), or with fold, one whose
 * name matches under case folding (and whose Id is its own). */
static int find_method(Object **list, int n, Pkg *pkg, const char *name, bool fold)
{
	int i;
	if (strcmp(name, "_") == 0)
		return -1;
	for (i = 0; i < n; i++) {
		Object *m = list[i];
		if ((m->name == name || (fold && equal_fold(m->name, name))) && obj_same_id(m, pkg, m->name))
			return i;
	}
	return -1;
}

int field_index(Object **fields, int n, Pkg *pkg, const char *name)
{
	int i;
	if (strcmp(name, "_") == 0)
		return -1;
	for (i = 0; i < n; i++)
		if (obj_same_id(fields[i], pkg, name))
			return i;
	return -1;
}

/* A method declared with named type t (for instances, looked up in the
 * generic type and expanded). */
static Object *named_lookup(Type *t, Pkg *pkg, const char *name, bool fold, int *index)
{
	Type *orig;
	int i;
	type_under(t);   /* resolve */
	orig = named_orig(t);
	i = find_method(orig->u.named.methods, orig->u.named.nmethods, pkg, name, fold);
	*index = i;
	return i < 0 ? NULL : named_method(t, i);
}

static Object *iface_lookup(Type *it, Pkg *pkg, const char *name, bool fold, int *index)
{
	TypeSet *s = interface_type_set(NULL, NOPOS, it);
	int i = find_method(s->methods, s->nmethods, pkg, name, fold);
	*index = i;
	return i < 0 ? NULL : s->methods[i];
}

/* Named types seen at shallower depths; instances are compared by identity. */
static bool seen_named(Type **seen, int n, Type *t)
{
	int i;
	for (i = 0; i < n; i++) {
		if (seen[i] == t)
			return true;
		if (named_orig(seen[i]) == named_orig(t) && named_orig(t) != t && types_identical(seen[i], t))
			return true;
	}
	return false;
}

/* Merges entries of the same type into one marked multiples. */
static void consolidate(EmbList *l)
{
	int i, j, n = 0;
	for (i = 0; i < l->n; i++) {
		for (j = 0; j < n; j++) {
			if (l->v[j].t == l->v[i].t || types_identical(l->v[j].t, l->v[i].t)) {
				l->v[j].multiples = true;
				break;
			}
		}
		if (j == n)
			l->v[n++] = l->v[i];
	}
	l->n = n;
}

typedef struct Found {
	Object *obj;
	int *index;
	int nindex;
	bool indirect;
	bool ambiguous;            /* the name collides at the shallowest depth */
	bool needptr;              /* a pointer-receiver method on a non-addressable value */
} Found;

static void lookup_rec(Type *t, bool addressable, Pkg *pkg, const char *name, bool fold, Found *r)
{
	EmbList cur = {0}, next = {0};
	Type **seen = NULL;
	int nseen = 0, capseen = 0;
	bool isptr;
	Type *typ;
	Embedded e0;

	memset(r, 0, sizeof *r);
	if (strcmp(name, "_") == 0)
		return;   /* blank fields and methods are never found */
	typ = type_deref(t, &isptr);
	/* *T where T is an interface (or a type parameter) has no methods */
	if (isptr && type_under(typ) && type_under(typ)->kind == TYPE_INTERFACE)
		return;

	memset(&e0, 0, sizeof e0);
	e0.t = typ;
	e0.indirect = isptr;
	emb_push(&cur, e0);

	while (cur.n > 0) {
		int k;
		next.n = 0;
		for (k = 0; k < cur.n; k++) {
			Embedded *e = &cur.v[k];
			Type *u;
			int i;
			if (e->t->kind == TYPE_NAMED) {
				Object *m;
				if (seen_named(seen, nseen, e->t))
					continue;   /* shadowed by the same type at a shallower depth */
				if (nseen == capseen) {
					capseen = capseen ? 2 * capseen : 8;
					seen = xrealloc(seen, sizeof *seen * (size_t)capseen);
				}
				seen[nseen++] = e->t;
				m = named_lookup(e->t, pkg, name, fold, &i);
				if (m) {
					r->index = path_append(e->index, e->nindex, i);
					r->nindex = e->nindex + 1;
					if (r->obj || e->multiples)
						goto collision;
					r->obj = m;
					r->indirect = e->indirect;
					continue;   /* no field or interface method can match as well */
				}
			}
			u = type_under(e->t);
			if (!u)
				continue;
			if (u->kind == TYPE_STRUCT) {
				for (i = 0; i < u->u.strct.nfields; i++) {
					Object *f = u->u.strct.fields[i];
					if (obj_same_id(f, pkg, name)) {
						r->index = path_append(e->index, e->nindex, i);
						r->nindex = e->nindex + 1;
						if (r->obj || e->multiples)
							goto collision;
						r->obj = f;
						r->indirect = e->indirect;
						continue;
					}
					/* embedded fields are searched at the next depth,
					 * unless the name was found at this one */
					if (!r->obj && f->u.var.embedded && f->type) {
						Embedded ne;
						bool p;
						ne.t = type_deref(f->type, &p);
						ne.index = path_append(e->index, e->nindex, i);
						ne.nindex = e->nindex + 1;
						ne.indirect = e->indirect || p;
						ne.multiples = e->multiples;
						emb_push(&next, ne);
					}
				}
			} else if (u->kind == TYPE_INTERFACE) {
				Object *m = iface_lookup(u, pkg, name, fold, &i);
				if (m) {
					r->index = path_append(e->index, e->nindex, i);
					r->nindex = e->nindex + 1;
					if (r->obj || e->multiples)
						goto collision;
					r->obj = m;
					r->indirect = e->indirect;
				}
			}
		}
		if (r->obj) {
			/* spec: x.m() with a pointer receiver needs x addressable or a pointer */
			if (r->obj->kind == OBJ_FUNC && func_has_ptr_recv(r->obj) && !r->indirect && !addressable) {
				r->obj = NULL;
				r->index = NULL;
				r->nindex = 0;
				r->needptr = true;
			}
			goto done;
		}
		consolidate(&next);
		{
			EmbList tmp = cur;
			cur = next;
			next = tmp;
		}
	}
	r->index = NULL;
	r->nindex = 0;
	goto done;
collision:
	/* the name occurs twice at this depth: index tells where */
	r->obj = NULL;
	r->indirect = false;
	r->ambiguous = true;
done:
	free(cur.v);
	free(next.v);
	free(seen);
}

Object *lookup_field_or_method(Type *t, bool addressable, Pkg *pkg, const char *name,
                               int **index, int *nindex, bool *indirect, bool *ambiguous)
{
	Found r;
	ASSERT(t != NULL);
	/* Methods cannot be declared on a named pointer type: look through it
	 * for fields, but a method found there is not T's. */
	if (t->kind == TYPE_NAMED) {
		Type *u = type_under(t);
		if (u && u->kind == TYPE_POINTER) {
			lookup_rec(u, false, pkg, name, false, &r);
			if (r.obj && r.obj->kind == OBJ_FUNC)
				memset(&r, 0, sizeof r);
			goto out;
		}
	}
	lookup_rec(t, addressable, pkg, name, false, &r);
out:
	if (index)
		*index = r.index;
	if (nindex)
		*nindex = r.nindex;
	if (indirect)
		*indirect = r.indirect || r.needptr;
	if (ambiguous)
		*ambiguous = r.ambiguous;
	return r.obj;
}

Object *lookup_method(Type *t, Pkg *pkg, const char *name, bool *ptrrecv)
{
	Object *m = NULL;
	int i;
	if (t->kind == TYPE_NAMED)
		m = named_lookup(t, pkg, name, false, &i);
	if (!m && type_under(t) && type_under(t)->kind == TYPE_INTERFACE)
		m = iface_lookup(type_under(t), pkg, name, false, &i);
	if (m && ptrrecv)
		*ptrrecv = func_has_ptr_recv(m);
	return m;
}

/* --- missing methods ------------------------------------------------------------ */

static TypeSet *iface_set(Type *t)
{
	Type *u = type_under(t);
	return interface_type_set(NULL, NOPOS, u);
}

Object *missing_method(Checker *c, Type *v, Type *t, bool is_static, Object **alt)
{
	TypeSet *ts = iface_set(t);
	Type *vu = type_under(v);
	int i;
	if (alt)
		*alt = NULL;
	if (ts->nmethods == 0)
		return NULL;

	if (vu && vu->kind == TYPE_INTERFACE) {
		TypeSet *vs = interface_type_set(NULL, NOPOS, vu);
		for (i = 0; i < ts->nmethods; i++) {
			Object *m = ts->methods[i];
			int j = find_method(vs->methods, vs->nmethods, m->pkg, m->name, false);
			if (j < 0) {
				if (!is_static)
					continue;
				return m;
			}
			if (!types_identical(vs->methods[j]->type, m->type)) {
				if (alt)
					*alt = vs->methods[j];
				return m;
			}
		}
		return NULL;
	}

	for (i = 0; i < ts->nmethods; i++) {
		Object *m = ts->methods[i];
		Found r;
		bool found;
		lookup_rec(v, false, m->pkg, m->name, false, &r);
		found = r.obj != NULL;
		if (!found) {
			/* on *V, or under another case? */
			lookup_rec(new_pointer(v), false, m->pkg, m->name, false, &r);
			if (!r.obj)
				lookup_rec(v, false, m->pkg, m->name, true, &r);
		}
		if (!r.obj || r.obj->kind != OBJ_FUNC)
			return m;
		if (c)
			obj_decl(c, r.obj, NULL);   /* its signature may not be set up yet */
		if (!found || !types_identical(r.obj->type, m->type)) {
			if (alt)
				*alt = r.obj;
			return m;
		}
	}
	return NULL;
}

bool is_interface_ptr(Type *t)
{
	Type *u = type_under(t);
	return u && u->kind == TYPE_POINTER && is_interface(u->u.pointer.elem);
}

static const char *tstr(Checker *c, Type *t)
{
	return type_string(t, c ? check_qualifier : NULL, c);
}

const char *interface_ptr_error(Checker *c, Type *t)
{
	Type *u = type_under(t);
	if (is_typeparam(u->u.pointer.elem))
		return arena_printf(types_arena(), "type %s is pointer to type parameter, not type parameter",
		                    tstr(c, t));
	return arena_printf(types_arena(), "type %s is pointer to interface, not interface", tstr(c, t));
}

/* name and signature: "M(int) string" */
static const char *func_string(Checker *c, Object *f)
{
	const char *sig = tstr(c, f->type);
	if (strncmp(sig, "func", 4) == 0)
		sig += 4;
	return arena_printf(types_arena(), "%s%s", f->name, sig);
}

const char *missing_method_reason(Checker *c, Type *v, Type *t, Object *m, Object *alt)
{
	Arena *a = types_arena();
	const char *mname = arena_printf(a, "%s method", m->name);
	if (alt) {
		if (m->name != alt->name)
			return arena_printf(a, "(missing %s)\n\t\thave %s\n\t\twant %s", mname,
			                    func_string(c, alt), func_string(c, m));
		if (types_identical(m->type, alt->type))
			return arena_printf(a, "(%s has pointer receiver)", mname);
		return arena_printf(a, "(wrong type for %s)\n\t\thave %s\n\t\twant %s", mname,
		                    func_string(c, alt), func_string(c, m));
	}
	if (is_interface_ptr(v))
		return arena_printf(a, "(%s)", interface_ptr_error(c, v));
	if (is_interface_ptr(t))
		return arena_printf(a, "(%s)", interface_ptr_error(c, t));
	return arena_printf(a, "(missing %s)", mname);
}

Object *assertable_to(Checker *c, Type *v, Type *t, Object **alt)
{
	if (alt)
		*alt = NULL;
	/* spec: if T is an interface, x.(T) asserts that x's dynamic type implements it */
	if (is_interface(t))
		return NULL;
	return missing_method(c, t, v, false, alt);
}

Type *deref_struct_ptr(Type *t)
{
	Type *u = type_under(t);
	if (u && u->kind == TYPE_POINTER) {
		Type *b = type_under(u->u.pointer.elem);
		if (b && b->kind == TYPE_STRUCT)
			return u->u.pointer.elem;
	}
	return t;
}

/* For later passes: does t implement interface v? (Method sets only;
 * constraint satisfaction is instantiate.c's check_implements.) */
bool types_implements(Type *t, Type *v, const char **why)
{
	Object *alt, *m;
	if (!is_interface(v)) {
		if (why)
			*why = "not an interface";
		return false;
	}
	m = missing_method(NULL, t, v, true, &alt);
	if (m && why)
		*why = missing_method_reason(NULL, t, v, m, alt);
	return m == NULL;
}
