/* signature.c: function types, parameters and receivers (spec: Function
 * types, Method declarations).
 *
 * A signature opens the function's scope. Its receiver may name type
 * parameters of a generic base type (func (r T[P]) m()); they are
 * declared afresh for the method, with the base type's bounds renamed
 * to them. Parameters are declared in a temporary scope that is merged
 * into the function scope at the end, so that they cannot be seen by
 * the parameter types. */
#include <string.h>

#include "check.h"

/* Declares the parameters of list in scope; returns them, and in
 * *variadic whether the last one is ...T (only where variadicok). */
static Object **collect_params(Checker *c, Scope *scope, FieldList *list, bool variadicok, bool *variadic, int *n)
{
	Object **params;
	int i, j, count = 0, k = 0;

	*variadic = false;
	*n = 0;
	if (!list)
		return NULL;
	for (i = 0; i < list->n; i++)
		count += list->list[i]->names.n ? list->list[i]->names.n : 1;
	params = NEWARRAY(c->arena, Object *, count ? count : 1);
	for (i = 0; i < list->n; i++) {
		Field *f = list->list[i];
		Expr *ftype = f->type;
		Type *typ;
		if (ftype->kind == EXPR_ELLIPSIS) {
			Expr *dots = ftype;
			ftype = dots->u.ellipsis.elt;
			if (variadicok && i == list->n - 1 && f->names.n <= 1)
				*variadic = true;
			else
				check_softerrorf(c, dots->pos, "can only use ... with final parameter in list");
			if (!ftype) {
				/* "..." alone: reported by the parser */
				typ = typ_invalid;
				goto declare;
			}
		}
		typ = check_var_type(c, ftype);
	declare:
		if (f->names.n > 0) {
			for (j = 0; j < f->names.n; j++) {
				Expr *name = f->names.v[j];
				Object *par = new_param(name->pos, c->pkg, name->u.ident.name, typ);
				declare_obj(c, scope, name, par, scope->pos);
				params[k++] = par;
			}
		} else {
			Object *par = new_param(ftype ? ast_expr_start(ftype) : f->type->pos, c->pkg, "", typ);
			if (f->type->kind == EXPR_ELLIPSIS)
				par->u.var.dots = f->type->pos;
			params[k++] = par;
		}
	}
	/* ...T is a []T; the "...T" node is recorded as that type too */
	if (*variadic) {
		Object *last = params[k - 1];
		last->type = new_slice(last->type);
		record_type_and_value(c, list->list[list->n - 1]->type, MODE_TYPEXPR, last->type, NULL);
	}
	*n = k;
	return params;
}

typedef struct RecvCheck {
	Object *recv;
	Type *sig;
} RecvCheck;

/* spec: the receiver base type T (of T or *T) is a defined type of this
 * package, neither a pointer nor an interface. Checked late: looking at
 * it may expand types it depends on. */
static void valid_receiver_later(Checker *c, void *arg)
{
	RecvCheck *rc = arg;
	Object *recv = rc->recv;
	Type *rtyp = type_deref(recv->type, NULL);
	if (rtyp == typ_invalid)
		return;
	switch (rtyp->kind) {
	case TYPE_NAMED: {
		const char *cause = NULL;
		Type *u;
		if (rtyp->u.named.orig != rtyp && rc->sig->u.sig.rparams.n == 0) {
			check_errorf(c, recv->pos, "cannot define new methods on instantiated type %T", rtyp);
			break;
		}
		if (rtyp->u.named.obj->pkg != c->pkg) {
			check_errorf(c, recv->pos, "cannot define new methods on non-local type %T", rtyp);
			break;
		}
		u = type_under(rtyp);
		switch (u->kind) {
		case TYPE_BASIC:
			if (u->u.basic.kind == KIND_UNSAFEPOINTER)
				cause = "unsafe.Pointer";
			break;
		case TYPE_POINTER: case TYPE_INTERFACE:
			cause = "pointer or interface type";
			break;
		default:
			break;
		}
		if (cause)
			check_errorf(c, recv->pos, "invalid receiver type %T (%s)", rtyp, cause);
		break;
	}
	case TYPE_BASIC:
		check_errorf(c, recv->pos, "cannot define new methods on non-local type %T", rtyp);
		break;
	default:
		check_errorf(c, recv->pos, "invalid receiver type %T", recv->type);
		break;
	}
}

/* The type parameters a generic receiver declares: func (r T[A, B]). */
static void receiver_type_params(Checker *c, Type *sig, FieldList *recv)
{
	bool ptr;
	ExprList rparams = {0};
	Expr *rname = unpack_recv(c, recv->list[0]->type, true, &ptr, &rparams);
	TypeList tparams, recvtparams = {0};
	int i;

	if (rparams.n == 0)
		return;
	tparams.v = NEWARRAY(c->arena, Type *, rparams.n);
	tparams.n = rparams.n;
	for (i = 0; i < rparams.n; i++) {
		tparams.v[i] = declare_type_param(c, rparams.v[i]);
		tparams.v[i]->u.tparam.index = i;
	}
	sig->u.sig.rparams = tparams;
	/* blank names are not declared; ident finds them here */
	for (i = 0; i < rparams.n; i++)
		if (strcmp(rparams.v[i]->u.ident.name, "_") == 0)
			ptrmap_put(&c->recvtparams, rparams.v[i], tparams.v[i]);

	/* the base type's bounds, renamed to the receiver's parameters; its
	 * errors are reported when the receiver type itself is checked */
	if (rname) {
		Type *base = check_generic_type(c, rname, NULL);
		if (base->kind == TYPE_NAMED)
			recvtparams = named_tparams(base);
	}
	if (tparams.n == recvtparams.n) {
		SubstMap smap;
		smap.from = recvtparams;
		smap.to = tparams;
		for (i = 0; i < tparams.n; i++) {
			Type *tp = tparams.v[i];
			tp->u.tparam.bound = subst_type(c, tp->u.tparam.obj->pos, recvtparams.v[i]->u.tparam.bound, &smap);
		}
	} else if (tparams.n < recvtparams.n) {
		check_errorf(c, ast_field_start(recv->list[0]), "got %d type parameter%s, but receiver base type declares %d",
		             tparams.n, tparams.n == 1 ? "" : "s", recvtparams.n);
	}
}

void check_func_type(Checker *c, Type *sig, FieldList *recvpar, Expr *ftyp)
{
	Scope *scope, *tmp;
	Object **recvs = NULL, **params, **results;
	int nrecv = 0, nparams, nresults, i;
	bool variadic, dummy;
	FieldList *tparams = ftyp->u.functype.tparams;

	check_open_scope(c, ast_expr_start(ftyp), ast_expr_end(ftyp), "function");
	scope = c->env.scope;
	scope->isfunc = true;
	sig->u.sig.scope = scope;

	/* gc's parser keeps only the first of several receivers (and has
	 * reported the others) */
	if (recvpar && (recvpar->n > 1 || (recvpar->n == 1 && recvpar->list[0]->names.n > 1))) {
		FieldList *one = NEW(c->tmp, FieldList);
		Field *f = NEW(c->tmp, Field);
		*f = *recvpar->list[0];
		if (f->names.n > 1)
			f->names.n = 1;
		*one = *recvpar;
		one->list = NEWARRAY(c->tmp, Field *, 1);
		one->list[0] = f;
		one->n = 1;
		recvpar = one;
	}
	if (recvpar && recvpar->n > 0)
		receiver_type_params(c, sig, recvpar);
	if (tparams && tparams->n > 0)
		collect_type_params(c, &sig->u.sig.tparams, tparams);

	/* parameters are visible only in the body: declare them aside */
	tmp = NEW(c->tmp, Scope);
	tmp->comment = "function body (temp. scope)";
	if (recvpar)
		recvs = collect_params(c, tmp, recvpar, false, &dummy, &nrecv);
	params = collect_params(c, tmp, ftyp->u.functype.params, true, &variadic, &nparams);
	results = collect_params(c, tmp, ftyp->u.functype.results, false, &dummy, &nresults);
	for (i = 0; i < tmp->norder; i++) {
		Object *obj = tmp->order[i], *alt;
		obj->parent = NULL;
		if ((alt = scope_insert(scope, obj)))
			check_error_alt(c, obj->pos, check_sprintf(c, "%s redeclared in this block", obj->name), alt);
	}
	ptrmap_free(&tmp->elems);

	if (recvpar) {
		/* spec: the receiver section declares exactly one parameter */
		Object *recv;
		RecvCheck *rc;
		if (nrecv == 0) {
			recv = new_param(NOPOS, NULL, "", typ_invalid);   /* reported by the parser */
		} else {
			if (nrecv > 1)
				check_errorf(c, recvs[nrecv - 1]->pos, "method must have exactly one receiver");
			recv = recvs[0];
		}
		sig->u.sig.recv = recv;
		rc = NEW(c->tmp, RecvCheck);
		rc->recv = recv;
		rc->sig = sig;
		check_later(c, valid_receiver_later, rc);
	}
	sig->u.sig.params = new_tuple(params, nparams);
	sig->u.sig.results = new_tuple(results, nresults);
	sig->u.sig.variadic = variadic;
	check_close_scope(c);
}
