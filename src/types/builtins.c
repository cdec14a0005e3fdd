/* builtins.c: calls of the predeclared functions (spec: Built-in
 * functions) and of package unsafe's (spec: Package unsafe).
 *
 * Each call records the signature the builtin has at that call (with
 * untyped arguments at their default types), as go/types does; calls
 * with a constant result record none. Sizes, alignments and offsets
 * come from sizes.c (gc's layout). */
#include <stdlib.h>
#include <string.h>

#include "check.h"

static const struct {
	const char *name;
	int nargs;
	bool variadic;
} builtin_info[NBUILTINS] = {
	[BUILTIN_APPEND] = {"append", 1, true}, [BUILTIN_CAP] = {"cap", 1, false},
	[BUILTIN_CLOSE] = {"close", 1, false}, [BUILTIN_COMPLEX] = {"complex", 2, false},
	[BUILTIN_COPY] = {"copy", 2, false}, [BUILTIN_DELETE] = {"delete", 2, false},
	[BUILTIN_IMAG] = {"imag", 1, false}, [BUILTIN_LEN] = {"len", 1, false},
	[BUILTIN_MAKE] = {"make", 1, true}, [BUILTIN_NEW] = {"new", 1, false},
	[BUILTIN_PANIC] = {"panic", 1, false}, [BUILTIN_PRINT] = {"print", 0, true},
	[BUILTIN_PRINTLN] = {"println", 0, true}, [BUILTIN_REAL] = {"real", 1, false},
	[BUILTIN_RECOVER] = {"recover", 0, false},
	[BUILTIN_ADD] = {"Add", 2, false}, [BUILTIN_ALIGNOF] = {"Alignof", 1, false},
	[BUILTIN_OFFSETOF] = {"Offsetof", 1, false}, [BUILTIN_SIZEOF] = {"Sizeof", 1, false},
	[BUILTIN_SLICE] = {"Slice", 2, false},
	[BUILTIN_CLEAR] = {"clear", 1, false}, [BUILTIN_MAX] = {"max", 1, true}, [BUILTIN_MIN] = {"min", 1, true},
	[BUILTIN_SLICEDATA] = {"SliceData", 1, false}, [BUILTIN_STRING] = {"String", 2, false},
	[BUILTIN_STRINGDATA] = {"StringData", 1, false},
	[BUILTIN_ASSERT] = {"assert", 1, false}, [BUILTIN_TRACE] = {"trace", 0, true},
};

/* --- signatures ------------------------------------------------------------------ */

/* Signatures are shared between calls with the same types: a builtin
 * call is common (len alone is), and types compare structurally. */
typedef struct SigEntry {
	Type *res, *p[3];
	int n;
	bool variadic;
	Type *sig;
} SigEntry;

static SigEntry *sigcache;
static int sigcap, siglen;

static uint64_t sig_hash(Type *res, Type **p, int n, bool variadic)
{
	uintptr_t k[5];
	int i;
	memset(k, 0, sizeof k);
	k[0] = (uintptr_t)res;
	for (i = 0; i < n; i++)
		k[i + 1] = (uintptr_t)p[i];
	k[4] = (uintptr_t)n * 2 + variadic;
	return hash_bytes(k, sizeof k);
}

static Type *build_sig(Type *res, Type **params, int n, bool variadic)
{
	Object **vars = NEWARRAY(types_arena(), Object *, n ? n : 1);
	Type *results = NULL;
	int i;
	for (i = 0; i < n; i++)
		vars[i] = new_var(NOPOS, NULL, "", default_type(params[i]));
	if (res) {
		Object **r = NEWARRAY(types_arena(), Object *, 1);
		ASSERT(!is_untyped(res));
		r[0] = new_var(NOPOS, NULL, "", res);
		results = new_tuple(r, 1);
	}
	return new_signature(NULL, new_tuple(vars, n), results, variadic);
}

static Type *make_sig(Type *res, Type **params, int n, bool variadic)
{
	uint64_t h;
	int i, j;
	if (n > 3)
		return build_sig(res, params, n, variadic);
	if (2 * (siglen + 1) > sigcap) {
		int ncap = sigcap ? 2 * sigcap : 1024;
		SigEntry *g = xcalloc((size_t)ncap, sizeof *g);
		for (i = 0; i < sigcap; i++) {
			if (!sigcache[i].sig)
				continue;
			h = sig_hash(sigcache[i].res, sigcache[i].p, sigcache[i].n, sigcache[i].variadic);
			for (j = (int)(h & (uint64_t)(ncap - 1)); g[j].sig; j = (j + 1) & (ncap - 1))
				;
			g[j] = sigcache[i];
		}
		free(sigcache);
		sigcache = g;
		sigcap = ncap;
	}
	h = sig_hash(res, params, n, variadic);
	for (i = (int)(h & (uint64_t)(sigcap - 1)); sigcache[i].sig; i = (i + 1) & (sigcap - 1)) {
		SigEntry *e = &sigcache[i];
		if (e->res == res && e->n == n && e->variadic == variadic &&
		    (n < 1 || e->p[0] == params[0]) && (n < 2 || e->p[1] == params[1]) && (n < 3 || e->p[2] == params[2]))
			return e->sig;
	}
	sigcache[i].res = res;
	for (j = 0; j < n; j++)
		sigcache[i].p[j] = params[j];
	sigcache[i].n = n;
	sigcache[i].variadic = variadic;
	sigcache[i].sig = build_sig(res, params, n, variadic);
	siglen++;
	return sigcache[i].sig;
}

static Type *sig1(Type *res, Type *a)
{
	return make_sig(res, &a, 1, false);
}

static Type *sig2(Type *res, Type *a, Type *b)
{
	Type *p[2];
	p[0] = a;
	p[1] = b;
	return make_sig(res, p, 2, false);
}

/* --- helpers ---------------------------------------------------------------------- */

/* *A for an array A gives A (len and cap of array pointers) */
static Type *array_ptr_deref(Type *t)
{
	if (t && t->kind == TYPE_POINTER) {
		Type *a = type_under(t->u.pointer.elem);
		if (a && a->kind == TYPE_ARRAY)
			return a;
	}
	return t;
}

/* Whether t's size depends on type parameters (or on a cycle not yet
 * reported): unsafe's functions are not constant then. */
static bool has_var_size(Type *t, PtrMap *seen)
{
	Type *u;
	bool r = false;
	int i;
	if (t->kind == TYPE_NAMED) {
		void *v = ptrmap_get(seen, t);
		if (v)
			return v != (void *)3;   /* met again while in progress: a cycle */
		ptrmap_put(seen, t, (void *)1);   /* possibly cyclic until proven otherwise */
	}
	u = type_under(t);
	switch (u->kind) {
	case TYPE_ARRAY:
		r = has_var_size(u->u.array.elem, seen);
		break;
	case TYPE_STRUCT:
		for (i = 0; i < u->u.strct.nfields && !r; i++)
			r = has_var_size(u->u.strct.fields[i]->type, seen);
		break;
	case TYPE_INTERFACE:
		r = is_typeparam(t);
		break;
	default:
		break;
	}
	if (t->kind == TYPE_NAMED)
		ptrmap_put(seen, t, r ? (void *)2 : (void *)3);
	return r;
}

static bool var_sized(Type *t)
{
	PtrMap seen = {0};
	bool r = has_var_size(t, &seen);
	ptrmap_free(&seen);
	return r;
}

static int64_t offset_of(Type *t, int *index, int n)
{
	int64_t o = 0;
	int i;
	for (i = 0; i < n; i++) {
		Type *s = type_under(t);
		o += struct_offsets(s)[index[i]];
		t = s->u.strct.fields[index[i]]->type;
	}
	return o;
}

/* The result type of complex, real or imag for an argument type: f maps
 * a basic type (NULL if it does not apply); for a type parameter the
 * result is a new type parameter over the mapped terms. */
static Type *apply_type_func(Checker *c, Type *(*f)(Type *), Operand *x, BuiltinId id)
{
	TypeSet *ts;
	Term **terms;
	Type *u, **emb;
	Object *tn;
	Type *ptyp, *iface;
	int i;
	if (!is_typeparam(x->type))
		return f(x->type);
	ts = interface_type_set(c, NOPOS, type_under(x->type));
	if (!typeset_has_terms(ts))
		return NULL;
	terms = NEWARRAY(types_arena(), Term *, ts->nterms);
	for (i = 0; i < ts->nterms; i++) {
		Type *r = f(ts->terms[i]->type);
		if (!r)
			return NULL;
		terms[i] = new_term(ts->terms[i]->tilde, r);
	}
	/* checkable, but the result is a synthetic type parameter: gc refuses it */
	check_softerrorf(c, operand_pos(x), "%O not supported as argument to %s for go1.18 (see issue #50937)", x,
	                 builtin_info[id].name);
	u = new_union(terms, ts->nterms);
	emb = NEWARRAY(types_arena(), Type *, 1);
	emb[0] = u;
	iface = new_interface(NULL, 0, emb, 1);
	iface->u.iface.complete = true;
	tn = new_typename(NOPOS, c->pkg, x->type->u.tparam.obj->name, NULL);
	ptyp = new_typeparam(tn, iface);
	ptyp->u.tparam.index = x->type->u.tparam.index;
	return ptyp;
}

static Type *complex_of(Type *t)
{
	Type *u = type_under(t);
	if (u && u->kind == TYPE_BASIC) {
		switch (u->u.basic.kind) {
		case KIND_FLOAT32: return typ_basic[KIND_COMPLEX64];
		case KIND_FLOAT64: return typ_basic[KIND_COMPLEX128];
		case KIND_UNTYPED_FLOAT: return typ_basic[KIND_UNTYPED_COMPLEX];
		default: break;
		}
	}
	return NULL;
}

static Type *float_of(Type *t)
{
	Type *u = type_under(t);
	if (u && u->kind == TYPE_BASIC) {
		switch (u->u.basic.kind) {
		case KIND_COMPLEX64: return typ_basic[KIND_FLOAT32];
		case KIND_COMPLEX128: return typ_basic[KIND_FLOAT64];
		case KIND_UNTYPED_COMPLEX: return typ_basic[KIND_UNTYPED_FLOAT];
		default: break;
		}
	}
	return NULL;
}

/* len, cap of one type of a type parameter's type set */
typedef struct LenCtx {
	BuiltinId id;
} LenCtx;

static bool len_ok(Type *u, void *ctx)
{
	LenCtx *k = ctx;
	if (!u)
		return false;
	u = array_ptr_deref(u);
	switch (u->kind) {
	case TYPE_BASIC:
		return is_string(u) && k->id == BUILTIN_LEN;
	case TYPE_ARRAY: case TYPE_SLICE: case TYPE_CHAN:
		return true;
	case TYPE_MAP:
		return k->id == BUILTIN_LEN;
	default:
		return false;
	}
}

typedef struct EachCtx {
	Checker *c;
	Operand *x;
	Type *key;                 /* delete: the common key type */
} EachCtx;

static bool close_ok(Type *u, void *ctx)
{
	EachCtx *k = ctx;
	if (!u || u->kind != TYPE_CHAN) {
		check_errorf(k->c, operand_pos(k->x), "invalid operation: cannot close non-channel %O", k->x);
		return false;
	}
	if (u->u.chan.dir == CHANDIR_RECV) {
		check_errorf(k->c, operand_pos(k->x), "invalid operation: cannot close receive-only channel %O", k->x);
		return false;
	}
	return true;
}

static bool delete_ok(Type *u, void *ctx)
{
	EachCtx *k = ctx;
	if (!u || u->kind != TYPE_MAP) {
		check_errorf(k->c, operand_pos(k->x), "invalid argument: %O is not a map", k->x);
		return false;
	}
	if (k->key && !types_identical(u->u.map.key, k->key)) {
		check_errorf(k->c, operand_pos(k->x), "invalid argument: maps of %O must have identical key types", k->x);
		return false;
	}
	k->key = u->u.map.key;
	return true;
}

/* f(u) for each underlying type of t's type set, or for t's underlying type */
static bool under_is(Type *t, bool (*f)(Type *u, void *ctx), void *ctx)
{
	if (is_typeparam(t))
		return typeset_under_is(interface_type_set(NULL, NOPOS, type_under(t)), f, ctx);
	return f(type_under(t), ctx);
}

/* clear's argument: a map or a slice, or constrained by them */
static bool clearable(Type *u, void *ctx)
{
	EachCtx *k = ctx;
	if (u && (u->kind == TYPE_MAP || u->kind == TYPE_SLICE))
		return true;
	check_errorf(k->c, operand_pos(k->x),
	             "invalid argument: cannot clear %O: argument must be (or constrained by) map or slice", k->x);
	return false;
}

/* --- the builtins ----------------------------------------------------------------- */

static bool builtin(Checker *c, Operand *x, Expr *call, BuiltinId id, OperandList *args)
{
	ExprList argl = call->u.call.args;
	Expr *fun = call->u.call.fun;
	int nargs = argl.n, i;
	const char *msg = NULL;
	Operand y;

	switch (id) {
	case BUILTIN_MAKE: case BUILTIN_NEW: case BUILTIN_OFFSETOF: case BUILTIN_TRACE:
		break;   /* their arguments need special handling */
	default:
		check_expr_list(c, args, argl, false);
		nargs = args->n;
		if (nargs > 0) {
			*x = args->v[0];
			if (x->mode == MODE_INVALID)
				return false;
		}
		break;
	}

	if (nargs < builtin_info[id].nargs)
		msg = "not enough";
	else if (!builtin_info[id].variadic && nargs > builtin_info[id].nargs)
		msg = "too many";
	if (msg) {
		check_errorf(c, syntax_start(call), "invalid operation: %s arguments for %E (expected %d, found %d)", msg,
		             call, builtin_info[id].nargs, nargs);
		return false;
	}

	switch (id) {
	case BUILTIN_APPEND: {
		/* append(s S, x ...T) S, where T is the element type of S */
		Type *s = x->type, *core = type_core(s), *sig;
		if (!core || core->kind != TYPE_SLICE) {
			const char *cause;
			if (x->mode == MODE_VALUE && x->type == typ_basic[KIND_UNTYPED_NIL])
				cause = "have untyped nil";
			else if (is_typeparam(s))
				cause = core ? check_sprintf(c, "%O has core type %T", x, core)
				             : check_sprintf(c, "%O has no core type", x);
			else
				cause = check_sprintf(c, "have %O", x);
			check_errorf(c, operand_pos(x), "first argument to append must be a slice; %s", cause);
			return false;
		}
		/* spec: append([]byte, string...) appends the string's bytes */
		if (nargs == 2 && call->u.call.ellipsis != NOPOS &&
		    operand_assignable_to(c, x, new_slice(typ_byte), NULL)) {
			Operand *a1 = &args->v[1];
			Type *cs;
			if (a1->mode == MODE_INVALID)
				return false;
			cs = type_core_string(a1->type);
			if (cs && is_string(cs)) {
				Type *p[2];
				p[0] = s;
				p[1] = a1->type;
				record_builtin_type(c, fun, make_sig(s, p, 2, true));
				x->mode = MODE_VALUE;
				x->type = s;
				break;
			}
		}
		/* the general case, through a signature made for it */
		{
			Type *p[2];
			p[0] = s;
			p[1] = new_slice(core->u.slice.elem);
			sig = make_sig(s, p, 2, true);
		}
		check_arguments(c, call, sig, (TypeList){NULL, 0}, args->v, nargs, (ExprList){NULL, 0});
		x->mode = MODE_VALUE;
		x->type = s;
		record_builtin_type(c, fun, sig);
		break;
	}

	case BUILTIN_CAP: case BUILTIN_LEN: {
		ExprMode mode = MODE_INVALID;
		Const *val = NULL;
		Type *u = array_ptr_deref(type_under(x->type));
		switch (u->kind) {
		case TYPE_BASIC:
			if (is_string(u) && id == BUILTIN_LEN) {
				if (x->mode == MODE_CONSTANT) {
					size_t n;
					const_string_val(x->val, &n);
					mode = MODE_CONSTANT;
					val = const_int64((int64_t)n);
				} else {
					mode = MODE_VALUE;
				}
			}
			break;
		case TYPE_ARRAY:
			/* spec: constant for arrays when no call or receive is involved */
			mode = MODE_VALUE;
			if (!c->env.hascallorrecv) {
				mode = MODE_CONSTANT;
				val = u->u.array.len >= 0 ? const_int64(u->u.array.len) : const_unknown();
			}
			break;
		case TYPE_SLICE: case TYPE_CHAN:
			mode = MODE_VALUE;
			break;
		case TYPE_MAP:
			if (id == BUILTIN_LEN)
				mode = MODE_VALUE;
			break;
		case TYPE_INTERFACE:
			if (is_typeparam(x->type)) {
				LenCtx k = {id};
				if (typeset_under_is(interface_type_set(c, NOPOS, u), len_ok, &k))
					mode = MODE_VALUE;
			}
			break;
		default:
			break;
		}
		if (mode == MODE_INVALID) {
			if (type_under(x->type) != typ_invalid)
				check_errorf(c, operand_pos(x), "invalid argument: %O for %s", x, builtin_info[id].name);
			return false;
		}
		if (mode != MODE_CONSTANT)
			record_builtin_type(c, fun, sig1(typ_basic[KIND_INT], x->type));
		x->mode = mode;
		x->type = typ_basic[KIND_INT];
		x->val = val;
		break;
	}

	case BUILTIN_CLOSE: {
		EachCtx k = {c, x, NULL};
		if (!under_is(x->type, close_ok, &k))
			return false;
		x->mode = MODE_NOVALUE;
		record_builtin_type(c, fun, sig1(NULL, x->type));
		break;
	}

	case BUILTIN_COMPLEX: {
		/* complex(x, y floatT) complexT */
		Type *res;
		int d = 0;
		y = args->v[1];
		if (y.mode == MODE_INVALID)
			return false;
		if (is_untyped(x->type))
			d |= 1;
		if (is_untyped(y.type))
			d |= 2;
		switch (d) {
		case 1:
			convert_untyped(c, x, y.type);
			break;
		case 2:
			convert_untyped(c, &y, x->type);
			break;
		case 3:
			/* both untyped: constants become untyped floats if they can;
			 * otherwise (a pending shift) float64, which fails below */
			if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT) {
				if (is_numeric(x->type) && const_sign(const_imag(x->val)) == 0)
					x->type = typ_basic[KIND_UNTYPED_FLOAT];
				if (is_numeric(y.type) && const_sign(const_imag(y.val)) == 0)
					y.type = typ_basic[KIND_UNTYPED_FLOAT];
			} else {
				convert_untyped(c, x, typ_basic[KIND_FLOAT64]);
				convert_untyped(c, &y, typ_basic[KIND_FLOAT64]);
			}
			break;
		default:
			break;
		}
		if (x->mode == MODE_INVALID || y.mode == MODE_INVALID)
			return false;
		if (!types_identical(x->type, y.type)) {
			check_errorf(c, operand_pos(x), "invalid operation: %E (mismatched types %T and %T)", call, x->type,
			             y.type);
			return false;
		}
		res = apply_type_func(c, complex_of, x, id);
		if (!res) {
			check_errorf(c, operand_pos(x), "invalid argument: arguments have type %T, expected floating-point",
			             x->type);
			return false;
		}
		if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT)
			x->val = const_binary(const_to_float(x->val), TOK_ADD, const_make_imag(const_to_float(y.val)));
		else
			x->mode = MODE_VALUE;
		if (x->mode != MODE_CONSTANT)
			record_builtin_type(c, fun, sig2(res, x->type, x->type));
		x->type = res;
		break;
	}

	case BUILTIN_COPY: {
		/* copy(x, y []T) int */
		Type *dst = type_core(x->type), *src;
		y = args->v[1];
		if (y.mode == MODE_INVALID)
			return false;
		src = type_core_string(y.type);
		if (src && is_string(src))
			src = new_slice(typ_byte);
		if (!dst || dst->kind != TYPE_SLICE || !src || src->kind != TYPE_SLICE) {
			check_errorf(c, operand_pos(x), "invalid argument: copy expects slice arguments; found %O and %O", x, &y);
			return false;
		}
		if (!types_identical(dst->u.slice.elem, src->u.slice.elem)) {
			check_errorf(c, operand_pos(x),
			             "invalid argument: arguments to copy %O and %O have different element types %T and %T", x,
			             &y, dst->u.slice.elem, src->u.slice.elem);
			return false;
		}
		record_builtin_type(c, fun, sig2(typ_basic[KIND_INT], x->type, y.type));
		x->mode = MODE_VALUE;
		x->type = typ_basic[KIND_INT];
		break;
	}

	case BUILTIN_DELETE: {
		/* delete(m, key); m may be a type parameter of map types */
		EachCtx k = {c, x, NULL};
		Type *m = x->type;
		if (!under_is(m, delete_ok, &k))
			return false;
		*x = args->v[1];
		if (x->mode == MODE_INVALID)
			return false;
		check_assignment(c, x, k.key, "argument to delete");
		if (x->mode == MODE_INVALID)
			return false;
		x->mode = MODE_NOVALUE;
		record_builtin_type(c, fun, sig2(NULL, m, k.key));
		break;
	}

	case BUILTIN_IMAG: case BUILTIN_REAL: {
		/* imag(complexT) floatT, real(complexT) floatT */
		Type *res;
		if (is_untyped(x->type)) {
			if (x->mode == MODE_CONSTANT) {
				/* an untyped number is a complex constant too */
				if (is_numeric(x->type))
					x->type = typ_basic[KIND_UNTYPED_COMPLEX];
			} else {
				/* a pending shift: complex128 makes it fail as it should */
				convert_untyped(c, x, typ_basic[KIND_COMPLEX128]);
				if (x->mode == MODE_INVALID)
					return false;
			}
		}
		res = apply_type_func(c, float_of, x, id);
		if (!res) {
			check_errorf(c, operand_pos(x), "invalid argument: argument has type %T, expected complex type", x->type);
			return false;
		}
		if (x->mode == MODE_CONSTANT)
			x->val = id == BUILTIN_REAL ? const_real(x->val) : const_imag(x->val);
		else
			x->mode = MODE_VALUE;
		if (x->mode != MODE_CONSTANT)
			record_builtin_type(c, fun, sig1(res, x->type));
		x->type = res;
		break;
	}

	case BUILTIN_MAKE: {
		/* make(T, n), make(T, n, m) */
		Expr *arg0 = argl.v[0];
		Type *t = check_var_type(c, arg0), *core, *types[3];
		int64_t sizes[2];
		int min, nsizes = 0;
		if (t == typ_invalid)
			return false;
		core = type_core(t);
		if (!core) {
			check_errorf(c, syntax_start(arg0), "invalid argument: cannot make %E: no core type", arg0);
			return false;
		}
		switch (core->kind) {
		case TYPE_SLICE:
			min = 2;
			break;
		case TYPE_MAP: case TYPE_CHAN:
			min = 1;
			break;
		default:
			check_errorf(c, syntax_start(arg0), "invalid argument: cannot make %E; type must be slice, map, or channel",
			             arg0);
			return false;
		}
		if (nargs < min || min + 1 < nargs) {
			check_errorf(c, syntax_start(call), "invalid operation: %E expects %d or %d arguments; found %d", call, min,
			             min + 1, nargs);
			return false;
		}
		types[0] = t;
		for (i = 1; i < nargs; i++) {
			int64_t size = check_index(c, argl.v[i], -1, &types[i]);   /* continue when invalid */
			if (size >= 0)
				sizes[nsizes++] = size;
		}
		if (nsizes == 2 && sizes[0] > sizes[1])
			check_errorf(c, syntax_start(argl.v[1]), "invalid argument: length and capacity swapped");
		x->mode = MODE_VALUE;
		x->type = t;
		record_builtin_type(c, fun, make_sig(t, types, nargs, false));
		break;
	}

	case BUILTIN_NEW: {
		Type *t;
		if (release_has(FEAT_NEW_EXPR)) {
			/* new(T), or (go1.26) new(expr): a pointer to a copy */
			check_expr_or_type(c, x, argl.v[0], false);
			if (x->mode == MODE_BUILTIN) {
				check_errorf(c, operand_pos(x), "%O must be called", x);
				x->mode = MODE_INVALID;
			}
			if (x->mode == MODE_INVALID)
				return false;
			if (x->mode == MODE_TYPEXPR) {
				check_valid_var_type(c, argl.v[0], x->type);
			} else {
				if (is_untyped(x->type)) {
					check_assignment(c, x, NULL, "argument to new");
					if (x->mode == MODE_INVALID)
						return false;
				}
				if (!check_allow_version(c, c->pkg, 1, 26))
					check_version_errorf(c, expr_start_pos(fun), "go1.26", "new(%E)", argl.v[0]);
			}
			t = x->type;
		} else {
			t = check_var_type(c, argl.v[0]);
		}
		if (t == typ_invalid)
			return false;
		x->mode = MODE_VALUE;
		x->type = new_pointer(t);
		record_builtin_type(c, fun, sig1(x->type, t));
		break;
	}

	case BUILTIN_PANIC:
		/* noted for is_terminating when the function has results */
		if (c->env.sig && type_tuple_len(c->env.sig->u.sig.results) > 0)
			ptrmap_put(&c->env.ispanic, call, call);
		check_assignment(c, x, typ_empty_iface, "argument to panic");
		if (x->mode == MODE_INVALID)
			return false;
		x->mode = MODE_NOVALUE;
		record_builtin_type(c, fun, sig1(NULL, typ_empty_iface));
		break;

	case BUILTIN_PRINT: case BUILTIN_PRINTLN: {
		Type *small[8], **params = nargs <= 8 ? small : xmalloc(sizeof *params * (size_t)nargs);
		const char *context = id == BUILTIN_PRINT ? "argument to print" : "argument to println";
		for (i = 0; i < nargs; i++) {
			if (i > 0)
				*x = args->v[i];
			check_assignment(c, x, NULL, context);
			if (x->mode == MODE_INVALID) {
				if (params != small)
					free(params);
				return false;
			}
			params[i] = x->type;
		}
		x->mode = MODE_NOVALUE;
		record_builtin_type(c, fun, make_sig(NULL, params, nargs, false));
		if (params != small)
			free(params);
		break;
	}

	case BUILTIN_RECOVER:
		x->mode = MODE_VALUE;
		x->type = typ_empty_iface;
		record_builtin_type(c, fun, make_sig(x->type, NULL, 0, false));
		break;

	case BUILTIN_ADD:
		/* unsafe.Add(ptr unsafe.Pointer, len IntegerType) unsafe.Pointer */
		if (!check_allow_version(c, c->pkg, 1, 17)) {
			check_version_errorf(c, expr_start_pos(call->u.call.fun), "go1.17", "unsafe.Add");
			return false;
		}
		check_assignment(c, x, typ_basic[KIND_UNSAFEPOINTER], "argument to unsafe.Add");
		if (x->mode == MODE_INVALID)
			return false;
		y = args->v[1];
		if (!check_valid_index(c, &y, "length", true))
			return false;
		x->mode = MODE_VALUE;
		x->type = typ_basic[KIND_UNSAFEPOINTER];
		record_builtin_type(c, fun, sig2(x->type, x->type, y.type));
		break;

	case BUILTIN_ALIGNOF: case BUILTIN_SIZEOF:
		check_assignment(c, x, NULL, id == BUILTIN_ALIGNOF ? "argument to unsafe.Alignof" : "argument to unsafe.Sizeof");
		if (x->mode == MODE_INVALID)
			return false;
		if (var_sized(x->type)) {
			x->mode = MODE_VALUE;
			record_builtin_type(c, fun, sig1(typ_basic[KIND_UINTPTR], x->type));
		} else {
			x->mode = MODE_CONSTANT;
			x->val = const_int64(id == BUILTIN_ALIGNOF ? type_align(x->type) : type_size(x->type));
		}
		x->type = typ_basic[KIND_UINTPTR];
		break;

	case BUILTIN_OFFSETOF: {
		/* unsafe.Offsetof(x.f): x.f must be a selector of a field */
		Expr *arg0 = argl.v[0], *selx = ast_unparen(arg0);
		Type *base;
		Object *obj;
		int *index = NULL, nindex = 0;
		bool indirect = false;
		Operand r;
		if (selx->kind != EXPR_SELECTOR) {
			check_errorf(c, syntax_start(arg0), "invalid argument: %E is not a selector expression", arg0);
			check_use_expr(c, arg0);
			return false;
		}
		check_expr(c, x, selx->u.selector.x);
		if (x->mode == MODE_INVALID)
			return false;
		base = deref_struct_ptr(x->type);
		obj = lookup_field_or_method(base, false, c->pkg, selx->u.selector.sel->u.ident.name, &index, &nindex,
		                             &indirect, NULL);
		if (!obj) {
			check_errorf(c, operand_pos(x), "invalid argument: %T has no single field %s", base,
			             selx->u.selector.sel->u.ident.name);
			return false;
		}
		if (obj->kind == OBJ_FUNC) {
			check_errorf(c, syntax_start(arg0), "invalid argument: %E is a method value", arg0);
			return false;
		}
		if (indirect) {
			check_errorf(c, operand_pos(x), "invalid argument: field %s is embedded via a pointer in %T",
			             selx->u.selector.sel->u.ident.name, base);
			return false;
		}
		record_selection(c, selx, SEL_FIELDVAL, base, obj, index, nindex, false);
		/* the selector itself is recorded too */
		memset(&r, 0, sizeof r);
		r.mode = x->mode == MODE_VARIABLE || indirect ? MODE_VARIABLE : MODE_VALUE;
		r.expr = selx;
		r.type = obj->type;
		record_operand(c, &r);
		/* an offset counts as variable when any part of the struct is */
		if (var_sized(base)) {
			x->mode = MODE_VALUE;
			record_builtin_type(c, fun, sig1(typ_basic[KIND_UINTPTR], obj->type));
		} else {
			x->mode = MODE_CONSTANT;
			x->val = const_int64(offset_of(base, index, nindex));
		}
		x->type = typ_basic[KIND_UINTPTR];
		break;
	}

	case BUILTIN_SLICE: {
		/* unsafe.Slice(ptr *T, len IntegerType) []T */
		Type *p = type_under(x->type);
		if (!check_allow_version(c, c->pkg, 1, 17)) {
			check_version_errorf(c, expr_start_pos(call->u.call.fun), "go1.17", "unsafe.Slice");
			return false;
		}
		if (!p || p->kind != TYPE_POINTER) {
			check_errorf(c, operand_pos(x), "invalid argument: %O is not a pointer", x);
			return false;
		}
		y = args->v[1];
		if (!check_valid_index(c, &y, "length", false))
			return false;
		x->mode = MODE_VALUE;
		x->type = new_slice(p->u.pointer.elem);
		record_builtin_type(c, fun, sig2(x->type, p, y.type));
		break;
	}

	case BUILTIN_CLEAR: {
		/* clear(m) */
		EachCtx k = {c, x, NULL};
		if (!check_allow_version(c, c->pkg, 1, 21))
			check_version_errorf(c, expr_start_pos(fun), "go1.21", "clear");
		if (!under_is(x->type, clearable, &k))
			return false;
		x->mode = MODE_NOVALUE;
		record_builtin_type(c, fun, sig1(NULL, x->type));
		break;
	}

	case BUILTIN_MAX: case BUILTIN_MIN: {
		/* max(x, ...), min(x, ...): of one ordered type; constant
		 * when every argument is */
		Token op = id == BUILTIN_MAX ? TOK_GTR : TOK_LSS;
		Type **types;
		if (!check_allow_version(c, c->pkg, 1, 21))
			check_version_errorf(c, expr_start_pos(fun), "go1.21", "built-in %s", builtin_info[id].name);
		for (i = 0; i < nargs; i++) {
			Operand *a = &args->v[i];
			if (a->mode == MODE_INVALID)
				return false;
			if (!all_ordered(a->type)) {
				check_errorf(c, operand_pos(a), "invalid argument: %O cannot be ordered", a);
				return false;
			}
			if (i == 0)
				continue;
			check_match_types(c, x, a);
			if (x->mode == MODE_INVALID)
				return false;
			if (!types_identical(x->type, a->type)) {
				check_errorf(c, operand_pos(a),
				             "invalid argument: mismatched types %T (previous argument) and %T (type of %E)",
				             x->type, a->type, a->expr);
				return false;
			}
			if (x->mode == MODE_CONSTANT && a->mode == MODE_CONSTANT) {
				if (const_compare(a->val, op, x->val))
					*x = *a;
			} else {
				x->mode = MODE_VALUE;
			}
		}
		if (x->mode != MODE_CONSTANT) {
			x->mode = MODE_VALUE;
			check_assignment(c, x, typ_empty_iface,
			                 id == BUILTIN_MAX ? "argument to built-in max" : "argument to built-in min");
			if (x->mode == MODE_INVALID)
				return false;
		}
		for (i = 0; i < nargs; i++)
			update_expr_type(c, args->v[i].expr, x->type, true);
		if (x->mode != MODE_CONSTANT) {
			types = NEWARRAY(types_arena(), Type *, nargs);
			for (i = 0; i < nargs; i++)
				types[i] = x->type;
			record_builtin_type(c, fun, make_sig(x->type, types, nargs, false));
		}
		break;
	}

	case BUILTIN_SLICEDATA: {
		/* unsafe.SliceData(slice []T) *T */
		Type *s = type_under(x->type);
		if (!check_allow_version(c, c->pkg, 1, 20))
			check_version_errorf(c, expr_start_pos(fun), "go1.20", "unsafe.SliceData");
		if (!s || s->kind != TYPE_SLICE) {
			check_errorf(c, operand_pos(x), "invalid argument: %O is not a slice", x);
			return false;
		}
		x->mode = MODE_VALUE;
		x->type = new_pointer(s->u.slice.elem);
		record_builtin_type(c, fun, sig1(x->type, s));
		break;
	}

	case BUILTIN_STRING: {
		/* unsafe.String(ptr *byte, len IntegerType) string */
		if (!check_allow_version(c, c->pkg, 1, 20))
			check_version_errorf(c, expr_start_pos(fun), "go1.20", "unsafe.String");
		check_assignment(c, x, new_pointer(typ_byte), "argument to unsafe.String");
		if (x->mode == MODE_INVALID)
			return false;
		y = args->v[1];
		if (!check_valid_index(c, &y, "length", false))
			return false;
		x->mode = MODE_VALUE;
		x->type = typ_basic[KIND_STRING];
		record_builtin_type(c, fun, sig2(x->type, new_pointer(typ_byte), y.type));
		break;
	}

	case BUILTIN_STRINGDATA:
		/* unsafe.StringData(str string) *byte */
		if (!check_allow_version(c, c->pkg, 1, 20))
			check_version_errorf(c, expr_start_pos(fun), "go1.20", "unsafe.StringData");
		check_assignment(c, x, typ_basic[KIND_STRING], "argument to unsafe.StringData");
		if (x->mode == MODE_INVALID)
			return false;
		x->mode = MODE_VALUE;
		x->type = new_pointer(typ_byte);
		record_builtin_type(c, fun, sig1(x->type, typ_basic[KIND_STRING]));
		break;

	case BUILTIN_ASSERT:
		/* testing only: assert(pred) fails the check when pred is false */
		if (x->mode != MODE_CONSTANT || !is_boolean(x->type)) {
			check_errorf(c, operand_pos(x), "invalid argument: %O is not a boolean constant", x);
			return false;
		}
		if (const_kind(x->val) != CONST_BOOL) {
			check_errorf(c, operand_pos(x), "internal error: value of %O should be a boolean constant", x);
			return false;
		}
		if (!const_bool_val(x->val))
			check_errorf(c, syntax_start(call), "%E failed", call);
		break;

	case BUILTIN_TRACE:
		/* testing only: the value of the first argument */
		if (nargs == 0) {
			x->mode = MODE_NOVALUE;
			break;
		}
		for (i = 0; i < nargs; i++) {
			Operand t;
			check_raw_expr(c, i == 0 ? x : &t, argl.v[i], NULL, false);
		}
		break;

	default:
		BUG("unknown builtin %d", (int)id);
	}
	return true;
}

bool check_builtin(Checker *c, Operand *x, Expr *call, BuiltinId id)
{
	OperandList args;
	bool ok, saved = c->env.hascallorrecv;

	/* only append takes ... */
	if (call->u.call.ellipsis != NOPOS && id != BUILTIN_APPEND) {
		check_errorf(c, syntax_start(call), "invalid operation: invalid use of ... with built-in %s",
		             builtin_info[id].name);
		check_use(c, call->u.call.args);
		return false;
	}
	/* len(x) and cap(x) are constant only if x has no calls or receives:
	 * note those of x alone */
	if (id == BUILTIN_LEN || id == BUILTIN_CAP)
		c->env.hascallorrecv = false;
	memset(&args, 0, sizeof args);
	args.v = args.buf;
	ok = builtin(c, x, call, id, &args);
	operand_list_free(&args);
	if (id == BUILTIN_LEN || id == BUILTIN_CAP)
		c->env.hascallorrecv = saved;
	return ok;
}
