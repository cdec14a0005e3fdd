/* genlimits.c: what gc 1.19 refuses in generic code although the type
 * checker accepts it. Its noder, which runs only after a package type
 * checks without errors, does not support type declarations inside
 * generic functions and methods (closures included):
 *
 *   func f[T any]() { type L []T }   // type declarations inside generic
 *                                    // functions are not currently supported
 *
 * Needs: a package checked without errors (the function objects of its
 * declarations). Reports at each such declaration statement. */
#include "check.h"

static void walk_stmt(Checker *c, Stmt *s);
static void walk_stmts(Checker *c, StmtList l);

/* Only function literals matter inside expressions: their bodies are
 * part of the generic function. */
static void walk_expr(Checker *c, Expr *e)
{
	int i;
	if (!e)
		return;
	switch (e->kind) {
	case EXPR_FUNCLIT:
		walk_stmt(c, e->u.funclit.body);
		break;
	case EXPR_COMPOSITE:
		walk_expr(c, e->u.composite.type);
		for (i = 0; i < e->u.composite.elts.n; i++)
			walk_expr(c, e->u.composite.elts.v[i]);
		break;
	case EXPR_PAREN:
		walk_expr(c, e->u.paren.x);
		break;
	case EXPR_SELECTOR:
		walk_expr(c, e->u.selector.x);
		break;
	case EXPR_INDEX:
		walk_expr(c, e->u.index.x);
		walk_expr(c, e->u.index.index);
		break;
	case EXPR_INDEXLIST:
		walk_expr(c, e->u.indexlist.x);
		for (i = 0; i < e->u.indexlist.indices.n; i++)
			walk_expr(c, e->u.indexlist.indices.v[i]);
		break;
	case EXPR_SLICE:
		walk_expr(c, e->u.slice.x);
		walk_expr(c, e->u.slice.low);
		walk_expr(c, e->u.slice.high);
		walk_expr(c, e->u.slice.max);
		break;
	case EXPR_TYPEASSERT:
		walk_expr(c, e->u.typeassert.x);
		break;
	case EXPR_CALL:
		walk_expr(c, e->u.call.fun);
		for (i = 0; i < e->u.call.args.n; i++)
			walk_expr(c, e->u.call.args.v[i]);
		break;
	case EXPR_STAR:
		walk_expr(c, e->u.star.x);
		break;
	case EXPR_UNARY:
		walk_expr(c, e->u.unary.x);
		break;
	case EXPR_BINARY:
		walk_expr(c, e->u.binary.x);
		walk_expr(c, e->u.binary.y);
		break;
	case EXPR_KEYVALUE:
		walk_expr(c, e->u.keyvalue.key);
		walk_expr(c, e->u.keyvalue.value);
		break;
	case EXPR_ARRAYTYPE:
		walk_expr(c, e->u.arraytype.len);
		walk_expr(c, e->u.arraytype.elt);
		break;
	default:
		break;
	}
}

static void walk_exprs(Checker *c, ExprList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		walk_expr(c, l.v[i]);
}

static void walk_decl(Checker *c, Stmt *s)
{
	Decl *d = s->u.decl.decl;
	int i;
	if (!d || d->kind != DECL_GEN)
		return;
	if (d->u.gen.tok == TOK_TYPE && d->u.gen.nspecs > 0) {
		check_errorf(c, s->pos, "type declarations inside generic functions are not currently supported");
		return;
	}
	for (i = 0; i < d->u.gen.nspecs; i++) {
		Spec *sp = d->u.gen.specs[i];
		if (sp->kind == SPEC_VALUE)
			walk_exprs(c, sp->u.value.values);
	}
}

static void walk_stmt(Checker *c, Stmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case STMT_DECL:
		walk_decl(c, s);
		break;
	case STMT_LABELED:
		walk_stmt(c, s->u.labeled.stmt);
		break;
	case STMT_EXPR:
		walk_expr(c, s->u.expr.x);
		break;
	case STMT_SEND:
		walk_expr(c, s->u.send.chan);
		walk_expr(c, s->u.send.value);
		break;
	case STMT_INCDEC:
		walk_expr(c, s->u.incdec.x);
		break;
	case STMT_ASSIGN:
		walk_exprs(c, s->u.assign.lhs);
		walk_exprs(c, s->u.assign.rhs);
		break;
	case STMT_GO:
		walk_expr(c, s->u.go.call);
		break;
	case STMT_DEFER:
		walk_expr(c, s->u.defer.call);
		break;
	case STMT_RETURN:
		walk_exprs(c, s->u.ret.results);
		break;
	case STMT_BLOCK:
		walk_stmts(c, s->u.block.list);
		break;
	case STMT_IF:
		walk_stmt(c, s->u.ifs.init);
		walk_expr(c, s->u.ifs.cond);
		walk_stmt(c, s->u.ifs.body);
		walk_stmt(c, s->u.ifs.els);
		break;
	case STMT_CASE:
		walk_exprs(c, s->u.caseclause.list);
		walk_stmts(c, s->u.caseclause.body);
		break;
	case STMT_SWITCH:
		walk_stmt(c, s->u.switchs.init);
		walk_expr(c, s->u.switchs.tag);
		walk_stmt(c, s->u.switchs.body);
		break;
	case STMT_TYPESWITCH:
		walk_stmt(c, s->u.typeswitch.init);
		walk_stmt(c, s->u.typeswitch.assign);
		walk_stmt(c, s->u.typeswitch.body);
		break;
	case STMT_COMM:
		walk_stmt(c, s->u.comm.comm);
		walk_stmts(c, s->u.comm.body);
		break;
	case STMT_SELECT:
		walk_stmt(c, s->u.select.body);
		break;
	case STMT_FOR:
		walk_stmt(c, s->u.fors.init);
		walk_expr(c, s->u.fors.cond);
		walk_stmt(c, s->u.fors.post);
		walk_stmt(c, s->u.fors.body);
		break;
	case STMT_RANGE:
		walk_expr(c, s->u.range.key);
		walk_expr(c, s->u.range.value);
		walk_expr(c, s->u.range.x);
		walk_stmt(c, s->u.range.body);
		break;
	default:
		break;
	}
}

static void walk_stmts(Checker *c, StmtList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		walk_stmt(c, l.v[i]);
}

/* A function with type parameters, or a method of a generic type. */
static bool is_generic_func(Decl *d)
{
	Object *fn = d->u.func.fn;
	Type *sig = fn ? fn->type : NULL;
	if (!sig || sig->kind != TYPE_SIGNATURE)
		return false;
	return sig->u.sig.tparams.n > 0 || sig->u.sig.rparams.n > 0;
}

void check_generic_limits(Checker *c)
{
	int i, j;
	for (i = 0; i < c->nfiles; i++) {
		File *f = c->files[i];
		for (j = 0; j < f->ndecls; j++) {
			Decl *d = f->decls[j];
			if (d->kind == DECL_FUNC && d->u.func.body && is_generic_func(d))
				walk_stmt(c, d->u.func.body);
		}
	}
}
