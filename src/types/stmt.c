/* stmt.c: function bodies and statements (spec: Statements).
 *
 * Each statement is checked in its scope; blocks, if, for, switch and
 * select open scopes of their own (recorded on the statement). Function
 * literals met in a statement are checked at its end, before the scope
 * can change. After a body: its branches and labels (labels.c), a
 * missing return (return.c) and variables declared but not used. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* What control flow a statement may use, and where it is. */
enum {
	BREAK_OK = 1 << 0,
	CONTINUE_OK = 1 << 1,
	FALLTHROUGH_OK = 1 << 2,
	FINAL_SWITCH_CASE = 1 << 3,
	IN_TYPE_SWITCH = 1 << 4,
};

static void stmt(Checker *c, int ctxt, Stmt *s);
static void stmt_list(Checker *c, int ctxt, StmtList list);

/* --- scopes -------------------------------------------------------------------- */

void check_open_scope(Checker *c, Pos pos, Pos end, const char *comment)
{
	c->env.scope = scope_new(c->env.scope, pos, end, comment);
}

void check_close_scope(Checker *c)
{
	c->env.scope = c->env.scope->parent;
}

static void open_stmt_scope(Checker *c, Stmt *s, Pos end, const char *comment)
{
	check_open_scope(c, ast_stmt_start(s), end, comment);
	record_scope_stmt(c, s, c->env.scope);
}

/* --- unused variables ---------------------------------------------------------------- */

static int cmp_obj_pos(const void *a, const void *b)
{
	const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* spec (implementation restriction): a variable declared in a function
 * body must be used. Function literals have their own turn. */
static void usage(Checker *c, Scope *s)
{
	Object **unused = NULL;
	int n = 0, i;
	for (i = 0; i < s->norder; i++) {
		Object *o = s->order[i];
		if (o->kind == OBJ_VAR && !o->u.var.used) {
			if (!unused)
				unused = xmalloc(sizeof *unused * (size_t)s->norder);
			unused[n++] = o;
		}
	}
	if (n > 1)
		qsort(unused, (size_t)n, sizeof *unused, cmp_obj_pos);
	for (i = 0; i < n; i++)
		check_softerrorf(c, unused[i]->pos, "%s declared but not used", unused[i]->name);
	free(unused);
	for (i = 0; i < s->nchildren; i++)
		if (!s->children[i]->isfunc)
			usage(c, s->children[i]);
}

/* --- function bodies ---------------------------------------------------------------------- */

void check_func_body(Checker *c, DeclInfo *decl, const char *name, Type *sig, Stmt *body, Const *iota)
{
	Env saved = c->env;
	Scope *scope = sig->u.sig.scope;
	(void)name;

	if (c->conf->ignore_func_bodies)
		BUG("function body not ignored");
	/* the function's scope is the body's extent */
	scope->pos = body->u.block.lbrace;
	scope->end = body->u.block.rbrace + 1;

	memset(&c->env, 0, sizeof c->env);
	c->env.decl = decl;
	c->env.scope = scope;
	c->env.iota = iota;
	c->env.sig = sig;

	check_labels(c, body);
	stmt_list(c, 0, body->u.block.list);
	if (type_tuple_len(sig->u.sig.results) > 0 && !is_terminating(c, body, NULL))
		check_errorf(c, body->u.block.rbrace, "missing return");
	usage(c, scope);

	ptrmap_free(&c->env.ispanic);
	c->env = saved;
}

/* --- statement lists ------------------------------------------------------------------------ */

static int trim_trailing_empty(StmtList list)
{
	int n = list.n;
	while (n > 0 && list.v[n - 1]->kind == STMT_EMPTY)
		n--;
	return n;
}

static void stmt_list(Checker *c, int ctxt, StmtList list)
{
	bool ok = (ctxt & FALLTHROUGH_OK) != 0;
	int inner = ctxt & ~FALLTHROUGH_OK;
	/* trailing empty statements do not count for fallthrough */
	int n = trim_trailing_empty(list), i;
	for (i = 0; i < n; i++) {
		int in = inner;
		if (ok && i + 1 == n)
			in |= FALLTHROUGH_OK;
		stmt(c, in, list.v[i]);
	}
}

static void simple_stmt(Checker *c, Stmt *s)
{
	if (s)
		stmt(c, 0, s);
}

/* "multiple defaults (first at file:line:col)" */
static void multiple_defaults(Checker *c, StmtList clauses)
{
	Stmt *first = NULL;
	int i;
	for (i = 0; i < clauses.n; i++) {
		Stmt *cl = clauses.v[i];
		bool isdefault = cl->kind == STMT_CASE ? cl->u.caseclause.list.n == 0 : cl->u.comm.comm == NULL;
		if (!isdefault)
			continue;
		if (first)
			check_errorf(c, cl->pos, "multiple defaults (first at %s)", check_pos_string(first->pos));
		else
			first = cl;
	}
}

/* go and defer take a call whose result is not needed */
static void suspended_call(Checker *c, const char *keyword, Expr *call)
{
	Operand x;
	const char *msg;
	switch (check_raw_expr(c, &x, call, NULL, false)) {
	case CLASS_CONVERSION:
		msg = "requires function call, not conversion";
		break;
	case CLASS_EXPRESSION:
		msg = "discards result of";
		break;
	default:
		return;
	}
	check_errorf(c, operand_pos(&x), "%s %s %O", keyword, msg, &x);
}

/* --- expression switches ------------------------------------------------------------------ */

/* A case value as gc compares duplicates: integers, exact float64s and
 * strings only. */
typedef struct CaseKey {
	int kind;                  /* 1 int64, 2 uint64, 3 float64, 4 string; 0 none */
	uint64_t bits;
	const char *s;
	size_t n;
} CaseKey;

typedef struct SeenCase {
	CaseKey key;
	Pos pos;
	Type *type;
	struct SeenCase *next;
} SeenCase;

typedef struct CaseSet {
	SeenCase **buckets;
	int nbuckets, n;
} CaseSet;

static CaseKey case_key(Const *v)
{
	CaseKey k;
	memset(&k, 0, sizeof k);
	if (!v)
		return k;
	switch (const_kind(v)) {
	case CONST_INT: {
		int64_t i;
		uint64_t u;
		if (const_int64_val(v, &i)) {
			k.kind = 1;
			k.bits = (uint64_t)i;
		} else if (const_uint64_val(v, &u)) {
			k.kind = 2;
			k.bits = u;
		}
		break;
	}
	case CONST_FLOAT: {
		bool exact;
		double d = const_float64_val(v, &exact);
		if (exact) {
			k.kind = 3;
			memcpy(&k.bits, &d, sizeof d);
		}
		break;
	}
	case CONST_STRING:
		k.kind = 4;
		k.s = const_string_val(v, &k.n);
		k.bits = hash_bytes(k.s, k.n);
		break;
	default:
		break;
	}
	return k;
}

static bool case_key_equal(const CaseKey *a, const CaseKey *b)
{
	if (a->kind != b->kind || a->bits != b->bits)
		return false;
	return a->kind != 4 || (a->n == b->n && memcmp(a->s, b->s, a->n) == 0);
}

static SeenCase **case_bucket(CaseSet *set, const CaseKey *k)
{
	uint64_t h = k->bits * 0x9e3779b97f4a7c15ull + (uint64_t)k->kind;
	if (!set->buckets) {
		set->nbuckets = 64;
		set->buckets = xcalloc((size_t)set->nbuckets, sizeof *set->buckets);
	}
	return &set->buckets[(h >> 32) & (uint64_t)(set->nbuckets - 1)];
}

static void case_values(Checker *c, Operand *x, ExprList values, CaseSet *seen)
{
	int i;
	for (i = 0; i < values.n; i++) {
		Operand v, res;
		CaseKey k;
		SeenCase *sc, **b;
		check_expr(c, &v, values.v[i]);
		if (x->mode == MODE_INVALID || v.mode == MODE_INVALID)
			continue;
		convert_untyped(c, &v, x->type);
		if (v.mode == MODE_INVALID)
			continue;
		/* v against x: errors are placed at the case values */
		res = v;
		check_comparison_ok(c, &res, x, TOK_EQL, true);
		if (res.mode == MODE_INVALID || v.mode != MODE_CONSTANT)
			continue;
		k = case_key(v.val);
		if (!k.kind)
			continue;
		b = case_bucket(seen, &k);
		for (sc = *b; sc; sc = sc->next) {
			if (case_key_equal(&sc->key, &k) && types_identical(v.type, sc->type)) {
				check_errorf(c, operand_pos(&v), "duplicate case %O in expression switch\n\t%s: previous case", &v,
				             check_pos_string(sc->pos));
				break;
			}
		}
		if (sc)
			continue;
		sc = NEW(c->tmp, SeenCase);
		sc->key = k;
		sc->pos = v.expr->pos;   /* gc's node position: the '(' of a conversion */
		sc->type = v.type;
		sc->next = *b;
		*b = sc;
	}
}

static void switch_stmt(Checker *c, int inner, Stmt *s)
{
	Operand x;
	StmtList clauses = s->u.switchs.body->u.block.list;
	CaseSet seen = {0};
	int i;

	memset(&x, 0, sizeof x);
	if (s->u.switchs.tag) {
		check_expr(c, &x, s->u.switchs.tag);
		/* as assigning x to a hidden temporary */
		check_assignment(c, &x, NULL, "switch expression");
		if (x.mode != MODE_INVALID && !types_comparable(x.type, true, NULL) && !has_nil(x.type)) {
			check_errorf(c, operand_pos(&x), "cannot switch on %O (%T is not comparable)", &x, x.type);
			x.mode = MODE_INVALID;
		}
	} else {
		/* spec: a missing switch expression means true */
		Expr *t = NEW(c->tmp, Expr);
		t->kind = EXPR_IDENT;
		t->pos = clauses.n > 0 ? clauses.v[0]->pos : s->u.switchs.body->u.block.rbrace;
		t->u.ident.name = intern_cstr("true");
		x.mode = MODE_CONSTANT;
		x.type = typ_basic[KIND_BOOL];
		x.val = const_bool(true);
		x.expr = t;
	}
	multiple_defaults(c, clauses);
	for (i = 0; i < clauses.n; i++) {
		Stmt *cl = clauses.v[i];
		int in = inner;
		Pos end = i + 1 < clauses.n ? clauses.v[i + 1]->pos : s->u.switchs.body->u.block.rbrace;
		if (i + 1 < clauses.n)
			in |= FALLTHROUGH_OK;
		else
			in |= FINAL_SWITCH_CASE;
		case_values(c, &x, cl->u.caseclause.list, &seen);
		open_stmt_scope(c, cl, end, "case");
		stmt_list(c, in, cl->u.caseclause.body);
		check_close_scope(c);
	}
	free(seen.buckets);
}

/* --- type switches ---------------------------------------------------------------------- */

/* The predeclared nil, possibly parenthesized. */
static bool is_nil_expr(Checker *c, Expr *e)
{
	Object *o;
	e = ast_unparen(e);
	if (e->kind != EXPR_IDENT)
		return false;
	o = scope_lookup_parent(c->env.scope, e->u.ident.name, c->env.pos, NULL);
	return o && o->kind == OBJ_NIL;
}

typedef struct SeenType {
	Type *t;                   /* NULL: nil */
	Expr *e;
} SeenType;

typedef struct TypeCases {
	SeenType *v;
	int n, cap;
} TypeCases;

/* Checks the types of one clause; returns the last one (NULL for nil
 * or when invalid). x is NULL when the switch expression is invalid. */
static Type *case_types(Checker *c, Operand *x, ExprList types, TypeCases *seen)
{
	Type *t = NULL;
	int i, j;
	for (i = 0; i < types.n; i++) {
		Expr *e = types.v[i];
		/* spec: nil may stand in for a type */
		if (is_nil_expr(c, e)) {
			Operand dummy;
			t = NULL;
			check_expr(c, &dummy, e);
		} else {
			t = check_var_type(c, e);
			if (t == typ_invalid)
				continue;
		}
		for (j = 0; j < seen->n; j++) {
			Type *u = seen->v[j].t;
			if ((!t && !u) || (t && u && (t == u || types_identical(t, u)))) {
				/* "case" rather than "type": it may be nil */
				const char *ts = t ? type_string(t, check_qualifier, c) : "nil";
				check_errorf(c, expr_start_pos(e), "duplicate case %s in type switch\n\t%s: previous case", ts,
				             check_pos_string(expr_start_pos(seen->v[j].e)));
				break;
			}
		}
		if (j < seen->n)
			continue;
		if (seen->n == seen->cap) {
			seen->cap = seen->cap ? 2 * seen->cap : 16;
			seen->v = xrealloc(seen->v, sizeof *seen->v * (size_t)seen->cap);
		}
		seen->v[seen->n].t = t;
		seen->v[seen->n].e = e;
		seen->n++;
		if (x && t)
			check_type_assertion(c, e, x, t, true);
	}
	return t;
}

static void type_switch_stmt(Checker *c, int inner, Stmt *s)
{
	Stmt *guard = s->u.typeswitch.assign;
	Expr *lhs = NULL, *rhs = NULL;
	Operand x, *sx = NULL;
	StmtList clauses = s->u.typeswitch.body->u.block.list;
	TypeCases seen = {0};
	Object **lhsvars = NULL;
	int nlhsvars = 0, i;

	/* x := y.(type) or y.(type) */
	if (guard->kind == STMT_EXPR) {
		rhs = guard->u.expr.x;
	} else if (guard->kind == STMT_ASSIGN && guard->u.assign.lhs.n == 1 && guard->u.assign.rhs.n == 1 &&
	           guard->u.assign.lhs.v[0]->kind == EXPR_IDENT) {
		lhs = guard->u.assign.lhs.v[0];
		rhs = guard->u.assign.rhs.v[0];
		if (strcmp(lhs->u.ident.name, "_") == 0) {
			/* _ := x.(type) declares nothing */
			check_softerrorf(c, lhs->pos, "no new variable on left side of :=");
			lhs = NULL;
		} else {
			record_def(c, lhs, NULL);   /* each clause declares its own variable */
		}
	}
	if (!rhs || rhs->kind != EXPR_TYPEASSERT || rhs->u.typeassert.type) {
		check_errorf(c, s->pos, "invalid AST: incorrect form of type switch guard");
		return;
	}
	check_expr(c, &x, rhs->u.typeassert.x);
	if (x.mode == MODE_INVALID)
		return;
	if (is_typeparam(x.type))
		check_errorf(c, operand_pos(&x), "cannot use type switch on type parameter value %O", &x);
	else if (type_under(x.type)->kind == TYPE_INTERFACE)
		sx = &x;
	else
		check_errorf(c, operand_pos(&x), "%O is not an interface", &x);

	multiple_defaults(c, clauses);
	if (lhs)
		lhsvars = NEWARRAY(c->tmp, Object *, clauses.n ? clauses.n : 1);
	for (i = 0; i < clauses.n; i++) {
		Stmt *cl = clauses.v[i];
		ExprList cases = cl->u.caseclause.list;
		Pos end = i + 1 < clauses.n ? clauses.v[i + 1]->pos : s->u.typeswitch.body->u.block.rbrace;
		Type *t = case_types(c, sx, cases, &seen);
		open_stmt_scope(c, cl, end, "case");
		/* spec: the variable has the case's type if it lists exactly one,
		 * else the type of the switch expression */
		if (lhs) {
			Object *obj;
			Pos scopepos;
			if (cases.n != 1 || !t)
				t = x.type;
			obj = new_var(lhs->pos, c->pkg, lhs->u.ident.name, t);
			scopepos = cases.n > 0 ? ast_expr_end(cases.v[cases.n - 1]) : cl->pos + (Pos)strlen("default");
			declare_obj(c, c->env.scope, NULL, obj, scopepos);
			cl->u.caseclause.implicit = obj;
			lhsvars[nlhsvars++] = obj;
		}
		stmt_list(c, inner, cl->u.caseclause.body);
		check_close_scope(c);
	}
	free(seen.v);
	/* the clause variables count as one: used if any of them is */
	if (lhs) {
		bool used = false;
		for (i = 0; i < nlhsvars; i++) {
			if (lhsvars[i]->u.var.used)
				used = true;
			lhsvars[i]->u.var.used = true;
		}
		if (!used)
			check_softerrorf(c, lhs->pos, "%s declared but not used", lhs->u.ident.name);
	}
}

/* --- select, for, range ---------------------------------------------------------------------- */

static void select_stmt(Checker *c, int inner, Stmt *s)
{
	StmtList clauses = s->u.select.body->u.block.list;
	int i;
	multiple_defaults(c, clauses);
	for (i = 0; i < clauses.n; i++) {
		Stmt *cl = clauses.v[i], *comm = cl->u.comm.comm;
		Expr *rhs = NULL;
		bool valid = false;
		Pos end;
		/* the case is a send, a receive, or a receive assigned */
		if (!comm || comm->kind == STMT_SEND)
			valid = true;
		else if (comm->kind == STMT_ASSIGN && comm->u.assign.rhs.n == 1)
			rhs = comm->u.assign.rhs.v[0];
		else if (comm->kind == STMT_EXPR)
			rhs = comm->u.expr.x;
		if (rhs) {
			Expr *u = ast_unparen(rhs);
			if (u->kind == EXPR_UNARY && u->u.unary.op == TOK_ARROW)
				valid = true;
		}
		if (!valid) {
			check_errorf(c, stmt_start_pos(comm), "select case must be send or receive (possibly with assignment)");
			continue;
		}
		end = i + 1 < clauses.n ? clauses.v[i + 1]->pos : s->u.select.body->u.block.rbrace;
		open_stmt_scope(c, cl, end, "case");
		if (comm)
			stmt(c, inner, comm);
		stmt_list(c, inner, cl->u.comm.body);
		check_close_scope(c);
	}
}

static void for_stmt(Checker *c, int inner, Stmt *s)
{
	Stmt *post = s->u.fors.post;
	open_stmt_scope(c, s, ast_stmt_end(s), "for");
	simple_stmt(c, s->u.fors.init);
	if (s->u.fors.cond) {
		Operand x;
		check_expr(c, &x, s->u.fors.cond);
		if (x.mode != MODE_INVALID && !all_boolean(x.type))
			check_errorf(c, expr_start_pos(s->u.fors.cond), "non-boolean condition in for statement");
	}
	simple_stmt(c, post);
	/* spec: the post statement may not declare (the parser said so) */
	if (post && post->kind == STMT_ASSIGN && post->u.assign.tok == TOK_DEFINE)
		check_use(c, post->u.assign.lhs);
	stmt(c, inner, s->u.fors.body);
	check_close_scope(c);
}

/* The key and value types of ranging over u (a core type) of type t,
 * or false (with *cause set when there is more to say). An absent
 * iteration variable has a NULL type: a channel gives no value, an
 * integer (go1.22) no value, a push iterator (go1.23) what its yield
 * function takes. */
static bool range_key_val(Checker *c, Type *t, Type *u, Type **key, Type **val, const char **cause)
{
	*key = *val = NULL;
	if (!u)
		return false;
	/* a pointer to an array ranges like the array */
	if (u->kind == TYPE_POINTER) {
		Type *a = type_under(u->u.pointer.elem);
		if (a && a->kind == TYPE_ARRAY)
			u = a;
	}
	switch (u->kind) {
	case TYPE_BASIC:
		if (is_string(u)) {
			*key = typ_basic[KIND_INT];
			*val = typ_rune;
			return true;
		}
		if (all_integer(u) && release_has(FEAT_RANGE_INT)) {
			if (!check_allow_version(c, c->pkg, 1, 22)) {
				*cause = "requires go1.22 or later";
				return false;
			}
			*key = t;
			return true;
		}
		return false;
	case TYPE_ARRAY:
		*key = typ_basic[KIND_INT];
		*val = u->u.array.elem;
		return true;
	case TYPE_SLICE:
		*key = typ_basic[KIND_INT];
		*val = u->u.slice.elem;
		return true;
	case TYPE_MAP:
		*key = u->u.map.key;
		*val = u->u.map.elem;
		return true;
	case TYPE_CHAN:
		*key = u->u.chan.elem;
		*val = typ_invalid;
		return true;
	case TYPE_SIGNATURE: {
		Type *cb;
		int n;
		if (!release_has(FEAT_RANGE_FUNC))
			return false;
		if (!check_allow_version(c, c->pkg, 1, 23)) {
			*cause = "requires go1.23 or later";
			return false;
		}
		if (type_tuple_len(u->u.sig.params) != 1) {
			*cause = "func must be func(yield func(...) bool): wrong argument count";
			return false;
		}
		if (type_tuple_len(u->u.sig.results) != 0) {
			*cause = "func must be func(yield func(...) bool): unexpected results";
			return false;
		}
		cb = type_core(u->u.sig.params->u.tuple.vars[0]->type);
		if (!cb || cb->kind != TYPE_SIGNATURE) {
			*cause = "func must be func(yield func(...) bool): argument is not func";
			return false;
		}
		n = type_tuple_len(cb->u.sig.params);
		if (n > 2) {
			*cause = "func must be func(yield func(...) bool): yield func has too many parameters";
			return false;
		}
		if (type_tuple_len(cb->u.sig.results) != 1 ||
		    !types_identical(cb->u.sig.results->u.tuple.vars[0]->type, typ_basic[KIND_BOOL])) {
			if (type_tuple_len(cb->u.sig.results) == 1 && is_boolean(cb->u.sig.results->u.tuple.vars[0]->type))
				*cause = "func must be func(yield func(...) bool): yield func returns user-defined boolean, not bool";
			else
				*cause = "func must be func(yield func(...) bool): yield func does not return bool";
			return false;
		}
		if (n >= 1)
			*key = cb->u.sig.params->u.tuple.vars[0]->type;
		if (n >= 2)
			*val = cb->u.sig.params->u.tuple.vars[1]->type;
		return true;
	}
	default:
		return false;
	}
}

static void range_stmt(Checker *c, int inner, Stmt *s)
{
	Operand x;
	Type *key = NULL, *val = NULL;
	const char *kvcause = NULL;
	bool ok, overint = false;   /* overint: ranging over an integer (go1.22) */
	Expr *lhs[2];
	Type *rhs[2];
	int i;

	check_expr(c, &x, s->u.range.x);
	if (x.mode != MODE_INVALID) {
		/* ranging over a type parameter needs a core type */
		const char *cause = NULL;
		Type *u = type_core(x.type);
		if (u && u->kind == TYPE_CHAN) {
			if (s->u.range.value)
				check_softerrorf(c, expr_start_pos(s->u.range.value), "range over %O permits only one iteration variable", &x);
			if (u->u.chan.dir == CHANDIR_SEND)
				cause = "receive from send-only channel";
		} else if (!u) {
			cause = check_sprintf(c, "%T has no core type", x.type);
		}
		ok = range_key_val(c, x.type, u, &key, &val, &kvcause) && !cause;
		if (!ok) {
			key = val = NULL;
			if (kvcause)
				check_softerrorf(c, operand_pos(&x), "cannot range over %O: %s", &x, kvcause);
			else if (!cause)
				check_softerrorf(c, operand_pos(&x), "cannot range over %O", &x);
			else
				check_softerrorf(c, operand_pos(&x), "cannot range over %O (%s)", &x, cause);
		} else if (!key && s->u.range.key) {
			check_softerrorf(c, expr_start_pos(s->u.range.key), "range over %O permits no iteration variables", &x);
		} else if (!val && s->u.range.value && !(u && u->kind == TYPE_CHAN)) {
			check_softerrorf(c, expr_start_pos(s->u.range.value), "range over %O permits only one iteration variable", &x);
		}
		overint = ok && all_integer(x.type);
	}

	/* the iteration variables belong to the statement's own scope,
	 * opened after the range expression */
	open_stmt_scope(c, s, ast_stmt_end(s), "range");
	lhs[0] = s->u.range.key;
	lhs[1] = s->u.range.value;
	rhs[0] = key;
	rhs[1] = val;
	if (s->u.range.tok == TOK_DEFINE) {
		Object *vars[2];
		int nvars = 0;
		for (i = 0; i < 2; i++) {
			Expr *l = lhs[i];
			Object *obj;
			if (!l)
				continue;
			if (l->kind == EXPR_IDENT) {
				const char *name = l->u.ident.name;
				obj = new_var(l->pos, c->pkg, name, NULL);
				record_def(c, l, obj);
				/* _ is no new variable */
				if (strcmp(name, "_") != 0)
					vars[nvars++] = obj;
			} else {
				check_errorf(c, expr_start_pos(l), "cannot declare %s", expr_string(l));
				obj = new_var(ast_expr_start(l), c->pkg, "_", NULL);
			}
			if (rhs[i] && rhs[i] != typ_invalid && overint) {
				init_var(c, obj, &x, "range clause");   /* the integer itself */
			} else if (rhs[i] && (rhs[i] != typ_invalid || !release_has(FEAT_RANGE_INT))) {
				Operand y;
				y.mode = MODE_VALUE;
				y.expr = l;   /* no better rhs expression to point at */
				y.type = rhs[i];
				y.val = NULL;
				init_var(c, obj, &y, release_has(FEAT_RANGE_INT) ? "assignment" : "range clause");
			} else {
				obj->type = typ_invalid;
				obj->u.var.used = true;
			}
		}
		if (nvars > 0) {
			Pos scopepos = s->u.range.body->u.block.lbrace;
			for (i = 0; i < nvars; i++)
				declare_obj(c, c->env.scope, NULL, vars[i], scopepos);
		} else {
			check_errorf(c, s->pos, "no new variables on left side of :=");
		}
	} else if (lhs[0]) {
		for (i = 0; i < 2; i++) {
			Operand y;
			if (!lhs[i] || !rhs[i])
				continue;
			if (overint) {
				assign_var(c, lhs[i], &x);
				if (x.mode != MODE_INVALID && !all_integer(x.type))
					check_softerrorf(c, expr_start_pos(lhs[i]), "cannot use iteration variable of type %T", x.type);
				continue;
			}
			y.mode = MODE_VALUE;
			y.expr = lhs[i];
			y.type = rhs[i];
			y.val = NULL;
			assign_var(c, lhs[i], &y);
		}
	} else if (overint) {
		check_assignment(c, &x, NULL, "range clause");   /* _ = x: an untyped x takes its default type */
	}
	stmt(c, inner, s->u.range.body);
	check_close_scope(c);
}

/* --- statements ----------------------------------------------------------------------------- */

static Token assign_op(Token t)
{
	switch (t) {
	case TOK_ADD_ASSIGN: return TOK_ADD;
	case TOK_SUB_ASSIGN: return TOK_SUB;
	case TOK_MUL_ASSIGN: return TOK_MUL;
	case TOK_QUO_ASSIGN: return TOK_QUO;
	case TOK_REM_ASSIGN: return TOK_REM;
	case TOK_AND_ASSIGN: return TOK_AND;
	case TOK_OR_ASSIGN: return TOK_OR;
	case TOK_XOR_ASSIGN: return TOK_XOR;
	case TOK_SHL_ASSIGN: return TOK_SHL;
	case TOK_SHR_ASSIGN: return TOK_SHR;
	case TOK_AND_NOT_ASSIGN: return TOK_AND_NOT;
	default: return TOK_ILLEGAL;
	}
}

static void expr_stmt(Checker *c, Stmt *s)
{
	Operand x;
	const char *msg;
	/* spec: calls and receives may stand as statements */
	ExprClass kind = check_raw_expr(c, &x, s->u.expr.x, NULL, false);
	switch (x.mode) {
	case MODE_BUILTIN:
		msg = "must be called";
		break;
	case MODE_TYPEXPR:
		msg = "is not an expression";
		break;
	default:
		if (kind == CLASS_STATEMENT)
			return;
		msg = "is not used";
		break;
	}
	check_errorf(c, operand_pos(&x), "%O %s", &x, msg);
}

static void send_stmt(Checker *c, Stmt *s)
{
	Operand ch, val;
	Type *u;
	check_expr(c, &ch, s->u.send.chan);
	check_expr(c, &val, s->u.send.value);
	if (ch.mode == MODE_INVALID || val.mode == MODE_INVALID)
		return;
	u = type_core(ch.type);
	if (!u) {
		check_errorf(c, stmt_start_pos(s), "invalid operation: cannot send to %O: no core type", &ch);
		return;
	}
	if (u->kind != TYPE_CHAN) {
		check_errorf(c, stmt_start_pos(s), "invalid operation: cannot send to non-channel %O", &ch);
		return;
	}
	if (u->u.chan.dir == CHANDIR_RECV) {
		check_errorf(c, stmt_start_pos(s), "invalid operation: cannot send to receive-only channel %O", &ch);
		return;
	}
	check_assignment(c, &val, u->u.chan.elem, "send");
}

static void incdec_stmt(Checker *c, Stmt *s)
{
	Operand x;
	Expr *e = s->u.incdec.x;
	check_expr(c, &x, e);
	if (x.mode == MODE_INVALID)
		return;
	if (!all_numeric(x.type)) {
		const char *op = s->u.incdec.tok == TOK_INC ? "++" : "--";
		check_errorf(c, expr_start_pos(e), "invalid operation: %s%s (non-numeric type %T)", expr_string(e), op, x.type);
		return;
	}
	assign_var(c, e, &x);
}

static void assign_stmt(Checker *c, Stmt *s)
{
	ExprList lhs = s->u.assign.lhs, rhs = s->u.assign.rhs;
	Operand x;
	Token op;
	switch (s->u.assign.tok) {
	case TOK_ASSIGN:
		assign_vars(c, lhs, rhs);
		return;
	case TOK_DEFINE:
		short_var_decl(c, s, lhs, rhs);
		return;
	default:
		break;
	}
	op = assign_op(s->u.assign.tok);
	if (lhs.n != 1 || rhs.n != 1) {
		check_errorf(c, stmt_start_pos(s), "assignment operation %s requires single-valued expressions", token_text[op]);
		return;
	}
	check_binary(c, &x, NULL, lhs.v[0], rhs.v[0], op, s->u.assign.tokpos);
	assign_var(c, lhs.v[0], &x);
}

static void return_stmt(Checker *c, Stmt *s)
{
	Type *res = c->env.sig->u.sig.results;
	ExprList results = s->u.ret.results;
	int n = type_tuple_len(res), i;
	/* a bare return with named results: they must not be shadowed */
	if (results.n == 0 && n > 0 && res->u.tuple.vars[0]->name[0]) {
		for (i = 0; i < n; i++) {
			Object *obj = res->u.tuple.vars[i];
			Object *alt = scope_lookup_parent(c->env.scope, obj->name, c->env.pos, NULL);
			if (alt && alt != obj) {
				Buf b = {0};
				obj_write(&b, obj, check_qualifier, c);
				check_errorf(c, s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of %s",
				             obj->name, check_pos_string(alt->pos), buf_cstr(&b));
				buf_free(&b);
			}
		}
	} else {
		init_vars(c, n > 0 ? res->u.tuple.vars : NULL, n, results, s);
	}
}

static void if_stmt(Checker *c, int inner, Stmt *s)
{
	Operand x;
	open_stmt_scope(c, s, ast_stmt_end(s), "if");
	simple_stmt(c, s->u.ifs.init);
	check_expr(c, &x, s->u.ifs.cond);
	if (x.mode != MODE_INVALID && !all_boolean(x.type))
		check_errorf(c, expr_start_pos(s->u.ifs.cond), "non-boolean condition in if statement");
	stmt(c, inner, s->u.ifs.body);
	if (s->u.ifs.els && (s->u.ifs.els->kind == STMT_IF || s->u.ifs.els->kind == STMT_BLOCK))
		stmt(c, inner, s->u.ifs.els);
	check_close_scope(c);
}

static void stmt(Checker *c, int ctxt, Stmt *s)
{
	/* function literals of the statement are checked before the scope changes */
	int top = c->ndelayed;
	/* the context of inner blocks */
	int inner = ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE | IN_TYPE_SWITCH);

	switch (s->kind) {
	case STMT_BAD:
	case STMT_EMPTY:
		break;
	case STMT_DECL:
		decl_stmt(c, s->u.decl.decl);
		break;
	case STMT_LABELED:
		c->env.haslabel = true;
		stmt(c, ctxt, s->u.labeled.stmt);
		break;
	case STMT_EXPR:
		expr_stmt(c, s);
		break;
	case STMT_SEND:
		send_stmt(c, s);
		break;
	case STMT_INCDEC:
		incdec_stmt(c, s);
		break;
	case STMT_ASSIGN:
		assign_stmt(c, s);
		break;
	case STMT_GO:
		suspended_call(c, "go", s->u.go.call);
		break;
	case STMT_DEFER:
		suspended_call(c, "defer", s->u.defer.call);
		break;
	case STMT_RETURN:
		return_stmt(c, s);
		break;
	case STMT_BRANCH:
		/* misplaced branches are reported by check_labels, as gc's
		 * front end does before type checking */
		if (s->u.branch.label)
			c->env.haslabel = true;
		break;
	case STMT_BLOCK:
		open_stmt_scope(c, s, ast_stmt_end(s), "block");
		stmt_list(c, inner, s->u.block.list);
		check_close_scope(c);
		break;
	case STMT_IF:
		if_stmt(c, inner, s);
		break;
	case STMT_SWITCH:
		inner |= BREAK_OK;
		open_stmt_scope(c, s, ast_stmt_end(s), "switch");
		simple_stmt(c, s->u.switchs.init);
		switch_stmt(c, inner, s);
		check_close_scope(c);
		break;
	case STMT_TYPESWITCH:
		inner |= BREAK_OK | IN_TYPE_SWITCH;
		open_stmt_scope(c, s, ast_stmt_end(s), "type switch");
		simple_stmt(c, s->u.typeswitch.init);
		type_switch_stmt(c, inner, s);
		check_close_scope(c);
		break;
	case STMT_SELECT:
		inner |= BREAK_OK;
		select_stmt(c, inner, s);
		break;
	case STMT_FOR:
		inner |= BREAK_OK | CONTINUE_OK;
		for_stmt(c, inner, s);
		break;
	case STMT_RANGE:
		inner |= BREAK_OK | CONTINUE_OK;
		range_stmt(c, inner, s);
		break;
	case STMT_CASE:
	case STMT_COMM:
	default:
		check_errorf(c, stmt_start_pos(s), "invalid statement");
		break;
	}
	check_process_delayed(c, top);
}
