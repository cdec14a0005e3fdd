/* call.c: calls (spec: Calls, Conversions, Instantiations) and
 * selectors (spec: Selectors, Qualified identifiers, Method values,
 * Method expressions).
 *
 * A call is a conversion when its function is a type, a builtin call,
 * or an ordinary call whose function may be generic: explicit type
 * arguments and argument types then go to inference together. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* --- expression lists ---------------------------------------------------------- */

static Operand *list_grow(OperandList *l, int n)
{
	if (n > NELEM(l->buf))
		l->v = xmalloc(sizeof *l->v * (size_t)n);
	else
		l->v = l->buf;
	memset(l->v, 0, sizeof *l->v * (size_t)n);
	l->n = n;
	return l->v;
}

void operand_list_free(OperandList *l)
{
	if (l->v && l->v != l->buf)
		free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* generic: a call's arguments, where (go1.21) generic functions may be
 * passed uninstantiated for the call to infer their type arguments */
static void expr_list(Checker *c, OperandList *out, ExprList list, bool allowcommaok, bool generic)
{
	int i;
	out->v = out->buf;
	out->n = 0;
	out->commaok = false;
	if (list.n == 0)
		return;
	if (list.n == 1) {
		/* one value, a comma-ok value, or a call with several results */
		Operand x;
		Expr *e = list.v[0];
		if (generic)
			check_generic_expr(c, &x, e, true);
		else
			check_multi_expr(c, &x, e);
		if (x.mode != MODE_INVALID && x.type && x.type->kind == TYPE_TUPLE) {
			Type *t = x.type;
			Operand *v = list_grow(out, t->u.tuple.n);
			for (i = 0; i < t->u.tuple.n; i++) {
				v[i].mode = MODE_VALUE;
				v[i].expr = e;
				v[i].type = t->u.tuple.vars[i]->type;
			}
			return;
		}
		if (allowcommaok && (x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK)) {
			Operand *v = list_grow(out, 2);
			v[0] = x;
			v[0].mode = MODE_VALUE;
			v[1].mode = MODE_VALUE;
			v[1].expr = e;
			v[1].type = typ_basic[KIND_UNTYPED_BOOL];
			out->commaok = true;
			return;
		}
		list_grow(out, 1)[0] = x;
		return;
	}
	list_grow(out, list.n);
	for (i = 0; i < list.n; i++) {
		if (generic)
			check_generic_expr(c, &out->v[i], list.v[i], false);
		else
			check_expr(c, &out->v[i], list.v[i]);
	}
}

void check_expr_list(Checker *c, OperandList *out, ExprList list, bool allowcommaok)
{
	expr_list(c, out, list, allowcommaok, false);
}

/* "(int, number, string)": types as gc lists them in call errors;
 * untyped numbers are "number", with variadic the last is "...E". */
const char *check_types_summary(Checker *c, Type **list, int n, bool variadic)
{
	Buf b = {0};
	const char *s;
	int i;
	buf_putc(&b, '(');
	for (i = 0; i < n; i++) {
		Type *t = list[i];
		if (i > 0)
			buf_puts(&b, ", ");
		if (!t || t == typ_invalid) {
			buf_puts(&b, "<T>");
		} else if (is_untyped(t)) {
			const char *name = t->u.basic.name;
			if (is_numeric(t))
				buf_puts(&b, "number");
			else
				buf_puts(&b, strncmp(name, "untyped ", 8) == 0 ? name + 8 : name);
		} else if (variadic && i == n - 1 && t->kind == TYPE_SLICE) {
			buf_puts(&b, "...");
			type_write(&b, t->u.slice.elem, check_qualifier, c);
		} else {
			type_write(&b, t, check_qualifier, c);
		}
	}
	buf_putc(&b, ')');
	s = arena_strndup(types_arena(), b.s, b.n);
	buf_free(&b);
	return s;
}

/* --- uses --------------------------------------------------------------------- */

void check_use_expr(Checker *c, Expr *e)
{
	Operand x;
	if (!e)
		return;
	if (e->kind == EXPR_IDENT && strcmp(e->u.ident.name, "_") == 0)
		return;   /* no error for the blank identifier */
	check_raw_expr(c, &x, e, NULL, false);
}

void check_use(Checker *c, ExprList args)
{
	int i;
	for (i = 0; i < args.n; i++)
		check_use_expr(c, args.v[i]);
}

/* As go/types: a variable assigned to on the left is not thereby used. */
void check_use_lhs(Checker *c, ExprList args)
{
	int i;
	for (i = 0; i < args.n; i++) {
		Expr *e = args.v[i], *id = ast_unparen(e);
		Object *v = NULL;
		bool used = false;
		Operand x;
		if (id->kind == EXPR_IDENT) {
			Object *o;
			if (strcmp(id->u.ident.name, "_") == 0)
				continue;
			o = scope_lookup_parent(c->env.scope, id->u.ident.name, NOPOS, NULL);
			/* only this package's variables (not dot-imported ones) */
			if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) {
				v = o;
				used = v->u.var.used;
			}
		}
		check_raw_expr(c, &x, e, NULL, false);
		if (v)
			v->u.var.used = used;
	}
}

/* --- instantiation ------------------------------------------------------------- */

static ExprList index_list(Expr *ix)
{
	ExprList l;
	if (ix->kind == EXPR_INDEXLIST)
		return ix->u.indexlist.indices;
	l.v = &ix->u.index.index;
	l.n = 1;
	return l;
}

static Expr *index_base(Expr *ix)
{
	return ix->kind == EXPR_INDEXLIST ? ix->u.indexlist.x : ix->u.index.x;
}

/* The identifier that names an instantiated function or type. */
static Expr *inst_ident(Expr *e)
{
	if (e->kind == EXPR_INDEX || e->kind == EXPR_INDEXLIST)
		e = index_base(e);
	if (e->kind == EXPR_SELECTOR)
		e = e->u.selector.sel;
	return e;
}

static TypeList infer(Checker *c, Pos pos, Type *sig, TypeList targs, Type *params, Operand *args, int nargs)
{
	Operand *small[8], **ptrs = nargs <= 8 ? small : xmalloc(sizeof *ptrs * (size_t)nargs);
	TypeList r;
	bool ok = false;
	int i;
	for (i = 0; i < nargs; i++)
		ptrs[i] = &args[i];
	r = infer_type_args(c, pos, sig->u.sig.tparams, targs, params, ptrs, nargs, &ok);
	if (ptrs != small)
		free(ptrs);
	if (!ok)
		r.v = NULL, r.n = -1;
	return r;
}

void check_func_inst(Checker *c, Operand *x, Expr *ix)
{
	ExprList xlist = index_list(ix);
	TypeList targs = check_type_list(c, xlist);
	Type *sig, *res;
	int got, want;

	if (targs.n < 0 || !targs.v) {
		x->mode = MODE_INVALID;
		x->expr = ix;
		return;
	}
	sig = x->type;
	got = targs.n;
	want = sig->u.sig.tparams.n;
	if (got > want) {
		check_errorf(c, syntax_start(xlist.v[got - 1]), "got %d type arguments but want %d", got, want);
		x->mode = MODE_INVALID;
		x->expr = ix;
		return;
	}
	if (got < want) {
		targs = infer(c, ix->pos, sig, targs, NULL, NULL, 0);
		if (targs.n < 0) {
			x->mode = MODE_INVALID;
			x->expr = ix;
			return;
		}
	}
	res = check_instantiate_signature(c, x->expr ? x->expr->pos : ix->pos, sig, targs, xlist);
	record_instance(c, inst_ident(ix), targs, res);
	x->type = res;
	x->mode = MODE_VALUE;
	x->expr = ix;
}

/* --- arguments ------------------------------------------------------------------- */

/* The type of parameter i of a call with nargs arguments (the variadic
 * parameter's element type for the extra arguments). */
static Type *param_type(Type *sig, int i, bool spread)
{
	int npars = sig->u.sig.params->u.tuple.n;
	if (sig->u.sig.variadic && !spread && i >= npars - 1) {
		Type *last = sig->u.sig.params->u.tuple.vars[npars - 1]->type;
		Type *u = type_under(last);
		return u && u->kind == TYPE_SLICE ? u->u.slice.elem : last;
	}
	return sig->u.sig.params->u.tuple.vars[i]->type;
}

/* The parameters as seen by nargs arguments: the variadic parameter
 * repeated once per extra argument (for inference). */
static Type *spread_params(Type *sig, int nargs)
{
	Object *last, **vars;
	int npars = sig->u.sig.params->u.tuple.n, i;
	vars = NEWARRAY(types_arena(), Object *, nargs ? nargs : 1);
	for (i = 0; i < npars - 1 && i < nargs; i++)
		vars[i] = sig->u.sig.params->u.tuple.vars[i];
	last = sig->u.sig.params->u.tuple.vars[npars - 1];
	for (; i < nargs; i++)
		vars[i] = new_param(last->pos, last->pkg, last->name, param_type(sig, i, false));
	return new_tuple(vars, nargs);
}

Type *check_arguments(Checker *c, Expr *call, Type *sig, TypeList targs, Operand *args, int nargs,
                      ExprList xlist)
{
	Type *rsig = sig, *params = sig->u.sig.params;
	int npars = type_tuple_len(params), i, ngeneric = 0, ntparams = 0;
	TypeList alltparams = {NULL, 0};
	bool ddd = call->u.call.ellipsis != NOPOS, adjusted = false;
	Expr *fun = call->u.call.fun;

	for (i = 0; i < nargs; i++) {
		if (args[i].mode == MODE_TYPEXPR) {
			check_errorf(c, operand_pos(&args[i]), "%O used as value", &args[i]);
			return rsig;
		}
		if (args[i].mode == MODE_INVALID)
			return rsig;
	}

	/* count rules:     plain call        f(a, b...)
	 *   plain func     nargs == npars    invalid
	 *   variadic func  nargs >= npars-1  nargs == npars */
	if (sig->u.sig.variadic) {
		if (ddd) {
			if (call->u.call.args.n == 1 && nargs > 1) {
				/* f(g()...) with a multi-valued g */
				check_errorf(c, syntax_start(call), "cannot use ... with %d-valued %E", nargs,
				             call->u.call.args.v[0]);
				return rsig;
			}
		} else if (nargs >= npars - 1) {
			adjusted = true;
			npars = nargs;
		} else {
			npars--;   /* for the message below */
		}
	} else if (ddd) {
		check_errorf(c, syntax_start(call), "cannot use ... in call to non-variadic %E", fun);
		return rsig;
	}

	if (nargs != npars) {
		Pos at = syntax_start(call);
		const char *q = "not enough";
		Type *small[8], **have, **want;
		int nwant = type_tuple_len(params);
		if (nargs > npars) {
			at = operand_pos(&args[npars]);   /* the first extra argument */
			q = "too many";
		} else if (nargs > 0) {
			at = operand_pos(&args[nargs - 1]);   /* the last argument */
		}
		have = nargs + nwant <= 8 ? small : xmalloc(sizeof *have * (size_t)(nargs + nwant));
		want = have + nargs;
		for (i = 0; i < nargs; i++)
			have[i] = args[i].type;
		for (i = 0; i < nwant; i++)
			want[i] = params->u.tuple.vars[i]->type;
		check_errorf(c, at, "%s arguments in call to %E\n\thave %s\n\twant %s", q, fun,
		             check_types_summary(c, have, nargs, false),
		             check_types_summary(c, want, nwant, sig->u.sig.variadic));
		if (have != small)
			free(have);
		return rsig;
	}

	/* generic functions among the arguments (go1.21): their type
	 * parameters are inferred with the callee's */
	for (i = 0; i < nargs; i++) {
		Type *at = args[i].type;
		if (at && at->kind == TYPE_SIGNATURE && at->u.sig.tparams.n > 0) {
			if (!ngeneric)
				ntparams = sig->u.sig.tparams.n;
			ngeneric++;
			ntparams += at->u.sig.tparams.n;
		}
	}
	if (ngeneric) {
		int k = sig->u.sig.tparams.n, j;
		alltparams.n = ntparams;
		alltparams.v = NEWARRAY(types_arena(), Type *, ntparams);
		for (j = 0; j < k; j++)
			alltparams.v[j] = sig->u.sig.tparams.v[j];
		for (i = 0; i < nargs; i++) {
			Type *at = args[i].type;
			if (at && at->kind == TYPE_SIGNATURE && at->u.sig.tparams.n > 0)
				for (j = 0; j < at->u.sig.tparams.n; j++)
					alltparams.v[k++] = at->u.sig.tparams.v[j];
		}
	}

	/* infer missing type arguments and instantiate */
	if (sig->u.sig.tparams.n > 0 || ngeneric) {
		Type *sparams = adjusted ? spread_params(sig, nargs) : params;
		TypeList all, mine;
		int n = sig->u.sig.tparams.n, k;
		if (ngeneric) {
			Operand *small[8], **ptrs = nargs <= 8 ? small : xmalloc(sizeof *ptrs * (size_t)nargs);
			bool ok = false;
			for (i = 0; i < nargs; i++)
				ptrs[i] = &args[i];
			all = infer_type_args_with(c, call->pos, alltparams, targs, sparams, ptrs, nargs, true, &ok);
			if (ptrs != small)
				free(ptrs);
			if (!ok)
				return rsig;   /* reported */
		} else {
			all = infer(c, call->pos, sig, targs, sparams, args, nargs);
			if (all.n < 0)
				return rsig;   /* reported */
		}
		mine.v = all.v;
		mine.n = n;
		if (n > 0) {
			rsig = check_instantiate_signature(c, call->pos, sig, mine, xlist);
			record_instance(c, inst_ident(fun), mine, rsig);
			if (adjusted) {
				SubstMap smap;
				smap.from = sig->u.sig.tparams;
				smap.to = mine;
				params = subst_type(c, call->pos, sparams, &smap);
			} else {
				params = rsig->u.sig.params;
			}
		} else {
			params = sparams;
		}
		/* the generic arguments, instantiated with what was inferred */
		k = n;
		for (i = 0; i < nargs; i++) {
			Type *at = args[i].type, *inst;
			TypeList theirs;
			if (!at || at->kind != TYPE_SIGNATURE || at->u.sig.tparams.n == 0)
				continue;
			theirs.v = all.v + k;
			theirs.n = at->u.sig.tparams.n;
			k += theirs.n;
			inst = check_instantiate_signature(c, call->pos, at, theirs, (ExprList){NULL, 0});
			record_instance(c, inst_ident(args[i].expr), theirs, inst);
			record_type_and_value(c, args[i].expr, MODE_VALUE, inst, NULL);
			args[i].type = inst;
		}
		for (i = 0; i < nargs; i++)
			check_assignment(c, &args[i], params->u.tuple.vars[i]->type,
			                 check_sprintf(c, "argument to %E", fun));
		return rsig;
	}

	if (nargs > 0) {
		const char *context = check_sprintf(c, "argument to %E", fun);
		for (i = 0; i < nargs; i++)
			check_assignment(c, &args[i], param_type(sig, i, !adjusted), context);
	}
	return rsig;
}

/* --- calls ------------------------------------------------------------------------ */

static const ExprClass builtin_class[NBUILTINS] = {
	[BUILTIN_APPEND] = CLASS_EXPRESSION, [BUILTIN_CAP] = CLASS_EXPRESSION,
	[BUILTIN_CLOSE] = CLASS_STATEMENT, [BUILTIN_COMPLEX] = CLASS_EXPRESSION,
	[BUILTIN_COPY] = CLASS_STATEMENT, [BUILTIN_DELETE] = CLASS_STATEMENT,
	[BUILTIN_IMAG] = CLASS_EXPRESSION, [BUILTIN_LEN] = CLASS_EXPRESSION,
	[BUILTIN_MAKE] = CLASS_EXPRESSION, [BUILTIN_NEW] = CLASS_EXPRESSION,
	[BUILTIN_PANIC] = CLASS_STATEMENT, [BUILTIN_PRINT] = CLASS_STATEMENT,
	[BUILTIN_PRINTLN] = CLASS_STATEMENT, [BUILTIN_REAL] = CLASS_EXPRESSION,
	[BUILTIN_RECOVER] = CLASS_STATEMENT,
	[BUILTIN_ADD] = CLASS_EXPRESSION, [BUILTIN_ALIGNOF] = CLASS_EXPRESSION,
	[BUILTIN_OFFSETOF] = CLASS_EXPRESSION, [BUILTIN_SIZEOF] = CLASS_EXPRESSION,
	[BUILTIN_SLICE] = CLASS_EXPRESSION,
	[BUILTIN_CLEAR] = CLASS_STATEMENT, [BUILTIN_MAX] = CLASS_EXPRESSION, [BUILTIN_MIN] = CLASS_EXPRESSION,
	[BUILTIN_SLICEDATA] = CLASS_EXPRESSION, [BUILTIN_STRING] = CLASS_EXPRESSION,
	[BUILTIN_STRINGDATA] = CLASS_EXPRESSION,
	[BUILTIN_ASSERT] = CLASS_STATEMENT, [BUILTIN_TRACE] = CLASS_STATEMENT,
};

static bool is_generic_operand(Operand *x)
{
	Type *t = x->type;
	return t && ((t->kind == TYPE_NAMED && is_generic(t)) ||
	             (t->kind == TYPE_SIGNATURE && t->u.sig.tparams.n > 0));
}

/* T(x) */
static ExprClass conversion_call(Checker *c, Operand *x, Expr *call)
{
	ExprList args = call->u.call.args;
	Type *t;
	if (is_generic_operand(x)) {
		check_errorf(c, operand_pos(x), "cannot use generic %s %E without instantiation",
		             x->type->kind == TYPE_NAMED ? "type" : "function", x->expr);
		x->mode = MODE_INVALID;
		x->type = typ_invalid;
		return CLASS_CONVERSION;
	}
	t = x->type;
	x->mode = MODE_INVALID;
	if (args.n == 0) {
		check_errorf(c, syntax_start(call), "missing argument in conversion to %T", t);
	} else if (args.n == 1) {
		check_expr(c, x, args.v[0]);
		if (x->mode != MODE_INVALID) {
			Type *u = type_under(t);
			if (u && u->kind == TYPE_INTERFACE && !is_typeparam(t) &&
			    !typeset_is_method_set(interface_type_set(c, NOPOS, u))) {
				check_errorf(c, syntax_start(call),
				             "cannot use interface %T in conversion (contains specific type constraints or is comparable)",
				             t);
			} else if (call->u.call.ellipsis != NOPOS) {
				check_errorf(c, syntax_start(args.v[0]), "invalid use of ... in type conversion to %T", t);
			} else {
				Type *src = x->type;
				check_conversion(c, x, t);
				if (x->mode != MODE_INVALID)
					check_notinheap_conversion(c, call, args.v[0], src, t);
			}
		}
	} else {
		check_use(c, args);
		check_errorf(c, syntax_start(args.v[args.n - 1]), "too many arguments in conversion to %T", t);
	}
	x->expr = call;
	return CLASS_CONVERSION;
}

ExprClass check_call(Checker *c, Operand *x, Expr *call)
{
	Expr *fun = call->u.call.fun, *ix = NULL;
	Type *sig, *rsig;
	TypeList targs = {NULL, 0};
	ExprList xlist = {NULL, 0};
	OperandList args;
	bool generic;
	int nres;

	if (fun->kind == EXPR_INDEX || fun->kind == EXPR_INDEXLIST) {
		/* f[T](args): instantiation waits for the arguments (inference) */
		if (check_index_expr(c, x, fun))
			ix = fun;
		x->expr = fun;
		record_operand(c, x);
	} else {
		check_expr_or_type(c, x, fun, true);
	}

	switch (x->mode) {
	case MODE_INVALID:
		check_use(c, call->u.call.args);
		x->expr = call;
		return CLASS_STATEMENT;
	case MODE_TYPEXPR:
		return conversion_call(c, x, call);
	case MODE_BUILTIN: {
		BuiltinId id = x->id;
		if (!check_builtin(c, x, call, id))
			x->mode = MODE_INVALID;
		x->expr = call;
		/* a non-constant result means a call happened */
		if (x->mode != MODE_INVALID && x->mode != MODE_CONSTANT)
			c->env.hascallorrecv = true;
		return builtin_class[id];
	}
	default:
		break;
	}

	/* a type parameter may be called when its types share one signature */
	sig = type_core(x->type);
	if (!sig || sig->kind != TYPE_SIGNATURE) {
		check_errorf(c, operand_pos(x), "invalid operation: cannot call non-function %O", x);
		x->mode = MODE_INVALID;
		x->expr = call;
		return CLASS_STATEMENT;
	}

	if (ix) {
		xlist = index_list(ix);
		targs = check_type_list(c, xlist);
		if (targs.n < 0 || !targs.v) {
			check_use(c, call->u.call.args);
			x->mode = MODE_INVALID;
			x->expr = call;
			return CLASS_STATEMENT;
		}
		if (targs.n > sig->u.sig.tparams.n) {
			check_errorf(c, syntax_start(xlist.v[sig->u.sig.tparams.n]), "got %d type arguments but want %d",
			             targs.n, sig->u.sig.tparams.n);
			check_use(c, call->u.call.args);
			x->mode = MODE_INVALID;
			x->expr = call;
			return CLASS_STATEMENT;
		}
	}

	expr_list(c, &args, call->u.call.args, false,
	          release_has(FEAT_INFER_21) && check_allow_version(c, c->pkg, 1, 21));
	generic = sig->u.sig.tparams.n > 0;
	rsig = check_arguments(c, call, sig, targs, args.v, args.n, xlist);
	operand_list_free(&args);
	/* the function expression now has its instantiated type */
	if (generic && rsig->u.sig.tparams.n == 0)
		record_type_and_value(c, fun, MODE_VALUE, rsig, NULL);

	nres = type_tuple_len(rsig->u.sig.results);
	if (nres == 0) {
		x->mode = MODE_NOVALUE;
	} else if (nres == 1) {
		x->mode = MODE_VALUE;
		x->type = rsig->u.sig.results->u.tuple.vars[0]->type;
	} else {
		x->mode = MODE_VALUE;
		x->type = rsig->u.sig.results;
	}
	x->expr = call;
	c->env.hascallorrecv = true;
	/* inference failed: a result mentioning type parameters is unusable */
	if (x->mode == MODE_VALUE && rsig->u.sig.tparams.n > 0 && is_parameterized(rsig->u.sig.tparams, x->type))
		x->mode = MODE_INVALID;
	return CLASS_STATEMENT;
}

/* --- selectors ------------------------------------------------------------------- */

static const char *const cgo_prefixes[] = {
	"_Ciconst_", "_Cfconst_", "_Csconst_", "_Ctype_", "_Cvar_", "_Cfpvar_fp_", "_Cfunc_", "_Cmacro_",
};

/* pkg.Name: everything is resolved here, so operands need no package mode */
static void qualified_ident(Checker *c, Operand *x, Expr *e, Object *pname)
{
	Expr *ident = e->u.selector.x, *selx = e->u.selector.sel;
	Pkg *pkg = pname->u.pkgname.imported;
	const char *sel = selx->u.ident.name;
	Object *exp = NULL;

	record_use(c, ident, pname);
	pname->u.pkgname.used = true;

	if (pkg->cgo) {
		/* cgo objects live in this package (_cgo_gotypes.go) under prefixed names */
		int i;
		if (strcmp(sel, "malloc") == 0)
			sel = "_CMalloc";
		for (i = 0; i < NELEM(cgo_prefixes) && !exp; i++) {
			const char *name = intern_cstr(arena_printf(types_arena(), "%s%s", cgo_prefixes[i], sel));
			exp = scope_lookup_parent(c->env.scope, name, c->env.pos, NULL);
		}
		if (!exp) {
			check_errorf(c, syntax_start(selx), "%s not declared by package C", sel);
			goto error;
		}
		obj_decl(c, exp, NULL);
	} else {
		exp = scope_lookup(pkg->scope, sel);
		if (!exp) {
			if (!pkg->fake)
				check_errorf(c, syntax_start(selx), "undefined: %s.%s", pkg->name, sel);
			goto error;
		}
		/* gc imports only what a package exports: anything else is undefined */
		if (!obj_exported(exp)) {
			check_errorf(c, syntax_start(selx), "undefined: %s.%s", pkg->name, sel);
			goto error;
		}
	}
	record_use(c, selx, exp);

	/* imported objects are complete */
	switch (exp->kind) {
	case OBJ_CONST:
		x->mode = MODE_CONSTANT;
		x->type = exp->type;
		x->val = exp->u.cnst.val;
		break;
	case OBJ_TYPENAME:
		x->mode = MODE_TYPEXPR;
		x->type = exp->type;
		break;
	case OBJ_VAR:
		x->mode = MODE_VARIABLE;
		x->type = exp->type;
		if (pkg->cgo && strncmp(exp->name, "_Cvar_", 6) == 0 && exp->type && exp->type->kind == TYPE_POINTER)
			x->type = exp->type->u.pointer.elem;
		break;
	case OBJ_FUNC:
		x->mode = MODE_VALUE;
		x->type = exp->type;
		if (pkg->cgo && strncmp(exp->name, "_Cmacro_", 8) == 0 && exp->type &&
		    type_tuple_len(exp->type->u.sig.results) > 0)
			x->type = exp->type->u.sig.results->u.tuple.vars[0]->type;
		break;
	case OBJ_BUILTIN:
		x->mode = MODE_BUILTIN;
		x->type = exp->type;
		x->id = exp->u.builtin.id;
		break;
	default:
		BUG("unexpected object %s in package scope", obj_kind_name(exp->kind));
	}
	x->expr = e;
	return;
error:
	x->mode = MODE_INVALID;
	x->expr = e;
}

/* A method's signature without its receiver, shared by all its method
 * values (types are compared structurally; the cache lives as long as
 * the types arena, i.e. the process). */
static PtrMap recvless;

static Type *without_recv(Type *sig)
{
	Type *t = ptrmap_get(&recvless, sig);
	if (t)
		return t;
	t = new_type(TYPE_SIGNATURE);
	t->u.sig = sig->u.sig;
	t->u.sig.recv = NULL;
	ptrmap_put(&recvless, sig, t);
	return t;
}

/* T.m: a function whose first parameter is the receiver */
static bool method_expr(Checker *c, Operand *x, Expr *e, Object *m, int *index, int nindex, bool indirect)
{
	Type *sig = m->type, *t;
	Object *recv, **params;
	int n, i;
	const char *name = "";

	record_selection(c, e, SEL_METHODEXPR, x->type, m, index, nindex, indirect);
	if (!sig || sig->kind != TYPE_SIGNATURE || !sig->u.sig.recv) {
		check_errorf(c, syntax_start(e), "illegal cycle in method declaration");
		return false;
	}
	recv = sig->u.sig.recv;
	n = type_tuple_len(sig->u.sig.params);
	/* name the receiver when the parameters are named, for consistent printing */
	if (n > 0 && sig->u.sig.params->u.tuple.vars[0]->name[0])
		name = recv->name[0] ? recv->name : "_";
	params = NEWARRAY(types_arena(), Object *, n + 1);
	params[0] = new_var(recv->pos, recv->pkg, name, x->type);
	for (i = 0; i < n; i++)
		params[i + 1] = sig->u.sig.params->u.tuple.vars[i];
	t = new_signature(NULL, new_tuple(params, n + 1), sig->u.sig.results, sig->u.sig.variadic);
	t->u.sig.tparams = sig->u.sig.tparams;
	x->mode = MODE_VALUE;
	x->type = t;
	check_add_decl_dep(c, m);
	return true;
}

/* "type T has no field or method f", with a hint when F exists */
static const char *missing_why(Checker *c, Operand *x, const char *sel)
{
	const char *why;
	char first = sel[0];
	if (is_interface_ptr(x->type))
		return interface_ptr_error(c, x->type);
	why = check_sprintf(c, "type %T has no field or method %s", x->type, sel);
	if ((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z')) {
		char *alt = arena_strndup(types_arena(), sel, strlen(sel));
		alt[0] = first >= 'a' ? (char)(first - 'a' + 'A') : (char)(first - 'A' + 'a');
		if (lookup_field_or_method(x->type, x->mode == MODE_VARIABLE, c->pkg, intern_cstr(alt), NULL, NULL, NULL,
		                           NULL))
			why = check_sprintf(c, "%s, but does have %s", why, alt);
	}
	return why;
}

void check_selector(Checker *c, Operand *x, Expr *e, Type *def, bool wantType)
{
	Expr *xe = e->u.selector.x, *selx = e->u.selector.sel;
	const char *sel = selx->u.ident.name;
	Object *obj;
	int *index = NULL, nindex = 0;
	bool indirect = false, ambiguous = false;

	(void)wantType;
	if (xe->kind == EXPR_IDENT) {
		Object *o = scope_lookup_parent(c->env.scope, xe->u.ident.name, c->env.pos, NULL);
		if (o && o->kind == OBJ_PKGNAME) {
			qualified_ident(c, x, e, o);
			return;
		}
	}

	check_expr_or_type(c, x, xe, false);
	switch (x->mode) {
	case MODE_TYPEXPR:
		/* type T T.x */
		if (def && x->type == def) {
			Object *o = def->u.named.obj;
			check_cycle_error(c, &o, 1);
			goto error;
		}
		break;
	case MODE_BUILTIN:
		check_errorf(c, e->pos, "cannot select on %O", x);
		goto error;
	case MODE_INVALID:
		goto error;
	default:
		break;
	}

	obj = lookup_field_or_method(x->type, x->mode == MODE_VARIABLE, c->pkg, sel, &index, &nindex, &indirect,
	                             &ambiguous);
	if (!obj) {
		/* no second error for an invalid type */
		if (type_under(x->type) == typ_invalid)
			goto error;
		if (ambiguous) {
			check_errorf(c, syntax_start(selx), "ambiguous selector %E.%s", x->expr, sel);
			goto error;
		}
		if (indirect) {
			check_errorf(c, syntax_start(selx), "cannot call pointer method %s on %T", sel, x->type);
			goto error;
		}
		check_errorf(c, syntax_start(selx), "%E.%s undefined (%s)", x->expr, sel, missing_why(c, x, sel));
		goto error;
	}

	/* a method's signature may not be set up yet */
	if (obj->kind == OBJ_FUNC)
		obj_decl(c, obj, NULL);

	if (x->mode == MODE_TYPEXPR) {
		if (obj->kind != OBJ_FUNC) {
			check_errorf(c, syntax_start(selx), "%E.%s undefined (type %T has no method %s)", x->expr, sel,
			             x->type, sel);
			goto error;
		}
		if (!method_expr(c, x, e, obj, index, nindex, indirect))
			goto error;
	} else if (obj->kind == OBJ_VAR) {
		record_selection(c, e, SEL_FIELDVAL, x->type, obj, index, nindex, indirect);
		x->mode = x->mode == MODE_VARIABLE || indirect ? MODE_VARIABLE : MODE_VALUE;
		x->type = obj->type;
	} else {
		record_selection(c, e, SEL_METHODVAL, x->type, obj, index, nindex, indirect);
		x->mode = MODE_VALUE;
		x->type = obj->type && obj->type->kind == TYPE_SIGNATURE ? without_recv(obj->type) : obj->type;
		check_add_decl_dep(c, obj);
	}
	x->expr = e;
	return;

error:
	x->mode = MODE_INVALID;
	x->expr = e;
}
