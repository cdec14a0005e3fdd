/* loopvar.c: per-iteration loop variables (go1.22 on), made as gc's
 * loopvar pass makes them, before dead locals and escape analysis.
 *
 * A variable declared by a loop that a closure captures, or whose
 * address is taken, inside the loop (not under a return statement,
 * which leaves the loop) gets a copy per iteration:
 *
 *	for k := range x { body }      for tmp := range x { k := tmp; body }
 *
 *	for z := 0; z < n; z++ {       for z' := 0; ; {
 *		body                           z := z'
 *	}                                  if first { first = false } else { z++ }
 *	                                   if !(z < n) { break }
 *	                                   body (continue: goto .3clNext_N)
 *	                               .3clNext_N:
 *	                                   z' = z
 *	                               }
 *
 * The copy's declaration moves into the statement that now assigns
 * it, inside the loop: escape analysis then sees the variable declared
 * at the loop's depth, and a capture there by value. Loops whose
 * variables nothing keeps are left alone, as gc leaves them. */
#include <stdio.h>

#include "ir.h"

#define CANDIDATE ((void *)1)
#define LEAKED ((void *)2)

typedef struct LoopVar {
	IrFunc *fn;
	PtrMap leaked;           /* loop variable -> CANDIDATE or LEAKED */
	PtrMap fixups;           /* variable -> the assignment that declares it now */
	int loopdepth, retdepth;
	int seq;                 /* .3clNext_N */
} LoopVar;

static void lv_scan(LoopVar *v, Node *n);

static void lv_scan_list(LoopVar *v, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		lv_scan(v, l->v[i]);
}

static void lv_children(LoopVar *v, Node *n)
{
	lv_scan_list(v, &n->init);
	lv_scan(v, n->x);
	lv_scan(v, n->y);
	lv_scan(v, n->z);
	lv_scan(v, n->w);
	lv_scan_list(v, &n->list);
	lv_scan_list(v, &n->rlist);
	lv_scan_list(v, &n->body);
	lv_scan_list(v, &n->els);
}

static void note_may_leak(LoopVar *v, Node *n)
{
	if (n && n->op == ONAME && !ir_is_blank(n))
		ptrmap_put(&v->leaked, n, CANDIDATE);
}

static void mark_leaked(LoopVar *v, Node *n)
{
	if (ptrmap_get(&v->leaked, n))
		ptrmap_put(&v->leaked, n, LEAKED);
}

static bool is_leaked(LoopVar *v, Node *n)
{
	return n && n->op == ONAME && ptrmap_get(&v->leaked, n) == LEAKED;
}

/* The slots of the names the init of a 3-clause loop defines (valid
 * until the next call). */
static int init_defs(Node *loop, Node ****slots)
{
	int i, j, n = 0;
	static Node ***buf;
	static int cap;
	for (i = 0; i < loop->init.n; i++) {
		Node *s = loop->init.v[i];
		if (!(s->flags & NF_DEF))
			continue;
		if (s->op == OAS) {
			if (n == cap) {
				cap = cap ? 2 * cap : 8;
				buf = xrealloc(buf, sizeof *buf * (size_t)cap);
			}
			buf[n++] = &s->x;
		} else if (s->op == OAS2 || s->op == OAS2FUNC || s->op == OAS2MAPR || s->op == OAS2DOTTYPE || s->op == OAS2RECV) {
			for (j = 0; j < s->list.n; j++) {
				if (n == cap) {
					cap = cap ? 2 * cap : 8;
					buf = xrealloc(buf, sizeof *buf * (size_t)cap);
				}
				buf[n++] = &s->list.v[j];
			}
		}
	}
	*slots = buf;
	return n;
}

static void prepend(NodeList *l, Node *n)
{
	nl_insert(l, 0, n);
}

/* A range variable kept by the body: the loop assigns a temporary,
 * copied into the variable first thing in the body. */
static Node *replace_range_var(LoopVar *v, Node *k, Node *loop)
{
	Node *tk, *as;
	if (!is_leaked(v, k))
		return k;
	tk = ir_temp(v->fn, loop->pos, k->type);
	as = ir_node2(OAS, loop->pos, NULL, k, tk);
	as->flags |= NF_DEF;
	prepend(&loop->body, as);
	ptrmap_put(&v->fixups, k, as);
	return tk;
}

/* continue of the loop being rewritten becomes goto label */
static void edit_continues(Node *n, const char *looplabel, const char *label, int depth)
{
	int i;
	NodeList *lists[5];
	if (!n)
		return;
	if (n->op == OCONTINUE && ((depth == 0 && !n->name) || (looplabel && n->name && n->name == looplabel))) {
		n->op = OGOTO;
		n->name = label;
	}
	if (n->op == OFOR || n->op == ORANGE)
		depth++;
	lists[0] = &n->init; lists[1] = &n->list; lists[2] = &n->rlist; lists[3] = &n->body; lists[4] = &n->els;
	edit_continues(n->x, looplabel, label, depth);
	edit_continues(n->y, looplabel, label, depth);
	edit_continues(n->z, looplabel, label, depth);
	edit_continues(n->w, looplabel, label, depth);
	for (i = 0; i < 5; i++) {
		int j;
		for (j = 0; j < lists[i]->n; j++)
			edit_continues(lists[i]->v[j], looplabel, label, depth);
	}
}

static void transform_for(LoopVar *v, Node *loop, Node **leaked, int nleaked)
{
	NodeList pre = {0}, post = {0};
	Node **zprime = NEWARRAY(ir_arena(), Node *, nleaked);
	Node ***slots, *labelstmt, *tmpfirstdcl = NULL;
	char buf[32];
	const char *label;
	Pos pos = loop->pos;
	int i, j, nslots;
	for (i = 0; i < nleaked; i++) {
		Node *z = leaked[i], *tz, *as;
		tz = ir_temp(v->fn, pos, z->type);
		zprime[i] = tz;
		as = ir_node2(OAS, pos, NULL, z, tz);
		as->flags |= NF_DEF;
		z->nm->defn = as;
		nl_push(&pre, as);
		ptrmap_put(&v->fixups, z, as);
		nl_push(&post, ir_node2(OAS, pos, NULL, tz, z));
	}
	snprintf(buf, sizeof buf, ".3clNext_%d", v->seq++);
	label = intern_cstr(buf);
	labelstmt = ir_node(OLABEL, pos, NULL);
	labelstmt->name = label;
	for (i = 0; i < loop->body.n; i++)
		edit_continues(loop->body.v[i], loop->name, label, 0);

	/* the init assigns the carriers instead */
	nslots = init_defs(loop, &slots);
	for (i = 0; i < nslots; i++) {
		Node **slot = slots[i];
		for (j = 0; j < nleaked; j++)
			if (*slot == leaked[j])
				*slot = zprime[j];
	}
	if (loop->y) {
		Node *first = ir_temp(v->fn, pos, typ_basic[KIND_BOOL]);
		Node *setfalse, *iff;
		tmpfirstdcl = ir_node2(OAS, pos, NULL, first, ir_literal(pos, typ_basic[KIND_BOOL], const_bool(true)));
		setfalse = ir_node2(OAS, pos, NULL, first, ir_literal(pos, typ_basic[KIND_BOOL], const_bool(false)));
		iff = ir_node(OIF, pos, NULL);
		iff->x = first;
		nl_push(&iff->body, setfalse);
		nl_push(&iff->els, loop->y);
		nl_push(&iff->init, ir_node1(ODCL, pos, NULL, first));
		nl_push(&pre, iff);
	}
	if (loop->x) {
		Node *iff = ir_node(OIF, pos, NULL);
		iff->x = ir_node1(ONOT, loop->x->pos, loop->x->type, loop->x);
		nl_push(&iff->body, ir_node(OBREAK, pos, NULL));
		nl_push(&pre, iff);
	}
	if (tmpfirstdcl)
		nl_push(&loop->init, tmpfirstdcl);
	for (i = 0; i < loop->body.n; i++)
		nl_push(&pre, loop->body.v[i]);
	nl_push(&pre, labelstmt);
	for (i = 0; i < post.n; i++)
		nl_push(&pre, post.v[i]);
	loop->body = pre;
	loop->x = NULL;
	loop->y = NULL;
}

static void lv_scan(LoopVar *v, Node *n)
{
	int i;
	if (!n)
		return;
	switch (n->op) {
	case OCLOSURE:
		if (v->retdepth >= v->loopdepth)
			break;   /* under a return, which leaves every loop around it */
		for (i = 0; i < n->func->closurevars.n; i++)
			mark_leaked(v, ir_canonical(n->func->closurevars.v[i]));
		break;
	case OADDR: {
		Node *y;
		if (v->retdepth >= v->loopdepth)
			break;
		y = ir_outer_value(n->x);
		if (y->op == ONAME && (y->nm->class == PAUTO || y->nm->class == PPARAM ||
		                       y->nm->class == PPARAMOUT || y->nm->class == PAUTOHEAP))
			mark_leaked(v, y);
		break;
	}
	case ORETURN: {
		int save = v->retdepth;
		v->retdepth = v->loopdepth;
		lv_children(v, n);
		v->retdepth = save;
		return;
	}
	case ORANGE:
		if (!((n->flags & NF_DEF) && (n->flags & NF_DISTINCTVARS))) {
			n->flags &= ~NF_DISTINCTVARS;
			break;
		}
		note_may_leak(v, n->y);
		note_may_leak(v, n->z);
		v->loopdepth++;
		lv_children(v, n);
		v->loopdepth--;
		n->y = replace_range_var(v, n->y, n);
		n->z = replace_range_var(v, n->z, n);
		n->flags &= ~NF_DISTINCTVARS;
		return;
	case OFOR: {
		Node ***slots, **leaked;
		int nslots, nleaked = 0;
		if (!(n->flags & NF_DISTINCTVARS))
			break;
		nslots = init_defs(n, &slots);
		for (i = 0; i < nslots; i++)
			note_may_leak(v, *slots[i]);
		v->loopdepth++;
		lv_children(v, n);
		v->loopdepth--;
		nslots = init_defs(n, &slots);
		leaked = NEWARRAY(ir_arena(), Node *, nslots ? nslots : 1);
		for (i = 0; i < nslots; i++)
			if (is_leaked(v, *slots[i]))
				leaked[nleaked++] = *slots[i];
		if (nleaked)
			transform_for(v, n, leaked, nleaked);
		n->flags &= ~NF_DISTINCTVARS;
		return;
	}
	default:
		break;
	}
	lv_children(v, n);
}

/* Each moved variable's declaration goes into the init of the
 * assignment that declares it now. */
static void fix_list(LoopVar *v, NodeList *l)
{
	int i, j = 0;
	for (i = 0; i < l->n; i++) {
		Node *d = l->v[i];
		if (d->op == ODCL && d->x) {
			Node *as = ptrmap_get(&v->fixups, d->x);
			if (as) {
				prepend(&as->init, d);
				ptrmap_put(&v->fixups, d->x, NULL);
				continue;
			}
		}
		l->v[j++] = d;
	}
	l->n = j;
}

static void fix_decls(LoopVar *v, Node *n)
{
	int i;
	if (!n)
		return;
	fix_list(v, &n->init);
	fix_list(v, &n->body);
	fix_list(v, &n->els);
	if (n->op == OBLOCK)
		fix_list(v, &n->list);
	for (i = 0; i < n->init.n; i++)
		fix_decls(v, n->init.v[i]);
	fix_decls(v, n->x);
	fix_decls(v, n->y);
	fix_decls(v, n->z);
	fix_decls(v, n->w);
	for (i = 0; i < n->list.n; i++)
		fix_decls(v, n->list.v[i]);
	for (i = 0; i < n->rlist.n; i++)
		fix_decls(v, n->rlist.v[i]);
	for (i = 0; i < n->body.n; i++)
		fix_decls(v, n->body.v[i]);
	for (i = 0; i < n->els.n; i++)
		fix_decls(v, n->els.v[i]);
}

static void loopvar_func(IrFunc *fn)
{
	LoopVar v = {0};
	int i;
	v.fn = fn;
	v.seq = 1;
	lv_scan_list(&v, &fn->body);
	if (v.fixups.len) {
		fix_list(&v, &fn->body);
		for (i = 0; i < fn->body.n; i++)
			fix_decls(&v, fn->body.v[i]);
	}
	ptrmap_free(&v.leaked);
	ptrmap_free(&v.fixups);
}

void loopvar_package(IrPackage *p)
{
	int i;
	for (i = 0; i < p->nfuncs; i++)
		if (p->funcs[i]->body.n)
			loopvar_func(p->funcs[i]);
}
