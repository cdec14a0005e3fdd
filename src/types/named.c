/* named.c: named (defined) types: their underlying types and methods,
 * resolved lazily (spec: Type definitions).
 *
 * A declared named type is its own origin; decl.c fills in its type
 * parameters, underlying type and methods while checking the declaration.
 * Until then its underlying type may be another named type (type A B),
 * a chain that named_underlying follows and shortens, reporting a cycle
 * through the checker that made the type.
 *
 * An instance (orig != self) has type arguments; its underlying type is
 * the origin's with the type arguments substituted, computed on first
 * use, and each method is substituted when it is first asked for
 * (named_method), so that instances may be made before their origin is
 * fully checked. */
#include <string.h>

#include "check.h"

Type *named_orig(Type *t)
{
	return t->u.named.orig ? t->u.named.orig : t;
}

static bool is_instance(const Type *t)
{
	return t->u.named.orig && t->u.named.orig != t;
}

/* Makes a declared type while checking (go/types' newNamed): it records
 * the checker for lazy resolution and cycle reports, and asks for its
 * cleanup at the end of the package. */
Type *check_new_named(Checker *c, Object *obj, Type *underlying)
{
	Type *t = new_named(obj, underlying, NULL, 0);
	t->u.named.fromrhs = underlying;
	t->u.named.check = c;
	if (c)
		check_needs_cleanup(c, t);
	return t;
}

/* Makes the underlying type of an instance: the origin's with the type
 * arguments substituted. NULL when the origin is not set up yet. */
Type *named_expand_underlying(Type *t)
{
	Type *orig = t->u.named.orig, *ou = orig->u.named.underlying, *u;
	Checker *c = t->u.named.check;
	TypeList tparams = orig->u.named.tparams;
	SubstMap smap;

	if (!ou)
		return NULL;
	if (tparams.n != t->u.named.targs.n)
		return typ_invalid;   /* reported where the instance was made */
	smap.from = tparams;
	smap.to = t->u.named.targs;
	u = subst_type(c, t->u.named.obj ? t->u.named.obj->pos : NOPOS, ou, &smap);
	/* The methods of an interface declared on the right side have the
	 * declared type as receiver; in the instance, the instance is it. */
	if (u->kind == TYPE_INTERFACE) {
		Object **m = replace_recv_type(u->u.iface.methods, u->u.iface.nmethods, orig, t);
		if (m) {
			if (u == ou) {
				Type *old = u;
				u = new_interface(NULL, 0, old->u.iface.embeddeds, old->u.iface.nembeddeds);
				u->u.iface.complete = old->u.iface.complete;
				u->u.iface.implicit = old->u.iface.implicit;
				u->u.iface.nmethods = old->u.iface.nmethods;
			}
			u->u.iface.methods = m;
		}
	}
	return u;
}

/* Fills in an instance's underlying type (go/types' resolve). */
static void resolve(Type *t)
{
	Type *orig, *u;
	if (t->u.named.state != NAMED_UNRESOLVED)
		return;
	if (!is_instance(t)) {
		t->u.named.state = NAMED_COMPLETE;
		return;
	}
	orig = t->u.named.orig;
	resolve(orig);
	u = named_expand_underlying(t);
	if (!u)
		return;   /* the origin is being declared: try again later */
	t->u.named.underlying = u;
	t->u.named.fromrhs = orig->u.named.fromrhs;
	t->u.named.state = orig->u.named.nmethods == 0 ? NAMED_COMPLETE : NAMED_RESOLVED;
}

/* The underlying type as declared (go/types' Named.Underlying): an
 * instance is expanded, but a forward chain (type A B) is not followed,
 * so the result may be a named type, and no cycle is reported. */
Type *named_resolved_underlying(Type *t)
{
	resolve(t);
	return t->u.named.underlying ? t->u.named.underlying : typ_invalid;
}

TypeList named_tparams(Type *t)
{
	return named_orig(t)->u.named.tparams;
}

/* A chain of named types whose underlying types are being looked for. */
typedef struct Chain {
	Type *small[16];
	Type **v;
	int n, cap;
	PtrMap index;              /* type -> position+1, past 16 entries */
} Chain;

static int chain_find(Chain *ch, Type *t)
{
	int i;
	if (ch->n > 16)
		return (int)(intptr_t)ptrmap_get(&ch->index, t) - 1;
	for (i = 0; i < ch->n; i++)
		if (ch->v[i] == t)
			return i;
	return -1;
}

static void chain_push(Chain *ch, Type *t)
{
	if (ch->n == ch->cap) {
		int cap = 2 * ch->cap;
		Type **v = NEWARRAY(types_arena(), Type *, cap);
		memcpy(v, ch->v, sizeof *v * (size_t)ch->n);
		ch->v = v;
		ch->cap = cap;
	}
	ch->v[ch->n++] = t;
	if (ch->n == 17) {
		int i;
		for (i = 0; i < ch->n; i++)
			ptrmap_put(&ch->index, ch->v[i], (void *)(intptr_t)(i + 1));
	} else if (ch->n > 17) {
		ptrmap_put(&ch->index, t, (void *)(intptr_t)ch->n);
	}
}

/* The underlying type (go/types' under): follows forward chains such as
 * type A B, and sets the underlying type of every type on the chain. */
Type *named_underlying(Type *t)
{
	Chain ch;
	Type *u, *n;
	Checker *c;
	int i;

	resolve(t);
	u = t->u.named.underlying;
	if (!u)
		return typ_invalid;   /* not yet set up: an error is reported elsewhere */
	if (u->kind != TYPE_NAMED)
		return u;

	c = t->u.named.check;
	memset(&ch, 0, sizeof ch);
	ch.v = ch.small;
	ch.cap = NELEM(ch.small);
	n = t;
	for (;;) {
		chain_push(&ch, n);
		n = u;
		if ((i = chain_find(&ch, n)) >= 0) {
			if (c) {
				Object **path = NEWARRAY(types_arena(), Object *, ch.n - i);
				int j;
				for (j = i; j < ch.n; j++)
					path[j - i] = ch.v[j]->u.named.obj;
				check_cycle_error(c, path, ch.n - i);
			}
			u = typ_invalid;
			break;
		}
		resolve(n);
		u = n->u.named.underlying;
		if (!u) {
			u = typ_invalid;
			break;
		}
		if (u->kind != TYPE_NAMED)
			break;
	}
	for (i = 0; i < ch.n; i++)
		ch.v[i]->u.named.underlying = u;
	if (ch.n > 16)
		ptrmap_free(&ch.index);
	return u;
}

/* --- methods ------------------------------------------------------------------ */

int named_nmethods(Type *t)
{
	Type *orig = named_orig(t);
	resolve(orig);
	return orig->u.named.nmethods;
}

void named_add_method(Type *t, Object *m)
{
	int i;
	ASSERT(!is_instance(t));
	resolve(t);
	for (i = 0; i < t->u.named.nmethods; i++)
		if (obj_same_id(t->u.named.methods[i], m->pkg, m->name))
			return;
	if (t->u.named.nmethods == t->u.named.capmethods) {
		int cap = t->u.named.capmethods ? 2 * t->u.named.capmethods : 4;
		Object **v = NEWARRAY(types_arena(), Object *, cap);
		if (t->u.named.nmethods)
			memcpy(v, t->u.named.methods, sizeof *v * (size_t)t->u.named.nmethods);
		t->u.named.methods = v;
		t->u.named.capmethods = cap;
	}
	t->u.named.methods[t->u.named.nmethods++] = m;
}

/* A method has a pointer receiver: its signature says so once known,
 * before that the resolver's note does. */
static bool has_ptr_recv(Object *m)
{
	Type *sig = m->type;
	if (sig && sig->kind == TYPE_SIGNATURE && sig->u.sig.recv) {
		Type *rt = sig->u.sig.recv->type;
		return rt && rt->kind == TYPE_POINTER;
	}
	return m->u.func.hasptrrecv;
}

/* The i'th method of instance t: the origin's method with the receiver
 * type parameters replaced by t's type arguments. */
Object *named_expand_method(Type *t, int i)
{
	Type *orig = t->u.named.orig;
	Object *origm = orig->u.named.methods[i];
	Checker *c = t->u.named.check;
	Type *osig, *sig, *rbase, *rtyp;

	if (c)
		obj_decl(c, origm, NULL);   /* its signature must be known */
	osig = origm->type;
	if (!osig || osig->kind != TYPE_SIGNATURE || !osig->u.sig.recv)
		return origm;
	rbase = type_deref(osig->u.sig.recv->type, NULL);
	/* t is the receiver type itself (as in func (r T[P]) m() { r.m() }):
	 * then the origin method is already the one wanted */
	if (rbase == t)
		return origm;
	sig = osig;
	/* invalid code may have a different number of receiver parameters */
	if (osig->u.sig.rparams.n == t->u.named.targs.n) {
		SubstMap smap;
		smap.from = osig->u.sig.rparams;
		smap.to = t->u.named.targs;
		sig = subst_type(c, origm->pos, osig, &smap);
	}
	if (sig == osig) {
		sig = new_type(TYPE_SIGNATURE);
		sig->u.sig = osig->u.sig;
	}
	rtyp = has_ptr_recv(origm) ? new_pointer(t) : t;
	sig->u.sig.recv = obj_copy_with_type(osig->u.sig.recv, rtyp);
	return obj_copy_with_type(origm, sig);
}

Object *named_method(Type *t, int i)
{
	Type *orig;
	int n;
	resolve(t);
	if (!is_instance(t))
		return t->u.named.methods[i];
	if (t->u.named.state == NAMED_COMPLETE && t->u.named.nmethods == t->u.named.orig->u.named.nmethods)
		return t->u.named.methods[i];
	orig = t->u.named.orig;
	n = orig->u.named.nmethods;
	ASSERT(i >= 0 && i < n);
	if (t->u.named.capmethods < n) {
		/* first use, or the origin gained methods since */
		Object **v = NEWARRAY(types_arena(), Object *, n);
		if (t->u.named.nmethods)
			memcpy(v, t->u.named.methods, sizeof *v * (size_t)t->u.named.nmethods);
		t->u.named.methods = v;
		t->u.named.capmethods = n;
	}
	t->u.named.nmethods = n;
	if (!t->u.named.methods[i]) {
		t->u.named.methods[i] = named_expand_method(t, i);
		if (++t->u.named.nexpanded == n)
			t->u.named.state = NAMED_COMPLETE;
	}
	return t->u.named.methods[i];
}

/* The method of named type t with the Id of (pkg, name); *index is its
 * position, or -1. Instances expand only the method found. */
Object *named_lookup_method(Type *t, Pkg *pkg, const char *name, int *index)
{
	Type *orig = named_orig(t);
	int i;
	resolve(t);
	for (i = 0; i < orig->u.named.nmethods; i++) {
		Object *m = orig->u.named.methods[i];
		if (m->name == name && obj_same_id(m, pkg, name)) {
			if (index)
				*index = i;
			return named_method(t, i);
		}
	}
	if (index)
		*index = -1;
	return NULL;
}

/* --- the end of checking ---------------------------------------------------------- */

/* Leaves no named type with a named underlying type, fixes the
 * constraint interface of type parameters, and makes named types and
 * interfaces forget the checker (they outlive it). */
void type_cleanup(Type *t)
{
	switch (t->kind) {
	case TYPE_NAMED:
		if (!t->u.named.underlying && !is_instance(t))
			t->u.named.underlying = typ_invalid;
		else if (t->u.named.underlying && t->u.named.underlying->kind == TYPE_NAMED)
			named_underlying(t);
		t->u.named.check = NULL;
		break;
	case TYPE_TYPEPARAM:
		typeparam_iface(t);
		break;
	case TYPE_INTERFACE:
		t->u.iface.check = NULL;
		break;
	default:
		break;
	}
}
