/* algfunc.c: the equality and hash functions gc generates for type
 * descriptors, and their -m=2 explanations.
 *
 * A comparable struct or array that is not plain memory (it holds
 * strings, interfaces, floats, blank fields or padding) gets an
 * equality function func(p, q *T) bool in its descriptor, and a hash
 * function func(p *T, h uintptr) uintptr when it is a map's key. gc
 * makes them while writing descriptors; those made before its escape
 * analysis (for the itabs static initialisation writes) are analysed
 * with the package's functions. They call the runtime's memequal and
 * hash functions, which carry no escape tags: p and q leak to the heap,
 * and -m=2 explains how. Only calls move anything, so comparisons made
 * with == are left out of the bodies built here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "ir/ir.h"

enum {   /* gc's algorithm kinds */
	ALG_NOEQ, ALG_MEM, ALG_STRING, ALG_INTER, ALG_NILINTER,
	ALG_FLOAT32, ALG_FLOAT64, ALG_CPLX64, ALG_CPLX128, ALG_SPECIAL
};

struct AlgGen {
	EscContext *ctx;
	Lower *L;
	Pos pos;
	const char **eqdone, **hashdone;   /* link strings of the types done */
	int neqdone, nhashdone, capeqdone, caphashdone;
};

AlgGen *alggen_new(EscContext *ctx, Lower *L, Pos autopos)
{
	AlgGen *g = xmalloc(sizeof *g);
	memset(g, 0, sizeof *g);
	g->ctx = ctx;
	g->L = L;
	g->pos = autopos;
	return g;
}

void alggen_free(AlgGen *g)
{
	if (!g)
		return;
	free(g->eqdone);
	free(g->hashdone);
	free(g);
}

/* Records t's link string in *set; false when it was there. */
static bool first_time(const char ***set, int *n, int *cap, Type *t)
{
	const char *s = gc_link_string_of(t);
	int i;
	for (i = 0; i < *n; i++)
		if (strcmp((*set)[i], s) == 0)
			return false;
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		*set = xrealloc(*set, sizeof **set * (size_t)*cap);
	}
	(*set)[(*n)++] = s;
	return true;
}

/* --- gc's AlgType ------------------------------------------------------------- */

static bool is_blank_field(Object *f)
{
	return strcmp(f->name, "_") == 0;
}

/* Does field i end where the next field (or the struct) begins? */
static bool padded_field(Type *st, int64_t *offs, int i)
{
	Type *u = type_under(st);
	int64_t end = i + 1 < u->u.strct.nfields ? offs[i + 1] : type_size(st);
	return offs[i] + type_size(u->u.strct.fields[i]->type) != end;
}

static int alg_kind(Type *t)
{
	Type *u = type_under(t);
	int i, a, ret;
	int64_t *offs;
	switch (u->kind) {
	case TYPE_BASIC:
		switch (u->u.basic.kind) {
		case KIND_FLOAT32: return ALG_FLOAT32;
		case KIND_FLOAT64: return ALG_FLOAT64;
		case KIND_COMPLEX64: return ALG_CPLX64;
		case KIND_COMPLEX128: return ALG_CPLX128;
		case KIND_STRING: return ALG_STRING;
		default: return ALG_MEM;
		}
	case TYPE_POINTER: case TYPE_CHAN:
		return ALG_MEM;
	case TYPE_INTERFACE: {
		TypeSet *ts = interface_type_set(NULL, NOPOS, u);
		return ts->nmethods == 0 ? ALG_NILINTER : ALG_INTER;
	}
	case TYPE_ARRAY:
		a = alg_kind(u->u.array.elem);
		if (a == ALG_MEM || a == ALG_NOEQ)
			return a;
		if (u->u.array.len == 0)
			return ALG_MEM;
		return u->u.array.len == 1 ? a : ALG_SPECIAL;
	case TYPE_STRUCT:
		if (u->u.strct.nfields == 1 && !is_blank_field(u->u.strct.fields[0]))
			return alg_kind(u->u.strct.fields[0]->type);
		offs = struct_offsets(u);
		ret = ALG_MEM;
		for (i = 0; i < u->u.strct.nfields; i++) {
			Object *f = u->u.strct.fields[i];
			a = alg_kind(f->type);
			if (a == ALG_NOEQ)
				return ALG_NOEQ;
			if (a != ALG_MEM || is_blank_field(f) || padded_field(u, offs, i))
				ret = ALG_SPECIAL;
		}
		return ret;
	default:   /* funcs, maps, slices; type parameters never get here */
		return ALG_NOEQ;
	}
}

/* --- building the bodies ------------------------------------------------------- */

static Type *sig_of(Type **params, int np, Type *result)
{
	Object **pv = NEWARRAY(types_arena(), Object *, np), **rv = NEWARRAY(types_arena(), Object *, 1);
	int i;
	for (i = 0; i < np; i++)
		pv[i] = new_param(NOPOS, NULL, "", params[i]);
	rv[0] = new_param(NOPOS, NULL, "", result);
	return new_signature(NULL, new_tuple(pv, np), new_tuple(rv, 1), false);
}

/* A function without declaration or escape tags, as gc's runtime
 * helpers and the hash functions it names by symbol. */
static Node *callee(AlgGen *g, const char *name, Type *sig)
{
	return ir_name(g->pos, intern_cstr(name), PFUNC, sig, NULL);
}

static Node *call3(AlgGen *g, Node *fn, Type *result, Node *a, Node *b, Node *c)
{
	Node *call = ir_node(OCALLFUNC, g->pos, result);
	call->x = fn;
	nl_push(&call->list, a);
	nl_push(&call->list, b);
	if (c)
		nl_push(&call->list, c);
	return call;
}

/* v converted to t from gc's untyped ir.NewInt: printed as the number */
static Node *int_lit(AlgGen *g, Type *t, int64_t v)
{
	char buf[32];
	Node *n = ir_literal(g->pos, t, const_int64(v));
	snprintf(buf, sizeof buf, "%lld", (long long)v);
	n->raw = intern_cstr(buf);
	return n;
}

static Node *param(IrFunc *fn, Pos pos, const char *name, Type *t, NameClass class)
{
	Node *n = ir_name(pos, intern_cstr(name), class, t, fn);
	nl_push(&fn->dcl, n);
	nl_push(class == PPARAMOUT ? &fn->results : &fn->params, n);
	return n;
}

static Node *field_of(AlgGen *g, Node *p, Object *f)
{
	return lower_dot_field(g->L, g->pos, p, f);
}

/* p[i] of p *[N]T: through gc's implicit dereference */
static Node *elem_of(AlgGen *g, Node *p, Node *i)
{
	Type *at = type_under(p->type)->u.pointer.elem;
	Node *star = lower_implicit(lower_deref(g->L, g->pos, at, p));
	return ir_node2(OINDEX, g->pos, type_under(at)->u.array.elem, star, i);
}

/* memequal(sptr(s), sptr(t), uintptr(len(s))): the contents half of
 * gc's EqString; s and t converted to string as its Conv does */
static Node *eq_string_mem(AlgGen *g, Node *s, Node *t, bool conv)
{
	Type *str = typ_basic[KIND_STRING], *u8p = new_pointer(typ_basic[KIND_UINT8]);
	Type *uptr = typ_basic[KIND_UINTPTR], *ps[3];
	Node *sp, *tp, *len;
	if (conv || !types_identical(s->type, str) || s->type->kind == TYPE_NAMED) {
		s = ir_node1(OCONVNOP, g->pos, str, s);
		t = ir_node1(OCONVNOP, g->pos, str, t);
	}
	sp = ir_node1(OSPTR, g->pos, u8p, s);
	tp = ir_node1(OSPTR, g->pos, u8p, t);
	len = ir_node1(OCONV, g->pos, uptr, ir_node1(OLEN, g->pos, typ_basic[KIND_INT], s));
	ps[0] = u8p, ps[1] = u8p, ps[2] = uptr;
	return call3(g, callee(g, "runtime.memequal", sig_of(ps, 3, typ_basic[KIND_BOOL])),
	             typ_basic[KIND_BOOL], sp, tp, len);
}

static void emit_if(NodeList *body, Pos pos, Node *cond)
{
	Node *n = ir_node(OIF, pos, NULL);
	n->x = cond;
	nl_push(body, n);
}

/* for i := 0; i < n; i = i + 1 { ... }, its body returned */
static NodeList *counted_loop(AlgGen *g, IrFunc *fn, NodeList *out, Node *i, int64_t n, bool post)
{
	Type *it = typ_basic[KIND_INT];
	Node *loop = ir_node(OFOR, g->pos, NULL);
	nl_push(&loop->init, ir_node2(OAS, g->pos, NULL, i, int_lit(g, it, 0)));
	loop->x = ir_node2(OLT, g->pos, typ_basic[KIND_BOOL], i, int_lit(g, it, n));
	if (post)
		loop->y = ir_node2(OAS, g->pos, NULL, i, ir_node2(OADD, g->pos, it, i, int_lit(g, it, 1)));
	(void)fn;
	nl_push(out, loop);
	return &loop->body;
}

/* gc's Memrun: the fields of plain memory from start on, with no
 * padding or blank field between them; returns the next field */
static int mem_run(Type *u, int64_t *offs, int start, int64_t *size)
{
	int n = u->u.strct.nfields, next = start;
	for (;;) {
		Object *nf;
		next++;
		if (next == n || padded_field(u, offs, next - 1))
			break;
		nf = u->u.strct.fields[next];
		if (is_blank_field(nf) || alg_kind(nf->type) != ALG_MEM)
			break;
	}
	*size = offs[next - 1] + type_size(u->u.strct.fields[next - 1]->type) - offs[start];
	return next;
}

/* gc's EqStruct, keeping the conditions that call something */
static void eq_struct(AlgGen *g, Type *t, Node *p, Node *q, NodeList *body)
{
	Type *u = type_under(t), *uptr = typ_basic[KIND_UINTPTR];
	int64_t *offs = struct_offsets(u);
	int n = u->u.strct.nfields, i = 0;
	while (i < n) {
		Object *f = u->u.strct.fields[i];
		int next;
		int64_t size;
		if (is_blank_field(f)) {
			i++;
			continue;
		}
		if (alg_kind(f->type) != ALG_MEM) {
			if (is_string(f->type))
				emit_if(body, g->pos, eq_string_mem(g, field_of(g, p, f), field_of(g, q, f), true));
			i++;
			continue;
		}
		next = mem_run(u, offs, i, &size);
		if (next - i > 2) {
			Node *x = lower_addr(g->L, g->pos, field_of(g, p, f));
			Node *y = lower_addr(g->L, g->pos, field_of(g, q, f));
			Type *ps[3];
			char name[32];
			bool needsize = !(size == 1 || size == 2 || size == 4 || size == 8 || size == 16);
			ps[0] = x->type, ps[1] = y->type, ps[2] = uptr;
			if (needsize)
				snprintf(name, sizeof name, "runtime.memequal");
			else
				snprintf(name, sizeof name, "runtime.memequal%d", (int)size * 8);
			emit_if(body, g->pos, call3(g, callee(g, name, sig_of(ps, needsize ? 3 : 2, typ_basic[KIND_BOOL])),
			                            typ_basic[KIND_BOOL], x, y, needsize ? int_lit(g, uptr, size) : NULL));
		}
		i = next;
	}
}

/* gc's geneq for an array of strings: the lengths (three at a time),
 * then the contents, in loops */
static void eq_string_array(AlgGen *g, IrFunc *fn, Type *t, Node *p, Node *q)
{
	int64_t n = type_under(t)->u.array.len;
	NodeList *body;
	Node *i;
	if (n / 3 > 1)
		(void)ir_temp(fn, g->pos, typ_basic[KIND_INT]);   /* the lengths' loop counter */
	i = ir_temp(fn, g->pos, typ_basic[KIND_INT]);
	body = counted_loop(g, fn, &fn->body, i, n, false);
	emit_if(body, g->pos, eq_string_mem(g, elem_of(g, p, i), elem_of(g, q, i), false));
	nl_push(body, ir_node2(OAS, g->pos, NULL, i, ir_node2(OADD, g->pos, typ_basic[KIND_INT], i,
	                                                       int_lit(g, typ_basic[KIND_INT], 1))));
}

static IrFunc *alg_func(AlgGen *g, Type *sig)
{
	IrFunc *fn = ir_func(g->pos, sig);
	fn->flags |= FN_DUPOK;
	g->L->curfn = fn;
	g->L->curpos = g->pos;
	return fn;
}

/* gc's geneq: made, and analysed, when t needs its own function */
void alggen_eq(AlgGen *g, Type *t)
{
	Type *pt = new_pointer(t), *ps[2], *u = type_under(t);
	IrFunc *fn;
	Node *p, *q;
	if (alg_kind(t) != ALG_SPECIAL || !first_time(&g->eqdone, &g->neqdone, &g->capeqdone, t))
		return;
	ps[0] = pt, ps[1] = pt;
	fn = alg_func(g, sig_of(ps, 2, typ_basic[KIND_BOOL]));
	p = param(fn, g->pos, "p", pt, PPARAM);
	q = param(fn, g->pos, "q", pt, PPARAM);
	param(fn, g->pos, "r", typ_basic[KIND_BOOL], PPARAMOUT);
	if (u->kind == TYPE_STRUCT)
		eq_struct(g, t, p, q, &fn->body);
	else if (is_string(u->u.array.elem))
		eq_string_array(g, fn, t, p, q);
	nl_push(&fn->body, ir_node(ORETURN, g->pos, NULL));
	g->L->curfn = NULL;
	esc_batch(g->ctx, &fn, 1, false);
}

/* gc's hashfor: the function hashing a value of type t */
static Node *hash_callee(AlgGen *g, Type *t)
{
	static const char *const names[] = {
		[ALG_STRING] = "strhash", [ALG_INTER] = "interhash", [ALG_NILINTER] = "nilinterhash",
		[ALG_FLOAT32] = "f32hash", [ALG_FLOAT64] = "f64hash",
		[ALG_CPLX64] = "c64hash", [ALG_CPLX128] = "c128hash",
	};
	Type *ps[2], *uptr = typ_basic[KIND_UINTPTR];
	int a = alg_kind(t);
	char *name;
	const char *ls;
	size_t len;
	ps[0] = new_pointer(t), ps[1] = uptr;
	if (a != ALG_SPECIAL && a < (int)NELEM(names) && names[a]) {
		ls = names[a];
		len = strlen(ls) + 16;
		name = xmalloc(len);
		snprintf(name, len, "runtime.%s", ls);
	} else {
		ls = gc_link_string_of(t);
		len = strlen(ls) + 16;
		name = xmalloc(len);
		snprintf(name, len, "type..hash.%s", ls);
	}
	{
		Node *n = callee(g, name, sig_of(ps, 2, uptr));
		free(name);
		return n;
	}
}

static Node *hash_call(AlgGen *g, Node *fn, Node *addr, Node *h, Node *size)
{
	return call3(g, fn, typ_basic[KIND_UINTPTR], addr, h, size);
}

/* gc's genhash: the subtypes' functions first, then t's */
void alggen_hash(AlgGen *g, Type *t)
{
	Type *pt = new_pointer(t), *ps[3], *u = type_under(t), *uptr = typ_basic[KIND_UINTPTR];
	IrFunc *fn;
	Node *p, *h, *ret;
	int i;
	if (alg_kind(t) != ALG_SPECIAL || !first_time(&g->hashdone, &g->nhashdone, &g->caphashdone, t))
		return;
	if (u->kind == TYPE_ARRAY)
		alggen_hash(g, u->u.array.elem);
	else
		for (i = 0; i < u->u.strct.nfields; i++)
			alggen_hash(g, u->u.strct.fields[i]->type);
	ps[0] = pt, ps[1] = uptr;
	fn = alg_func(g, sig_of(ps, 2, uptr));
	p = param(fn, g->pos, "p", pt, PPARAM);
	h = param(fn, g->pos, "h", uptr, PPARAM);
	param(fn, g->pos, "~r2", uptr, PPARAMOUT);
	if (u->kind == TYPE_ARRAY) {
		Node *idx = ir_temp(fn, g->pos, typ_basic[KIND_INT]);
		NodeList *body = counted_loop(g, fn, &fn->body, idx, u->u.array.len, true);
		Node *call = hash_call(g, hash_callee(g, u->u.array.elem),
		                       lower_addr(g->L, g->pos, elem_of(g, p, idx)), h, NULL);
		nl_push(body, ir_node2(OAS, g->pos, NULL, h, call));
	} else {
		int64_t *offs = struct_offsets(u);
		int n = u->u.strct.nfields;
		i = 0;
		while (i < n) {
			Object *f = u->u.strct.fields[i];
			Node *call;
			int next;
			int64_t size;
			if (is_blank_field(f)) {
				i++;
				continue;
			}
			if (alg_kind(f->type) != ALG_MEM) {
				call = hash_call(g, hash_callee(g, f->type), lower_addr(g->L, g->pos, field_of(g, p, f)), h, NULL);
				nl_push(&fn->body, ir_node2(OAS, g->pos, NULL, h, call));
				i++;
				continue;
			}
			next = mem_run(u, offs, i, &size);
			{
				Node *addr = lower_addr(g->L, g->pos, field_of(g, p, f));
				ps[0] = addr->type, ps[1] = uptr, ps[2] = uptr;
				call = hash_call(g, callee(g, "runtime.memhash", sig_of(ps, 3, uptr)), addr, h,
				                 int_lit(g, uptr, size));
			}
			nl_push(&fn->body, ir_node2(OAS, g->pos, NULL, h, call));
			i = next;
		}
	}
	ret = ir_node(ORETURN, g->pos, NULL);
	nl_push(&ret->rlist, h);
	nl_push(&fn->body, ret);
	g->L->curfn = NULL;
	esc_batch(g->ctx, &fn, 1, false);
}

/* The key and element arrays of a map's buckets are written without
 * equality: gc never makes a function for [8]K once it has them. */
void alggen_mark_bucket(AlgGen *g, Type *key, Type *elem)
{
	Type *k = type_size(key) > 128 ? new_pointer(key) : key;
	Type *e = type_size(elem) > 128 ? new_pointer(elem) : elem;
	first_time(&g->eqdone, &g->neqdone, &g->capeqdone, new_array(k, 8));
	first_time(&g->eqdone, &g->neqdone, &g->capeqdone, new_array(e, 8));
}
