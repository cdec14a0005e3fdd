/* termlist.c: type terms and unions of type terms (spec: General
 * interfaces).
 *
 * A term is one of
 *   NULL                 the empty set
 *   {type NULL}          every type (term_all)
 *   {tilde false, T}     the set {T}
 *   {tilde true, t}      every type whose underlying type is t
 * A term list is the union of its terms. Its normal form has pairwise
 * disjoint terms and no NULL term; the set of all types is then the
 * single term term_all. Operations accept any list and return lists in
 * normal form (except term_union, which works on two terms).
 *
 * Lists are short (unions are limited to 100 terms), so the quadratic
 * normalisation is cheap; results are allocated in the types arena. */
#include <string.h>

#include "check.h"

Term term_all;   /* type NULL: the set of all types */

/* The list holding only term_all. */
TermList termlist_all(void)
{
	static Term *all[1] = {&term_all};
	TermList l = {all, 1};
	return l;
}

static Term **new_terms(int n)
{
	return NEWARRAY(types_arena(), Term *, n > 0 ? n : 1);
}

/* --- single terms ----------------------------------------------------------- */

/* x ∩ y == ∅, for terms with types: ~t intersects T when under(T) is t. */
bool term_disjoint(const Term *x, const Term *y)
{
	Type *ux = x->type, *uy = y->type;
	if (y->tilde)
		ux = type_under(ux);
	if (x->tilde)
		uy = type_under(uy);
	return !types_identical(ux, uy);
}

bool term_equal(const Term *x, const Term *y)
{
	if (!x || !y)
		return x == y;
	if (!x->type || !y->type)
		return x->type == y->type;
	return x->tilde == y->tilde && types_identical(x->type, y->type);
}

/* t ∈ x */
bool term_includes(const Term *x, Type *t)
{
	if (!x)
		return false;
	if (!x->type)
		return true;
	if (x->tilde)
		t = type_under(t);
	return types_identical(x->type, t);
}

/* x ⊆ y */
bool term_subset(const Term *x, const Term *y)
{
	if (!x)
		return true;
	if (!y)
		return false;
	if (!y->type)
		return true;
	if (!x->type)
		return false;
	if (term_disjoint(x, y))
		return false;
	/* same type: only ~t ⊆ T fails */
	return !x->tilde || y->tilde;
}

/* x ∪ y as one term (*b NULL) or two disjoint terms. */
static Term *term_union(Term *x, Term *y, Term **b)
{
	*b = NULL;
	if (!x)
		return y;
	if (!y)
		return x;
	if (!x->type)
		return x;
	if (!y->type)
		return y;
	if (term_disjoint(x, y)) {
		*b = y;
		return x;
	}
	/* same type: the one with a tilde covers the other */
	if (x->tilde || !y->tilde)
		return x;
	return y;
}

/* x ∩ y */
static Term *term_intersect(Term *x, Term *y)
{
	if (!x || !y)
		return NULL;
	if (!x->type)
		return y;
	if (!y->type)
		return x;
	if (term_disjoint(x, y))
		return NULL;
	/* same type: the one without a tilde is the smaller */
	if (!x->tilde || y->tilde)
		return x;
	return y;
}

/* --- lists ------------------------------------------------------------------ */

bool termlist_is_empty(TermList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		if (l.v[i])
			return false;
	return true;
}

bool termlist_is_all(TermList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		if (l.v[i] && !l.v[i]->type)
			return true;
	return false;
}

/* Merges each term with every later term it overlaps; a merge that
 * yields every type makes the whole list every type (stopping there
 * also keeps the result normal). */
TermList termlist_norm(TermList l)
{
	bool small[32], *used = l.n <= 32 ? small : NEWARRAY(types_arena(), bool, l.n);
	TermList r;
	int i, j;
	memset(used, 0, sizeof(bool) * (size_t)l.n);
	r.v = new_terms(l.n);
	r.n = 0;
	for (i = 0; i < l.n; i++) {
		Term *xi = l.v[i];
		if (!xi || used[i])
			continue;
		for (j = i + 1; j < l.n; j++) {
			Term *xj = l.v[j], *u1, *u2;
			if (!xj || used[j])
				continue;
			u1 = term_union(xi, xj, &u2);
			if (!u2) {
				if (!u1->type)
					return termlist_all();
				xi = u1;
				used[j] = true;
			}
		}
		r.v[r.n++] = xi;
	}
	return r;
}

TermList termlist_union(TermList x, TermList y)
{
	TermList l;
	l.n = x.n + y.n;
	l.v = new_terms(l.n);
	if (x.n)
		memcpy(l.v, x.v, sizeof(Term *) * (size_t)x.n);
	if (y.n)
		memcpy(l.v + x.n, y.v, sizeof(Term *) * (size_t)y.n);
	return termlist_norm(l);
}

TermList termlist_intersect(TermList x, TermList y)
{
	TermList r = {NULL, 0};
	int i, j;
	if (termlist_is_empty(x) || termlist_is_empty(y))
		return r;
	r.v = new_terms(x.n * y.n);
	for (i = 0; i < x.n; i++)
		for (j = 0; j < y.n; j++) {
			Term *t = term_intersect(x.v[i], y.v[j]);
			if (t)
				r.v[r.n++] = t;
		}
	return termlist_norm(r);
}

bool termlist_includes(TermList l, Type *t)
{
	int i;
	for (i = 0; i < l.n; i++)
		if (term_includes(l.v[i], t))
			return true;
	return false;
}

/* y ⊆ l */
static bool termlist_superset_of(TermList l, Term *y)
{
	int i;
	for (i = 0; i < l.n; i++)
		if (term_subset(y, l.v[i]))
			return true;
	return false;
}

/* x ⊆ y */
bool termlist_subset(TermList x, TermList y)
{
	int i;
	if (termlist_is_empty(y))
		return termlist_is_empty(x);
	for (i = 0; i < x.n; i++)
		if (!termlist_superset_of(y, x.v[i]))
			return false;
	return true;
}

bool termlist_equal(TermList x, TermList y)
{
	return termlist_subset(x, y) && termlist_subset(y, x);
}

/* Writes the list as gc prints it in errors: "int | ~string"; every
 * type prints as 𝓤 and the empty list as ∅. */
void termlist_write(Buf *b, TermList l, Qualifier q, void *qctx)
{
	int i;
	if (l.n == 0) {
		buf_puts(b, "∅");
		return;
	}
	for (i = 0; i < l.n; i++) {
		Term *t = l.v[i];
		if (i > 0)
			buf_puts(b, " | ");
		if (!t) {
			buf_puts(b, "∅");
		} else if (!t->type) {
			buf_puts(b, "𝓤");
		} else {
			if (t->tilde)
				buf_putc(b, '~');
			type_write(b, t->type, q, qctx);
		}
	}
}
