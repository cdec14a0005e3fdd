/* typeset.c: type sets of interfaces and unions (spec: Interface types,
 * General interfaces), the constraint interface of a type parameter, and
 * core types (spec: Core types).
 *
 * The type set of an interface is computed on first use and kept in the
 * interface. Its methods are all methods of the interface, explicit and
 * embedded, sorted by Id (go/types' order, which selections' indices
 * follow); its terms are the intersection of the embedded elements' term
 * lists, in normal form. The checker may be NULL (after checking, or from
 * the predicates), in which case nothing is reported. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* The set of every type: the type set of an interface that is not yet
 * complete (never stored), and of the empty interface. */
static TypeSet top_set = {.allterms = true};
/* A union that is too large: reported once, then treated as empty. */
static TypeSet invalid_set;

TermList typeset_terms(const TypeSet *s)
{
	TermList l;
	if (s->allterms)
		return termlist_all();
	l.v = s->terms;
	l.n = s->nterms;
	return l;
}

static void set_terms(TypeSet *s, TermList l)
{
	if (termlist_is_all(l)) {
		s->allterms = true;
		s->terms = NULL;
		s->nterms = 0;
		return;
	}
	s->allterms = false;
	s->terms = l.v;
	s->nterms = l.n;
}

bool typeset_is_empty(const TypeSet *s)
{
	return !s->allterms && s->nterms == 0;
}

bool typeset_is_method_set(const TypeSet *s)
{
	return !s->comparable && s->allterms;
}

bool typeset_is_all(const TypeSet *s)
{
	return typeset_is_method_set(s) && s->nmethods == 0;
}

/* Has specific type terms: neither every type nor no type. */
bool typeset_has_terms(const TypeSet *s)
{
	return !s->allterms && s->nterms > 0;
}

bool typeset_terms_equal(TypeSet *a, TypeSet *b)
{
	return termlist_equal(typeset_terms(a), typeset_terms(b));
}

/* Sets being asked whether they are comparable: a term may lead back to
 * the same set (type I interface{ ~struct{ f I } }); the inner question
 * then answers yes, as go/types' seen map does. */
static TypeSet *comparing[64];
static int ncomparing;

bool typeset_is_comparable(TypeSet *s, PtrMap *seen)
{
	int i;
	bool ok = true;
	(void)seen;
	if (s->allterms)
		return s->comparable;
	if (s->nterms == 0)
		return false;   /* the empty set: go/types asks f(nil), which says no */
	for (i = 0; i < ncomparing; i++)
		if (comparing[i] == s)
			return true;
	if (ncomparing == NELEM(comparing))
		return true;   /* absurdly deep: give up rather than recurse further */
	comparing[ncomparing++] = s;
	for (i = 0; i < s->nterms && ok; i++)
		ok = types_comparable(s->terms[i]->type, false, NULL);
	ncomparing--;
	return ok;
}

/* --- method order --------------------------------------------------------------- */

/* Id: the name for exported names, "path.name" otherwise ("_" for no
 * package). Methods are sorted by Id as strings. */
static void id_parts(const Object *o, const char *parts[3])
{
	if (name_exported(o->name)) {
		parts[0] = "";
		parts[1] = "";
	} else {
		parts[0] = o->pkg && o->pkg->path[0] ? o->pkg->path : "_";
		parts[1] = ".";
	}
	parts[2] = o->name;
}

int obj_id_cmp(const Object *a, const Object *b)
{
	const char *pa[3], *pb[3];
	const char *x, *y;
	int i = 0, j = 0;
	id_parts(a, pa);
	id_parts(b, pb);
	x = pa[0];
	y = pb[0];
	for (;;) {
		while (!*x && i < 2)
			x = pa[++i];
		while (!*y && j < 2)
			y = pb[++j];
		if (!*x || !*y)
			return (unsigned char)*x - (unsigned char)*y;
		if (*x != *y)
			return (unsigned char)*x - (unsigned char)*y;
		x++;
		y++;
	}
}

static int cmp_methods(const void *a, const void *b)
{
	const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	int c = obj_id_cmp(x, y);
	if (c)
		return c;
	return x->id < y->id ? -1 : x->id > y->id;
}

void sort_methods(Object **list, int n)
{
	if (n > 1)
		qsort(list, (size_t)n, sizeof *list, cmp_methods);
}

/* Finds the method with the Id of (pkg, name) in s; sets *index. */
Object *typeset_lookup_method(TypeSet *s, Pkg *pkg, const char *name, int *index)
{
	int i;
	for (i = 0; i < s->nmethods; i++) {
		Object *m = s->methods[i];
		if (m->name == name && obj_same_id(m, pkg, name)) {
			if (index)
				*index = i;
			return m;
		}
	}
	if (index)
		*index = -1;
	return NULL;
}

/* --- interfaces -------------------------------------------------------------- */

/* The methods collected for one type set, with the position where each
 * was declared or embedded (for duplicate reports). */
typedef struct Collect {
	Checker *c;
	Object **m;
	Pos *pos;
	int n, cap;
	PtrMap byname;             /* name -> index+1 of the first method so named; built past 16 */
	bool mapped;
} Collect;

/* The duplicate of an embedded method, checked once all types are known. */
typedef struct DupCheck {
	Object *m, *other;
	Pos pos, otherpos;
} DupCheck;

static void report_duplicate(Checker *c, Pos pos, const char *name, Pos other)
{
	check_errorf(c, pos, "duplicate method %s\n\t%s: other declaration of %s", name, check_pos_string(other),
	             name);
}

static void check_dup_later(Checker *c, void *arg)
{
	DupCheck *d = arg;
	/* before Go 1.14 overlapping embedded methods were errors */
	if (!check_allow_version(c, d->m->pkg, 1, 14) || !types_identical(d->m->type, d->other->type))
		report_duplicate(c, d->pos, d->m->name, d->otherpos);
}

static int collect_find(Collect *s, Object *m)
{
	int i;
	if (s->mapped) {
		intptr_t k = (intptr_t)ptrmap_get(&s->byname, m->name);
		if (!k)
			return -1;
		if (obj_same_id(s->m[k - 1], m->pkg, m->name))
			return (int)k - 1;
		/* same name, other package: rare, search them all */
	}
	for (i = 0; i < s->n; i++)
		if (s->m[i]->name == m->name && obj_same_id(s->m[i], m->pkg, m->name))
			return i;
	return -1;
}

static void collect_add(Collect *s, Pos pos, Object *m, bool explicit)
{
	int i = collect_find(s, m);
	if (i < 0) {
		if (s->n == s->cap) {
			int cap = s->cap ? 2 * s->cap : 8;
			Object **nm = NEWARRAY(types_arena(), Object *, cap);
			Pos *np = NEWARRAY(types_arena(), Pos, cap);
			if (s->n) {
				memcpy(nm, s->m, sizeof *nm * (size_t)s->n);
				memcpy(np, s->pos, sizeof *np * (size_t)s->n);
			}
			s->m = nm;
			s->pos = np;
			s->cap = cap;
		}
		s->m[s->n] = m;
		s->pos[s->n] = pos;
		s->n++;
		if (!s->mapped && s->n > 16) {
			int j;
			s->mapped = true;
			for (j = 0; j < s->n; j++)
				if (!ptrmap_get(&s->byname, s->m[j]->name))
					ptrmap_put(&s->byname, s->m[j]->name, (void *)(intptr_t)(j + 1));
		} else if (s->mapped && !ptrmap_get(&s->byname, m->name)) {
			ptrmap_put(&s->byname, m->name, (void *)(intptr_t)s->n);
		}
		return;
	}
	if (!s->c)
		return;   /* after checking, errors have been reported */
	if (explicit) {
		report_duplicate(s->c, pos, m->name, s->pos[i]);
		return;
	}
	/* A method that arrives twice through embedding is fine when both
	 * have identical signatures, which can only be decided later. */
	{
		DupCheck *d = NEW(types_arena(), DupCheck);
		d->m = m;
		d->other = s->m[i];
		d->pos = pos;
		d->otherpos = s->pos[i];
		check_later(s->c, check_dup_later, d);
	}
}

/* Intersects two term lists with their comparable bits; comparable is
 * only kept with every type, otherwise it filters the terms. */
static TermList intersect_terms(TermList x, bool xcomp, TermList y, bool ycomp, bool *comp)
{
	TermList r = termlist_intersect(x, y);
	*comp = xcomp || ycomp;
	if (*comp && !termlist_is_all(r)) {
		int i, n = 0;
		for (i = 0; i < r.n; i++)
			if (types_comparable(r.v[i]->type, false, NULL))
				r.v[n++] = r.v[i];
		r.n = n;
		if (!termlist_is_all(r))
			*comp = false;
	}
	return r;
}

/* A named constraint interface (not just methods) of another package. */
static bool is_imported_constraint(Checker *c, Type *t)
{
	Type *u;
	if (t->kind != TYPE_NAMED || !t->u.named.obj->pkg || t->u.named.obj->pkg == c->pkg)
		return false;
	u = type_under(t);
	return u->kind == TYPE_INTERFACE && !typeset_is_method_set(interface_type_set(NULL, NOPOS, u));
}

TypeSet *interface_type_set(Checker *c, Pos pos, Type *it)
{
	Collect col = {0};
	TermList all;
	bool allcomp = false;
	TypeSet *ts;
	int i;

	if (it->kind != TYPE_INTERFACE)
		it = type_under(it);
	ASSERT(it->kind == TYPE_INTERFACE);
	if (it->u.iface.tset)
		return it->u.iface.tset;
	/* An interface still being built would give a partial set: answer
	 * "every type" without storing it, and compute it again later. */
	if (!it->u.iface.complete)
		return &top_set;
	(void)pos;
	/* errors go to the checker that made the interface, whoever asks */
	if (!c)
		c = it->u.iface.check;
	it->u.iface.check = NULL;

	/* stored first: a cycle through this interface (reported elsewhere,
	 * by the check for invalid recursive types) sees every type */
	ts = NEW(types_arena(), TypeSet);
	ts->allterms = true;
	it->u.iface.tset = ts;

	col.c = c;
	for (i = 0; i < it->u.iface.nmethods; i++)
		collect_add(&col, it->u.iface.methods[i]->pos, it->u.iface.methods[i], true);

	all = termlist_all();
	for (i = 0; i < it->u.iface.nembeddeds; i++) {
		Type *t = it->u.iface.embeddeds[i];
		Pos epos = it->u.iface.embedpos ? it->u.iface.embedpos[i] : NOPOS;
		Type *u = type_under(t);
		TermList terms;
		bool comp = false;
		if (u->kind == TYPE_INTERFACE) {
			TypeSet *es = interface_type_set(c, epos, u);
			int j;
			/* a local constraint interface was reported where it is declared */
			if (c && is_imported_constraint(c, t) && !check_allow_version(c, c->pkg, 1, 18)) {
				check_version_errorf(c, epos, "go1.18", "embedding constraint interface %s", check_sprintf(c, "%T", t));
				continue;
			}
			comp = es->comparable;
			for (j = 0; j < es->nmethods; j++)
				collect_add(&col, epos, es->methods[j], false);
			terms = typeset_terms(es);
		} else if (u->kind == TYPE_UNION) {
			TypeSet *us;
			if (c && !check_allow_version(c, c->pkg, 1, 18)) {
				check_version_errorf(c, epos, "go1.18", "embedding interface element %s", check_sprintf(c, "%T", u));
				continue;
			}
			us = union_type_set(c, epos, u);
			if (us == &invalid_set)
				continue;
			terms = typeset_terms(us);
		} else {
			Term *one;
			if (u == typ_invalid)
				continue;
			if (c && !check_allow_version(c, c->pkg, 1, 18)) {
				check_version_errorf(c, epos, "go1.18", "embedding non-interface type %s", check_sprintf(c, "%T", t));
				continue;
			}
			one = new_term(false, t);
			terms.v = NEWARRAY(types_arena(), Term *, 1);
			terms.v[0] = one;
			terms.n = 1;
		}
		all = intersect_terms(all, allcomp, terms, comp, &allcomp);
	}

	ts->comparable = allcomp;
	if (col.n) {
		sort_methods(col.m, col.n);
		ts->methods = col.m;
		ts->nmethods = col.n;
	}
	set_terms(ts, all);
	if (col.mapped)
		ptrmap_free(&col.byname);
	return ts;
}

/* --- unions ------------------------------------------------------------------ */

enum { MAX_TERMS = 100 };   /* gc's limit, against quadratic term lists */

TypeSet *union_type_set(Checker *c, Pos pos, Type *u)
{
	TermList all = {NULL, 0};
	TypeSet *ts;
	int i;

	ASSERT(u->kind == TYPE_UNION);
	if (u->u.uni.tset)
		return u->u.uni.tset;
	ts = NEW(types_arena(), TypeSet);   /* empty while being computed */
	u->u.uni.tset = ts;
	for (i = 0; i < u->u.uni.nterms; i++) {
		Term *t = u->u.uni.terms[i];
		Type *tu = type_under(t->type);
		TermList terms;
		Term *one[1];
		if (tu->kind == TYPE_INTERFACE) {
			terms = typeset_terms(interface_type_set(c, pos, tu));
		} else if (tu == typ_invalid) {
			continue;
		} else {
			/* ~T where T is not an underlying type names no type */
			one[0] = t->tilde && !types_identical(t->type, tu) ? NULL : t;
			terms.v = one;
			terms.n = 1;
		}
		all = termlist_union(all, terms);
		if (all.n > MAX_TERMS) {
			if (c)
				check_errorf(c, pos, "cannot handle more than %d union terms (implementation limitation)",
				             MAX_TERMS);
			u->u.uni.tset = &invalid_set;
			return &invalid_set;
		}
	}
	set_terms(ts, all);
	return ts;
}

/* --- type parameters ----------------------------------------------------------- */

/* The constraint interface of a type parameter. A constraint that is not
 * an interface (P int) is wrapped into an implicit interface once, and
 * the bound is replaced by the wrapper, as go/types does. */
Type *typeparam_iface(Type *tp)
{
	Type *bound = tp->u.tparam.bound, *u, *it = NULL;
	if (!bound)
		return typ_empty_iface;
	u = type_under(bound);
	if (u == typ_invalid)
		return typ_empty_iface;   /* reported elsewhere */
	if (u->kind == TYPE_INTERFACE) {
		if (bound->kind == TYPE_TYPEPARAM)
			return typ_empty_iface;   /* reported with the type parameter list */
		it = u;
	}
	if (!it) {
		Type **emb = NEWARRAY(types_arena(), Type *, 1);
		emb[0] = bound;
		it = new_interface(NULL, 0, emb, 1);
		it->u.iface.implicit = true;
		it->u.iface.complete = true;
		tp->u.tparam.bound = it;
	}
	if (!it->u.iface.tset)
		interface_type_set(NULL, tp->u.tparam.obj ? tp->u.tparam.obj->pos : NOPOS, it);
	return it;
}

static TypeSet *tparam_set(Type *tp)
{
	return interface_type_set(NULL, NOPOS, typeparam_iface(tp));
}

/* Calls f with the underlying type of each specific term, or once with
 * NULL when there are none; true when every call returned true. */
bool typeset_under_is(TypeSet *s, bool (*f)(Type *u, void *ctx), void *ctx)
{
	int i;
	if (!typeset_has_terms(s))
		return f(NULL, ctx);
	for (i = 0; i < s->nterms; i++) {
		Term *t = s->terms[i];
		if (!f(t->tilde ? t->type : type_under(t->type), ctx))
			return false;
	}
	return true;
}

bool typeset_each(Type *t, bool (*f)(Type *t, Type *under, void *ctx), void *ctx)
{
	TypeSet *s;
	int i;
	if (!is_typeparam(t))
		return f(t, type_under(t), ctx);
	s = tparam_set(t);
	if (!typeset_has_terms(s))
		return f(NULL, NULL, ctx);
	for (i = 0; i < s->nterms; i++) {
		Term *term = s->terms[i];
		if (!f(term->type, term->tilde ? term->type : type_under(term->type), ctx))
			return false;
	}
	return true;
}

/* --- core types ---------------------------------------------------------------- */

/* x when x and y are identical; for channels that differ only in
 * direction, the restricted one when the other is bidirectional. */
static Type *match(Type *x, Type *y)
{
	if (types_identical(x, y))
		return x;
	if (x->kind == TYPE_CHAN && y->kind == TYPE_CHAN && types_identical(x->u.chan.elem, y->u.chan.elem)) {
		if (x->u.chan.dir == CHANDIR_BOTH)
			return y;
		if (y->u.chan.dir == CHANDIR_BOTH)
			return x;
	}
	return NULL;
}

typedef struct CoreAcc {
	Type *su;
	bool bytestring;           /* core_string: string counts as []byte */
	bool hasstring;
} CoreAcc;

static bool core_step(Type *u, void *ctx)
{
	CoreAcc *a = ctx;
	if (!u)
		return false;
	if (a->bytestring && is_string(u)) {
		u = new_slice(typ_byte);
		a->hasstring = true;
	}
	if (a->su) {
		u = match(a->su, u);
		if (!u)
			return false;
	}
	a->su = u;
	return true;
}

Type *type_core(Type *t)
{
	CoreAcc a = {0};
	if (!is_typeparam(t))
		return type_under(t);
	if (typeset_under_is(tparam_set(t), core_step, &a))
		return a.su;
	return NULL;
}

Type *type_core_string(Type *t)
{
	CoreAcc a = {0};
	if (!is_typeparam(t))
		return type_under(t);
	a.bytestring = true;
	if (typeset_under_is(tparam_set(t), core_step, &a))
		return a.hasstring ? typ_basic[KIND_STRING] : a.su;
	return NULL;
}

/* For inference: the single specific term of a type parameter (*single
 * set), or else a term for its core type, with a tilde if any term has
 * one; NULL when there is neither. */
Term *core_term(Type *tp, bool *single)
{
	TypeSet *s = tparam_set(tp);
	Type *core;
	bool tilde = false;
	int i;
	*single = false;
	if (!typeset_has_terms(s))
		return NULL;
	if (s->nterms == 1) {
		*single = true;
		return s->terms[0];
	}
	for (i = 0; i < s->nterms; i++)
		if (s->terms[i]->tilde)
			tilde = true;
	core = type_core(tp);
	if (!core)
		return NULL;
	return new_term(tilde, core);
}
