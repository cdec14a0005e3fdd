/* deadcode.c: gc's removal of code made dead by constant conditions,
 * done before escape analysis, so allocations in it are not reported.
 * Up to Go 1.20 (gc's deadcode pass): if/else on a constant, && and ||
 * with a constant left operand, switches on constants, and statements
 * after an if on a constant whose branch returns or panics (when no
 * label follows). From Go 1.21 (unified IR's writer): a condition is
 * static when it is constant or an && or || whose operands decide it
 * (v && false), loops on a static false lose their bodies, and every
 * statement after one that terminates (return, goto, panic, an if
 * whose taken branches terminate, a block ending in one) is dropped up
 * to a label. */
#include <stdio.h>

#include "ir.h"

static bool is_bool_const(Node *n, bool *v)
{
	if (!n || n->op != OLITERAL || !n->val || const_kind(n->val) != CONST_BOOL)
		return false;
	*v = const_bool_val(n->val);
	return true;
}

static Node *dead_expr(Node *n)
{
	bool v;
	if (!n)
		return n;
	if (n->op == OANDAND || n->op == OOROR) {
		n->x = dead_expr(n->x);
		n->y = dead_expr(n->y);
		if (is_bool_const(n->x, &v)) {
			if (n->op == OANDAND)
				return v ? n->y : n->x;
			return v ? n->x : n->y;
		}
	}
	return n;
}

static bool has_fallthrough(NodeList *body)
{
	int i;
	for (i = 0; i < body->n; i++)
		if (body->v[i]->op == OFALL)
			return true;
	return false;
}

static void dead_stmts(NodeList *l);

/* switch on a constant (or switch {} with constant cases): keep only the case that runs */
static void dead_switch(Node *n)
{
	Const *x;
	Node *def = NULL;
	int i, j;
	if (n->op != OSWITCH)
		return;
	if (n->x) {
		if (n->x->op != OLITERAL || !n->x->val)
			return;
		x = n->x->val;
	} else {
		x = const_bool(true);
	}
	for (i = 0; i < n->list.n; i++) {
		Node *cas = n->list.v[i];
		if (cas->list.n == 0) {
			def = cas;
			continue;
		}
		for (j = 0; j < cas->list.n; j++) {
			Node *c = cas->list.v[j];
			if (c->op != OLITERAL || !c->val)
				return;
			if (const_compare(x, TOK_EQL, c->val)) {
				if (has_fallthrough(&cas->body))
					return;
				cas->list.v[0] = c;
				cas->list.n = 1;
				n->list.v[0] = cas;
				n->list.n = 1;
				return;
			}
		}
	}
	if (def) {
		if (has_fallthrough(&def->body))
			return;
		n->list.v[0] = def;
		n->list.n = 1;
		return;
	}
	n->list.n = 0;
}

static void dead_stmts(NodeList *l)
{
	int lastlabel = -1, i, j;
	for (i = 0; i < l->n; i++)
		if (l->v[i] && l->v[i]->op == OLABEL)
			lastlabel = i;
	for (i = 0; i < l->n; i++) {
		Node *n = l->v[i];
		bool cut = false, v;
		if (!n)
			continue;
		if (n->op == OIF) {
			n->x = dead_expr(n->x);
			if (is_bool_const(n->x, &v)) {
				NodeList *body;
				if (v) {
					n->els.n = 0;
					body = &n->body;
				} else {
					n->body.n = 0;
					body = &n->els;
				}
				if (body->n) {
					Op last = body->v[body->n - 1]->op;
					if ((last == ORETURN || last == OTAILCALL || last == OPANIC) && i > lastlabel)
						cut = true;
				}
			}
		}
		dead_switch(n);
		if (n->init.n)
			dead_stmts(&n->init);
		switch (n->op) {
		case OBLOCK:
			dead_stmts(&n->list);
			break;
		case OFOR: case ORANGE:
			dead_stmts(&n->body);
			break;
		case OIF:
			dead_stmts(&n->body);
			dead_stmts(&n->els);
			break;
		case OSELECT: case OSWITCH: case OTYPESW:
			for (j = 0; j < n->list.n; j++)
				dead_stmts(&n->list.v[j]->body);
			break;
		default:
			break;
		}
		if (cut) {
			l->n = i + 1;
			break;
		}
	}
}

/* unified IR's staticBool: +1 always true, -1 always false, 0 unknown;
 * a condition decided by its constant left operand becomes the operand
 * that decides it */
static int static_bool(Node **np)
{
	Node *n = *np;
	bool v;
	int x, y;
	if (!n)
		return 0;
	if (is_bool_const(n, &v))
		return v ? 1 : -1;
	if (n->op == OANDAND || n->op == OOROR) {
		int stop = n->op == OANDAND ? -1 : 1;   /* the value that decides */
		x = static_bool(&n->x);
		if (x == stop) {
			*np = n->x;
			return x;
		}
		y = static_bool(&n->y);
		if (x == -stop || y == stop) {
			if (is_bool_const(n->x, &v))
				*np = n->y;
			return y;
		}
	}
	/* (gc's ! looks through unary operators only: parenthesised &&
	 * and || are never static there) */
	return 0;
}

static bool terminates(Node *n);

/* some statement was dropped from the function being simplified */
static bool dropped;

static bool terminates_list(NodeList *l)
{
	return l->n > 0 && terminates(l->v[l->n - 1]);
}

static bool terminates(Node *n)
{
	int c;
	if (!n)
		return false;
	switch (n->op) {
	case ORETURN: case OTAILCALL: case OGOTO: case OPANIC:
		return true;
	case OIF:
		c = static_bool(&n->x);
		return (c < 0 || terminates_list(&n->body)) && (c > 0 || terminates_list(&n->els));
	case OBLOCK:
		return terminates_list(&n->list);
	default:
		return false;
	}
}

static void static_stmts(NodeList *l);

static void static_children(Node *n)
{
	int j, c;
	if (n->init.n)
		static_stmts(&n->init);
	switch (n->op) {
	case OIF:
		c = static_bool(&n->x);
		if (c < 0 && n->body.n) {
			n->body.n = 0;
			dropped = true;
		}
		if (c > 0 && n->els.n) {
			n->els.n = 0;
			dropped = true;
		}
		static_stmts(&n->body);
		static_stmts(&n->els);
		break;
	case OFOR:
		if (n->x && static_bool(&n->x) < 0) {
			n->y = NULL;
			n->body.n = 0;
			dropped = true;
		}
		static_stmts(&n->body);
		break;
	case ORANGE:
		static_stmts(&n->body);
		break;
	case OBLOCK:
		static_stmts(&n->list);
		break;
	case OSELECT: case OSWITCH: case OTYPESW:
		j = n->list.n;
		dead_switch(n);
		if (n->list.n != j || (n->list.n && n->list.v[0]->list.n > 1))
			dropped = true;
		for (j = 0; j < n->list.n; j++)
			static_stmts(&n->list.v[j]->body);
		break;
	default:
		break;
	}
}

static void static_stmts(NodeList *l)
{
	int lastlabel = -1, i, out = 0;
	bool dead = false;
	for (i = 0; i < l->n; i++)
		if (l->v[i] && l->v[i]->op == OLABEL)
			lastlabel = i;
	for (i = 0; i < l->n; i++) {
		Node *n = l->v[i];
		if (!n)
			continue;
		if (dead && i > lastlabel && n->op != OLABEL) {
			dropped = true;
			continue;
		}
		static_children(n);
		dead = terminates(n);
		if (n->op == OIF && static_bool(&n->x) != 0) {
			/* unified IR reads an if on a static condition as a block:
			 * its init, the condition for its effects, the branch taken */
			Node *blk = ir_node(OBLOCK, n->pos, NULL);
			int j;
			for (j = 0; j < n->init.n; j++)
				nl_push(&blk->list, n->init.v[j]);
			if (n->x->op != OLITERAL) {
				Node *blank = ir_name(n->pos, intern_cstr("_"), PAUTO, NULL, NULL);
				nl_push(&blk->list, ir_node2(OAS, n->pos, NULL, blank, n->x));
			}
			for (j = 0; j < n->body.n; j++)
				nl_push(&blk->list, n->body.v[j]);
			for (j = 0; j < n->els.n; j++)
				nl_push(&blk->list, n->els.v[j]);
			if (blk->list.n == 0)
				continue;
			n = blk->list.n == 1 ? blk->list.v[0] : blk;
		}
		l->v[out++] = n;
	}
	l->n = out;
}

/* Unified IR never reads what its writer dropped: the names declared
 * there are not among the function's declarations, and temporaries are
 * numbered (after their index there) without them. The names left in
 * the body are marked, the declarations of this function and of its
 * closures keep those, and the temporaries are renamed. */
typedef struct Live {
	PtrMap names;            /* canonical names still in the body */
	NodeList closures;       /* the closures met */
} Live;

static void mark_live(Node *n, void *ctx)
{
	Live *lv = ctx;
	int i;
	if (n->op == ONAME)
		ptrmap_put(&lv->names, ir_canonical(n), (void *)1);
	if (n->op == OCLOSURE && n->func) {
		IrFunc *fn = n->func;
		nl_push(&lv->closures, n);
		for (i = 0; i < fn->closurevars.n; i++)
			ptrmap_put(&lv->names, ir_canonical(fn->closurevars.v[i]), (void *)1);
		for (i = 0; i < fn->body.n; i++)
			ir_visit(fn->body.v[i], mark_live, lv);
	}
}

static void compact_one(IrFunc *fn, PtrMap *live)
{
	int i, out = 0;
	for (i = 0; i < fn->dcl.n; i++) {
		Node *d = fn->dcl.v[i];
		if (d->nm->class == PAUTO && !ptrmap_get(live, d))
			continue;
		if (d->nm->autotmp && out != i) {
			char buf[32];
			snprintf(buf, sizeof buf, ".autotmp_%d", out);
			d->nm->sym = intern_cstr(buf);
		}
		fn->dcl.v[out++] = d;
	}
	fn->dcl.n = out;
}

static void compact_dcl(IrFunc *fn)
{
	Live lv = {0};
	int i, j;
	for (i = 0; i < fn->body.n; i++)
		ir_visit(fn->body.v[i], mark_live, &lv);
	compact_one(fn, &lv.names);
	for (i = 0; i < lv.closures.n; i++)
		compact_one(lv.closures.v[i]->func, &lv.names);
	for (i = 0; i < lv.closures.n; i++) {
		IrFunc *c = lv.closures.v[i]->func;
		for (j = 0; j < c->closurevars.n; j++)
			c->closurevars.v[j]->nm->sym = ir_canonical(c->closurevars.v[j])->nm->sym;
	}
	ptrmap_free(&lv.names);
}

static void dead_func(IrFunc *fn)
{
	int i;
	bool v;
	if (release_has(FEAT_STATIC_BOOL)) {
		dropped = false;
		static_stmts(&fn->body);
		if (dropped)
			compact_dcl(fn);
		return;
	}
	dead_stmts(&fn->body);
	if (fn->body.n == 0)
		return;
	/* a body of nothing but constant-false ifs and loops becomes empty */
	for (i = 0; i < fn->body.n; i++) {
		Node *n = fn->body.v[i];
		if (n->init.n)
			return;
		if (n->op == OIF) {
			if (!is_bool_const(n->x, &v) || n->body.n || n->els.n)
				return;
		} else if (n->op == OFOR) {
			if (!is_bool_const(n->x, &v) || v)
				return;
		} else {
			return;
		}
	}
	fn->body.n = 0;
	nl_push(&fn->body, ir_node(OBLOCK, NOPOS, NULL));
}

void deadcode_package(IrPackage *p)
{
	int i;
	for (i = 0; i < p->nfuncs; i++)
		if (!(p->funcs[i]->flags & (FN_GENERIC | FN_NOBODY)))
			dead_func(p->funcs[i]);
}
