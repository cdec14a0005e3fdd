/* assign.c: assignments and initializations (spec: Assignability,
 * Assignment statements, Short variable declarations, Variable
 * declarations, Return statements).
 *
 * Untyped values take the type of what they are assigned to (or their
 * default type); mismatched counts are reported with gc's wording
 * ("assignment mismatch: 2 variables but f returns 1 value"). */
#include <string.h>

#include "check.h"

static bool is_nil_type(Type *t)
{
	return t == typ_basic[KIND_UNTYPED_NIL];
}

void check_assignment(Checker *c, Operand *x, Type *t, const char *context)
{
	check_single_value(c, x);
	switch (x->mode) {
	case MODE_INVALID:
		return;
	case MODE_CONSTANT: case MODE_VARIABLE: case MODE_MAPINDEX: case MODE_VALUE: case MODE_COMMAOK:
		break;
	default:
		/* a type, a builtin, no value... */
		check_errorf(c, operand_pos(x), "cannot assign %O to %T in %s", x, t, context);
		x->mode = MODE_INVALID;
		return;
	}

	if (is_untyped(x->type)) {
		Type *target = t, *nt;
		Const *val;
		ConvCode code;
		/* without a type, or into an interface, a value takes its default type */
		if (!t || is_nonparam_interface(t)) {
			/* the value nil, not a variable of its type (a type switch's) */
			if (!t && x->mode == MODE_VALUE && is_nil_type(x->type)) {
				check_errorf(c, operand_pos(x), "use of untyped nil in %s", context);
				x->mode = MODE_INVALID;
				return;
			}
			target = default_type(x->type);
		}
		nt = implicit_type_and_value(c, x, target, &val, &code);
		if (!nt) {
			const char *msg = check_sprintf(c, "cannot use %O as %T value in %s", x, target, context);
			if (code == CONV_TRUNCATED)
				msg = check_sprintf(c, "%s (truncated)", msg);
			else if (code == CONV_OVERFLOWS)
				msg = check_sprintf(c, "%s (overflows)", msg);
			check_errorf(c, operand_pos(x), "%s", msg);
			x->mode = MODE_INVALID;
			return;
		}
		if (val) {
			x->val = val;
			update_expr_val(c, x->expr, val);
		}
		if (nt != x->type) {
			x->type = nt;
			update_expr_type(c, x->expr, nt, false);
		}
	}

	/* a generic function must be instantiated before it is a value */
	{
		Type *u = type_under(x->type);
		if (u && u->kind == TYPE_SIGNATURE && u->u.sig.tparams.n > 0)
			check_errorf(c, operand_pos(x), "cannot use generic function %O without instantiation in %s", x, context);
	}
	if (!t)
		return;
	{
		const char *reason = NULL;
		if (!operand_assignable_to(c, x, t, &reason)) {
			if (reason && *reason)
				check_errorf(c, operand_pos(x), "cannot use %O as type %T in %s:\n\t%s", x, t, context, reason);
			else
				check_errorf(c, operand_pos(x), "cannot use %O as type %T in %s", x, t, context);
			x->mode = MODE_INVALID;
		}
	}
}

void init_const(Checker *c, Object *lhs, Operand *x)
{
	if (x->mode == MODE_INVALID || x->type == typ_invalid || lhs->type == typ_invalid) {
		if (!lhs->type)
			lhs->type = typ_invalid;
		return;
	}
	/* rhs must be a constant */
	if (x->mode != MODE_CONSTANT) {
		check_errorf(c, operand_pos(x), "%O is not constant", x);
		if (!lhs->type)
			lhs->type = typ_invalid;
		return;
	}
	ASSERT(is_const_type(x->type));
	/* an untyped lhs takes the rhs type */
	if (!lhs->type)
		lhs->type = x->type;
	check_assignment(c, x, lhs->type, "constant declaration");
	if (x->mode == MODE_INVALID)
		return;
	lhs->u.cnst.val = x->val;
}

/* Returns the type assigned, or NULL if the initialization failed. */
static Type *init_var1(Checker *c, Object *lhs, Operand *x, const char *context)
{
	if (x->mode == MODE_INVALID || x->type == typ_invalid || lhs->type == typ_invalid) {
		if (!lhs->type)
			lhs->type = typ_invalid;
		lhs->u.var.used = true;   /* no follow-on "declared but not used" */
		return NULL;
	}
	/* an untyped lhs takes the (default) rhs type */
	if (!lhs->type) {
		Type *typ = x->type;
		if (is_untyped(typ)) {
			if (is_nil_type(typ)) {
				check_errorf(c, operand_pos(x), "use of untyped nil in %s", context);
				lhs->type = typ_invalid;
				return NULL;
			}
			typ = default_type(typ);
		}
		lhs->type = typ;
	}
	check_assignment(c, x, lhs->type, context);
	if (x->mode == MODE_INVALID) {
		lhs->u.var.used = true;
		return NULL;
	}
	return x->type;
}

void init_var(Checker *c, Object *lhs, Operand *x, const char *context)
{
	init_var1(c, lhs, x, context);
}

static Object *lookup_var_here(Checker *c, Expr *ident)
{
	Object *obj = scope_lookup_parent(c->env.scope, ident->u.ident.name, c->env.pos, NULL);
	if (obj && obj->kind == OBJ_VAR && obj->pkg == c->pkg)
		return obj;
	return NULL;
}

/* Returns the type assigned, or NULL if the assignment failed. */
Type *assign_var(Checker *c, Expr *lhs, Operand *x)
{
	Expr *ident = ast_unparen(lhs);
	Object *v = NULL;
	bool vused = false;
	Operand z;

	if (x->mode == MODE_INVALID || x->type == typ_invalid) {
		check_use_expr(c, lhs);
		return NULL;
	}
	if (ident->kind != EXPR_IDENT)
		ident = NULL;
	/* the blank identifier takes any value */
	if (ident && strcmp(ident->u.ident.name, "_") == 0) {
		record_def(c, ident, NULL);
		check_assignment(c, x, NULL, "assignment to _ identifier");
		return x->mode == MODE_INVALID ? NULL : x->type;
	}
	/* assigning to a variable does not use it: keep its "used" mark */
	if (ident && (v = lookup_var_here(c, ident)))
		vused = v->u.var.used;
	check_expr(c, &z, lhs);
	if (v)
		v->u.var.used = vused;
	if (z.mode == MODE_INVALID || z.type == typ_invalid)
		return NULL;
	/* spec: the lhs is addressable, a map index expression, or blank */
	if (z.mode != MODE_VARIABLE && z.mode != MODE_MAPINDEX) {
		if (z.expr && z.expr->kind == EXPR_SELECTOR) {
			Operand op;
			check_expr(c, &op, z.expr->u.selector.x);
			if (op.mode == MODE_MAPINDEX) {
				check_errorf(c, operand_pos(&z), "cannot assign to struct field %s in map", expr_string(z.expr));
				return NULL;
			}
		}
		check_errorf(c, operand_pos(&z), "cannot assign to %O", &z);
		return NULL;
	}
	check_assignment(c, x, z.type, "assignment");
	return x->mode == MODE_INVALID ? NULL : x->type;
}

/* --- counts ------------------------------------------------------------------- */

static const char *measure(Checker *c, int n, const char *unit)
{
	return check_sprintf(c, "%d %s%s", n, unit, n == 1 ? "" : "s");
}

/* "(int, string)", with "number" for untyped numbers: how gc summarizes
 * the values and variables of a mismatched return. */
static const char *types_summary(Checker *c, Type **list, int n)
{
	Buf b = {0};
	const char *s;
	int i;
	buf_putc(&b, '(');
	for (i = 0; i < n; i++) {
		Type *t = list[i];
		if (i > 0)
			buf_puts(&b, ", ");
		if (!t || t == typ_invalid)
			buf_puts(&b, "<T>");
		else if (is_untyped(t)) {
			if (is_numeric(t))
				buf_puts(&b, "number");
			else
				buf_puts(&b, t->u.basic.name + strlen("untyped "));
		} else
			type_write(&b, t, check_qualifier, c);
	}
	buf_putc(&b, ')');
	s = arena_strndup(c->arena, b.s, b.n);
	buf_free(&b);
	return s;
}

static void assign_error(Checker *c, ExprList rhs, int nvars, int nvals)
{
	const char *vars = measure(c, nvars, "variable"), *vals = measure(c, nvals, "value");
	Expr *rhs0 = rhs.v[0];
	if (rhs.n == 1) {
		Expr *call = ast_unparen(rhs0);
		if (call->kind == EXPR_CALL) {
			check_errorf(c, expr_start_pos(rhs0), "assignment mismatch: %s but %s returns %s", vars,
			             expr_string(call->u.call.fun), vals);
			return;
		}
	}
	check_errorf(c, expr_start_pos(rhs0), "assignment mismatch: %s but %s", vars, vals);
}

static void return_count_error(Checker *c, Object **lhs, int nlhs, OperandList *rhs, Stmt *ret)
{
	Pos at = stmt_start_pos(ret);
	const char *qualifier = "not enough";
	Type **have = NEWARRAY(c->arena, Type *, rhs->n ? rhs->n : 1);
	Type **want = NEWARRAY(c->arena, Type *, nlhs ? nlhs : 1);
	int i;
	if (rhs->n > nlhs) {
		at = operand_pos(&rhs->v[nlhs]);   /* the first extra value */
		qualifier = "too many";
	} else if (rhs->n > 0) {
		at = operand_pos(&rhs->v[rhs->n - 1]);   /* the last value */
	}
	for (i = 0; i < rhs->n; i++)
		have[i] = rhs->v[i].type;
	for (i = 0; i < nlhs; i++)
		want[i] = lhs[i]->type;
	check_errorf(c, at, "%s return values\n\thave %s\n\twant %s", qualifier, types_summary(c, have, rhs->n),
	             types_summary(c, want, nlhs));
}

/* --- initializations and assignments ------------------------------------------------ */

void init_vars(Checker *c, Object **lhs, int nlhs, ExprList orig_rhs, Stmt *returnstmt)
{
	OperandList rhs;
	const char *context = returnstmt ? "return statement" : "assignment";
	int i;

	check_expr_list(c, &rhs, orig_rhs, nlhs == 2 && !returnstmt);
	if (nlhs != rhs.n) {
		for (i = 0; i < nlhs; i++) {
			lhs[i]->u.var.used = true;   /* no "declared but not used" as well */
			if (!lhs[i]->type)
				lhs[i]->type = typ_invalid;
		}
		for (i = 0; i < rhs.n; i++)
			if (rhs.v[i].mode == MODE_INVALID)
				goto out;
		if (returnstmt)
			return_count_error(c, lhs, nlhs, &rhs, returnstmt);
		else
			assign_error(c, orig_rhs, nlhs, rhs.n);
		goto out;
	}
	if (rhs.commaok) {
		Type *a[2];
		for (i = 0; i < 2; i++)
			a[i] = init_var1(c, lhs[i], &rhs.v[i], context);
		record_comma_ok_types(c, orig_rhs.v[0], a[0], a[1]);
		goto out;
	}
	{
		bool ok = true;
		for (i = 0; i < nlhs; i++)
			if (!init_var1(c, lhs[i], &rhs.v[i], context))
				ok = false;
		/* a failed initialization leaves no "declared but not used" behind */
		if (!ok)
			for (i = 0; i < nlhs; i++)
				lhs[i]->u.var.used = true;
	}
out:
	operand_list_free(&rhs);
}

void assign_vars(Checker *c, ExprList lhs, ExprList orig_rhs)
{
	OperandList rhs;
	int i;

	check_expr_list(c, &rhs, orig_rhs, lhs.n == 2);
	if (lhs.n != rhs.n) {
		check_use(c, lhs);
		for (i = 0; i < rhs.n; i++)
			if (rhs.v[i].mode == MODE_INVALID)
				goto out;
		assign_error(c, orig_rhs, lhs.n, rhs.n);
		goto out;
	}
	if (rhs.commaok) {
		Type *a[2];
		for (i = 0; i < 2; i++)
			a[i] = assign_var(c, lhs.v[i], &rhs.v[i]);
		record_comma_ok_types(c, orig_rhs.v[0], a[0], a[1]);
		goto out;
	}
	{
		bool ok = true;
		for (i = 0; i < lhs.n; i++)
			if (!assign_var(c, lhs.v[i], &rhs.v[i]))
				ok = false;
		/* a failed assignment marks its variables used, without
		 * evaluating them again */
		if (!ok) {
			for (i = 0; i < lhs.n; i++) {
				Expr *id = ast_unparen(lhs.v[i]);
				Object *v;
				if (id->kind == EXPR_IDENT && (v = lookup_var_here(c, id)))
					v->u.var.used = true;
			}
		}
	}
out:
	operand_list_free(&rhs);
}

void short_var_decl(Checker *c, Stmt *s, ExprList lhs, ExprList rhs)
{
	int top = c->ndelayed, i, nnew = 0;
	Scope *scope = c->env.scope;
	PtrMap seen = {0};
	Object **lhsvars = NEWARRAY(c->tmp, Object *, lhs.n ? lhs.n : 1);
	Object **newvars = NEWARRAY(c->tmp, Object *, lhs.n ? lhs.n : 1);
	bool haserr = false;
	Pos scopepos;

	for (i = 0; i < lhs.n; i++) {
		Expr *e = lhs.v[i];
		const char *name;
		Object *alt, *obj;
		if (e->kind != EXPR_IDENT) {
			check_use_expr(c, e);
			check_errorf(c, expr_start_pos(e), "non-name %s on left side of :=", expr_string(e));
			haserr = true;
			continue;
		}
		name = e->u.ident.name;
		if (strcmp(name, "_") != 0) {
			if (ptrmap_get(&seen, name)) {
				check_errorf(c, e->pos, "%s repeated on left side of :=", name);
				haserr = true;
				continue;
			}
			ptrmap_put(&seen, name, e);
		}
		/* redeclared in this scope: an assignment to the old variable */
		if ((alt = scope_lookup(scope, name))) {
			record_use(c, e, alt);
			if (alt->kind == OBJ_VAR) {
				lhsvars[i] = alt;
			} else {
				check_errorf(c, e->pos, "cannot assign to %s", name);
				haserr = true;
			}
			continue;
		}
		obj = new_var(e->pos, c->pkg, name, NULL);
		lhsvars[i] = obj;
		if (strcmp(name, "_") != 0)
			newvars[nnew++] = obj;
		record_def(c, e, obj);
	}
	ptrmap_free(&seen);
	/* stand-ins for the erroneous ones, so the counts still match */
	for (i = 0; i < lhs.n; i++)
		if (!lhsvars[i])
			lhsvars[i] = new_var(lhs.v[i]->pos, c->pkg, "_", NULL);

	init_vars(c, lhsvars, lhs.n, rhs, NULL);
	/* function literals in rhs see the scope before the declaration */
	check_process_delayed(c, top);

	if (nnew == 0 && !haserr) {
		check_softerrorf(c, s->pos, "no new variables on left side of :=");
		return;
	}
	/* spec: the scope of the new variables begins after the declaration */
	scopepos = rhs.n > 0 ? ast_expr_end(rhs.v[rhs.n - 1]) : s->pos;
	for (i = 0; i < nnew; i++)
		declare_obj(c, scope, NULL, newvars[i], scopepos);
}
