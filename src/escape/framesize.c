/* framesize.c: functions whose stack frame gc refuses, over 1GB.
 *
 * gc measures the frame after code generation: its locals (variables
 * kept on the stack and the temporaries it makes), its arguments and
 * results, and the outgoing argument area of the calls it makes. This
 * estimates the same three parts from the checked syntax, counting only
 * what gc certainly puts on the stack, so that the estimate never
 * exceeds gc's (valid programs stay valid):
 *
 *   locals: variables of the function itself (not of its closures) of
 *     at most 10MB (larger ones go to the heap) whose address is never
 *     taken, explicitly or implicitly, and that no closure uses; the
 *     copy a range loop makes of an array it ranges over with a value
 *     variable; the temporary holding a call's argument that is itself
 *     a call;
 *   args: the function's parameters and results, laid out in order;
 *   callee: the largest argument area among the functions it calls.
 *
 * Once escape analysis has run, the backing arrays of the slice
 * literals that do not escape join the locals (gc makes them on the
 * stack, whatever their size), unless the literal is assigned to _.
 *
 * Reported as gc reports them, at the function's name, in MB. Run only
 * on a package without other errors (gc stops before code generation). */
#include <stdlib.h>
#include <string.h>

#include "types/types.h"

#define MAX_FRAME ((int64_t)1 << 30)
#define MAX_STACK_VAR ((int64_t)10 << 20)

typedef struct Frame {
	PtrMap vars;               /* candidate locals -> themselves; NULL once excluded */
	Object **order;            /* candidates, in declaration order */
	int n, cap;
	int64_t temps;             /* temporaries */
	int64_t callee;            /* largest outgoing argument area */
	int fnest;                 /* inside a closure */
	int blank;                 /* in a value assigned to _ (gc drops it) */
	const Pos *stacklits;      /* '{' of the slice literals kept on the stack, sorted */
	int nstacklits;
} Frame;

static int64_t round_up(int64_t o, int64_t a)
{
	return a > 1 ? (o + a - 1) / a * a : o;
}

/* tuple_width lays out a parameter list from offset o. */
static int64_t tuple_width(Type *tup, int64_t o)
{
	int i;
	if (!tup || tup->kind != TYPE_TUPLE)
		return o;
	for (i = 0; i < tup->u.tuple.n; i++) {
		Type *t = tup->u.tuple.vars[i]->type;
		o = round_up(o, type_align(t));
		o += type_size(t);
	}
	return o;
}

/* arg_width: the stack a call of signature sig needs for its receiver,
 * parameters and results. */
static int64_t arg_width(Type *sig)
{
	int64_t o = 0, w = sizes_ptrsize();
	if (!sig || sig->kind != TYPE_SIGNATURE)
		return 0;
	if (sig->u.sig.recv)
		o = type_size(sig->u.sig.recv->type);
	o = round_up(o, w);
	o = round_up(tuple_width(sig->u.sig.params, o), w);
	return round_up(tuple_width(sig->u.sig.results, o), w);
}

/* --- candidate variables ---------------------------------------------------- */

static void add_var(Frame *f, Object *o)
{
	int64_t z;
	if (!o || o->kind != OBJ_VAR || f->fnest > 0 || strcmp(o->name, "_") == 0)
		return;
	z = type_size(o->type);
	if (z > MAX_STACK_VAR || type_align(o->type) > sizes_ptrsize() || ptrmap_get(&f->vars, o))
		return;
	ptrmap_put(&f->vars, o, o);
	if (f->n == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 16;
		f->order = xrealloc(f->order, sizeof *f->order * (size_t)f->cap);
	}
	f->order[f->n++] = o;
}

static void exclude(Frame *f, Object *o)
{
	if (o && ptrmap_get(&f->vars, o))
		ptrmap_put(&f->vars, o, NULL);
}

/* The variable whose storage e is part of (fields and array elements
 * of it), or NULL. */
static Object *root_var(Expr *e)
{
	for (;;) {
		e = ast_unparen(e);
		if (e->kind == EXPR_IDENT)
			return e->u.ident.use;
		if (e->kind == EXPR_SELECTOR && e->u.selector.selection &&
		    e->u.selector.selection->kind == SEL_FIELDVAL && !e->u.selector.selection->indirect)
			e = e->u.selector.x;
		else if (e->kind == EXPR_INDEX && e->u.index.x->type && type_under(e->u.index.x->type)->kind == TYPE_ARRAY)
			e = e->u.index.x;
		else
			return NULL;
	}
}

/* --- the walk ----------------------------------------------------------------- */

static void walk_stmt(Frame *f, Stmt *s);

/* may_call: evaluating e may involve a call (gc then keeps an argument
 * in a temporary); calls themselves are what matters here. */
static bool has_call(Expr *e)
{
	e = ast_unparen(e);
	return e->kind == EXPR_CALL && e->u.call.fun->mode != MODE_TYPEXPR && e->u.call.fun->mode != MODE_BUILTIN;
}

static void walk_expr(Frame *f, Expr *e);

static void walk_call(Frame *f, Expr *e)
{
	Expr *fun = ast_unparen(e->u.call.fun);
	Type *sig = fun->type ? type_under(fun->type) : NULL;
	int i;
	if (fun->mode != MODE_TYPEXPR && fun->mode != MODE_BUILTIN && sig && sig->kind == TYPE_SIGNATURE) {
		int64_t w = arg_width(sig);
		Type *params = sig->u.sig.params;
		if (fun->kind == EXPR_SELECTOR && fun->u.selector.selection &&
		    fun->u.selector.selection->kind == SEL_METHODVAL)
			w += sizes_ptrsize();   /* the receiver */
		if (f->fnest == 0 && w > f->callee)
			f->callee = w;
		/* an argument that is a call is kept in a temporary */
		for (i = 0; i < e->u.call.args.n && params && i < params->u.tuple.n; i++)
			if (f->fnest == 0 && e->u.call.args.n == params->u.tuple.n && has_call(e->u.call.args.v[i]))
				f->temps += type_size(params->u.tuple.vars[i]->type);
	}
	/* a method call may take its receiver's address */
	if (fun->kind == EXPR_SELECTOR && fun->u.selector.selection &&
	    fun->u.selector.selection->kind == SEL_METHODVAL)
		exclude(f, root_var(fun->u.selector.x));
	walk_expr(f, e->u.call.fun);
	for (i = 0; i < e->u.call.args.n; i++)
		walk_expr(f, e->u.call.args.v[i]);
}

static bool has_pos(const Pos *v, int n, Pos p)
{
	int lo = 0, hi = n;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (v[mid] < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo] == p;
}

/* The size of a slice literal's backing array: its length is one past
 * the largest index, keyed or implied. Saturates at 2^60. */
static int64_t backing_size(Expr *e)
{
	int64_t len = 0, idx = 0, z = type_size(type_under(e->type)->u.slice.elem);
	int i;
	for (i = 0; i < e->u.composite.elts.n; i++) {
		Expr *el = e->u.composite.elts.v[i];
		int64_t k;
		if (el->kind == EXPR_KEYVALUE && el->u.keyvalue.key->val &&
		    const_int64_val(el->u.keyvalue.key->val, &k))
			idx = k;
		if (idx + 1 > len)
			len = idx + 1;
		idx++;
	}
	if (z > 0 && len > ((int64_t)1 << 60) / z)
		return (int64_t)1 << 60;
	return len * z;
}

static void walk_expr(Frame *f, Expr *e)
{
	int i;
	if (!e)
		return;
	switch (e->kind) {
	case EXPR_IDENT:
		if (f->fnest > 0)
			exclude(f, e->u.ident.use);   /* a closure's use */
		break;
	case EXPR_FUNCLIT:
		f->fnest++;
		walk_stmt(f, e->u.funclit.body);
		f->fnest--;
		break;
	case EXPR_COMPOSITE:
		if (f->nstacklits && f->fnest == 0 && f->blank == 0 && e->type && type_under(e->type)->kind == TYPE_SLICE &&
		    has_pos(f->stacklits, f->nstacklits, e->u.composite.lbrace))
			f->temps += backing_size(e);
		for (i = 0; i < e->u.composite.elts.n; i++)
			walk_expr(f, e->u.composite.elts.v[i]);
		break;
	case EXPR_PAREN:
		walk_expr(f, e->u.paren.x);
		break;
	case EXPR_SELECTOR:
		if (e->u.selector.selection && e->u.selector.selection->kind != SEL_FIELDVAL)
			exclude(f, root_var(e->u.selector.x));   /* method value */
		walk_expr(f, e->u.selector.x);
		break;
	case EXPR_INDEX:
		walk_expr(f, e->u.index.x);
		walk_expr(f, e->u.index.index);
		break;
	case EXPR_INDEXLIST:
		walk_expr(f, e->u.indexlist.x);
		break;
	case EXPR_SLICE:
		exclude(f, root_var(e->u.slice.x));
		walk_expr(f, e->u.slice.x);
		walk_expr(f, e->u.slice.low);
		walk_expr(f, e->u.slice.high);
		walk_expr(f, e->u.slice.max);
		break;
	case EXPR_TYPEASSERT:
		walk_expr(f, e->u.typeassert.x);
		break;
	case EXPR_CALL:
		walk_call(f, e);
		break;
	case EXPR_STAR:
		walk_expr(f, e->u.star.x);
		break;
	case EXPR_UNARY:
		if (e->u.unary.op == TOK_AND)
			exclude(f, root_var(e->u.unary.x));
		walk_expr(f, e->u.unary.x);
		break;
	case EXPR_BINARY:
		walk_expr(f, e->u.binary.x);
		walk_expr(f, e->u.binary.y);
		break;
	case EXPR_KEYVALUE:
		walk_expr(f, e->u.keyvalue.key);
		walk_expr(f, e->u.keyvalue.value);
		break;
	default:
		break;
	}
}

static void walk_exprs(Frame *f, ExprList x)
{
	int i;
	for (i = 0; i < x.n; i++)
		walk_expr(f, x.v[i]);
}

static void walk_stmts(Frame *f, StmtList x)
{
	int i;
	for (i = 0; i < x.n; i++)
		walk_stmt(f, x.v[i]);
}

static bool is_blank(Expr *e)
{
	e = ast_unparen(e);
	return e->kind == EXPR_IDENT && strcmp(e->u.ident.name, "_") == 0;
}

static void define(Frame *f, Expr *e)
{
	e = e ? ast_unparen(e) : NULL;
	if (e && e->kind == EXPR_IDENT && e->u.ident.def)
		add_var(f, e->u.ident.def);
}

static void walk_decl(Frame *f, Decl *d)
{
	int i, j;
	if (!d || d->kind != DECL_GEN || d->u.gen.tok != TOK_VAR)
		return;
	for (i = 0; i < d->u.gen.nspecs; i++) {
		Spec *s = d->u.gen.specs[i];
		for (j = 0; j < s->u.value.names.n; j++)
			define(f, s->u.value.names.v[j]);
		for (j = 0; j < s->u.value.values.n; j++) {
			bool blank = s->u.value.names.n == s->u.value.values.n && is_blank(s->u.value.names.v[j]);
			f->blank += blank;
			walk_expr(f, s->u.value.values.v[j]);
			f->blank -= blank;
		}
	}
}

/* A range loop over an array value with a value variable ranges over
 * a copy. */
static void walk_range(Frame *f, Stmt *s)
{
	Expr *x = s->u.range.x, *v = s->u.range.value;
	if (s->u.range.tok == TOK_DEFINE) {
		define(f, s->u.range.key);
		define(f, v);
	}
	if (f->fnest == 0 && x->type && type_under(x->type)->kind == TYPE_ARRAY && v &&
	    !(v->kind == EXPR_IDENT && strcmp(v->u.ident.name, "_") == 0))
		f->temps += type_size(x->type);
	walk_expr(f, s->u.range.key);
	walk_expr(f, v);
	walk_expr(f, x);
	walk_stmt(f, s->u.range.body);
}

static void walk_stmt(Frame *f, Stmt *s)
{
	int i;
	if (!s)
		return;
	switch (s->kind) {
	case STMT_DECL:
		walk_decl(f, s->u.decl.decl);
		break;
	case STMT_LABELED:
		walk_stmt(f, s->u.labeled.stmt);
		break;
	case STMT_EXPR:
		walk_expr(f, s->u.expr.x);
		break;
	case STMT_SEND:
		walk_expr(f, s->u.send.chan);
		walk_expr(f, s->u.send.value);
		break;
	case STMT_INCDEC:
		walk_expr(f, s->u.incdec.x);
		break;
	case STMT_ASSIGN:
		if (s->u.assign.tok == TOK_DEFINE)
			for (i = 0; i < s->u.assign.lhs.n; i++)
				define(f, s->u.assign.lhs.v[i]);
		walk_exprs(f, s->u.assign.lhs);
		for (i = 0; i < s->u.assign.rhs.n; i++) {
			bool blank = s->u.assign.lhs.n == s->u.assign.rhs.n && is_blank(s->u.assign.lhs.v[i]);
			f->blank += blank;
			walk_expr(f, s->u.assign.rhs.v[i]);
			f->blank -= blank;
		}
		break;
	case STMT_GO:
	case STMT_DEFER:
		/* the call runs elsewhere: its operands may be kept anywhere */
		f->fnest++;
		walk_expr(f, s->kind == STMT_GO ? s->u.go.call : s->u.defer.call);
		f->fnest--;
		break;
	case STMT_RETURN:
		walk_exprs(f, s->u.ret.results);
		break;
	case STMT_BLOCK:
		walk_stmts(f, s->u.block.list);
		break;
	case STMT_IF:
		walk_stmt(f, s->u.ifs.init);
		walk_expr(f, s->u.ifs.cond);
		walk_stmt(f, s->u.ifs.body);
		walk_stmt(f, s->u.ifs.els);
		break;
	case STMT_CASE:
		walk_exprs(f, s->u.caseclause.list);
		walk_stmts(f, s->u.caseclause.body);
		break;
	case STMT_SWITCH:
		walk_stmt(f, s->u.switchs.init);
		walk_expr(f, s->u.switchs.tag);
		walk_stmt(f, s->u.switchs.body);
		break;
	case STMT_TYPESWITCH:
		walk_stmt(f, s->u.typeswitch.init);
		walk_stmt(f, s->u.typeswitch.assign);
		walk_stmt(f, s->u.typeswitch.body);
		break;
	case STMT_COMM:
		walk_stmt(f, s->u.comm.comm);
		walk_stmts(f, s->u.comm.body);
		break;
	case STMT_SELECT:
		walk_stmt(f, s->u.select.body);
		break;
	case STMT_FOR:
		walk_stmt(f, s->u.fors.init);
		walk_expr(f, s->u.fors.cond);
		walk_stmt(f, s->u.fors.post);
		walk_stmt(f, s->u.fors.body);
		break;
	case STMT_RANGE:
		walk_range(f, s);
		break;
	default:
		break;
	}
}

/* --- functions ------------------------------------------------------------------ */

static bool generic_sig(Type *sig)
{
	return sig->u.sig.tparams.n > 0 || sig->u.sig.rparams.n > 0;
}

static void check_func(Decl *d, const Pos *stacklits, int nstacklits)
{
	Object *fn = d->u.func.fn;
	Type *sig = fn ? fn->type : NULL;
	Frame f;
	int64_t locals, args;
	int i;
	if (!d->u.func.body || !sig || sig->kind != TYPE_SIGNATURE || generic_sig(sig))
		return;
	memset(&f, 0, sizeof f);
	f.stacklits = stacklits;
	f.nstacklits = nstacklits;
	walk_stmt(&f, d->u.func.body);
	locals = f.temps;
	for (i = 0; i < f.n; i++)
		if (ptrmap_get(&f.vars, f.order[i]))
			locals += round_up(type_size(f.order[i]->type), type_align(f.order[i]->type));
	args = arg_width(sig);
	if (locals >= MAX_FRAME || args >= MAX_FRAME)
		errorf(d->pos, "stack frame too large (>1GB): %lld MB locals + %lld MB args",
		       (long long)(locals >> 20), (long long)(args >> 20));
	else if (locals + f.callee >= MAX_FRAME)
		errorf(d->pos, "stack frame too large (>1GB): %lld MB locals + %lld MB args + %lld MB callee",
		       (long long)(locals >> 20), (long long)(args >> 20), (long long)(f.callee >> 20));
	ptrmap_free(&f.vars);
	free(f.order);
}

void check_frame_sizes(File **files, int nfiles)
{
	int i, j;
	for (i = 0; i < nfiles; i++)
		for (j = 0; j < files[i]->ndecls; j++)
			if (files[i]->decls[j]->kind == DECL_FUNC)
				check_func(files[i]->decls[j], NULL, 0);
}

/* Does some position of the sorted v lie in [lo, hi]? */
static bool any_pos_in(const Pos *v, int n, Pos lo, Pos hi)
{
	int a = 0, b = n;
	while (a < b) {
		int mid = a + (b - a) / 2;
		if (v[mid] < lo)
			a = mid + 1;
		else
			b = mid;
	}
	return a < n && v[a] <= hi;
}

void check_frame_sizes_escaped(File **files, int nfiles, const Pos *stacklits, int nstacklits)
{
	int i, j;
	for (i = 0; i < nfiles; i++)
		for (j = 0; j < files[i]->ndecls; j++) {
			Decl *d = files[i]->decls[j];
			if (d->kind == DECL_FUNC && d->u.func.body &&
			    any_pos_in(stacklits, nstacklits, d->pos, d->u.func.body->u.block.rbrace))
				check_func(d, stacklits, nstacklits);
		}
}
