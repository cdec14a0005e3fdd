/* instantiate.c: instances of generic types and functions, and the
 * satisfaction of constraints (spec: Instantiations, Implementing an
 * interface, Satisfying a type constraint).
 *
 * Instances are kept in one table for the whole run, keyed by a hash of
 * the origin and the type arguments; instantiating the same origin with
 * identical type arguments returns the same instance, so identical
 * instances are pointer-equal (go/types gets this from its Context) and
 * the expansion of recursive generic types stops at the instance being
 * expanded. A generic function's signature is its own origin: only
 * instances of the same signature object are shared. */
#include <string.h>

#include "check.h"

/* --- the instance table ---------------------------------------------------------- */

typedef struct Entry {
	Type *orig;
	TypeList targs;
	Type *inst;
	struct Entry *next;
} Entry;

static PtrMap instances;   /* hash (as a pointer) -> Entry chain */

/* A hash that identical types share: it looks only at what identity
 * compares, and stops at names and interfaces (compared in full later). */
static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h;
}

static uint64_t type_hash(Type *t, int depth)
{
	uint64_t h = (uint64_t)t->kind + 1;
	int i;
	if (depth > 6)
		return h;
	switch (t->kind) {
	case TYPE_BASIC:
		return mix(h, (uint64_t)t->u.basic.kind);
	case TYPE_POINTER:
		return mix(h, type_hash(t->u.pointer.elem, depth + 1));
	case TYPE_ARRAY:   /* an unknown length is identical to any: leave it out */
		return mix(h, type_hash(t->u.array.elem, depth + 1));
	case TYPE_SLICE:
		return mix(h, type_hash(t->u.slice.elem, depth + 1));
	case TYPE_MAP:
		return mix(mix(h, type_hash(t->u.map.key, depth + 1)), type_hash(t->u.map.elem, depth + 1));
	case TYPE_CHAN:
		return mix(mix(h, (uint64_t)t->u.chan.dir), type_hash(t->u.chan.elem, depth + 1));
	case TYPE_STRUCT:
		h = mix(h, (uint64_t)t->u.strct.nfields);
		for (i = 0; i < t->u.strct.nfields; i++) {
			Object *f = t->u.strct.fields[i];
			h = mix(h, (uint64_t)(uintptr_t)f->name);
			h = mix(h, type_hash(f->type, depth + 1));
		}
		return h;
	case TYPE_TUPLE:
		h = mix(h, (uint64_t)t->u.tuple.n);
		for (i = 0; i < t->u.tuple.n; i++)
			h = mix(h, type_hash(t->u.tuple.vars[i]->type, depth + 1));
		return h;
	case TYPE_SIGNATURE:
		h = mix(h, (uint64_t)t->u.sig.variadic);
		h = mix(h, (uint64_t)t->u.sig.tparams.n);
		if (t->u.sig.tparams.n)   /* renamed type parameters are identical */
			return mix(mix(h, (uint64_t)type_tuple_len(t->u.sig.params)), (uint64_t)type_tuple_len(t->u.sig.results));
		h = mix(h, type_hash(t->u.sig.params, depth + 1));
		return mix(h, type_hash(t->u.sig.results, depth + 1));
	case TYPE_NAMED:
		if (t->u.named.orig && t->u.named.orig != t) {
			h = mix(h, (uint64_t)(uintptr_t)t->u.named.orig->u.named.obj);
			for (i = 0; i < t->u.named.targs.n; i++)
				h = mix(h, type_hash(t->u.named.targs.v[i], depth + 1));
			return h;
		}
		return mix(h, (uint64_t)(uintptr_t)t->u.named.obj);
	case TYPE_TYPEPARAM:
		return mix(h, (uint64_t)(uintptr_t)t);
	case TYPE_INTERFACE:
	case TYPE_UNION:
		return h;
	}
	return h;
}

static const void *instance_key(Type *orig, TypeList targs)
{
	uint64_t h = mix(0x51ed27, (uint64_t)(uintptr_t)orig);
	int i;
	for (i = 0; i < targs.n; i++)
		h = mix(h, type_hash(targs.v[i], 0));
	h ^= h >> 29;
	if (!(uintptr_t)h)
		h = 1;
	return (const void *)(uintptr_t)h;
}

static Type *lookup_instance(const void *key, Type *orig, TypeList targs)
{
	Entry *e;
	int i;
	for (e = ptrmap_get(&instances, key); e; e = e->next) {
		if (e->orig != orig || e->targs.n != targs.n)
			continue;
		for (i = 0; i < targs.n; i++)
			if (!types_identical(e->targs.v[i], targs.v[i]))
				break;
		if (i == targs.n)
			return e->inst;
	}
	return NULL;
}

static void add_instance(const void *key, Type *orig, TypeList targs, Type *inst)
{
	Entry *e = NEW(types_arena(), Entry);
	e->orig = orig;
	e->targs = targs;
	e->inst = inst;
	e->next = ptrmap_get(&instances, key);
	ptrmap_put(&instances, key, e);
}

static TypeList copy_list(TypeList l)
{
	TypeList r;
	r.n = l.n;
	r.v = NEWARRAY(types_arena(), Type *, l.n > 0 ? l.n : 1);
	if (l.n)
		memcpy(r.v, l.v, sizeof *r.v * (size_t)l.n);
	return r;
}

static bool validate_targ_len(Checker *c, Pos pos, int ntparams, int ntargs)
{
	if (ntargs == ntparams)
		return true;
	if (c)
		check_errorf(c, pos, "got %d arguments but %d type parameters", ntargs, ntparams);
	return false;
}

/* The instance of a generic named type or signature (go/types'
 * Checker.instance); a named instance is expanded lazily. */
Type *instance_of(Checker *c, Pos pos, Type *orig, TypeList targs)
{
	const void *key = instance_key(orig, targs);
	Type *inst = lookup_instance(key, orig, targs);
	if (inst)
		return inst;
	targs = copy_list(targs);
	if (orig->kind == TYPE_NAMED) {
		inst = new_type(TYPE_NAMED);
		/* Its own type name, placed where it was instantiated: cycle
		 * errors through instances point there, as gc's do. Name,
		 * package and flags are the origin's. */
		inst->u.named.obj = obj_copy_with_type(orig->u.named.obj, inst);
		inst->u.named.obj->pos = pos ? pos : orig->u.named.obj->pos;
		inst->u.named.obj->color = COLOR_BLACK;
		inst->u.named.orig = orig;
		inst->u.named.targs = targs;
		inst->u.named.state = NAMED_UNRESOLVED;
		inst->u.named.check = c;
		if (c)
			check_needs_cleanup(c, inst);
	} else if (orig->kind == TYPE_SIGNATURE) {
		TypeList tparams = orig->u.sig.tparams;
		SubstMap smap;
		if (!validate_targ_len(c, pos, tparams.n, targs.n))
			return typ_invalid;
		if (tparams.n == 0)
			return orig;
		smap.from = tparams;
		smap.to = targs;
		inst = subst_type(c, pos, orig, &smap);
		if (inst == orig) {
			inst = new_type(TYPE_SIGNATURE);
			inst->u.sig = orig->u.sig;
		}
		/* an instantiated signature is not generic anymore */
		inst->u.sig.tparams.v = NULL;
		inst->u.sig.tparams.n = 0;
	} else {
		BUG("cannot instantiate %s", type_string(orig, NULL, NULL));
	}
	add_instance(key, orig, targs, inst);
	return inst;
}

/* --- satisfying constraints ------------------------------------------------------- */

static const char *tstr(Checker *c, Type *t)
{
	return c ? check_sprintf(c, "%T", t) : type_string(t, NULL, NULL);
}

static bool fail(Checker *c, const char **cause, const char *msg)
{
	if (cause)
		*cause = msg;
	(void)c;
	return false;
}

/* Does v implement t (constraint: satisfy it, as a type argument)? On
 * failure *cause holds gc's message. */
bool check_implements(Checker *c, Type *v, Type *t, bool constraint, const char **cause)
{
	Type *vu = type_under(v), *tu = type_under(t), *vi = NULL;
	TypeSet *ts, *vs = NULL;
	Object *m, *wrong = NULL;
	const char *pending = NULL;
	int i;

	if (cause)
		*cause = NULL;
	if (vu == typ_invalid || tu == typ_invalid)
		return true;   /* avoid follow-on errors */
	if (vu->kind == TYPE_POINTER && type_under(vu->u.pointer.elem) == typ_invalid)
		return true;

	if (tu->kind != TYPE_INTERFACE) {
		const char *why;
		if (!cause)
			return false;
		if (tu->kind == TYPE_POINTER && is_interface(tu->u.pointer.elem))
			why = arena_printf(types_arena(), "type %s is pointer to interface, not interface", tstr(c, t));
		else
			why = arena_printf(types_arena(), "%s is not an interface", tstr(c, t));
		return fail(c, cause, arena_printf(types_arena(), "%s does not implement %s (%s)",
		                                   tstr(c, v), tstr(c, t), why));
	}
	ts = interface_type_set(c, NOPOS, tu);
	/* every type satisfies the empty interface */
	if (typeset_is_all(ts))
		return true;
	/* an interface with an empty type set satisfies any interface */
	if (vu->kind == TYPE_INTERFACE) {
		vi = vu;
		vs = interface_type_set(c, NOPOS, vi);
		if (typeset_is_empty(vs))
			return true;
	}
	if (typeset_is_empty(ts))
		return fail(c, cause, cause ? arena_printf(types_arena(), "cannot implement %s (empty type set)", tstr(c, t)) : NULL);

	/* v must have t's methods */
	m = missing_method(c, v, tu, true, &wrong);
	if (m) {
		if (!cause)
			return false;
		return fail(c, cause, arena_printf(types_arena(), "%s does not implement %s %s", tstr(c, v), tstr(c, t),
		                                   missing_method_reason(c, v, t, m, wrong)));
	}

	/* a comparable t needs a comparable v; reported only when nothing
	 * more specific is wrong */
	if (typeset_is_comparable(ts, NULL) && !types_comparable(v, false, NULL)) {
		/* go1.20: a type argument need only be comparable as the spec
		 * says (interfaces are), not strictly */
		if (constraint && release_has(FEAT_COMPARABLE_LOOSE) && types_comparable(v, true, NULL)) {
			if (c && !check_allow_version(c, c->pkg, 1, 20))
				pending = cause ? arena_printf(types_arena(), "%s to satisfy comparable requires go1.20 or later",
				                               tstr(c, v)) : "";
		} else {
			pending = cause ? arena_printf(types_arena(), "%s does not implement comparable", tstr(c, v)) : "";
		}
	}

	if (!typeset_has_terms(ts))
		return pending ? fail(c, cause, pending) : true;

	/* an interface v: its type set must be a subset of t's */
	if (vi) {
		if (!termlist_subset(typeset_terms(vs), typeset_terms(ts)))
			return fail(c, cause, cause ? arena_printf(types_arena(), "%s does not implement %s", tstr(c, v), tstr(c, t)) : NULL);
		return pending ? fail(c, cause, pending) : true;
	}

	/* otherwise v must be in t's type set */
	{
		Type *alt = NULL;
		bool in = false;
		for (i = 0; i < ts->nterms; i++) {
			Term *term = ts->terms[i];
			if (term_includes(term, v)) {
				in = true;
				break;
			}
			/* v ∈ ~T but not T: suggest the missing ~ */
			if (!alt && !term->tilde && types_identical(term->type, type_under(term->type))) {
				Term tt = *term;
				tt.tilde = true;
				if (term_includes(&tt, v))
					alt = term->type;
			}
		}
		if (!in) {
			Buf b = {0};
			const char *msg;
			if (!cause)
				return false;
			if (alt) {
				msg = arena_printf(types_arena(), "%s does not implement %s (possibly missing ~ for %s in constraint %s)",
				                   tstr(c, v), tstr(c, t), tstr(c, alt), tstr(c, t));
			} else {
				termlist_write(&b, typeset_terms(ts), NULL, NULL);
				msg = arena_printf(types_arena(), "%s does not implement %s (%s missing in %s)",
				                   tstr(c, v), tstr(c, t), tstr(c, v), buf_cstr(&b));
				buf_free(&b);
			}
			return fail(c, cause, msg);
		}
	}
	return pending ? fail(c, cause, pending) : true;
}

/* Checks each type argument against its (substituted) constraint;
 * returns the index of the first that fails, or -1. */
static int verify(Checker *c, Pos pos, TypeList tparams, TypeList targs, const char **cause)
{
	SubstMap smap;
	int i;
	smap.from = tparams;
	smap.to = targs;
	for (i = 0; i < tparams.n; i++) {
		Type *bound;
		typeparam_iface(tparams.v[i]);   /* the bound is an interface from here on */
		bound = subst_type(c, pos, tparams.v[i]->u.tparam.bound, &smap);
		if (!check_implements(c, targs.v[i], bound, true, cause))
			return i;
	}
	return -1;
}

/* go/types' Instantiate: with validate, the number of type arguments
 * and their constraints are checked first (errors reported when c is
 * set); NULL on failure. */
Type *instantiate(Checker *c, Pos pos, Type *orig, TypeList targs, bool validate)
{
	if (validate) {
		TypeList tparams = orig->kind == TYPE_NAMED ? named_tparams(orig) : orig->u.sig.tparams;
		const char *cause = NULL;
		if (targs.n != tparams.n) {
			if (c)
				check_errorf(c, pos, "got %d type arguments but %s has %d type parameters", targs.n,
				             tstr(c, orig), tparams.n);
			return NULL;
		}
		if (verify(c, pos, tparams, targs, &cause) >= 0) {
			if (c)
				check_errorf(c, pos, "%s", cause);
			return NULL;
		}
	}
	return instance_of(c, pos, orig, targs);
}

/* --- instances in the source --------------------------------------------------------- */

/* The identifier that names the generic function or type in x. */
static Expr *instantiated_ident(Expr *x)
{
	x = ast_unparen(x);
	if (x->kind == EXPR_INDEX)
		x = ast_unparen(x->u.index.x);
	else if (x->kind == EXPR_INDEXLIST)
		x = ast_unparen(x->u.indexlist.x);
	if (x->kind == EXPR_SELECTOR)
		return x->u.selector.sel;
	return x->kind == EXPR_IDENT ? x : NULL;
}

static void record_inst(Checker *c, Expr *x, TypeList targs, Type *t)
{
	Expr *id = instantiated_ident(x);
	if (id)
		record_instance(c, id, targs, t);
}

typedef struct LaterType {
	Expr *x;
	ExprList xlist;
	Type *inst;
} LaterType;

/* After the declarations involved are set up: record the instance,
 * check the type arguments, and look for invalid recursion. */
static void verify_type_later(Checker *c, void *arg)
{
	LaterType *l = arg;
	Type *inst = l->inst;
	TypeList tparams = named_tparams(inst), targs = inst->u.named.targs;
	Pos pos = l->x->pos;
	record_inst(c, l->x, targs, inst);
	if (validate_targ_len(c, pos, tparams.n, targs.n)) {
		const char *cause = NULL;
		int i = verify(c, pos, tparams, targs, &cause);
		if (i >= 0) {
			if (i < l->xlist.n)
				pos = expr_start_pos(l->xlist.v[i]);
			check_softerrorf(c, pos, "%s", cause);
		} else {
			mono_record_instance(c, pos, tparams, targs, l->xlist);
		}
	}
	check_valid_type(c, l->x->pos, inst);
}

/* A generic type with type arguments in a type expression: x[xlist]. */
Type *check_instantiated_type(Checker *c, Expr *x, ExprList xlist, Type *def)
{
	Type *gtyp, *inst;
	TypeList targs;
	LaterType *l;
	const char *reason = NULL;

	/* x is the generic type; accept the whole index expression too */
	if (x->kind == EXPR_INDEX)
		x = x->u.index.x;
	else if (x->kind == EXPR_INDEXLIST)
		x = x->u.indexlist.x;
	gtyp = check_generic_type(c, x, &reason);

	if (gtyp == typ_invalid) {
		if (reason)
			check_errorf(c, expr_start_pos(x), "%s", reason);   /* "T is not a generic type" */
		return gtyp;
	}
	if (gtyp->kind != TYPE_NAMED)
		BUG("cannot instantiate %s", type_string(gtyp, NULL, NULL));
	targs = check_type_list(c, xlist);
	if (!targs.v) {
		if (def && def->kind == TYPE_NAMED)
			def->u.named.underlying = typ_invalid;   /* no lazy expansion later */
		return typ_invalid;
	}
	inst = instance_of(c, x->pos, gtyp, targs);
	if (def && def->kind == TYPE_NAMED)
		def->u.named.underlying = inst;
	/* the origin's type parameters may not be set up yet */
	l = NEW(types_arena(), LaterType);
	l->x = x;
	l->xlist = xlist;
	l->inst = inst;
	check_later(c, verify_type_later, l);
	return inst;
}

typedef struct LaterSig {
	Pos pos;
	Type *sig;
	TypeList targs;
	ExprList xlist;
} LaterSig;

static void verify_sig_later(Checker *c, void *arg)
{
	LaterSig *l = arg;
	TypeList tparams = l->sig->u.sig.tparams;
	const char *cause = NULL;
	int i = verify(c, l->pos, tparams, l->targs, &cause);
	if (i >= 0) {
		Pos pos = l->pos;
		if (i < l->xlist.n)
			pos = expr_start_pos(l->xlist.v[i]);
		check_softerrorf(c, pos, "%s", cause);
	} else {
		mono_record_instance(c, l->pos, tparams, l->targs, l->xlist);
	}
}

/* Instantiates a generic function's signature with a full list of type
 * arguments (xlist: those written explicitly); the constraints are
 * verified later, once every type involved is set up. */
Type *check_instantiate_signature(Checker *c, Pos pos, Type *sig, TypeList targs, ExprList xlist)
{
	Type *inst;
	LaterSig *l;
	ASSERT(targs.n == sig->u.sig.tparams.n);
	inst = instance_of(c, pos, sig, targs);
	l = NEW(types_arena(), LaterSig);
	l->pos = pos;
	l->sig = sig;
	l->targs = copy_list(targs);
	l->xlist = xlist;
	check_later(c, verify_sig_later, l);
	return inst;
}
