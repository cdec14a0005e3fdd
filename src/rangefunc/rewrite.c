/* rewrite.c: range-over-func loops turned into closures and calls.
 *
 *	for x := range f { body }
 *
 * becomes, with gc's misuse checks (on by default),
 *
 *	{
 *		var #next int                  (only when something needs it)
 *		var #state1 = READY
 *		var #yield1 = func(x T) (#r bool) {
 *			var #tmpState = #state1
 *			#state1 = PANIC
 *			if #tmpState != READY { runtime.panicrangestate(#tmpState) }
 *			body
 *			#state1 = READY
 *			return true
 *		}
 *		f(#yield1)
 *		if #state1 == PANIC { runtime.panicrangestate(MISSING_PANIC) }
 *		#state1 = EXHAUSTED
 *		checks of #next
 *	}
 *
 * Inside the body, break becomes "return false", continue "return
 * true"; a return, or a branch to a label outside the innermost loop,
 * sets #next to a code, stops every loop on the way out, and the checks
 * after each call finish the job. A return with values assigns them
 * to the function's results first, which get names (#rv1...) when they
 * have none. A defer is attached to the enclosing function through
 * #defers, from runtime.deferrangefunc().
 *
 * One pass handles a loop nest: statements are edited when the block
 * holding them has been visited (so a loop's flags are complete when
 * the loop ends), and the declarations shared by the nest (#next,
 * #defers) go into the outermost loop's block. Each function and
 * function literal is rewritten on its own, with its own numbering.
 * The order of these steps decides the numbers in the names, and the
 * positions given to new nodes are those gc gives: escape analysis
 * prints both. */
#include <stdio.h>
#include <string.h>

#include "rangefunc.h"

/* The states of a loop body (gc's abi.RF_*). */
enum { RF_DONE = 0, RF_READY = 1, RF_PANIC = 2, RF_EXHAUSTED = 3, RF_MISSING_PANIC = 4 };

/* #next: perLoopStep*N breaks out of loop level N, perLoopStep*N-1
 * continues it; -1 is a return; other negative codes are branches to
 * labels (three per label). */
enum { PER_LOOP_STEP = 2 };

typedef struct Branch {
	Token tok;
	const char *label;
} Branch;

/* One range-over-func loop being rewritten. */
typedef struct Loop {
	Stmt *nfor;
	Object *statevar;        /* #stateN */
	int depth;               /* 1 for the outermost */
	bool checkret, checkbreak, checkcontinue;
	Vec checkbranch;         /* Branch *, the labeled branches to finish after the call */
} Loop;

typedef struct Label {
	const char *name;
	Stmt *loop;              /* innermost range-over-func loop around it, or NULL */
} Label;

/* The rewrite of one function's body. */
typedef struct Rewriter {
	Arena *a;
	Pkg *pkg;
	Type *sig;
	Stmt *body;
	Vec forstack;            /* Loop *, innermost last */
	PtrMap rewritten;        /* range Stmt -> the block replacing it */
	Vec declspecs;           /* Spec *: #next, #defers, for the outermost loop's block */
	Object *nextvar, *defers;
	int statecount, closurecount;
	bool labelsdone;
	Label *labels;
	int nlabels;
} Rewriter;

static Object *obj_true, *obj_false;
static Object *rt_deferrangefunc, *rt_panicrangestate;

static void walk_stmt(Rewriter *r, Stmt *s);
static void walk_expr(Rewriter *r, Expr *e);
static void rewrite_func(Arena *a, Pkg *pkg, Type *sig, Stmt *body);

/* A tuple of one variable (tuples keep the array they are given). */
static Type *tuple1(Object *o)
{
	Object **v = NEWARRAY(types_arena(), Object *, 1);
	v[0] = o;
	return new_tuple(v, 1);
}

static Type *int_type(void) { return typ_basic[KIND_INT]; }
static Type *bool_type(void) { return typ_basic[KIND_BOOL]; }

static Loop *loop_at(Rewriter *r, int i) { return r->forstack.v[i]; }
static Loop *top_loop(Rewriter *r) { return loop_at(r, r->forstack.n - 1); }

static const char *numbered(const char *prefix, int n)
{
	char buf[64];
	snprintf(buf, sizeof buf, "%s%d", prefix, n);
	return intern_cstr(buf);
}

/* --- building syntax -------------------------------------------------------- */

static Expr *new_expr(Rewriter *r, ExprKind k, Pos pos)
{
	Expr *e = NEW(r->a, Expr);
	e->kind = k;
	e->pos = pos;
	return e;
}

static Stmt *new_stmt(Rewriter *r, StmtKind k, Pos pos)
{
	Stmt *s = NEW(r->a, Stmt);
	s->kind = k;
	s->pos = pos;
	return s;
}

static ExprList expr_list(Rewriter *r, Expr **v, int n)
{
	ExprList l;
	l.n = n;
	l.v = n ? NEWARRAY(r->a, Expr *, n) : NULL;
	if (n)
		memcpy(l.v, v, sizeof *v * (size_t)n);
	return l;
}

static ExprList expr_list1(Rewriter *r, Expr *e)
{
	return expr_list(r, &e, 1);
}

/* The statements of v, which is emptied. */
static StmtList stmt_list(Rewriter *r, Vec *v)
{
	StmtList l;
	l.v = (Stmt **)vec_finish(v, r->a, &l.n);
	vec_free(v);
	return l;
}

/* A use of o. */
static Expr *use_obj(Rewriter *r, Object *o, Pos pos)
{
	Expr *e = new_expr(r, EXPR_IDENT, pos);
	e->u.ident.name = o->name;
	e->u.ident.use = o;
	e->type = o->type;
	if (o->kind == OBJ_CONST) {
		e->mode = MODE_CONSTANT;
		e->val = o->u.cnst.val;
	} else {
		e->mode = o->kind == OBJ_FUNC ? MODE_VALUE : MODE_VARIABLE;
	}
	return e;
}

static Expr *def_obj(Rewriter *r, Object *o, Pos pos)
{
	Expr *e = new_expr(r, EXPR_IDENT, pos);
	e->u.ident.name = o->name;
	e->u.ident.def = o;
	e->u.ident.isdef = true;
	return e;
}

static Expr *int_const(Rewriter *r, int v, Pos pos)
{
	Expr *e = new_expr(r, EXPR_BASICLIT, pos);
	const char *s = numbered("", v);
	e->u.lit.kind = TOK_INT;
	e->u.lit.value = s;
	e->u.lit.len = (int)strlen(s);
	e->mode = MODE_CONSTANT;
	e->type = int_type();
	e->val = const_int64(v);
	return e;
}

static Expr *compare(Rewriter *r, Token op, Expr *x, Expr *y, Pos pos)
{
	Expr *e = new_expr(r, EXPR_BINARY, pos);
	e->u.binary.x = x;
	e->u.binary.op = op;
	e->u.binary.oppos = pos;
	e->u.binary.y = y;
	e->mode = MODE_VALUE;
	e->type = bool_type();
	return e;
}

static Expr *call_expr(Rewriter *r, Expr *fun, Expr **args, int nargs, Type *result, Pos pos)
{
	Expr *e = new_expr(r, EXPR_CALL, pos);
	e->u.call.fun = fun;
	e->u.call.lparen = pos;
	e->u.call.rparen = pos;
	e->u.call.args = expr_list(r, args, nargs);
	e->mode = result ? MODE_VALUE : MODE_NOVALUE;
	e->type = result;
	return e;
}

static Stmt *expr_stmt(Rewriter *r, Expr *x)
{
	Stmt *s = new_stmt(r, STMT_EXPR, x->pos);
	s->u.expr.x = x;
	return s;
}

static Stmt *assign(Rewriter *r, ExprList lhs, ExprList rhs, Pos pos)
{
	Stmt *s = new_stmt(r, STMT_ASSIGN, pos);
	s->u.assign.lhs = lhs;
	s->u.assign.tokpos = pos;
	s->u.assign.tok = TOK_ASSIGN;
	s->u.assign.rhs = rhs;
	return s;
}

static Stmt *assign1(Rewriter *r, Expr *lhs, Expr *rhs, Pos pos)
{
	return assign(r, expr_list1(r, lhs), expr_list1(r, rhs), pos);
}

static Stmt *block(Rewriter *r, Vec *list, Pos pos, Pos rbrace)
{
	Stmt *s = new_stmt(r, STMT_BLOCK, pos);
	s->u.block.lbrace = pos;
	s->u.block.list = stmt_list(r, list);
	s->u.block.rbrace = rbrace;
	return s;
}

static Stmt *return_stmt(Rewriter *r, Expr *result, Pos pos)
{
	Stmt *s = new_stmt(r, STMT_RETURN, pos);
	s->u.ret.ret = pos;
	if (result)
		s->u.ret.results = expr_list1(r, result);
	return s;
}

/* return true / return false: the constant keeps no position, as gc's
 * (it is only ever converted in place) */
static Stmt *return_bool(Rewriter *r, bool b, Pos pos, Pos cpos)
{
	return return_stmt(r, use_obj(r, b ? obj_true : obj_false, cpos), pos);
}

static Spec *var_spec(Rewriter *r, Object *o, Expr *value, Pos pos)
{
	Spec *sp = NEW(r->a, Spec);
	sp->kind = SPEC_VALUE;
	sp->pos = pos;
	sp->u.value.names = expr_list1(r, def_obj(r, o, pos));
	if (value)
		sp->u.value.values = expr_list1(r, value);
	return sp;
}

static Stmt *decl_stmt(Rewriter *r, Spec **specs, int n, Pos pos)
{
	Stmt *s = new_stmt(r, STMT_DECL, pos);
	Decl *d = NEW(r->a, Decl);
	d->kind = DECL_GEN;
	d->pos = pos;
	d->u.gen.tokpos = pos;
	d->u.gen.tok = TOK_VAR;
	d->u.gen.specs = NEWARRAY(r->a, Spec *, n);
	memcpy(d->u.gen.specs, specs, sizeof *specs * (size_t)n);
	d->u.gen.nspecs = n;
	s->u.decl.decl = d;
	return s;
}

static Stmt *var_stmt(Rewriter *r, Object *o, Expr *value, Pos pos)
{
	Spec *sp = var_spec(r, o, value, pos);
	return decl_stmt(r, &sp, 1, pos);
}

static Stmt *if_stmt(Rewriter *r, Expr *cond, Vec *then, Pos pos)
{
	Stmt *s = new_stmt(r, STMT_IF, pos);
	s->u.ifs.ifpos = pos;
	s->u.ifs.cond = cond;
	s->u.ifs.body = block(r, then, pos, pos);
	return s;
}

/* runtime.panicrangestate(arg) */
static Stmt *call_panic(Rewriter *r, Expr *arg, Pos pos)
{
	return expr_stmt(r, call_expr(r, use_obj(r, rt_panicrangestate, pos), &arg, 1, NULL, pos));
}

/* --- the shared variables ------------------------------------------------- */

/* A variable of the outermost loop's block. Its object has no
 * position, as gc's: "moved to heap: #next" has none. */
static Object *decl_outer_var(Rewriter *r, const char *name, Type *t, Expr *init)
{
	Object *o = new_var(NOPOS, r->pkg, intern_cstr(name), t);
	vec_push(&r->declspecs, var_spec(r, o, init, NOPOS));
	return o;
}

static Expr *next_use(Rewriter *r, Pos pos)
{
	if (!r->nextvar)
		r->nextvar = decl_outer_var(r, "#next", int_type(), NULL);
	return use_obj(r, r->nextvar, pos);
}

static Stmt *set_state_at(Rewriter *r, int index, int val, Pos pos)
{
	return assign1(r, use_obj(r, loop_at(r, index)->statevar, pos), int_const(r, val, pos), pos);
}

static Stmt *set_state(Rewriter *r, int val, Pos pos)
{
	return set_state_at(r, r->forstack.n - 1, val, pos);
}

/* --- editing the statements of a loop body ---------------------------------- */

static Stmt *edit_defer(Rewriter *r, Stmt *s)
{
	if (!r->defers) {
		Expr *init = call_expr(r, use_obj(r, rt_deferrangefunc, NOPOS), NULL, 0, typ_any, NOPOS);
		r->defers = decl_outer_var(r, "#defers", typ_any, init);
	}
	s->u.defer.deferat = use_obj(r, r->defers, s->pos);
	return s;
}

static Stmt *edit_return(Rewriter *r, Stmt *s)
{
	Vec list = {0};
	Pos pos = s->pos;
	int i;
	if (s->u.ret.results.n) {
		/* the results are assigned, through names they get if they
		 * have none */
		Type *res = r->sig->u.sig.results;
		int n = type_tuple_len(res);
		Expr **lhs = NEWARRAY(r->a, Expr *, n ? n : 1);
		for (i = 0; i < n; i++) {
			Object *o = res->u.tuple.vars[i];
			if (!o->name[0] || strcmp(o->name, "_") == 0)
				o->name = numbered("#rv", i + 1);
			lhs[i] = use_obj(r, o, pos);
		}
		vec_push(&list, assign(r, expr_list(r, lhs, n), s->u.ret.results, pos));
	}
	for (i = 0; i < r->forstack.n; i++)
		loop_at(r, i)->checkret = true;
	vec_push(&list, assign1(r, next_use(r, pos), int_const(r, -1, pos), pos));
	vec_push(&list, set_state(r, RF_DONE, pos));
	vec_push(&list, return_bool(r, false, pos, pos));
	return block(r, &list, pos, pos);
}

/* The labels of the function, in order, each with the innermost
 * range-over-func loop around it; branches to them get codes in that
 * order. The tree is read as it stands, part rewritten. (gc counts the
 * labels of function literals too; that changes only the codes, which
 * no message shows.) */
static void scan_labels_stmt(Rewriter *r, Stmt *s, Vec *labels, Vec *loops);

static void scan_labels_list(Rewriter *r, StmtList *l, Vec *labels, Vec *loops)
{
	int i;
	for (i = 0; i < l->n; i++)
		scan_labels_stmt(r, l->v[i], labels, loops);
}

static bool is_range_func(Stmt *s)
{
	Type *t;
	if (s->kind != STMT_RANGE || !s->u.range.x || !s->u.range.x->type)
		return false;
	t = type_core(s->u.range.x->type);
	return t && t->kind == TYPE_SIGNATURE;
}

static void scan_labels_stmt(Rewriter *r, Stmt *s, Vec *labels, Vec *loops)
{
	if (!s)
		return;
	switch (s->kind) {
	case STMT_LABELED: {
		Label *l = NEW(r->a, Label);
		l->name = s->u.labeled.label->u.ident.name;
		l->loop = loops->n ? loops->v[loops->n - 1] : NULL;
		vec_push(labels, l);
		scan_labels_stmt(r, s->u.labeled.stmt, labels, loops);
		break;
	}
	case STMT_BLOCK: scan_labels_list(r, &s->u.block.list, labels, loops); break;
	case STMT_CASE: scan_labels_list(r, &s->u.caseclause.body, labels, loops); break;
	case STMT_COMM: scan_labels_list(r, &s->u.comm.body, labels, loops); break;
	case STMT_IF:
		scan_labels_stmt(r, s->u.ifs.body, labels, loops);
		scan_labels_stmt(r, s->u.ifs.els, labels, loops);
		break;
	case STMT_SWITCH: scan_labels_stmt(r, s->u.switchs.body, labels, loops); break;
	case STMT_TYPESWITCH: scan_labels_stmt(r, s->u.typeswitch.body, labels, loops); break;
	case STMT_SELECT: scan_labels_stmt(r, s->u.select.body, labels, loops); break;
	case STMT_FOR: scan_labels_stmt(r, s->u.fors.body, labels, loops); break;
	case STMT_RANGE:
		if (is_range_func(s)) {
			vec_push(loops, s);
			scan_labels_stmt(r, s->u.range.body, labels, loops);
			loops->n--;
		} else {
			scan_labels_stmt(r, s->u.range.body, labels, loops);
		}
		break;
	default:
		break;
	}
}

static void compute_branch_next(Rewriter *r)
{
	Vec labels = {0}, loops = {0};
	if (r->labelsdone)
		return;
	r->labelsdone = true;
	scan_labels_stmt(r, r->body, &labels, &loops);
	r->labels = NULL;
	r->nlabels = labels.n;
	if (labels.n) {
		int i;
		r->labels = NEWARRAY(r->a, Label, labels.n);
		for (i = 0; i < labels.n; i++)
			r->labels[i] = *(Label *)labels.v[i];
	}
	vec_free(&labels);
	vec_free(&loops);
}

/* The last label of that name wins, as in gc's map. */
static int label_index(Rewriter *r, const char *name)
{
	int i;
	for (i = r->nlabels - 1; i >= 0; i--)
		if (strcmp(r->labels[i].name, name) == 0)
			return i;
	return -1;
}

static int branch_next(Rewriter *r, Token tok, const char *label)
{
	int i = label_index(r, label), base;
	if (i < 0)
		BUG("rangefunc: label %s not found", label);
	base = -1 - 3 * (i + 1);
	return tok == TOK_BREAK ? base : tok == TOK_CONTINUE ? base + 1 : base + 2;
}

static Stmt *edit_branch(Rewriter *r, Stmt *s)
{
	Token tok = s->u.branch.tok;
	Stmt *targ = s->u.branch.target;
	Pos pos = s->pos;
	Vec list = {0};
	int i, j, exitfrom, next;
	if (tok == TOK_FALLTHROUGH)
		return s;
	i = r->forstack.n - 1;
	if (!s->u.branch.label && loop_at(r, i)->nfor != targ)
		return s;   /* a break or continue of a statement inside the loop */
	while (i >= 0 && loop_at(r, i)->nfor != targ)
		i--;
	exitfrom = i + 1;
	if (tok == TOK_GOTO || i < 0) {
		/* goto, or break/continue of a loop that is not range-over-func */
		const char *label = s->u.branch.label->u.ident.name;
		Stmt *ltarg;
		Branch *br;
		compute_branch_next(r);
		j = label_index(r, label);
		ltarg = j >= 0 ? r->labels[j].loop : NULL;
		if (top_loop(r)->nfor == ltarg)
			return s;   /* the label is in the innermost loop */
		next = branch_next(r, tok, label);
		i = r->forstack.n - 1;
		while (i >= 0 && loop_at(r, i)->nfor != ltarg)
			i--;
		exitfrom = i + 1;
		br = NEW(r->a, Branch);
		br->tok = tok;
		br->label = label;
		vec_push(&loop_at(r, exitfrom)->checkbranch, br);
		for (j = exitfrom + 1; j < r->forstack.n; j++)
			loop_at(r, j)->checkret = true;
	} else {
		/* break or continue of a range-over-func loop */
		if (exitfrom == r->forstack.n) {
			bool cont = tok == TOK_CONTINUE;
			vec_push(&list, set_state(r, cont ? RF_READY : RF_DONE, pos));
			vec_push(&list, return_bool(r, cont, pos, pos));
			return block(r, &list, pos, pos);
		}
		if (tok == TOK_CONTINUE) {
			loop_at(r, exitfrom)->checkcontinue = true;
		} else {
			exitfrom = i;
			loop_at(r, exitfrom)->checkbreak = true;
		}
		for (j = exitfrom + 1; j < r->forstack.n; j++)
			loop_at(r, j)->checkbreak = true;
		next = PER_LOOP_STEP * (i + 1);
		if (tok == TOK_CONTINUE)
			next--;
	}
	vec_push(&list, assign1(r, next_use(r, pos), int_const(r, next, pos), pos));
	vec_push(&list, set_state(r, RF_DONE, pos));
	vec_push(&list, return_bool(r, false, pos, pos));
	return block(r, &list, pos, pos);
}

static Stmt *edit_stmt(Rewriter *r, Stmt *s)
{
	if (!s)
		return s;
	if (s->kind == STMT_RANGE) {
		Stmt *b = ptrmap_get(&r->rewritten, s);
		if (b)
			return b;
	}
	if (r->forstack.n > 0) {
		switch (s->kind) {
		case STMT_BRANCH: return edit_branch(r, s);
		case STMT_DEFER: return edit_defer(r, s);
		case STMT_RETURN: return edit_return(r, s);
		default: break;
		}
	}
	return s;
}

/* --- the loop itself --------------------------------------------------------- */

static void start_loop(Rewriter *r, Loop *lp)
{
	r->statecount++;
	lp->statevar = new_var(lp->nfor->u.range.forpos, r->pkg, numbered("#state", r->statecount), int_type());
}

/* The body as a closure: func(params) (#r bool). A range variable
 * declared by the loop is the parameter itself; otherwise parameter #pI
 * is assigned to it first. */
static Expr *body_func(Rewriter *r, Loop *lp, Type *ftyp, Pos start, Pos end)
{
	Stmt *nfor = lp->nfor;
	Expr *lhs[2];
	int nlhs = 0, np = type_tuple_len(ftyp->u.sig.params), i;
	bool def = nfor->u.range.tok == TOK_DEFINE;
	Object **params = NEWARRAY(types_arena(), Object *, np ? np : 1), *result, *tmp;
	Vec list = {0};
	Expr *fn, *ftype;
	Stmt *body = nfor->u.range.body;
	if (nfor->u.range.key)
		lhs[nlhs++] = nfor->u.range.key;
	if (nfor->u.range.value)
		lhs[nlhs++] = nfor->u.range.value;
	for (i = 0; i < np; i++) {
		Type *t = ftyp->u.sig.params->u.tuple.vars[i]->type;
		Object *p = NULL;
		if (i < nlhs && def) {
			p = lhs[i]->u.ident.def;
			if (!p)
				p = new_param(lhs[i]->pos, r->pkg, lhs[i]->u.ident.name, t);
		} else {
			p = new_param(start, r->pkg, numbered("#p", i + 1), t);
			if (i < nlhs)
				vec_push(&list, assign1(r, lhs[i], use_obj(r, p, lhs[i]->pos), lhs[i]->pos));
		}
		params[i] = p;
	}
	result = new_param(start, NULL, intern_cstr("#r"), bool_type());

	/* var #tmpState = #stateN; #stateN = PANIC; if #tmpState != READY {...} */
	tmp = new_var(NOPOS, r->pkg, intern_cstr("#tmpState"), int_type());
	vec_push(&list, var_stmt(r, tmp, use_obj(r, lp->statevar, NOPOS), NOPOS));
	vec_push(&list, set_state(r, RF_PANIC, start));
	{
		Vec then = {0};
		vec_push(&then, call_panic(r, use_obj(r, tmp, start), start));
		vec_push(&list, if_stmt(r, compare(r, TOK_NEQ, use_obj(r, tmp, start), int_const(r, RF_READY, start), start), &then, start));
	}
	for (i = 0; i < body->u.block.list.n; i++)
		vec_push(&list, body->u.block.list.v[i]);
	vec_push(&list, set_state(r, RF_READY, end));
	vec_push(&list, return_bool(r, true, end, NOPOS));

	ftype = new_expr(r, EXPR_FUNCTYPE, start);
	ftype->u.functype.func = start;
	fn = new_expr(r, EXPR_FUNCLIT, start);
	fn->mode = MODE_VALUE;
	fn->type = new_signature(NULL, new_tuple(params, np), tuple1(result), false);
	fn->u.funclit.type = ftype;
	fn->u.funclit.body = block(r, &list, start, end);
	fn->u.funclit.rangebody = true;
	return fn;
}

/* The checks of #next after the call, at pos. */
static void add_checks(Rewriter *r, Loop *lp, Vec *out, Pos pos)
{
	int cur = lp->depth - 1, curindex = cur - 1, step = PER_LOOP_STEP * cur, i, j;
	Vec then = {0};
#define IF_NEXT(op, c, zero) do { \
		Vec t2 = {0}; \
		if (zero) \
			vec_push(&t2, assign1(r, next_use(r, pos), int_const(r, 0, pos), pos)); \
		for (j = 0; j < then.n; j++) \
			vec_push(&t2, then.v[j]); \
		then.n = 0; \
		vec_push(out, if_stmt(r, compare(r, op, next_use(r, pos), int_const(r, c, pos), pos), &t2, pos)); \
	} while (0)
	for (i = 0; i < lp->checkbranch.n; i++) {
		Branch *br = lp->checkbranch.v[i];
		Stmt *b;
		int k;
		bool dup = false;
		for (k = 0; k < i; k++) {
			Branch *o = lp->checkbranch.v[k];
			if (o->tok == br->tok && strcmp(o->label, br->label) == 0)
				dup = true;
		}
		if (dup)
			continue;
		b = new_stmt(r, STMT_BRANCH, pos);
		b->u.branch.tokpos = pos;
		b->u.branch.tok = br->tok;
		b->u.branch.label = new_expr(r, EXPR_IDENT, pos);
		b->u.branch.label->u.ident.name = br->label;
		vec_push(&then, b);
		IF_NEXT(TOK_EQL, branch_next(r, br->tok, br->label), true);
	}
	if (r->forstack.n == 1) {
		if (lp->checkret) {
			vec_push(&then, return_stmt(r, NULL, pos));
			IF_NEXT(TOK_EQL, -1, false);
		}
	} else {
		if (lp->checkret) {
			vec_push(&then, set_state_at(r, curindex, RF_DONE, pos));
			vec_push(&then, return_bool(r, false, pos, pos));
			IF_NEXT(TOK_LSS, 0, false);
		}
		vec_push(&then, call_panic(r, int_const(r, RF_DONE, pos), pos));
		IF_NEXT(TOK_GTR, step, false);
		if (lp->checkcontinue) {
			vec_push(&then, set_state_at(r, curindex, RF_READY, pos));
			vec_push(&then, return_bool(r, true, pos, pos));
			IF_NEXT(TOK_EQL, step - 1, true);
		}
		if (lp->checkbreak) {
			vec_push(&then, set_state_at(r, curindex, RF_DONE, pos));
			vec_push(&then, return_bool(r, false, pos, pos));
			IF_NEXT(TOK_EQL, step, true);
		}
		if (lp->checkcontinue || lp->checkbreak) {
			vec_push(&then, set_state_at(r, curindex, RF_DONE, pos));
			vec_push(&then, return_bool(r, false, pos, pos));
			IF_NEXT(TOK_GTR, 0, false);
		}
	}
#undef IF_NEXT
	vec_free(&then);
}

static void end_loop(Rewriter *r, Loop *lp)
{
	Stmt *nfor = lp->nfor;
	Pos start = nfor->u.range.forpos, end = nfor->u.range.body->u.block.rbrace;
	Type *rfunc = type_core(nfor->u.range.x->type), *ftyp;
	Expr *clo, *arg;
	Object *clovar;
	Vec list = {0};
	if (!rfunc || rfunc->kind != TYPE_SIGNATURE || type_tuple_len(rfunc->u.sig.params) != 1)
		BUG("rangefunc: range over %s", type_string(nfor->u.range.x->type, qualify_by_path, NULL));
	ftyp = type_core(rfunc->u.sig.params->u.tuple.vars[0]->type);
	if (!ftyp || ftyp->kind != TYPE_SIGNATURE || type_tuple_len(ftyp->u.sig.results) != 1)
		BUG("rangefunc: bad yield function");

	r->closurecount++;
	clo = body_func(r, lp, ftyp, start, end);
	clovar = new_var(NOPOS, r->pkg, numbered("#yield", r->closurecount), clo->type);

	if (r->forstack.n == 1 && r->declspecs.n) {
		int i, n;
		Spec **specs = (Spec **)vec_finish(&r->declspecs, r->a, &n);
		/* the shared declarations take the loop's position */
		for (i = 0; i < n; i++) {
			Expr *name = specs[i]->u.value.names.v[0];
			specs[i]->pos = start;
			name->pos = start;
			if (specs[i]->u.value.values.n) {
				Expr *init = specs[i]->u.value.values.v[0];
				init->pos = init->u.call.lparen = init->u.call.rparen = start;
				init->u.call.fun->pos = start;
			}
		}
		vec_push(&list, decl_stmt(r, specs, n, start));
	}
	vec_push(&list, var_stmt(r, lp->statevar, int_const(r, RF_READY, start), start));
	vec_push(&list, var_stmt(r, clovar, clo, start));
	arg = use_obj(r, clovar, start);
	vec_push(&list, expr_stmt(r, call_expr(r, nfor->u.range.x, &arg, 1, NULL, start)));
	{
		Vec then = {0};
		vec_push(&then, call_panic(r, int_const(r, RF_MISSING_PANIC, end), end));
		vec_push(&list, if_stmt(r, compare(r, TOK_EQL, use_obj(r, lp->statevar, end), int_const(r, RF_PANIC, end), end), &then, end));
	}
	vec_push(&list, set_state(r, RF_EXHAUSTED, end));
	add_checks(r, lp, &list, end);

	if (r->forstack.n == 1) {
		vec_free(&r->declspecs);
		r->nextvar = NULL;
		r->defers = NULL;
	}
	ptrmap_put(&r->rewritten, nfor, block(r, &list, start, end));
	vec_free(&lp->checkbranch);
}

/* --- the walk ---------------------------------------------------------------- */

static void walk_exprs(Rewriter *r, ExprList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		walk_expr(r, l->v[i]);
}

/* Function literals are rewritten on their own. */
static void walk_expr(Rewriter *r, Expr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case EXPR_FUNCLIT:
		rewrite_func(r->a, r->pkg, e->type, e->u.funclit.body);
		break;
	case EXPR_COMPOSITE: walk_exprs(r, &e->u.composite.elts); break;
	case EXPR_PAREN: walk_expr(r, e->u.paren.x); break;
	case EXPR_SELECTOR: walk_expr(r, e->u.selector.x); break;
	case EXPR_INDEX: walk_expr(r, e->u.index.x); walk_expr(r, e->u.index.index); break;
	case EXPR_INDEXLIST: walk_expr(r, e->u.indexlist.x); walk_exprs(r, &e->u.indexlist.indices); break;
	case EXPR_SLICE:
		walk_expr(r, e->u.slice.x);
		walk_expr(r, e->u.slice.low);
		walk_expr(r, e->u.slice.high);
		walk_expr(r, e->u.slice.max);
		break;
	case EXPR_TYPEASSERT: walk_expr(r, e->u.typeassert.x); break;
	case EXPR_CALL: walk_expr(r, e->u.call.fun); walk_exprs(r, &e->u.call.args); break;
	case EXPR_STAR: walk_expr(r, e->u.star.x); break;
	case EXPR_UNARY: walk_expr(r, e->u.unary.x); break;
	case EXPR_BINARY: walk_expr(r, e->u.binary.x); walk_expr(r, e->u.binary.y); break;
	case EXPR_KEYVALUE: walk_expr(r, e->u.keyvalue.key); walk_expr(r, e->u.keyvalue.value); break;
	default:
		break;   /* names, literals, types */
	}
}

/* The statements of a list, then each edited: by then the loops they
 * hold have ended and their flags are final. */
static void walk_list(Rewriter *r, StmtList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		walk_stmt(r, l->v[i]);
	for (i = 0; i < l->n; i++)
		l->v[i] = edit_stmt(r, l->v[i]);
}

static void walk_decl(Rewriter *r, Decl *d)
{
	int i;
	if (d->kind != DECL_GEN || d->u.gen.tok != TOK_VAR)
		return;
	for (i = 0; i < d->u.gen.nspecs; i++)
		walk_exprs(r, &d->u.gen.specs[i]->u.value.values);
}

static void walk_stmt(Rewriter *r, Stmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case STMT_DECL: walk_decl(r, s->u.decl.decl); break;
	case STMT_LABELED:
		walk_stmt(r, s->u.labeled.stmt);
		s->u.labeled.stmt = edit_stmt(r, s->u.labeled.stmt);
		break;
	case STMT_EXPR: walk_expr(r, s->u.expr.x); break;
	case STMT_SEND: walk_expr(r, s->u.send.chan); walk_expr(r, s->u.send.value); break;
	case STMT_INCDEC: walk_expr(r, s->u.incdec.x); break;
	case STMT_ASSIGN: walk_exprs(r, &s->u.assign.lhs); walk_exprs(r, &s->u.assign.rhs); break;
	case STMT_GO: walk_expr(r, s->u.go.call); break;
	case STMT_DEFER: walk_expr(r, s->u.defer.call); break;
	case STMT_RETURN: walk_exprs(r, &s->u.ret.results); break;
	case STMT_BLOCK: walk_list(r, &s->u.block.list); break;
	case STMT_IF:
		walk_stmt(r, s->u.ifs.init);
		walk_expr(r, s->u.ifs.cond);
		walk_stmt(r, s->u.ifs.body);
		walk_stmt(r, s->u.ifs.els);
		break;
	case STMT_CASE:
		walk_exprs(r, &s->u.caseclause.list);
		walk_list(r, &s->u.caseclause.body);
		break;
	case STMT_SWITCH:
		walk_stmt(r, s->u.switchs.init);
		walk_expr(r, s->u.switchs.tag);
		walk_stmt(r, s->u.switchs.body);
		break;
	case STMT_TYPESWITCH:
		walk_stmt(r, s->u.typeswitch.init);
		walk_stmt(r, s->u.typeswitch.assign);
		walk_stmt(r, s->u.typeswitch.body);
		break;
	case STMT_COMM:
		walk_stmt(r, s->u.comm.comm);
		walk_list(r, &s->u.comm.body);
		break;
	case STMT_SELECT: walk_stmt(r, s->u.select.body); break;
	case STMT_FOR:
		walk_stmt(r, s->u.fors.init);
		walk_expr(r, s->u.fors.cond);
		walk_stmt(r, s->u.fors.post);
		walk_stmt(r, s->u.fors.body);
		break;
	case STMT_RANGE: {
		Loop *lp = NULL;
		if (is_range_func(s)) {
			lp = NEW(r->a, Loop);
			lp->nfor = s;
			lp->depth = 1 + r->forstack.n;
			vec_push(&r->forstack, lp);
			start_loop(r, lp);
		}
		walk_expr(r, s->u.range.key);
		walk_expr(r, s->u.range.value);
		walk_expr(r, s->u.range.x);
		walk_stmt(r, s->u.range.body);
		if (lp) {
			end_loop(r, lp);
			r->forstack.n--;
		}
		break;
	}
	default:
		break;
	}
}

static void rewrite_func(Arena *a, Pkg *pkg, Type *sig, Stmt *body)
{
	Rewriter r;
	if (!body || !sig || sig->kind != TYPE_SIGNATURE)
		return;
	memset(&r, 0, sizeof r);
	r.a = a;
	r.pkg = pkg;
	r.sig = sig;
	r.body = body;
	walk_stmt(&r, body);
	vec_free(&r.forstack);
	vec_free(&r.declspecs);
	ptrmap_free(&r.rewritten);
}

/* The runtime's helpers the rewritten code calls. */
static void init_runtime(void)
{
	Pkg *rt;
	Object *state, *extra;
	if (rt_panicrangestate)
		return;
	obj_true = scope_lookup(universe, intern_cstr("true"));
	obj_false = scope_lookup(universe, intern_cstr("false"));
	rt = new_pkg("runtime", "runtime");
	extra = new_param(NOPOS, rt, intern_cstr("extra"), typ_any);
	rt_deferrangefunc = new_func(NOPOS, rt, intern_cstr("deferrangefunc"),
		new_signature(NULL, NULL, tuple1(extra), false));
	state = new_param(NOPOS, rt, intern_cstr("state"), int_type());
	rt_panicrangestate = new_func(NOPOS, rt, intern_cstr("panicrangestate"),
		new_signature(NULL, tuple1(state), NULL, false));
}

void rangefunc_package(Pkg *pkg, File **files, int nfiles, Arena *a)
{
	Rewriter top;
	int i, j;
	init_runtime();
	memset(&top, 0, sizeof top);
	top.a = a;
	top.pkg = pkg;
	for (i = 0; i < nfiles; i++) {
		for (j = 0; j < files[i]->ndecls; j++) {
			Decl *d = files[i]->decls[j];
			if (d->kind == DECL_FUNC) {
				Object *fn = d->u.func.name ? d->u.func.name->u.ident.def : NULL;
				if (fn && fn->kind == OBJ_FUNC)
					rewrite_func(a, pkg, fn->type, d->u.func.body);
			} else {
				walk_decl(&top, d);   /* package-level function literals */
			}
		}
	}
}
