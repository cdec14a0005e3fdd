/* deadlocals.c: removal of assignments to local variables that are never
 * used (gc 1.23 and later, before escape analysis).
 *
 * A function body and the bodies of its closures are walked once. An
 * assignment of a value without effects (a name, a constant, nil, a
 * function literal) to a local or a parameter is held back rather than
 * walked; any other occurrence of the name makes it used, and then the
 * values held back for it are walked after all. What is still held back
 * at the end is dead: the assignment becomes "_ = 0", so a function
 * literal assigned to a variable that nothing reads is not analysed, and
 * the variables it captures are not captured.
 *
 * Every occurrence counts as a use, whatever the control flow: the pass
 * sees names, not paths. Closure variables count as their outermost
 * variable. */
#include "ir.h"

typedef struct Assign {
	Node **lhs, **rhs;
	Pos pos;
	struct Assign *next;
} Assign;

typedef struct DeadLocals {
	PtrMap defs;             /* canonical name -> Assign list, or &used */
	Vec keys;                /* the names with an entry, in order */
	Node *blank;             /* key for every blank name */
	Arena *arena;
} DeadLocals;

static Assign used;          /* the mark of a name that is used */

static void dl_node(DeadLocals *d, Node *n);

static void dl_list(DeadLocals *d, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		dl_node(d, l->v[i]);
}

static Node *dl_key(DeadLocals *d, Node *n)
{
	return ir_is_blank(n) ? d->blank : ir_canonical(n);
}

static bool is_local(Node *n, bool blank_is_not_use)
{
	if (ir_is_blank(n))
		return blank_is_not_use;
	return n->nm->class == PAUTO || n->nm->class == PPARAM;
}

static void mark_used(DeadLocals *d, Node *key)
{
	Assign *a = ptrmap_get(&d->defs, key);
	if (a == &used)
		return;
	if (!a)
		vec_push(&d->keys, key);
	ptrmap_put(&d->defs, key, &used);
	for (; a; a = a->next)
		dl_node(d, *a->rhs);
}

static bool has_effects(Node *n)
{
	if (!n)
		return false;
	if (n->init.n)
		return true;
	switch (n->op) {
	case ONAME: case OLITERAL: case ONIL: case OCLOSURE:
		return false;
	default:
		return true;
	}
}

static void dl_assign(DeadLocals *d, Pos pos, Node **lhs, Node **rhs, bool blank_is_not_use)
{
	Node *name = *lhs;
	if (!rhs) {
		dl_node(d, *lhs);
		return;
	}
	if (!name || name->op != ONAME) {
		dl_node(d, *lhs);
		dl_node(d, *rhs);
		return;
	}
	if (is_local(ir_canonical(name), blank_is_not_use) && !has_effects(*rhs)) {
		Node *key = dl_key(d, name);
		Assign *s = ptrmap_get(&d->defs, key), *a;
		if (s != &used) {
			if (!s)
				vec_push(&d->keys, key);
			a = NEW(d->arena, Assign);
			a->lhs = lhs;
			a->rhs = rhs;
			a->pos = pos;
			a->next = NULL;
			/* kept in order of appearance */
			if (!s) {
				ptrmap_put(&d->defs, key, a);
			} else {
				while (s->next)
					s = s->next;
				s->next = a;
			}
			return;
		}
	}
	dl_node(d, *rhs);
}

static void dl_node(DeadLocals *d, Node *n)
{
	int i;
	if (!n)
		return;
	switch (n->op) {
	case OCLOSURE:
		dl_list(d, &n->init);
		for (i = 0; i < n->func->closurevars.n; i++)
			dl_node(d, n->func->closurevars.v[i]);
		dl_list(d, &n->func->body);
		return;
	case ODCL:
		return;
	case ONAME:
		if (n->nm && !ir_is_blank(n) && is_local(ir_canonical(n), false))
			mark_used(d, dl_key(d, n));
		return;
	case OAS:
		dl_list(d, &n->init);
		dl_assign(d, n->pos, &n->x, &n->y, false);
		return;
	case OAS2: {
		bool nonblank = false;
		dl_list(d, &n->init);
		for (i = 0; i < n->list.n; i++)
			if (!ir_is_blank(n->list.v[i]))
				nonblank = true;
		for (i = 0; i < n->list.n; i++)
			dl_assign(d, n->pos, &n->list.v[i], i < n->rlist.n ? &n->rlist.v[i] : NULL, nonblank);
		return;
	}
	default:
		break;
	}
	dl_list(d, &n->init);
	dl_node(d, n->x);
	dl_node(d, n->y);
	dl_node(d, n->z);
	dl_node(d, n->w);
	dl_list(d, &n->list);
	dl_list(d, &n->rlist);
	dl_list(d, &n->body);
	dl_list(d, &n->els);
}

static void dl_func(IrFunc *fn, Arena *arena)
{
	DeadLocals d = {0};
	Type *inttype = typ_basic[KIND_INT];
	int i;
	d.arena = arena;
	d.blank = ir_name(fn->pos, intern_cstr("_"), PAUTO, NULL, NULL);
	dl_list(&d, &fn->body);
	for (i = 0; i < d.keys.n; i++) {
		Assign *a = ptrmap_get(&d.defs, d.keys.v[i]);
		if (a == &used)
			continue;
		for (; a; a = a->next) {
			if (*a->rhs && (*a->rhs)->op == OCLOSURE)
				nl_push(&fn->deadclosures, *a->rhs);
			*a->lhs = ir_name(a->pos, intern_cstr("_"), PAUTO, inttype, NULL);
			*a->rhs = ir_literal(a->pos, inttype, const_int64(0));
		}
	}
	ptrmap_free(&d.defs);
	vec_free(&d.keys);
}

void deadlocals_package(IrPackage *p)
{
	int i;
	for (i = 0; i < p->nfuncs; i++) {
		IrFunc *fn = p->funcs[i];
		if (fn->outer || !fn->body.n)
			continue;
		dl_func(fn, p->arena ? p->arena : ir_arena());
	}
}
