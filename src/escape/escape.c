/* escape.c: escape analysis of a package, batch by batch.
 *
 * Functions are grouped into the strongly connected components of the
 * static call graph and analysed bottom-up, so that every call outside
 * the current batch finds its callee's parameter tags ready. A batch:
 *   1. a location for every declared variable (initfunc);
 *   2. the bodies are walked, adding flow edges (walkfunc);
 *   3. captured variables flow into their closures, by value or by
 *      reference as gc decides;
 *   4. allocations too large for the stack flow to the heap;
 *   5. the graph is solved (solve.c);
 *   6. parameter tags are recorded and the results reported (finish). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types/types.h"
#include "escape.h"

enum { FUNC_UNKNOWN, FUNC_PLANNED, FUNC_STARTED, FUNC_TAGGED };

/* gc's limits for stack variables; -smallframes lowers them */
static int64_t MAX_STACK_VAR_SIZE = 10 * 1024 * 1024;
static int64_t MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024;

void esc_set_smallframes(bool on)
{
	MAX_STACK_VAR_SIZE = on ? (release_has(FEAT_SMALLFRAMES_64K) ? 64 * 1024 : 128 * 1024)
	                        : (release_has(FEAT_STACKVAR_128K) ? 128 * 1024 : 10 * 1024 * 1024);
	MAX_IMPLICIT_STACK_VAR_SIZE = on ? 16 * 1024 : 64 * 1024;
}

bool esc_in_mutual_batch(IrFunc *fn)
{
	if (fn->esc < FUNC_TAGGED) {
		if (fn->esc == FUNC_UNKNOWN)
			BUG("escape: graph inconsistency at %s", ir_func_name(fn));
		return true;
	}
	return false;
}

static void init_func(Batch *b, IrFunc *fn)
{
	Escape e = {0};
	int i;
	e.b = b;
	e.curfn = fn;
	e.loopdepth = 1;
	if (fn->esc != FUNC_UNKNOWN)
		BUG("escape: %s analysed twice", ir_func_name(fn));
	fn->esc = FUNC_PLANNED;
	for (i = 0; i < fn->dcl.n; i++)
		new_loc(&e, fn->dcl.v[i], false);
	/* hidden parameters of wrappers */
	if (!fn->oclosure)
		for (i = 0; i < fn->closurevars.n; i++)
			new_loc(&e, ir_canonical(fn->closurevars.v[i]), false);
	for (i = 0; i < fn->results.n; i++)
		old_loc(fn->results.v[i])->resultindex = 1 + i;
}

typedef struct LabelScan {
	Escape *e;
} LabelScan;

/* A label is a loop head when a goto to it follows it. */
static void scan_labels(Node *n, void *ctx)
{
	Escape *e = ctx;
	if (n->op == OLABEL && n->name && n->name != intern_cstr("_")) {
		ptrmap_put(&e->labels, n->name, (void *)(intptr_t)LABEL_NONLOOPING);
	} else if (n->op == OGOTO && n->name) {
		if ((intptr_t)ptrmap_get(&e->labels, n->name) == LABEL_NONLOOPING)
			ptrmap_put(&e->labels, n->name, (void *)(intptr_t)LABEL_LOOPING);
	}
}

void esc_walk_func(Escape *e, IrFunc *fn)
{
	int i;
	fn->esc = FUNC_STARTED;
	for (i = 0; i < fn->body.n; i++)
		ir_visit(fn->body.v[i], scan_labels, e);
	esc_block(e, &fn->body);
	ptrmap_free(&e->labels);
}

/* Captured variables: by value when small (<= 128 bytes) and never
 * reassigned or address-taken after capture, else by reference. */
static void flow_closure(Batch *b, Hole k, Node *clo)
{
	IrFunc *fn = clo->func;
	int i;
	for (i = 0; i < fn->closurevars.n; i++) {
		Node *cv = fn->closurevars.v[i];
		Node *n = ir_canonical(cv);
		Location *loc = old_loc(cv);
		Hole kk = k;
		Escape e = {0};
		if (!loc->captured)
			BUG("escape: closure variable %s never captured", cv->nm->sym);
		n->nm->byval = !loc->addrtaken && !loc->reassigned && type_size(n->type) <= 128;
		if (!n->nm->byval)
			n->nm->addrtaken = true;
		if (b->mflag > 1)
			warnf(n->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
			         ir_func_name(n->nm->curfn), n->nm->byval ? "value" : "ref", ir_node_string(n),
			         loc->addrtaken ? "true" : "false", loc->reassigned ? "true" : "false",
			         (long long)type_size(n->type));
		e.b = b;
		e.curfn = fn;
		if (!n->nm->byval)
			kk = hole_addr(&e, kk, cv, "reference");
		esc_flow(b, hole_note(&e, kk, cv, "captured by a closure"), loc);
	}
}

static int64_t round_up(int64_t o, int64_t a)
{
	return (o + a - 1) / a * a;
}

/* The size of a closure's record: the function pointer, then each
 * captured variable or a pointer to it. */
static int64_t closure_size(IrFunc *fn)
{
	int64_t o = sizes_ptrsize(), align = sizes_ptrsize();
	int i;
	for (i = 0; i < fn->closurevars.n; i++) {
		Node *v = ir_canonical(fn->closurevars.v[i]);
		int64_t sz = v->nm->byval ? type_size(v->type) : sizes_ptrsize();
		int64_t a = v->nm->byval ? type_align(v->type) : sizes_ptrsize();
		o = round_up(o, a) + sz;
		align = MAX(align, a);
	}
	return round_up(o, align);
}

static bool is_small_int_const(Node *n, int64_t *v)
{
	int64_t x;
	if (n->op != OLITERAL || !n->val || const_kind(n->val) != CONST_INT)
		return false;
	if (!const_int64_val(n->val, &x) || x != (int32_t)x)
		return false;
	*v = x;
	return true;
}

/* Why n must be heap allocated whatever flows where, or NULL. */
static const char *heap_alloc_reason(Node *n)
{
	int64_t v;
	if (!n || !n->type)
		return NULL;
	if (n->op == ONAME && (n->nm->class == PPARAM || n->nm->class == PPARAMOUT))
		return NULL;
	if (type_size(n->type) > MAX_STACK_VAR_SIZE)
		return "too large for stack";
	if (type_align(n->type) > sizes_ptrsize())
		return "too aligned for stack";
	if ((n->op == ONEW || n->op == OPTRLIT) && type_size(type_elem(n->type)) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if ((n->op == ONEW || n->op == OPTRLIT) && type_align(type_elem(n->type)) > sizes_ptrsize())
		return "too aligned for stack";
	if (n->op == OCLOSURE && closure_size(n->func) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->op == OMETHVALUE) {
		/* struct { F uintptr; R recv } */
		Type *rt = n->x->type;
		int64_t a = type_align(rt), sz = round_up(round_up(sizes_ptrsize(), a) + type_size(rt), MAX(a, sizes_ptrsize()));
		if (sz > MAX_IMPLICIT_STACK_VAR_SIZE)
			return "too large for stack";
	}
	if (n->op == OMAKESLICE) {
		Node *r = n->z ? n->z : n->y;
		int64_t esz = type_size(type_elem(n->type));
		if (release_has(FEAT_MAKESLICE_HYBRID) && esz == 0)
			return "zero-sized element";
		if (!is_small_int_const(r, &v))
			/* go1.25 on: a small stack buffer, else the heap, chosen at run time */
			return release_has(FEAT_MAKESLICE_HYBRID) ? NULL : "non-constant size";
		if (esz != 0 && v > MAX_IMPLICIT_STACK_VAR_SIZE / esz)
			return "too large for stack";
	}
	return NULL;
}

/* How diagnostics name a parameter: its name, "_" included (blank
 * parameters have no IR name), else its position in the signature. */
static const char *param_name(Node *p, Object *f, int narg, char *buf, size_t size)
{
	if (release_has(FEAT_PARAM_NUMBERED)) {
		/* every parameter has a name: ~p0, ~p1, ... (the receiver
		 * first) where it has none or is blank */
		const char *s = p && p->nm->sym && p->nm->sym[0] ? p->nm->sym : f ? f->name : "";
		if (s[0] && strcmp(s, "_") != 0)
			return s;
		snprintf(buf, size, "~p%d", narg - 1);
		return buf;
	}
	if (p && p->nm->sym && p->nm->sym[0])
		return p->nm->sym;
	if (f && f->name[0])
		return f->name;
	snprintf(buf, size, "arg#%d", narg);
	return buf;
}

static bool is_uintptr_type(Type *t)
{
	Type *u = type_under(t);
	return u->kind == TYPE_BASIC && u->u.basic.kind == KIND_UINTPTR;
}

/* The tag of a parameter whose value cannot hold pointers, and of the
 * //go:uintptrescapes ones: gc leaves such tags empty, which reads as
 * "leaks to the heap". It matters where the argument does hold
 * pointers: a method expression's receiver (&v for a value method of
 * a pointer-free type) flows to the heap. */
static Leaks scalar_tag(void)
{
	Leaks esc = {{0}, 0, 0};
	leaks_add_heap(&esc, 0);
	return esc;
}

/* The parameter's tag, printing gc's diagnostics for it. */
static Leaks param_tag(Batch *b, IrFunc *fn, int narg, Node *p, Object *f, Type *t, bool isddd)
{
	char nbuf[32];
	Leaks esc = {{0}, 0, 0};
	bool diagnose = b->mflag && !(fn->flags & (FN_WRAPPER | FN_DUPOK));
	const char *name = param_name(p, f, narg, nbuf, sizeof nbuf);
	Pos pos = p ? p->pos : (f ? f->pos : fn->pos);
	bool named = f && f->name[0];
	int i, x;
	if (isddd && !p && fn->dddpos)
		pos = fn->dddpos;
	if (fn->flags & FN_NOBODY) {
		/* uintptr arguments of external functions are kept alive
		 * across the call (syscall.Syscall) */
		fn->pragma |= PRAGMA_UINTPTRKEEPALIVE;
		if (is_uintptr_type(t)) {
			if (diagnose)
				warnf(pos, "assuming %s is unsafe uintptr", name);
			return scalar_tag();
		}
		if (!gc_has_pointers(t))
			return scalar_tag();
		if (fn->pragma & PRAGMA_NOESCAPE) {
			if (diagnose && named)
				warnf(pos, "%s does not escape", name);
			leaks_add_mutator(&esc, 0);
			leaks_add_callee(&esc, 0);
		} else {
			if (diagnose && named)
				warnf(pos, "leaking param: %s", name);
			leaks_add_heap(&esc, 0);
		}
		return esc;
	}
	if (fn->pragma & PRAGMA_UINTPTRESCAPES) {
		if (is_uintptr_type(t)) {
			if (diagnose)
				warnf(pos, "marking %s as escaping uintptr", name);
			return scalar_tag();
		}
		if (isddd && is_uintptr_type(type_elem(t))) {
			/* the ... slice itself escapes */
			if (diagnose)
				warnf(pos, "marking %s as escaping ...uintptr", name);
			return scalar_tag();
		}
	}
	if (!gc_has_pointers(t))
		return scalar_tag();
	/* unnamed and blank parameters are unused */
	if (!p || ir_is_blank(p) || !named)
		return esc;
	{
		Location *loc = old_loc(p);
		esc = loc->paramesc;
		leaks_optimize(&esc);
		if (diagnose && !loc->escapes) {
			bool mutcalls = b->ctx->escmutcalls, warned = leaks_heap(&esc) >= 0;
			for (i = 0; i < esc_num_results(); i++)
				warned |= leaks_result(&esc, i) >= 0;
			if (!mutcalls && leaks_empty(&esc))
				warnf(pos, "%s does not escape", name);
			if ((x = leaks_heap(&esc)) >= 0) {
				if (x == 0)
					warnf(pos, "leaking param: %s", name);
				else
					warnf(pos, "leaking param content: %s", name);
			}
			for (i = 0; i < esc_num_results(); i++) {
				if ((x = leaks_result(&esc, i)) >= 0) {
					Node *res = fn->results.v[i];
					warnf(pos, "leaking param: %s to result %s level=%d", name,
					         res->nm->sym, x);
				}
			}
			/* -d=escapemutationscalls: what the parameter's callers
			 * learn of writes through it and calls of it */
			if (mutcalls) {
				if ((x = leaks_mutator(&esc)) >= 0) {
					warnf(pos, "mutates param: %s derefs=%d", name, x);
					warned = true;
				}
				if ((x = leaks_callee(&esc)) >= 0) {
					warnf(pos, "calls param: %s derefs=%d", name, x);
					warned = true;
				}
				if (!warned)
					warnf(pos, "%s does not escape, mutate, or call", name);
			}
		}
	}
	return esc;
}

static void finish(Batch *b, IrFunc **fns, int n)
{
	int i, j;
	for (i = 0; i < n; i++) {
		IrFunc *fn = fns[i];
		Type *sig = fn->type;
		int np = type_tuple_len(sig->u.sig.params), narg = 0;
		Object *recv = sig->u.sig.recv;
		fn->esc = FUNC_TAGGED;
		fn->ntags = np + (recv ? 1 : 0);
		fn->tags = NEWARRAY(perm, Leaks, fn->ntags ? fn->ntags : 1);
		if (recv) {
			narg++;
			fn->tags[0] = param_tag(b, fn, narg, fn->recv, recv, recv->type, false);
		}
		for (j = 0; j < np; j++) {
			Object *f = sig->u.sig.params->u.tuple.vars[j];
			Node *p = j < fn->params.n ? fn->params.v[j] : NULL;
			narg++;
			fn->tags[(recv ? 1 : 0) + j] = param_tag(b, fn, narg, p, f, f->type,
			                                         sig->u.sig.variadic && j == np - 1);
		}
		esc_record_tags(fn);
	}
	for (i = 0; i < b->nlocs; i++) {
		Location *loc = b->locs[i];
		Node *nd = loc->n;
		bool wrapper;
		if (!nd)
			continue;
		if (nd->op == ONAME)
			nd->opt = NULL;
		/* go/defer wrappers are not reported */
		wrapper = nd->op == OCLOSURE && (nd->func->flags & FN_WRAPPER);
		if (loc->escapes) {
			if (nd->op == ONAME) {
				if (b->ctx->runtime)
					errorf(nd->pos, "%s escapes to heap, not allowed in runtime", ir_node_string(nd));
				if (b->mflag)
					warnf(nd->pos, "moved to heap: %s", ir_node_string(nd));
			} else if (b->mflag && !wrapper) {
				if (nd->op == OAPPEND)
					warnf(nd->pos, "append escapes to heap");   /* its backing store (go1.25 on) */
				else
					warnf(nd->pos, "%s escapes to heap", ir_node_string(nd));
			}
			nd->esc = ESC_HEAP;
		} else {
			if (b->mflag && nd->op == OAPPEND)
				warnf(nd->pos, "append does not escape");
			else if (b->mflag && nd->op != ONAME && !wrapper)
				warnf(nd->pos, "%s does not escape", ir_node_string(nd));
			nd->esc = ESC_NONE;
			if (loc->transient && (nd->op == OCLOSURE || nd->op == OMETHVALUE || nd->op == OSLICELIT))
				nd->flags |= NF_TRANSIENT;
		}
		/* a []byte(s) nothing writes through shares s's bytes */
		if (release_has(FEAT_ESCAPE_ATTRS) && nd->op == OSTR2BYTES && !loc->mutates && b->mflag)
			warnf(nd->pos, "zero-copy string->[]byte conversion");
	}
}

void esc_batch(EscContext *ctx, IrFunc **fns, int n, bool recursive)
{
	Batch b;
	Arena a;
	int i;
	(void)recursive;
	memset(&b, 0, sizeof b);
	arena_init(&a);
	b.arena = &a;
	b.mflag = ctx->mflag;
	b.ctx = ctx;
	b.heaploc.escapes = true;
	b.heaploc.mutates = b.heaploc.calls = true;
	b.mutatorloc.mutates = true;
	b.mutatorloc.transient = true;
	b.calleeloc.calls = true;
	b.calleeloc.transient = true;
	for (i = 0; i < n; i++)
		init_func(&b, fns[i]);
	for (i = 0; i < n; i++) {
		if (!esc_is_closure(fns[i])) {
			Escape e = {0};
			e.b = &b;
			e.curfn = fns[i];
			e.loopdepth = 1;
			esc_walk_func(&e, fns[i]);
		}
	}
	/* all reassignments and address-takings are known: decide how
	 * each closure captures */
	for (i = 0; i < b.nclosures; i++)
		flow_closure(&b, b.closures[i].k, b.closures[i].clo);
	if (release_has(FEAT_LITERAL_REWRITE))
		esc_rewrite_literals(&b);
	for (i = 0; i < b.nlocs; i++) {
		const char *why = heap_alloc_reason(b.locs[i]->n);
		if (why) {
			Escape e = {0};
			e.b = &b;
			e.curfn = b.locs[i]->curfn;
			esc_flow(&b, hole_addr(&e, heap_hole(&e), b.locs[i]->n, why), b.locs[i]);
		}
	}
	esc_walk_all(&b);
	finish(&b, fns, n);
	arena_free(&a);
}

/* --- the package: bottom-up over the call graph ------------------------------ */

typedef struct Visitor {
	EscContext *ctx;
	uint32_t visitgen;
	PtrMap ids;              /* IrFunc -> id (as pointer-sized int) */
	IrFunc **stack;
	int nstack, capstack;
} Visitor;

static uint32_t visit_func(Visitor *v, IrFunc *fn);

typedef struct VisitCtx {
	Visitor *v;
	uint32_t min;
} VisitCtx;

static void visit_callee(VisitCtx *c, IrFunc *callee)
{
	uint32_t m;
	if (!callee || (callee->flags & FN_GENERIC) || callee->esc == FUNC_TAGGED)
		return;
	m = visit_func(c->v, callee);
	if (m < c->min)
		c->min = m;
}

static void visit_node(Node *n, void *ctx)
{
	VisitCtx *c = ctx;
	switch (n->op) {
	case ONAME:
		if (n->nm->class == PFUNC)
			visit_callee(c, n->func);
		break;
	case ODOTMETH: case OMETHVALUE: case OMETHEXPR:
		visit_callee(c, ir_method_expr_func(n));
		break;
	case OCLOSURE:
		visit_callee(c, n->func);
		break;
	default:
		break;
	}
}

static void visit_tree(Node *n, VisitCtx *c);

static void visit_trees(NodeList *l, VisitCtx *c)
{
	int i;
	for (i = 0; i < l->n; i++)
		visit_tree(l->v[i], c);
}

/* An operand gc evaluates inside a go/defer wrapper rather than at the
 * statement (its normalizeGoDeferCall). */
static bool wrapper_operand(Node *n)
{
	switch (n->op) {
	case OLITERAL: case ONIL: case OMETHEXPR: case ONEW:
		return true;
	case ONAME:
		return n->nm->class == PFUNC;
	default:
		return false;
	}
}

/* The operands evaluated now (now) or in the wrapper (!now). */
static void visit_operand(Node *n, bool now, VisitCtx *c)
{
	int i;
	if (!n)
		return;
	if (n->op == OARRAYLIT || n->op == OSLICELIT || n->op == OSTRUCTLIT) {
		for (i = 0; i < n->list.n; i++) {
			Node *el = n->list.v[i];
			visit_operand(el->op == OKEY || el->op == OSTRUCTKEY ? el->y : el, now, c);
		}
		return;
	}
	if (wrapper_operand(n) != now)
		visit_tree(n, c);
}

/* The references of a go/defer statement in the order gc's wrapping
 * leaves them: what is evaluated at the statement, then the wrapper. */
static void visit_go_defer(Node *n, VisitCtx *c)
{
	Node *call = n->x;
	int pass, i;
	visit_trees(&n->init, c);
	if (!call || (call->op != OCALLFUNC && call->op != OCALLMETH && call->op != OCALLINTER)) {
		visit_tree(call, c);
		return;
	}
	visit_trees(&call->init, c);
	for (pass = 0; pass < 2; pass++) {
		bool now = pass == 0;
		if (call->op == OCALLFUNC) {
			visit_operand(call->x, now, c);
		} else if (call->x && (call->x->op == ODOTMETH || call->x->op == ODOTINTER)) {
			if (now)
				visit_tree(call->x->x, c);      /* the receiver */
			else
				visit_node(call->x, c);         /* the method */
		}
		for (i = 0; i < call->list.n; i++)
			visit_operand(call->list.v[i], now, c);
	}
}

/* ir_visit with go and defer in gc's order */
static void visit_tree(Node *n, VisitCtx *c)
{
	if (!n)
		return;
	if ((n->op == OGO || n->op == ODEFER) && release_has(FEAT_GODEFER_NORMAL)) {
		visit_go_defer(n, c);
		return;
	}
	visit_node(n, c);
	if (n->init.n && (n->init.v[n->init.n - 1]->flags & NF_ARGINIT)) {
		/* f(g()): the callee, then g's call with the first argument */
		int i;
		for (i = 0; i < n->init.n - 1; i++)
			visit_tree(n->init.v[i], c);
		visit_tree(n->x, c);
		visit_tree(n->init.v[n->init.n - 1], c);
	} else {
		visit_trees(&n->init, c);
		visit_tree(n->x, c);
	}
	visit_tree(n->y, c);
	visit_tree(n->z, c);
	visit_tree(n->w, c);
	visit_trees(&n->list, c);
	visit_trees(&n->rlist, c);
	visit_trees(&n->body, c);
	visit_trees(&n->els, c);
}

static uint32_t visit_func(Visitor *v, IrFunc *fn)
{
	uint32_t id = (uint32_t)(uintptr_t)ptrmap_get(&v->ids, fn), min;
	VisitCtx c;
	int i;
	if (id > 0)
		return id;
	id = ++v->visitgen;
	ptrmap_put(&v->ids, fn, (void *)(uintptr_t)id);
	min = ++v->visitgen;
	if (v->nstack == v->capstack) {
		v->capstack = v->capstack ? 2 * v->capstack : 64;
		v->stack = xrealloc(v->stack, sizeof *v->stack * (size_t)v->capstack);
	}
	v->stack[v->nstack++] = fn;
	c.v = v;
	c.min = min;
	for (i = 0; i < fn->body.n; i++)
		visit_tree(fn->body.v[i], &c);
	min = c.min;
	if ((min == id || min == id + 1) && !esc_is_closure(fn)) {
		bool recursive = min == id;
		for (i = v->nstack - 1; i >= 0; i--) {
			ptrmap_put(&v->ids, v->stack[i], (void *)(uintptr_t)UINT32_MAX);
			if (v->stack[i] == fn)
				break;
		}
		esc_batch(v->ctx, v->stack + i, v->nstack - i, recursive);
		v->nstack = i;
	}
	return min;
}

bool esc_is_closure(const IrFunc *fn)
{
	if (!(fn->flags & FN_HIDDENCLOSURE))
		return false;
	return !release_has(FEAT_CLOSURE_ROOTS) || fn->closurevars.n > 0;
}

static void find_dead_closures(Node *n, void *ctx);

/* A closure whose expression is gone: visited when it captures
 * nothing; a capturing one is never analysed, but the closures inside
 * it that capture nothing are. */
static void visit_dead_closure(Visitor *v, IrFunc *fn)
{
	int i;
	if (!esc_is_closure(fn)) {
		visit_func(v, fn);
		return;
	}
	for (i = 0; i < fn->body.n; i++)
		ir_visit(fn->body.v[i], find_dead_closures, v);
}

static void find_dead_closures(Node *n, void *ctx)
{
	if (n->op == OCLOSURE)
		visit_dead_closure(ctx, n->func);
}

/* Closures deadlocals took out of the bodies are still functions of
 * their own when they capture nothing; gc meets them after every
 * declared function, before init. */
static void visit_dead_closures(Visitor *v, IrPackage *p, bool *done)
{
	int i, j;
	*done = true;
	for (i = 0; i < p->nfuncs; i++)
		for (j = 0; j < p->funcs[i]->deadclosures.n; j++)
			visit_dead_closure(v, p->funcs[i]->deadclosures.v[j]->func);
}

void esc_package(IrPackage *p, EscContext *ctx)
{
	Visitor v;
	bool deadsdone = false;
	int i;
	memset(&v, 0, sizeof v);
	v.ctx = ctx;
	/* unified IR reads the package's initialisation first */
	if (release_has(FEAT_INIT_FIRST)) {
		/* (the outlined map initialisations are its callees) */
		if (p->initfn)
			visit_func(&v, p->initfn);
		/* then the function literals of package-level initialisers */
		for (i = 0; i < p->nfuncs; i++)
			if (p->funcs[i]->oclosure && !p->funcs[i]->outer && !(p->funcs[i]->flags & FN_GENERIC))
				visit_func(&v, p->funcs[i]);
	}
	for (i = 0; i < p->nfuncs; i++) {
		IrFunc *fn = p->funcs[i];
		if (fn == p->initfn && ctx->mw)
			methwrap_dict(ctx->mw, p);
		if (fn == p->initfn)
			visit_dead_closures(&v, p, &deadsdone);
		if (!(fn->flags & (FN_HIDDENCLOSURE | FN_GENERIC)))
			visit_func(&v, fn);
		/* the wrappers static initialisation made follow init, then
		 * those between calling conventions */
		if (fn == p->initfn && ctx->mw) {
			methwrap_static(ctx->mw, p);
			methwrap_abi(ctx->mw, p);
		}
	}
	if (!deadsdone)
		visit_dead_closures(&v, p, &deadsdone);
	if (!p->initfn && ctx->mw) {
		methwrap_dict(ctx->mw, p);
		methwrap_static(ctx->mw, p);
		methwrap_abi(ctx->mw, p);
	}
	ptrmap_free(&v.ids);
	free(v.stack);
}

/* --- gc's checks while lowering to machine code ------------------------------ */

static void not_allocatable(Pos pos, Type *t)
{
	errorf(pos, "%s can't be allocated in Go; it is incomplete (or unallocatable)", gc_type_string(t));
}

typedef struct WalkCheck {
	bool runtime;
	Node *assigned;          /* the append of the assignment just seen */
} WalkCheck;

static bool nih_slice(Node *n)
{
	return n->type && type_under(n->type)->kind == TYPE_SLICE &&
	       type_not_in_heap(type_under(n->type)->u.slice.elem);
}

static void walk_check(Node *n, void *ctx)
{
	WalkCheck *w = ctx;
	IrFunc *fn;
	int i;
	switch (n->op) {
	case OAS:
		/* x = append(...): reported at the assignment */
		if (n->y && n->y->op == OAPPEND) {
			w->assigned = n->y;
			if (nih_slice(n->y))
				not_allocatable(n->pos, type_under(n->y->type)->u.slice.elem);
		}
		return;
	case ONEW:
		if (n->type && type_not_in_heap(type_under(n->type)->u.pointer.elem))
			not_allocatable(n->pos, type_under(n->type)->u.pointer.elem);
		return;
	case OMAKESLICE:
	case OAPPEND:
		if (n != w->assigned && nih_slice(n))
			not_allocatable(n->pos, type_under(n->type)->u.slice.elem);
		return;
	case OCLOSURE:
		break;
	default:
		return;
	}
	if (!(fn = n->func))
		return;
	/* a closure without captures is a plain function; one called where
	 * it is written becomes a direct call; a go statement's wrapper is
	 * the runtime's own business */
	if (w->runtime && n->esc == ESC_HEAP && fn->closurevars.n > 0 && !(fn->flags & FN_CLOSURECALLED) &&
	    !(n->flags & NF_GOWRAP))
		errorf(n->pos, "heap-allocated closure %s, not allowed in runtime", ir_func_name(fn));
	for (i = 0; i < fn->body.n; i++)
		ir_visit(fn->body.v[i], walk_check, ctx);
}

void esc_walk_checks(IrPackage *p, bool runtime)
{
	WalkCheck w = {runtime, NULL};
	int i, j;
	for (i = 0; i < p->nfuncs; i++)
		for (j = 0; j < p->funcs[i]->body.n; j++)
			ir_visit(p->funcs[i]->body.v[j], walk_check, &w);
}

/* --- slice literals kept on the stack ---------------------------------------- */

typedef struct PosVec {
	Pos *v;
	int n, cap;
} PosVec;

static void stack_slicelit(Node *n, void *ctx)
{
	PosVec *pv = ctx;
	int i;
	if (n->op == OSLICELIT && n->esc == ESC_NONE) {
		if (pv->n == pv->cap) {
			pv->cap = pv->cap ? 2 * pv->cap : 16;
			pv->v = xrealloc(pv->v, sizeof *pv->v * (size_t)pv->cap);
		}
		pv->v[pv->n++] = n->pos;
	}
	if (n->op == OCLOSURE && n->func)
		for (i = 0; i < n->func->body.n; i++)
			ir_visit(n->func->body.v[i], stack_slicelit, ctx);
}

static int pos_cmp(const void *a, const void *b)
{
	Pos x = *(const Pos *)a, y = *(const Pos *)b;
	return x < y ? -1 : x > y;
}

int esc_stack_slicelits(IrPackage *p, Pos **out)
{
	PosVec pv = {0};
	int i, j;
	for (i = 0; i < p->nfuncs; i++)
		for (j = 0; j < p->funcs[i]->body.n; j++)
			ir_visit(p->funcs[i]->body.v[j], stack_slicelit, &pv);
	if (pv.n > 1)
		qsort(pv.v, (size_t)pv.n, sizeof *pv.v, pos_cmp);
	*out = pv.v;
	return pv.n;
}
