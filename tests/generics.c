/* generics.c: unit tests of the generics layer on types built by hand:
 * term lists, type sets, core types, substitution and instances,
 * constraint satisfaction and type inference. Each check prints what it
 * tested when it fails; the program ends with "N passed, N failed".
 *
 * Built by tests/suite-generics.sh against build/libgoescape.a. */
#include <stdio.h>
#include <string.h>

#include "types/check.h"

static int npass, nfail;

#define CHECK(cond) check((cond), #cond, __LINE__)
static void check(bool ok, const char *what, int line)
{
	if (ok) {
		npass++;
		return;
	}
	nfail++;
	printf("FAIL line %d: %s\n", line, what);
}

static void check_str(const char *got, const char *want, int line)
{
	if (strcmp(got, want) == 0) {
		npass++;
		return;
	}
	nfail++;
	printf("FAIL line %d: got %s, want %s\n", line, got, want);
}
#define CHECK_STR(got, want) check_str((got), (want), __LINE__)

static Pkg *pkg;

static const char *str(Type *t)
{
	return type_string(t, NULL, NULL);
}

static Type *tparam(const char *name, Type *bound, int index)
{
	Object *o = new_typename(NOPOS, pkg, intern_cstr(name), NULL);
	Type *t = new_typeparam(o, bound);
	t->u.tparam.index = index;
	return t;
}

static Type *named(const char *name, Type *under)
{
	Object *o = new_typename(NOPOS, pkg, intern_cstr(name), NULL);
	Type *t = new_named(o, under, NULL, 0);
	return t;
}

static Type *iface(Type **emb, int n)
{
	Type **e = NEWARRAY(types_arena(), Type *, n ? n : 1);
	Type *t;
	memcpy(e, emb, sizeof *e * (size_t)n);
	t = new_interface(NULL, 0, e, n);
	t->u.iface.complete = true;
	return t;
}

static Type *uni(int n, ...)
{
	Term **terms = NEWARRAY(types_arena(), Term *, n);
	va_list ap;
	int i;
	va_start(ap, n);
	for (i = 0; i < n; i++) {
		int tilde = va_arg(ap, int);
		terms[i] = new_term(tilde, va_arg(ap, Type *));
	}
	va_end(ap);
	return new_union(terms, n);
}

static Type *tuple(int n, ...)
{
	Object **v = NEWARRAY(types_arena(), Object *, n ? n : 1);
	va_list ap;
	int i;
	va_start(ap, n);
	for (i = 0; i < n; i++)
		v[i] = new_param(NOPOS, pkg, intern_cstr(""), va_arg(ap, Type *));
	va_end(ap);
	return new_tuple(v, n);
}

static TypeList tlist(int n, Type **v)
{
	TypeList l = {v, n};
	return l;
}

static const char *terms_str(TypeSet *s)
{
	Buf b = {0};
	const char *r;
	termlist_write(&b, typeset_terms(s), NULL, NULL);
	r = arena_strndup(types_arena(), b.s, b.n);
	buf_free(&b);
	return r;
}

static Type *T_int, *T_string, *T_int64, *T_float64;

static void test_termlists(void)
{
	Type *myint = named("MyInt", T_int);
	Type *u, *it;
	TypeSet *s;

	/* ~int | int normalises to ~int; MyInt is in it */
	u = uni(2, 1, T_int, 0, T_int);
	s = union_type_set(NULL, NOPOS, u);
	CHECK_STR(terms_str(s), "~int");
	CHECK(termlist_includes(typeset_terms(s), myint));

	/* ~MyInt names no type */
	u = uni(2, 1, myint, 0, T_string);
	s = union_type_set(NULL, NOPOS, u);
	CHECK_STR(terms_str(s), "string");

	/* interface{ ~int | ~string; ~int | float64 } is ~int */
	{
		Type *e[2] = {uni(2, 1, T_int, 1, T_string), uni(2, 1, T_int, 0, T_float64)};
		it = iface(e, 2);
		s = interface_type_set(NULL, NOPOS, it);
		CHECK_STR(terms_str(s), "~int");
		CHECK(!typeset_is_empty(s));
	}
	/* interface{ int; string } is empty */
	{
		Type *e[2] = {T_int, T_string};
		it = iface(e, 2);
		s = interface_type_set(NULL, NOPOS, it);
		CHECK(typeset_is_empty(s));
	}
	/* comparable ∩ (int | []int) = int */
	{
		Type *e[2] = {typ_comparable, uni(2, 0, T_int, 0, new_slice(T_int))};
		it = iface(e, 2);
		s = interface_type_set(NULL, NOPOS, it);
		CHECK_STR(terms_str(s), "int");
		CHECK(!s->comparable);
		CHECK(typeset_is_comparable(s, NULL));
	}
	/* interface{ comparable } */
	{
		Type *e[1] = {typ_comparable};
		it = iface(e, 1);
		s = interface_type_set(NULL, NOPOS, it);
		CHECK(s->comparable && s->allterms);
	}
	/* subset and equality are set operations, not list comparisons */
	{
		TypeSet *a = union_type_set(NULL, NOPOS, uni(3, 0, T_int, 0, T_string, 1, T_int));
		TypeSet *b = union_type_set(NULL, NOPOS, uni(2, 0, T_string, 1, T_int));
		CHECK(typeset_terms_equal(a, b));
		CHECK(termlist_subset(typeset_terms(union_type_set(NULL, NOPOS, uni(1, 0, T_int))), typeset_terms(b)));
		CHECK(!termlist_subset(typeset_terms(b), typeset_terms(union_type_set(NULL, NOPOS, uni(1, 0, T_int)))));
	}
}

static void test_core_types(void)
{
	Type *e1[1] = {uni(2, 1, T_int, 1, T_int64)};
	Type *p = tparam("P", iface(e1, 1), 0);
	Type *chs[1] = {uni(2, 0, new_chan(CHANDIR_BOTH, T_int), 0, new_chan(CHANDIR_RECV, T_int))};
	Type *q = tparam("Q", iface(chs, 1), 0);
	Type *bs[1] = {uni(2, 0, new_slice(typ_byte), 1, T_string)};
	Type *r = tparam("R", iface(bs, 1), 0);
	Type *s = tparam("S", T_int, 0);   /* [S int]: a non-interface bound */

	CHECK(type_core(p) == NULL);
	CHECK_STR(str(type_core(q)), "<-chan int");
	CHECK(type_core(r) == NULL);
	CHECK(type_core_string(r) == typ_basic[KIND_STRING]);
	CHECK(type_core(s) == T_int);
	CHECK(type_under(s)->kind == TYPE_INTERFACE && type_under(s)->u.iface.implicit);
	CHECK(all_integer(p));
	CHECK(!all_integer(r));
	CHECK(types_comparable(p, false, NULL));
}

/* type List[T any] struct { next *List[T]; val T } */
static void test_instances(void)
{
	Type *t = tparam("T", typ_any, 0);
	Type *list = named("List", NULL);
	Type *tv[1] = {t}, *iv[1] = {T_int}, *sv[1] = {T_string};
	Object **f = NEWARRAY(types_arena(), Object *, 2);
	Type *self, *li, *li2, *ls, *u;

	list->u.named.tparams = tlist(1, NEWARRAY(types_arena(), Type *, 1));
	list->u.named.tparams.v[0] = t;
	self = instance_of(NULL, NOPOS, list, tlist(1, tv));
	f[0] = new_field(NOPOS, pkg, intern_cstr("next"), new_pointer(self), false);
	f[1] = new_field(NOPOS, pkg, intern_cstr("val"), t, false);
	list->u.named.underlying = new_struct(f, 2, NULL);

	li = instance_of(NULL, NOPOS, list, tlist(1, iv));
	li2 = instance_of(NULL, NOPOS, list, tlist(1, iv));
	ls = instance_of(NULL, NOPOS, list, tlist(1, sv));
	CHECK(li == li2);
	CHECK(li != ls);
	CHECK_STR(str(li), "p.List[int]");
	u = type_under(li);
	CHECK_STR(str(u), "struct{next *p.List[int]; val int}");
	CHECK(u->u.strct.fields[0]->type->u.pointer.elem == li);
	CHECK(u->u.strct.fields[1]->u.var.origin == f[1]);
	CHECK(types_identical(li, li2) && !types_identical(li, ls));
	CHECK(is_generic(list) && !is_generic(li));

	/* a method with receiver type parameters is expanded on use:
	 * func (l *List[T]) Push(v T) *List[T] */
	{
		Type *rt = tparam("T", typ_any, 0);
		Type *rv[1] = {rt};
		Type *recvt = instance_of(NULL, NOPOS, list, tlist(1, rv));
		Object *recv = new_param(NOPOS, pkg, intern_cstr("l"), new_pointer(recvt));
		Type *sig = new_signature(recv, tuple(1, rt), tuple(1, new_pointer(recvt)), false);
		Object *push = new_func(NOPOS, pkg, intern_cstr("Push"), sig);
		Object *m;
		sig->u.sig.rparams = tlist(1, NEWARRAY(types_arena(), Type *, 1));
		sig->u.sig.rparams.v[0] = rt;
		named_add_method(list, push);
		CHECK(named_nmethods(ls) == 1);
		m = named_method(ls, 0);
		CHECK(m != push && m->u.func.origin == push);
		CHECK_STR(str(m->type), "func(string) *p.List[string]");
		CHECK(m->type->u.sig.recv->type->u.pointer.elem == ls);
		CHECK(named_method(ls, 0) == m);
		CHECK(named_lookup_method(ls, pkg, intern_cstr("Push"), NULL) == m);
	}
}

/* type A B; type B A: the chain ends in an invalid type */
static void test_chains(void)
{
	Type *a = named("A", NULL), *b = named("B", NULL), *c = named("C", NULL);
	a->u.named.underlying = b;
	b->u.named.underlying = a;
	CHECK(type_under(a) == typ_invalid);
	CHECK(b->u.named.underlying == typ_invalid);
	/* type A B; type B C; type C []int */
	a = named("A", NULL);
	b = named("B", NULL);
	a->u.named.underlying = b;
	b->u.named.underlying = c;
	c->u.named.underlying = new_slice(T_int);
	CHECK_STR(str(type_under(a)), "[]int");
	CHECK(a->u.named.underlying == c->u.named.underlying);
}

static void test_implements(void)
{
	Type *e1[1] = {uni(2, 1, T_int, 0, T_string)};
	Type *c = named("C", iface(e1, 1));
	Type *myint = named("MyInt", T_int), *mystr = named("MyString", T_string);
	const char *why = NULL;
	Type *e2[1] = {uni(1, 0, T_int)};
	Type *onlyint = named("OnlyInt", iface(e2, 1));

	CHECK(check_implements(NULL, T_int, c, true, &why));
	CHECK(check_implements(NULL, myint, c, true, &why));
	CHECK(!check_implements(NULL, mystr, c, true, &why));
	CHECK_STR(why ? why : "", "p.MyString does not implement p.C (possibly missing ~ for string in constraint p.C)");
	CHECK(!check_implements(NULL, T_float64, c, true, &why));
	CHECK_STR(why ? why : "", "float64 does not implement p.C (float64 missing in ~int | string)");
	CHECK(!check_implements(NULL, myint, onlyint, true, &why));
	CHECK_STR(why ? why : "", "p.MyInt does not implement p.OnlyInt (possibly missing ~ for int in constraint p.OnlyInt)");
	CHECK(!check_implements(NULL, new_slice(T_int), typ_comparable, true, &why));
	CHECK_STR(why ? why : "", "[]int does not implement comparable");
	CHECK(check_implements(NULL, T_int, typ_comparable, true, &why));
	CHECK(!check_implements(NULL, T_int, T_int, true, &why));
	CHECK_STR(why ? why : "", "int does not implement int (int is not an interface)");
}

static Operand *arg(Type *t)
{
	Operand *x = NEW(types_arena(), Operand);
	x->mode = MODE_VALUE;
	x->type = t;
	return x;
}

static void test_inference(void)
{
	static CheckConfig conf;
	Checker c;
	bool ok;
	TypeList r;
	memset(&c, 0, sizeof c);
	c.pkg = pkg;
	c.conf = &conf;

	/* func Map[F, T any](s []F, f func(F) T) []T; Map([]int{}, func(int) string) */
	{
		Type *f = tparam("F", typ_any, 0), *t = tparam("T", typ_any, 1);
		Type *tp[2] = {f, t};
		Type *params = tuple(2, new_slice(f), new_signature(NULL, tuple(1, f), tuple(1, t), false));
		Operand *args[2] = {arg(new_slice(T_int)), arg(new_signature(NULL, tuple(1, T_int), tuple(1, T_string), false))};
		r = infer_type_args(&c, NOPOS, tlist(2, tp), tlist(0, NULL), params, args, 2, &ok);
		CHECK(ok && r.n == 2 && r.v[0] == T_int && r.v[1] == T_string);
	}
	/* func Grow[S ~[]E, E any](s S) S; Grow(MySlice) infers E = int from S's core type */
	{
		Type *e = tparam("E", typ_any, 1);
		Type *b[1] = {uni(1, 1, new_slice(e))};
		Type *s = tparam("S", iface(b, 1), 0);
		Type *tp[2] = {s, e};
		Type *myslice = named("MySlice", new_slice(T_int));
		Operand *args[1] = {arg(myslice)};
		r = infer_type_args(&c, NOPOS, tlist(2, tp), tlist(0, NULL), tuple(1, s), args, 1, &ok);
		CHECK(ok && r.n == 2 && r.v[0] == myslice && r.v[1] == T_int);
	}
	/* func Max[T int | float64](a, b T) T; Max(1, 2): untyped arguments
	 * give their default type */
	{
		Type *b[1] = {uni(2, 0, T_int, 0, T_float64)};
		Type *t = tparam("T", iface(b, 1), 0);
		Type *tp[1] = {t};
		Operand *args[2] = {arg(typ_basic[KIND_UNTYPED_INT]), arg(typ_basic[KIND_UNTYPED_INT])};
		r = infer_type_args(&c, NOPOS, tlist(1, tp), tlist(0, NULL), tuple(2, t, t), args, 2, &ok);
		CHECK(ok && r.v[0] == T_int);
	}
	/* unification is inexact: a named type matches a literal through its
	 * underlying type; named arguments go first */
	{
		Type *e = tparam("E", typ_any, 0);
		Type *tp[1] = {e};
		Type *myslice = named("MySlice2", new_slice(T_int));
		Operand *args[2] = {arg(new_slice(T_int)), arg(myslice)};
		r = infer_type_args(&c, NOPOS, tlist(1, tp), tlist(0, NULL), tuple(2, new_slice(e), new_slice(e)), args, 2, &ok);
		CHECK(ok && r.v[0] == T_int);
	}
	/* nothing to infer from: cannot infer P (reported) */
	{
		Type *q = tparam("Q", typ_any, 1);
		Type *b[1] = {new_pointer(q)};
		Type *p = tparam("P", iface(b, 1), 0);
		Type *tp[2] = {p, q};
		r = infer_type_args(&c, NOPOS, tlist(2, tp), tlist(0, NULL), NULL, NULL, 0, &ok);
		CHECK(!ok);   /* nothing known: cannot infer P (error reported) */
	}
}

/* Errors reported through the checker are counted, not printed here. */
int main(void)
{
	types_init();
	sizes_init("amd64");
	pkg = new_pkg("p", "p");
	T_int = typ_basic[KIND_INT];
	T_string = typ_basic[KIND_STRING];
	T_int64 = typ_basic[KIND_INT64];
	T_float64 = typ_basic[KIND_FLOAT64];

	test_termlists();
	test_core_types();
	test_instances();
	test_chains();
	test_implements();
	test_inference();
	printf("generics: %d passed, %d failed\n", npass, nfail);
	return nfail != 0;
}
