/* ir.c: building IR nodes, names and functions. */
#include <stdio.h>
#include <string.h>

#include "ir.h"

const char *const op_text[NOPS] = {
#define OP(name, text, prec) [O##name] = text,
#include "ops.h"
#undef OP
};

const int op_prec[NOPS] = {
#define OP(name, text, prec) [O##name] = prec,
#include "ops.h"
#undef OP
};

const char *const op_name[NOPS] = {
#define OP(name, text, prec) [O##name] = #name,
#include "ops.h"
#undef OP
};

static Arena *cur_arena;

void ir_set_arena(Arena *a)
{
	cur_arena = a;
}

Arena *ir_arena(void)
{
	return cur_arena ? cur_arena : perm;
}

void nl_push(NodeList *l, Node *n)
{
	if (l->n == l->cap) {
		int cap = l->cap ? 2 * l->cap : 4;
		Node **v = NEWARRAY(ir_arena(), Node *, cap);
		if (l->n)
			memcpy(v, l->v, sizeof *v * (size_t)l->n);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = n;
}

void nl_insert(NodeList *l, int i, Node *n)
{
	int j;
	nl_push(l, n);
	for (j = l->n - 1; j > i; j--)
		l->v[j] = l->v[j - 1];
	l->v[i] = n;
}

Node *ir_node(Op op, Pos pos, Type *t)
{
	Node *n = NEW(ir_arena(), Node);
	n->op = op;
	n->pos = pos;
	n->type = t;
	return n;
}

Node *ir_node1(Op op, Pos pos, Type *t, Node *x)
{
	Node *n = ir_node(op, pos, t);
	n->x = x;
	return n;
}

Node *ir_node2(Op op, Pos pos, Type *t, Node *x, Node *y)
{
	Node *n = ir_node(op, pos, t);
	n->x = x;
	n->y = y;
	return n;
}

Node *ir_name(Pos pos, const char *sym, NameClass class, Type *t, IrFunc *curfn)
{
	Node *n = ir_node(ONAME, pos, t);
	n->nm = NEW(ir_arena(), IrName);
	n->nm->sym = sym;
	n->nm->class = class;
	n->nm->curfn = curfn;
	return n;
}

/* Temporaries are named after the length of the function's
 * declaration list when they are made, as gc names them. */
Node *ir_temp(IrFunc *fn, Pos pos, Type *t)
{
	char buf[32];
	Node *n;
	snprintf(buf, sizeof buf, ".autotmp_%d", fn->dcl.n);
	n = ir_name(pos, intern_cstr(buf), PAUTO, t, fn);
	n->nm->autotmp = true;
	n->nm->used = true;
	n->esc = ESC_NEVER;
	nl_push(&fn->dcl, n);
	return n;
}

Node *ir_literal(Pos pos, Type *t, Const *val)
{
	Node *n = ir_node(OLITERAL, pos, t);
	n->val = val;
	return n;
}

IrFunc *ir_func(Pos pos, Type *sig)
{
	IrFunc *fn = NEW(ir_arena(), IrFunc);
	fn->pos = pos;
	fn->type = sig;
	fn->nname = ir_name(pos, intern_cstr("_"), PFUNC, sig, NULL);
	fn->nname->func = fn;
	return fn;
}

Node *ir_canonical(Node *n)
{
	if (n->op == ONAME && n->nm->closurevar && n->nm->defn)
		return n->nm->defn;
	return n;
}

Node *ir_closure_var(Pos pos, IrFunc *fn, Node *outer)
{
	Node *c = ir_name(pos, outer->nm->sym, PAUTOHEAP, outer->type, fn);
	c->nm->closurevar = true;
	c->nm->defn = ir_canonical(outer);
	c->nm->outer = outer;
	c->nm->obj = outer->nm->obj;
	c->nm->pkg = outer->nm->pkg;
	nl_push(&fn->closurevars, c);
	return c;
}

bool ir_is_blank(const Node *n)
{
	return n && n->op == ONAME && n->nm->sym[0] == '_' && n->nm->sym[1] == 0;
}

const char *ir_func_name(const IrFunc *fn)
{
	if (!fn || !fn->nname)
		return "<nil>";
	return fn->nname->nm->sym;
}

/* Closures are named after their enclosing function: F.func1, F.func2,
 * F.func1.1 inside a closure, glob..func1 at package level. */
static int glob_closgen;

void ir_name_closure(IrFunc *clo, IrFunc *outer, bool rangebody)
{
	char buf[1024];
	int *gen = &glob_closgen;
	const char *outername = "glob.", *prefix = rangebody ? "-range" : ".func";
	/* inside a range-over-func body, closures are named after the
	 * function the loop is in */
	if (outer && outer->rangeparent)
		outer = outer->rangeparent;
	if (rangebody && outer)
		clo->rangeparent = outer;
	if (outer) {
		if (outer->oclosure && !rangebody)
			prefix = ".";
		outername = ir_func_name(outer);
		if (strcmp(outername, "_") != 0)
			gen = rangebody ? &outer->rangegen : &outer->closgen;
	}
	++*gen;
	snprintf(buf, sizeof buf, "%s%s%d", outername, prefix, *gen);
	clo->nname->nm->sym = intern_cstr(buf);
}

void ir_reset_package_closgen(void)
{
	glob_closgen = 0;
}

/* gc's HasUniquePos: names, and types that have a name, stand for
 * something declared elsewhere; every other node is where it is. */
bool ir_has_unique_pos(Node *n)
{
	switch (n->op) {
	case ONAME:
		return false;
	case OTYPE:
		if (n->type && type_is_named(n->type))
			return false;
		break;
	default:
		break;
	}
	return n->pos != NOPOS;
}

static void visit_list(NodeList *l, void (*f)(Node *, void *), void *ctx)
{
	int i;
	for (i = 0; i < l->n; i++)
		ir_visit(l->v[i], f, ctx);
}

void ir_visit(Node *n, void (*f)(Node *n, void *ctx), void *ctx)
{
	if (!n)
		return;
	f(n, ctx);
	visit_list(&n->init, f, ctx);
	ir_visit(n->x, f, ctx);
	ir_visit(n->y, f, ctx);
	ir_visit(n->z, f, ctx);
	ir_visit(n->w, f, ctx);
	visit_list(&n->list, f, ctx);
	visit_list(&n->rlist, f, ctx);
	visit_list(&n->body, f, ctx);
	visit_list(&n->els, f, ctx);
}

/* --- static values ---------------------------------------------------------- */

/* Does the address or a reassignment of name occur in its function
 * (gc counts only plain assignments, address-taking and closures)? */
typedef struct ReassignScan {
	Node *name;
	bool found;
} ReassignScan;

static bool is_name_of(Node *x, Node *name)
{
	return x && x->op == ONAME && ir_canonical(x) == name;
}

Node *ir_outer_value(Node *n)
{
	for (;;) {
		switch (n->op) {
		case OPAREN: case OCONVNOP: case ODOT:
			n = n->x;
			continue;
		case OINDEX:
			if (type_under(n->x->type)->kind == TYPE_ARRAY) {
				n = n->x;
				continue;
			}
			return n;
		default:
			return n;
		}
	}
}

static void scan_body(NodeList *body, ReassignScan *s);

static void scan_reassign(Node *n, void *ctx)
{
	ReassignScan *s = ctx;
	int i;
	if (s->found)
		return;
	switch (n->op) {
	case OAS:
		if (is_name_of(n->x, s->name) && n != s->name->nm->defn)
			s->found = true;
		break;
	case OAS2: case OAS2FUNC: case OAS2MAPR: case OAS2DOTTYPE: case OAS2RECV: case OSELRECV2:
		for (i = 0; i < n->list.n; i++)
			if (is_name_of(n->list.v[i], s->name) && n != s->name->nm->defn)
				s->found = true;
		break;
	case OADDR:
		if (is_name_of(ir_outer_value(n->x), s->name))
			s->found = true;
		break;
	case OCLOSURE:
		scan_body(&n->func->body, s);
		break;
	default:
		break;
	}
}

static void scan_body(NodeList *body, ReassignScan *s)
{
	int i;
	for (i = 0; i < body->n && !s->found; i++)
		ir_visit(body->v[i], scan_reassign, s);
}

static bool reassigned(Node *name)
{
	ReassignScan s;
	if (!name->nm->curfn)
		return true;
	s.name = name;
	s.found = false;
	scan_body(&name->nm->curfn->body, &s);
	return s.found;
}

static Node *static_value1(Node *n)
{
	Node *defn, *rhs = NULL;
	int i;
	if (n->op == ONAME && n->nm->closurevar && release_has(FEAT_STATIC_CAPTURED))
		n = ir_canonical(n);
	if (n->op != ONAME || n->nm->class != PAUTO)
		return NULL;
	defn = n->nm->defn;
	if (!defn)
		return NULL;
	if (defn->op == OAS) {
		rhs = defn->y;
	} else if (defn->op == OAS2) {
		for (i = 0; i < defn->list.n; i++)
			if (defn->list.v[i] == n)
				rhs = defn->rlist.v[i];
		if (!rhs)
			BUG("ir: %s missing from its definition", n->nm->sym);
	} else {
		return NULL;
	}
	if (!rhs || reassigned(n))
		return NULL;
	return rhs;
}

Node *ir_static_value(Node *n)
{
	for (;;) {
		Node *n1;
		if (n->op == OCONVNOP) {
			n = n->x;
			continue;
		}
		if (n->op == OINLCALL && n->rlist.n == 1) {
			n = n->rlist.v[0];
			continue;
		}
		n1 = static_value1(n);
		if (!n1)
			return n;
		n = n1;
	}
}

/* --- the assignments of a func variable -------------------------------------- */

/* gc 1.27's ReassignOracle.FuncAssignments: every plain assignment to a
 * func-typed local that is never address-taken nor assigned any other
 * way (n:1 forms, range), in the function that declares it and the
 * closures inside, in the order they are written; assignments of nil
 * left out. ok is false where the variable does not qualify. */
typedef struct FuncAssignScan {
	Node *name;
	NodeList *out;
	bool ok;
} FuncAssignScan;

static bool is_nil_value(Node *y)
{
	while (y && y->op == OCONVNOP)
		y = y->x;
	return !y || y->op == ONIL;
}

static void scan_func_assign_body(NodeList *body, FuncAssignScan *s);

static void scan_func_assign(Node *n, void *ctx)
{
	FuncAssignScan *s = ctx;
	int i;
	if (!s->ok)
		return;
	switch (n->op) {
	case OAS:
		if (n->x && is_name_of(ir_outer_value(n->x), s->name) && !is_nil_value(n->y))
			nl_push(s->out, n);
		break;
	case OAS2: case OAS2FUNC: case OAS2MAPR: case OAS2DOTTYPE: case OAS2RECV: case OSELRECV2:
		for (i = 0; i < n->list.n; i++)
			if (n->list.v[i] && is_name_of(ir_outer_value(n->list.v[i]), s->name))
				s->ok = false;
		break;
	case OASOP:
		if (is_name_of(ir_outer_value(n->x), s->name))
			s->ok = false;
		break;
	case ORANGE:
		if ((n->y && is_name_of(ir_outer_value(n->y), s->name)) || (n->z && is_name_of(ir_outer_value(n->z), s->name)))
			s->ok = false;
		break;
	case OADDR:
		if (is_name_of(ir_outer_value(n->x), s->name))
			s->ok = false;
		break;
	case OCLOSURE:
		scan_func_assign_body(&n->func->body, s);
		break;
	default:
		break;
	}
}

static void scan_func_assign_body(NodeList *body, FuncAssignScan *s)
{
	int i;
	for (i = 0; i < body->n && s->ok; i++)
		ir_visit(body->v[i], scan_func_assign, s);
}

bool ir_func_assignments(Node *name, NodeList *out)
{
	FuncAssignScan s;
	IrFunc *top;
	name = ir_canonical(name);
	if (name->op != ONAME || name->nm->class != PAUTO || !name->nm->curfn)
		return false;
	if (type_under(name->type)->kind != TYPE_SIGNATURE)
		return false;
	if (name->nm->defn && name->nm->defn->op != OAS)
		return false;
	for (top = name->nm->curfn; top->outer; top = top->outer)
		;
	s.name = name;
	s.out = out;
	s.ok = true;
	out->n = 0;
	scan_func_assign_body(&top->body, &s);
	return s.ok;
}

/* Lowering records, for method objects declared in this package, the
 * IrFunc that implements them. */
static PtrMap method_funcs;

void ir_register_func(Object *obj, IrFunc *fn)
{
	ptrmap_put(&method_funcs, obj, fn);
}

IrFunc *ir_func_of(Object *obj)
{
	return obj ? ptrmap_get(&method_funcs, obj) : NULL;
}

IrFunc *ir_method_expr_func(Node *n)
{
	return ir_func_of(n->sel);
}

/* A package's functions die with its IR: forget them. */
void ir_forget_funcs(void)
{
	ptrmap_free(&method_funcs);
}
