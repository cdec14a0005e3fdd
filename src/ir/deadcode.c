/* deadcode.c: gc's removal of code made dead by constant conditions,
 * done before escape analysis, so allocations in it are not reported:
 * if/else on a constant, && and || with a constant left operand,
 * switches on constants, and statements after a branch that always
 * returns or panics (when no label follows). */
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

static void dead_func(IrFunc *fn)
{
	int i;
	bool v;
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
