/* union.c: the elements of constraint interfaces, A | ~B | C (spec:
 * General interfaces).
 *
 * check_union turns an embedded interface element into a type: a lone
 * type stays itself, anything with a tilde or a '|' becomes a Union. The
 * terms' validity (no ~ on interfaces or non-underlying types, no
 * interfaces with methods or comparable in unions, no overlapping terms)
 * can only be judged once the types are set up, so it is checked later. */
#include "check.h"

enum { MAX_UNION_TERMS = 100 };   /* gc's limit */

/* A term as gc prints it in these messages: qualified by package path. */
static const char *term_string(Term *t)
{
	Buf b = {0};
	const char *s;
	if (t->tilde)
		buf_putc(&b, '~');
	type_write(&b, t->type, NULL, NULL);
	s = arena_strndup(types_arena(), b.s, b.n);
	buf_free(&b);
	return s;
}

/* term = [ "~" ] Type */
static Term *check_tilde(Checker *c, Expr *tx)
{
	Expr *x = tx;
	bool tilde = false;
	Type *t;
	Term *term;
	if (x->kind == EXPR_UNARY && x->u.unary.op == TOK_TILDE) {
		x = x->u.unary.x;
		tilde = true;
	}
	t = check_typ(c, x);
	/* a lone type parameter cannot be embedded */
	if (t->kind == TYPE_TYPEPARAM) {
		if (tilde)
			check_errorf(c, expr_start_pos(x), "type in term %E cannot be a type parameter", tx);
		else
			check_errorf(c, expr_start_pos(x), "term cannot be a type parameter");
		t = typ_invalid;
	}
	term = new_term(tilde, t);
	if (tilde) {
		Term **one = NEWARRAY(types_arena(), Term *, 1);
		one[0] = term;
		record_type_and_value(c, tx, MODE_TYPEXPR, new_union(one, 1), NULL);
	}
	return term;
}

/* The term expressions of A | B | C, left to right, and the '|'
 * expressions joining them. */
typedef struct Flat {
	Vec terms, ors;
} Flat;

static void flatten(Flat *f, Expr *x)
{
	if (x->kind == EXPR_BINARY && x->u.binary.op == TOK_OR) {
		flatten(f, x->u.binary.x);
		vec_push(&f->ors, x);
		x = x->u.binary.y;
	}
	vec_push(&f->terms, x);
}

typedef struct TermCheck {
	Term **terms;
	Expr **exprs;
	int n;
} TermCheck;

/* The index of a term before terms[n] that overlaps it, or -1; terms
 * with interface types do not count. */
static int overlapping_term(Term **terms, int n, Term *y)
{
	int i;
	for (i = 0; i < n; i++) {
		if (is_interface(terms[i]->type))
			continue;
		if (!term_disjoint(terms[i], y))
			return i;
	}
	return -1;
}

static void check_terms_later(Checker *c, void *arg)
{
	TermCheck *tc = arg;
	int i;
	for (i = 0; i < tc->n; i++) {
		Term *t = tc->terms[i];
		Pos pos = expr_start_pos(tc->exprs[i]);
		Type *u;
		int j;
		if (t->type == typ_invalid)
			continue;
		u = type_under(t->type);
		if (t->tilde) {
			if (u->kind == TYPE_INTERFACE) {
				check_errorf(c, pos, "invalid use of ~ (%T is an interface)", t->type);
				continue;
			}
			if (!types_identical(u, t->type)) {
				check_errorf(c, pos, "invalid use of ~ (underlying type of %T is %T)", t->type, u);
				continue;
			}
		}
		/* interfaces are allowed when they only restrict types; they
		 * are exempt from the overlap rule */
		if (u->kind == TYPE_INTERFACE) {
			TypeSet *s = interface_type_set(c, pos, u);
			if (s->nmethods != 0)
				check_errorf(c, pos, "cannot use %s in union (%s contains methods)", term_string(t), term_string(t));
			else if (t->type == typ_comparable)
				check_errorf(c, pos, "cannot use comparable in union");
			else if (s->comparable)
				check_errorf(c, pos, "cannot use %s in union (%s embeds comparable)", term_string(t), term_string(t));
			continue;
		}
		/* a|a, a|~a, ~a|~a and ~a|A with under(A) == a overlap */
		if ((j = overlapping_term(tc->terms, i, t)) >= 0)
			check_softerrorf(c, pos, "overlapping terms %s and %s", term_string(t), term_string(tc->terms[j]));
	}
}

Type *check_union(Checker *c, Expr *e)
{
	Flat f = {{0}, {0}};
	Expr **tlist, **blist;
	int nt, nb, i, n = 0;
	Term **terms;
	Type *u = NULL;
	TermCheck *tc;

	flatten(&f, e);
	tlist = (Expr **)vec_finish(&f.terms, types_arena(), &nt);
	blist = (Expr **)vec_finish(&f.ors, types_arena(), &nb);
	vec_free(&f.terms);
	vec_free(&f.ors);
	ASSERT(nb == nt - 1);
	terms = NEWARRAY(types_arena(), Term *, nt < MAX_UNION_TERMS ? nt : MAX_UNION_TERMS);
	for (i = 0; i < nt; i++) {
		Term *term = check_tilde(c, tlist[i]);
		if (nt == 1 && !term->tilde)
			return term->type;   /* a single type, already recorded */
		if (n >= MAX_UNION_TERMS) {
			if (u != typ_invalid) {
				check_errorf(c, expr_start_pos(tlist[i]),
				             "cannot handle more than %d union terms (implementation limitation)", MAX_UNION_TERMS);
				u = typ_invalid;
			}
		} else {
			terms[n++] = term;
			/* each '|' has the type of the union so far */
			u = new_union(terms, n);
		}
		if (i > 0)
			record_type_and_value(c, blist[i - 1], MODE_TYPEXPR, u, NULL);
	}
	if (u == typ_invalid)
		return u;
	tc = NEW(types_arena(), TermCheck);
	tc->terms = terms;
	tc->exprs = tlist;
	tc->n = n;
	check_later(c, check_terms_later, tc);
	return u;
}
