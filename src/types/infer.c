/* infer.c: type argument inference for calls and instantiations of
 * generic functions, as Go 1.19 does it (spec: Type inference).
 *
 * Starting from the explicit type arguments:
 *   1. function argument inference with the typed arguments,
 *   2. constraint type inference,
 *   3. function argument inference with the default types of the
 *      untyped arguments,
 *   4. constraint type inference again,
 * stopping as soon as every type argument is known. Errors are gc's. */
#include <string.h>

#include "check.h"

/* --- does a type mention the type parameters? ----------------------------------- */

typedef struct Walk {
	TypeList tparams;
	Type *stack[64];           /* types being walked, against cycles through interfaces */
	int n;
} Walk;

static bool walk_param(Walk *w, Type *t);

static bool walk_tuple(Walk *w, Type *t)
{
	int i;
	for (i = 0; i < type_tuple_len(t); i++)
		if (walk_param(w, t->u.tuple.vars[i]->type))
			return true;
	return false;
}

static bool walk_body(Walk *w, Type *t)
{
	int i;
	switch (t->kind) {
	case TYPE_BASIC:
	case TYPE_UNION:
		return false;
	case TYPE_ARRAY:
		return walk_param(w, t->u.array.elem);
	case TYPE_SLICE:
		return walk_param(w, t->u.slice.elem);
	case TYPE_POINTER:
		return walk_param(w, t->u.pointer.elem);
	case TYPE_STRUCT:
		for (i = 0; i < t->u.strct.nfields; i++)
			if (walk_param(w, t->u.strct.fields[i]->type))
				return true;
		return false;
	case TYPE_TUPLE:
		return walk_tuple(w, t);
	case TYPE_SIGNATURE:
		/* the signature's own type parameters and receiver are declared
		 * there, not used */
		return walk_tuple(w, t->u.sig.params) || walk_tuple(w, t->u.sig.results);
	case TYPE_INTERFACE: {
		TypeSet *s = interface_type_set(NULL, NOPOS, t);
		for (i = 0; i < s->nmethods; i++)
			if (walk_param(w, s->methods[i]->type))
				return true;
		if (!typeset_has_terms(s))
			return false;
		for (i = 0; i < s->nterms; i++)
			if (!walk_param(w, s->terms[i]->type))
				return false;
		return true;
	}
	case TYPE_MAP:
		return walk_param(w, t->u.map.key) || walk_param(w, t->u.map.elem);
	case TYPE_CHAN:
		return walk_param(w, t->u.chan.elem);
	case TYPE_NAMED:
		for (i = 0; i < t->u.named.targs.n; i++)
			if (walk_param(w, t->u.named.targs.v[i]))
				return true;
		return false;
	case TYPE_TYPEPARAM:
		return tparam_index(w->tparams, t) >= 0;
	}
	return false;
}

static bool walk_param(Walk *w, Type *t)
{
	int i;
	bool r;
	if (!t)
		return false;
	for (i = 0; i < w->n; i++)
		if (w->stack[i] == t)
			return false;   /* a cycle: no answer from this path */
	if (w->n == NELEM(w->stack))
		return false;
	w->stack[w->n++] = t;
	r = walk_body(w, t);
	w->n--;
	return r;
}

bool is_parameterized(TypeList tparams, Type *t)
{
	Walk w;
	w.tparams = tparams;
	w.n = 0;
	return walk_param(&w, t);
}

/* --- messages ------------------------------------------------------------------- */

/* "P", "P and Q", "P, Q, and R" */
static const char *tparams_string(TypeList l)
{
	Buf b = {0};
	const char *s;
	int i;
	for (i = 0; i < l.n; i++) {
		if (i > 0) {
			if (l.n > 2)
				buf_puts(&b, ",");
			buf_puts(&b, i == l.n - 1 ? " and " : " ");
		}
		buf_puts(&b, l.v[i]->u.tparam.obj->name);
	}
	s = arena_strndup(types_arena(), b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

static void mismatch(Checker *c, Unifier *u, TypeList tparams, const char *kind, Type *tpar, Type *targ, Operand *arg)
{
	int index, i;
	TypeList have = unifier_types(u, &index);
	SubstMap smap;
	Type *inferred;
	if (index == 0) {
		/* the first parameter could not be inferred: when none could,
		 * there is no inferred type to show */
		bool none = true;
		for (i = 0; i < have.n; i++)
			if (have.v[i])
				none = false;
		if (none) {
			check_errorf(c, operand_pos(arg), "%s %T of %E does not match %T (cannot infer %s)", kind, targ,
			             arg->expr, tpar, tparams_string(tparams));
			return;
		}
	}
	smap.from = tparams;
	smap.to = have;
	inferred = subst_type(c, operand_pos(arg), tpar, &smap);
	if (inferred != tpar)
		check_errorf(c, operand_pos(arg), "%s %T of %E does not match inferred type %T for %T", kind, targ,
		             arg->expr, inferred, tpar);
	else
		check_errorf(c, operand_pos(arg), "%s %T of %E does not match %T", kind, targ, arg->expr, tpar);
}

/* --- constraint type inference ----------------------------------------------------- */

/* A walk that forgets the inferred type of a type parameter reached
 * again through its own type: substituting it would never end. */
typedef struct Cycles {
	TypeList tparams;
	Type **types;
	Type *stack[64];
	int n;
} Cycles;

static void cycles_walk(Cycles *w, Type *t);

static void cycles_vars(Cycles *w, Object **v, int n)
{
	int i;
	for (i = 0; i < n; i++)
		cycles_walk(w, v[i]->type);
}

static void cycles_walk(Cycles *w, Type *t)
{
	int i;
	if (!t)
		return;
	for (i = 0; i < w->n; i++) {
		if (w->stack[i] == t) {
			if (t->kind == TYPE_TYPEPARAM && (i = tparam_index(w->tparams, t)) >= 0)
				w->types[i] = NULL;
			return;
		}
	}
	if (w->n == NELEM(w->stack))
		return;
	w->stack[w->n++] = t;
	switch (t->kind) {
	case TYPE_BASIC:
	case TYPE_TUPLE:
		break;
	case TYPE_ARRAY:
		cycles_walk(w, t->u.array.elem);
		break;
	case TYPE_SLICE:
		cycles_walk(w, t->u.slice.elem);
		break;
	case TYPE_STRUCT:
		cycles_vars(w, t->u.strct.fields, t->u.strct.nfields);
		break;
	case TYPE_POINTER:
		cycles_walk(w, t->u.pointer.elem);
		break;
	case TYPE_SIGNATURE:
		if (t->u.sig.params)
			cycles_vars(w, t->u.sig.params->u.tuple.vars, t->u.sig.params->u.tuple.n);
		if (t->u.sig.results)
			cycles_vars(w, t->u.sig.results->u.tuple.vars, t->u.sig.results->u.tuple.n);
		break;
	case TYPE_UNION:
		for (i = 0; i < t->u.uni.nterms; i++)
			cycles_walk(w, t->u.uni.terms[i]->type);
		break;
	case TYPE_INTERFACE:
		for (i = 0; i < t->u.iface.nmethods; i++)
			cycles_walk(w, t->u.iface.methods[i]->type);
		for (i = 0; i < t->u.iface.nembeddeds; i++)
			cycles_walk(w, t->u.iface.embeddeds[i]);
		break;
	case TYPE_MAP:
		cycles_walk(w, t->u.map.key);
		cycles_walk(w, t->u.map.elem);
		break;
	case TYPE_CHAN:
		cycles_walk(w, t->u.chan.elem);
		break;
	case TYPE_NAMED:
		for (i = 0; i < t->u.named.targs.n; i++)
			cycles_walk(w, t->u.named.targs.v[i]);
		break;
	case TYPE_TYPEPARAM:
		if ((i = tparam_index(w->tparams, t)) >= 0 && w->types[i])
			cycles_walk(w, w->types[i]);
		break;
	}
	w->n--;
}

/* Infers type arguments from the core types of the constraints, given
 * some (targs, NULL where unknown). Returns the list with NULL v after an
 * error, else with *index the first still unknown or -1. */
/* shared: the unifier of the arguments' unification, which goes on
 * (generic function arguments, whose type parameters it has joined with
 * the callee's); NULL: a new one from targs, as gc 1.19 does. */
static TypeList infer_from_constraints(Checker *c, Pos pos, TypeList tparams, TypeList targs, Unifier *shared,
                                       int *index)
{
	Unifier *u = shared ? shared : unifier_new(tparams, false);
	TypeList types, fail = {NULL, 0};
	int i, n, nn;
	int *dirty, ndirty;

	if (!shared) {
		unifier_bidirectional(u);
		for (i = 0; i < targs.n; i++)
			if (targs.v[i])
				unifier_set(u, i, targs.v[i]);
	}

	/* repeat while there are unknowns and progress */
	for (n = unifier_unknowns(u); n > 0;) {
		nn = n;
		for (i = 0; i < tparams.n; i++) {
			Type *tpar = tparams.v[i], *tx;
			bool single;
			Term *core = core_term(tpar, &single);
			if (!core)
				continue;
			tx = unifier_at(u, i);
			if (tx) {
				/* with a tilde the argument's underlying type must match */
				if (core->tilde && !is_typeparam(tx))
					tx = type_under(tx);
				if (!unify(u, tx, core->type)) {
					check_errorf(c, pos, "%T does not match %s%T", tpar, core->tilde ? "~" : "", core->type);
					*index = 0;
					return fail;
				}
			} else if (single && !core->tilde) {
				/* one specific type: it is the argument */
				unifier_set(u, i, core->type);
			} else {
				continue;
			}
			nn = unifier_unknowns(u);
			if (nn == 0)
				break;
		}
		if (nn == n)
			break;
		n = nn;
	}

	/* The inferred types may mention other type parameters: substitute
	 * until nothing changes, after removing cycles that would make that
	 * endless ([A interface{ *A }]). */
	types = unifier_types(u, index);
	{
		Cycles w;
		w.tparams = tparams;
		w.types = types.v;
		w.n = 0;
		for (i = 0; i < tparams.n; i++)
			cycles_walk(&w, tparams.v[i]);
	}
	dirty = NEWARRAY(types_arena(), int, types.n > 0 ? types.n : 1);
	ndirty = 0;
	for (i = 0; i < types.n; i++)
		if (types.v[i] && (i >= targs.n || !targs.v[i]))
			dirty[ndirty++] = i;
	while (ndirty > 0) {
		SubstMap smap;
		int k, m = 0;
		smap.from = tparams;
		smap.to = types;
		for (k = 0; k < ndirty; k++) {
			Type *t0 = types.v[dirty[k]], *t1 = subst_type(c, NOPOS, t0, &smap);
			if (t1 != t0) {
				types.v[dirty[k]] = t1;
				dirty[m++] = dirty[k];
			}
		}
		ndirty = m;
	}
	/* type parameters may remain (a core type *P matched with Q, and P
	 * unknown): such types are not inferred */
	for (i = 0; i < types.n; i++)
		if (types.v[i] && is_parameterized(tparams, types.v[i]))
			types.v[i] = NULL;
	*index = -1;
	for (i = 0; i < types.n; i++)
		if (!types.v[i]) {
			*index = i;
			break;
		}
	return types;
}

/* --- function argument inference ----------------------------------------------------- */

TypeList infer_type_args(Checker *c, Pos pos, TypeList tparams, TypeList targs, Type *params,
                         Operand **args, int nargs, bool *ok)
{
	return infer_type_args_with(c, pos, tparams, targs, params, args, nargs, false, ok);
}

/* bidirectional: the arguments' types have type parameters of their own
 * among tparams (generic functions passed as arguments, go1.21) */
TypeList infer_type_args_with(Checker *c, Pos pos, TypeList tparams, TypeList targs, Type *params,
                              Operand **args, int nargs, bool bidirectional, bool *ok)
{
	TypeList fail = {NULL, 0}, full;
	Unifier *u;
	int n = tparams.n, i, index;
	int *untyped, nuntyped = 0;
	Object **pvars;
	int nparams = type_tuple_len(params);

	*ok = false;
	ASSERT(n > 0 && targs.n <= n);
	ASSERT(nparams == nargs);
	if (targs.n == n) {
		*ok = true;
		return targs;
	}

	/* In a self-recursive call the type parameters being inferred are
	 * also the types of arguments: rename them for the inference so the
	 * two roles stay apart. */
	if (c->env.sig && c->env.sig->u.sig.tparams.n > 0 && tparams.v[0] == c->env.sig->u.sig.tparams.v[0]) {
		TypeList renamed;
		SubstMap smap;
		renamed.n = n;
		renamed.v = NEWARRAY(types_arena(), Type *, n);
		for (i = 0; i < n; i++) {
			Object *o = tparams.v[i]->u.tparam.obj;
			Object *tn = new_typename(o->pos, o->pkg, o->name, NULL);
			renamed.v[i] = new_typeparam(tn, NULL);
			renamed.v[i]->u.tparam.index = tparams.v[i]->u.tparam.index;
		}
		smap.from = tparams;
		smap.to = renamed;
		for (i = 0; i < n; i++)
			renamed.v[i]->u.tparam.bound = subst_type(c, pos, tparams.v[i]->u.tparam.bound, &smap);
		tparams = renamed;
		params = subst_type(c, pos, params, &smap);
	}

	/* Arguments with named types go first: inexact unification of a named
	 * and an unnamed type uses the underlying type, and the result must not
	 * depend on the argument order. */
	pvars = NEWARRAY(types_arena(), Object *, nargs > 0 ? nargs : 1);
	for (i = 0; i < nargs; i++)
		pvars[i] = params->u.tuple.vars[i];
	if (nargs >= 2) {
		Operand **a2 = NEWARRAY(types_arena(), Operand *, nargs);
		Object **p2 = NEWARRAY(types_arena(), Object *, nargs);
		int k = 0, named = 0;
		for (i = 0; i < nargs; i++)
			if (type_has_name(args[i]->type))
				named++;
		if (named > 0 && named < nargs) {
			for (i = 0; i < nargs; i++)
				if (type_has_name(args[i]->type)) {
					a2[k] = args[i];
					p2[k++] = pvars[i];
				}
			for (i = 0; i < nargs; i++)
				if (!type_has_name(args[i]->type)) {
					a2[k] = args[i];
					p2[k++] = pvars[i];
				}
			args = a2;
			pvars = p2;
		}
	}

	/* known type arguments are substituted into the parameters */
	full.n = n;
	full.v = NEWARRAY(types_arena(), Type *, n);
	for (i = 0; i < targs.n; i++)
		full.v[i] = targs.v[i];
	if (nargs > 0) {
		SubstMap smap;
		smap.from = tparams;
		smap.to = full;
		for (i = 0; i < nargs; i++) {
			Type *t = subst_type(c, NOPOS, pvars[i]->type, &smap);
			if (t != pvars[i]->type)
				pvars[i] = obj_copy_with_type(pvars[i], t);
		}
	}

	u = unifier_new(tparams, false);
	if (bidirectional)
		unifier_bidirectional(u);
	for (i = 0; i < n; i++)
		if (full.v[i])
			unifier_set(u, i, full.v[i]);

	/* 1: typed arguments */
	untyped = NEWARRAY(types_arena(), int, nargs > 0 ? nargs : 1);
	for (i = 0; i < nargs; i++) {
		Operand *arg = args[i];
		Type *ptyp = pvars[i]->type;
		if (!is_parameterized(tparams, ptyp))
			continue;
		if (arg->mode == MODE_INVALID)
			continue;   /* reported; maybe the rest still infers */
		if (is_typed(arg->type)) {
			if (!unify(u, ptyp, arg->type)) {
				mismatch(c, u, tparams, "type", ptyp, arg->type, arg);
				return fail;
			}
		} else if (ptyp->kind == TYPE_TYPEPARAM) {
			/* default types are basic: only a lone type parameter can
			 * take one */
			untyped[nuntyped++] = i;
		}
	}
	full = unifier_types(u, &index);
	if (index < 0) {
		*ok = true;
		return full;
	}

	/* 2 */
	full = infer_from_constraints(c, pos, tparams, full, bidirectional ? u : NULL, &index);
	if (!full.v)
		return fail;
	if (index < 0) {
		*ok = true;
		return full;
	}

	/* 3: untyped arguments, by their default types */
	for (i = 0; i < nuntyped; i++) {
		Type *tpar = pvars[untyped[i]]->type;
		int k = tparam_index(tparams, tpar);
		if (k >= 0 && !full.v[k]) {
			Operand *arg = args[untyped[i]];
			Type *targ = default_type(arg->type);
			/* untyped nil has no default type: never infer it */
			if (is_typed(targ) && !unify(u, tpar, targ)) {
				mismatch(c, u, tparams, "default type", tpar, targ, arg);
				return fail;
			}
		}
	}
	full = unifier_types(u, &index);
	if (index < 0) {
		*ok = true;
		return full;
	}

	/* 4 */
	full = infer_from_constraints(c, pos, tparams, full, bidirectional ? u : NULL, &index);
	if (!full.v)
		return fail;
	if (index < 0) {
		*ok = true;
		return full;
	}

	{
		Object *o = tparams.v[index]->u.tparam.obj;
		check_errorf(c, pos, "cannot infer %s (%s)", o->name, check_pos_string(o->pos));
	}
	return fail;
}
