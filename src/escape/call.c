/* call.c: calls, builtins with call syntax, go and defer.
 *
 * An argument flows where the callee's parameter tag says: to the
 * heap, to one of the call's results, or nowhere. A callee in the
 * batch being analysed has no tag yet; its parameters and results are
 * wired into the graph directly instead. Calls through func values or
 * interfaces have unknown callees: their arguments reach the heap. */
#include <string.h>

#include "escape.h"

typedef struct Callee {
	IrFunc *fn;              /* when the callee's IR is known */
	Object *obj;             /* when it is a declared function or method */
} Callee;

static Leaks *tags_of(Callee c, int *n);

/* The tag of parameter i (receiver first) as holes: heap, results. */
Hole esc_tag_hole(Escape *e, Hole *ks, int nks, IrFunc *fn, int param, Object *obj)
{
	Hole tks[3 + NUM_ESC_RESULTS];
	int ntks = 0, x, i, ntags;
	Leaks *tags, leak;
	Callee c;
	c.fn = fn;
	c.obj = obj;
	if (!fn && !obj)
		return heap_hole(e);
	if (fn && esc_in_mutual_batch(fn)) {
		Node *p = fn->recv ? (param == 0 ? fn->recv : fn->params.v[param - 1]) : fn->params.v[param];
		return esc_addr(e, p);
	}
	tags = tags_of(c, &ntags);
	leak = tags && param < ntags ? tags[param] : leaks_all_heap();
	if ((x = leaks_heap(&leak)) >= 0)
		tks[ntks++] = hole_shift(heap_hole(e), x);
	if (release_has(FEAT_ESCAPE_ATTRS)) {
		if ((x = leaks_mutator(&leak)) >= 0)
			tks[ntks++] = hole_shift(mutator_hole(e), x);
		if ((x = leaks_callee(&leak)) >= 0)
			tks[ntks++] = hole_shift(callee_hole(e), x);
	}
	if (ks) {
		for (i = 0; i < esc_num_results() && i < nks; i++)
			if ((x = leaks_result(&leak, i)) >= 0)
				tks[ntks++] = hole_shift(ks[i], x);
	}
	return tee_hole(e, tks, ntks);
}

static PtrMap objtags;   /* Object (func) -> Leaks[] of analysed functions */
static PtrMap objntags;

void esc_record_tags(IrFunc *fn)
{
	if (fn->obj) {
		ptrmap_put(&objtags, fn->obj, fn->tags);
		ptrmap_put(&objntags, fn->obj, (void *)(intptr_t)(fn->ntags + 1));
	}
}

static Leaks *tags_of(Callee c, int *n)
{
	Object *o = c.obj;
	if (c.fn && c.fn->tags) {
		*n = c.fn->ntags;
		return c.fn->tags;
	}
	if (!o && c.fn)
		o = c.fn->obj;
	if (o) {
		/* methods of instances take the generic method's tags */
		if (o->kind == OBJ_FUNC && o->u.func.origin)
			o = o->u.func.origin;
		*n = (int)(intptr_t)ptrmap_get(&objntags, o) - 1;
		if (*n >= 0)
			return ptrmap_get(&objtags, o);
	}
	*n = 0;
	return NULL;
}

/* go1.21 on: the operands of a go or defer call are copied at the
 * statement by one assignment, tmp1, tmp2 = x1, x2, after the
 * temporaries' declarations. */
static Node *copy_operand(Escape *e, Pos pos, Node *tmp, Node *expr, NodeList *init)
{
	Node *dcl = ir_node1(ODCL, pos, NULL, tmp), *as = e->reservedas;
	if (!as) {
		as = e->reservedas = ir_node(OAS2, e->reservedpos, NULL);
		nl_push(init, dcl);
		nl_push(init, as);
	} else {
		int i;
		for (i = 0; i < init->n && init->v[i] != as; i++)
			;
		nl_insert(init, i, dcl);
	}
	nl_push(&as->list, tmp);
	nl_push(&as->rlist, expr);
	tmp->nm->defn = as;
	if (!tmp->opt)
		new_loc(e, tmp, false);
	esc_stmt(e, dcl);
	esc_expr(e, hole_note(e, esc_addr(e, tmp), as, "assign-pair"), expr);
	return tmp;
}

/* Copies expr into a new temporary of the current function, declared
 * and assigned in init, and analysed as such. */
static Node *copy_expr(Escape *e, Pos pos, Node *expr, NodeList *init, bool wrapped)
{
	Node *tmp, *dcl, *as;
	/* gc (go1.21 on) copies at the go or defer statement's position */
	if (wrapped && e->reserved)
		pos = e->reservedpos;
	if (ir_has_unique_pos(expr))
		pos = expr->pos;
	if (wrapped && e->reserved && e->nreserved < e->reserved->n) {
		tmp = e->reserved->v[e->nreserved++];
		tmp->pos = pos;
		tmp->type = expr->type;
	} else
		tmp = ir_temp(e->curfn, pos, expr->type);
	if (wrapped && e->reserved)
		return copy_operand(e, pos, tmp, expr, init);
	dcl = ir_node1(ODCL, pos, NULL, tmp);
	as = ir_node2(OAS, pos, NULL, tmp, expr);
	tmp->nm->defn = as;
	nl_push(init, dcl);
	nl_push(init, as);
	if (!tmp->opt)   /* a reserved temporary has one from the start */
		new_loc(e, tmp, false);
	esc_stmt(e, dcl);
	esc_stmt(e, as);
	return tmp;
}

/* Replaces *argp by a temporary; inside a go/defer wrapper, by the
 * wrapper's capture of that temporary. */
static Node *wrap_expr(Escape *e, Pos pos, Node **argp, NodeList *init, IrFunc *wrapper)
{
	Node *tmp = copy_expr(e, pos, *argp, init, wrapper != NULL);
	if (wrapper) {
		old_loc(tmp)->captured = true;
		tmp = ir_closure_var(e->reserved ? tmp->pos : pos, wrapper, tmp);
	}
	*argp = tmp;
	return tmp;
}

/* uintptr(unsafe.Pointer(p)) passed to a //go:uintptrkeepalive or
 * //go:uintptrescapes function keeps (or leaks) what p points to. */
static bool unsafe_uintptr_arg(Escape *e, Node **argp, NodeList *init, PragmaFlags pragma, IrFunc *wrapper)
{
	Node *arg = *argp, *tmp;
	Type *u;
	if (!(pragma & (PRAGMA_UINTPTRKEEPALIVE | PRAGMA_UINTPTRESCAPES)))
		return false;
	if (arg->op != OCONVNOP)
		return false;
	u = type_under(arg->type);
	if (u->kind != TYPE_BASIC || u->u.basic.kind != KIND_UINTPTR)
		return false;
	u = type_under(arg->x->type);
	if (u->kind != TYPE_BASIC || u->u.basic.kind != KIND_UNSAFEPOINTER)
		return false;
	tmp = wrap_expr(e, arg->pos, &arg->x, init, wrapper);
	if (pragma & PRAGMA_UINTPTRESCAPES)
		esc_flow(e->b, hole_note(e, heap_hole(e), arg, "//go:uintptrescapes"), old_loc(tmp));
	else if (release_has(FEAT_ESCAPE_ATTRS))
		esc_flow(e->b, mutator_hole(e), old_loc(tmp));
	return true;
}

static void rewrite_one(Escape *e, Pos pos, Node **argp, NodeList *init, PragmaFlags pragma, IrFunc *wrapper)
{
	Node *arg = *argp;
	int i;
	switch (arg->op) {
	case OLITERAL: case ONIL: case OMETHEXPR:
		return;
	case ONAME:
		if (arg->nm->class == PFUNC)
			return;
		break;
	case ONEW:
		/* go1.21 on: evaluated inside a go/defer wrapper */
		if (wrapper && release_has(FEAT_GODEFER_NORMAL))
			return;
		break;
	case OARRAYLIT: case OSLICELIT: case OSTRUCTLIT:
		/* go1.21 on: a go/defer wrapper builds the literal itself,
		 * from its elements */
		if (wrapper && release_has(FEAT_GODEFER_NORMAL)) {
			for (i = 0; i < arg->list.n; i++) {
				Node **el = &arg->list.v[i];
				if ((*el)->op == OKEY || (*el)->op == OSTRUCTKEY)
					el = &(*el)->y;
				rewrite_one(e, pos, el, init, pragma, wrapper);
			}
			return;
		}
		break;
	default:
		break;
	}
	if (unsafe_uintptr_arg(e, argp, init, pragma, wrapper))
		return;
	if (wrapper)
		wrap_expr(e, pos, argp, init, wrapper);
}

/* The pragmas of a callee that change how its arguments are passed. */
static PragmaFlags callee_pragma(Callee c)
{
	PragmaFlags pragma = 0;
	if (c.fn)
		pragma = c.fn->pragma;
	else if (c.obj && c.obj->kind == OBJ_FUNC) {
		pragma = c.obj->u.func.pragmas;
		/* analysing a body-less function marked it so in its package */
		if (c.obj->u.func.decl && !c.obj->u.func.decl->u.func.body)
			pragma |= PRAGMA_UINTPTRKEEPALIVE;
	}
	return pragma;
}

static void rewrite_argument(Escape *e, Node **argp, NodeList *init, Node *call, PragmaFlags pragma, IrFunc *wrapper)
{
	Node *arg = *argp;
	int i;
	if (arg->op == OSLICELIT) {
		for (i = 0; i < arg->list.n; i++) {
			Node **el = &arg->list.v[i];
			if ((*el)->op == OKEY)
				el = &(*el)->y;
			rewrite_one(e, arg->pos, el, init, pragma, wrapper);
		}
	} else {
		rewrite_one(e, call->pos, argp, init, pragma, wrapper);
	}
}

typedef struct CallCtx {
	NodeList *init;
	IrFunc *wrapper;
	Node *call;
} CallCtx;

static void argument_fn(Escape *e, CallCtx *cc, PragmaFlags pragma, Hole k, Node **argp)
{
	rewrite_argument(e, argp, cc->init, cc->call, pragma, cc->wrapper);
	esc_expr(e, hole_note(e, k, cc->call, "call parameter"), *argp);
}

static void argument(Escape *e, CallCtx *cc, Hole k, Node **argp)
{
	argument_fn(e, cc, 0, k, argp);
}

/* The callee of a static call: a declared function, a method
 * expression, or a closure (possibly through a never-reassigned local). */
static Callee callee_of(Node *v)
{
	Callee c = {0};
	switch (v->op) {
	case ONAME:
		if (v->nm->class == PFUNC) {
			c.fn = v->func;
			c.obj = v->nm->obj;
		}
		break;
	case OCLOSURE:
		c.fn = v->func;
		break;
	case OMETHEXPR:
		c.obj = v->sel;
		c.fn = ir_method_expr_func(v);
		break;
	default:
		break;
	}
	/* generic functions are compiled as instances, whose summaries
	 * are not known here: treat the callee as unknown */
	if ((c.fn && (c.fn->flags & FN_GENERIC)) || (c.obj && c.obj->kind == OBJ_FUNC && c.obj->u.func.origin)) {
		c.fn = NULL;
		c.obj = NULL;
	}
	return c;
}

/* The callees of a call of x: its static value's, or (go1.27) those of
 * every function assigned to the local func variable it names. 0 when
 * any of them is unknown. */
enum { MAX_CALLEES = 64 };

static int static_callees(Node *x, Callee *out)
{
	Node *v = ir_static_value(x);
	NodeList assigns = {0};
	int i, n = 0;
	out[0] = callee_of(v);
	if (out[0].fn || out[0].obj)
		return 1;
	if (!release_has(FEAT_MULTI_CALLEE) || v->op != ONAME || !ir_func_assignments(v, &assigns))
		return 0;
	if (assigns.n > MAX_CALLEES)
		return 0;
	for (i = 0; i < assigns.n; i++) {
		Callee c = callee_of(assigns.v[i]->y);
		if (!c.fn && !c.obj)
			return 0;
		if (callee_pragma(c) & (PRAGMA_UINTPTRKEEPALIVE | PRAGMA_UINTPTRESCAPES))
			return 0;
		out[n++] = c;
	}
	return n;
}

/* The hole for argument param (receiver first) of a call with callees
 * cs: each callee's tag, together. */
static Hole merged_tag_hole(Escape *e, Hole *ks, int nks, Callee *cs, int ncs, int param)
{
	Hole hs[MAX_CALLEES];
	int i;
	if (ncs == 0)
		return heap_hole(e);
	if (ncs == 1)
		return esc_tag_hole(e, ks, nks, cs[0].fn, param, cs[0].obj);
	for (i = 0; i < ncs; i++)
		hs[i] = esc_tag_hole(e, ks, nks, cs[i].fn, param, cs[i].obj);
	return tee_hole(e, hs, ncs);
}

/* A non-string pointer in t (gc's hasNonStringPointers): strings do
 * not count. */
static bool has_nonstring_pointers(Type *t)
{
	Type *u = type_under(t);
	int i;
	if (!gc_has_pointers(t))
		return false;
	switch (u->kind) {
	case TYPE_BASIC:
		return !(u->u.basic.info & BI_STRING);
	case TYPE_STRUCT:
		for (i = 0; i < u->u.strct.nfields; i++)
			if (has_nonstring_pointers(u->u.strct.fields[i]->type))
				return true;
		return false;
	case TYPE_ARRAY:
		return has_nonstring_pointers(u->u.array.elem);
	default:
		return true;
	}
}

/* internal/abi.EscapeNonString[shape](dict, v), which the compiler
 * knows: v reaches the heap if it holds a non-string pointer. */
static bool is_escape_nonstring(Callee *cs, int ncs, Type *fntype)
{
	Object *g;
	if (ncs != 1 || !cs[0].fn || !(g = cs[0].fn->generic) || !g->pkg || strcmp(g->pkg->path, "internal/abi") != 0 ||
	    strcmp(g->name, "EscapeNonString") != 0)
		return false;
	return type_tuple_len(fntype->u.sig.params) == 2 && gc_has_shape(fntype->u.sig.params->u.tuple.vars[1]->type);
}

/* gc's FixVariadicCall, done as the call is walked (what was printed
 * before shows the arguments as written): the variadic arguments are
 * gathered into an implicit slice literal, "... argument". */
void esc_fix_variadic_call(Node *call)
{
	Type *sig = type_under(call->x->type);
	int np, vi, i;
	Type *vt;
	Node *slice;
	if (sig->kind != TYPE_SIGNATURE || !sig->u.sig.variadic || (call->flags & NF_ISDDD))
		return;
	np = type_tuple_len(sig->u.sig.params);
	vi = np - 1;
	vt = sig->u.sig.params->u.tuple.vars[vi]->type;
	if (call->x->op == OMETHEXPR && sig->u.sig.recv)
		vi++;   /* the method expression's receiver is its first argument */
	if (call->list.n <= vi) {
		slice = ir_node(ONIL, call->pos, vt);
	} else {
		slice = ir_node(OSLICELIT, call->pos, vt);
		slice->flags |= NF_IMPLICIT;
		for (i = vi; i < call->list.n; i++)
			nl_push(&slice->list, call->list.v[i]);
	}
	call->list.n = vi;
	nl_push(&call->list, slice);
	call->flags |= NF_ISDDD;
}

static void call_common(Escape *e, Hole *ks, int nks, Node *call, NodeList *init, IrFunc *wrapper)
{
	CallCtx cc;
	int i;
	cc.init = init;
	cc.wrapper = wrapper;
	cc.call = call;
	switch (call->op) {
	case OCALLFUNC: case OCALLMETH: case OCALLINTER: {
		Callee cs[MAX_CALLEES];
		int ncs = 0, k;
		PragmaFlags pragma = 0;
		Type *fntype;
		int nparams, argi = 0, parami = 0;
		Node **recvarg = NULL;
		esc_fix_variadic_call(call);
		if (call->op == OCALLFUNC) {
			if (call->x->op == OCLOSURE)
				call->x->func->flags |= FN_CLOSURECALLED;
			ncs = static_callees(call->x, cs);
		}
		fntype = type_under(call->x->type);
		if (ncs == 1 && cs[0].obj && cs[0].obj->type)
			fntype = cs[0].obj->type;
		else if (ncs == 1 && cs[0].fn)
			fntype = cs[0].fn->type;
		for (k = 0; k < ncs; k++) {
			pragma |= callee_pragma(cs[k]);
			if (ks && cs[k].fn && esc_in_mutual_batch(cs[k].fn))
				for (i = 0; i < cs[k].fn->results.n && i < nks; i++)
					esc_expr(e, ks[i], cs[k].fn->results.v[i]);
		}
		if (call->op == OCALLFUNC) {
			/* an unknown callee whose results go somewhere: a closure
			 * reaching it loses track of its results */
			Hole calleek = discard_hole(e);
			if (release_has(FEAT_ESCAPE_ATTRS) && ncs == 0)
				for (i = 0; i < nks; i++)
					if (ks[i].dst != &e->b->blankloc) {
						calleek = hole_note(e, callee_hole(e), call, "callee operand");
						break;
					}
			argument(e, &cc, calleek, &call->x);
		}
		else
			recvarg = &call->x->x;   /* OCALLINTER: x is ODOTINTER */
		if (release_has(FEAT_ESCAPE_NONSTRING) && is_escape_nonstring(cs, ncs, fntype)) {
			Hole k = has_nonstring_pointers(fntype->u.sig.params->u.tuple.vars[1]->type) ? heap_hole(e) : discard_hole(e);
			for (i = 0; i < call->list.n; i++)
				argument(e, &cc, k, &call->list.v[i]);
			break;
		}
		if (fntype->u.sig.recv) {
			if (!recvarg)
				recvarg = &call->list.v[argi++];
			argument_fn(e, &cc, pragma, merged_tag_hole(e, ks, nks, cs, ncs, parami), recvarg);
			parami++;
		}
		nparams = type_tuple_len(fntype->u.sig.params);
		for (i = 0; i < nparams && argi < call->list.n; i++, argi++, parami++)
			argument_fn(e, &cc, pragma, merged_tag_hole(e, ks, nks, cs, ncs, parami), &call->list.v[argi]);
		break;
	}
	case OINLCALL:
		esc_stmts(e, &call->body);
		for (i = 0; i < call->rlist.n; i++)
			esc_expr(e, ks && i < nks ? ks[i] : discard_hole(e), call->rlist.v[i]);
		break;
	case OAPPEND: {
		Node *s = call->list.v[0];
		Hole appendee = ks[0];
		if (release_has(FEAT_ESCAPE_ATTRS)) {
			Hole t[2];
			t[0] = appendee;
			t[1] = mutator_hole(e);
			appendee = tee_hole(e, t, 2);
		}
		if (gc_has_pointers(type_elem(s->type))) {
			Hole t[2];
			t[0] = appendee;
			t[1] = hole_deref(e, heap_hole(e), call, "appendee slice");
			appendee = tee_hole(e, t, 2);
		}
		argument(e, &cc, appendee, &call->list.v[0]);
		if (call->flags & NF_ISDDD) {
			Node *a = call->list.v[1];
			Hole appended = discard_hole(e);
			Type *u = type_under(a->type);
			if (u->kind == TYPE_SLICE && gc_has_pointers(u->u.slice.elem))
				appended = hole_deref(e, heap_hole(e), call, "appended slice...");
			argument(e, &cc, appended, &call->list.v[1]);
		} else {
			for (i = 1; i < call->list.n; i++)
				argument(e, &cc, heap_hole(e), &call->list.v[i]);
		}
		if (release_has(FEAT_APPEND_BACKING) && ks) {
			/* the backing store append may allocate, whose address
			 * flows to the result; outside any loop, as it is not reused */
			Location *l = new_loc(e, call, true);
			l->loopdepth = 0;
			esc_flow(e->b, hole_addr(e, ks[0], call, "spill"), l);
		}
		break;
	}
	case OCOPY: {
		Hole copied = discard_hole(e);
		Type *u = type_under(call->y->type);
		argument(e, &cc, release_has(FEAT_ESCAPE_ATTRS) ? mutator_hole(e) : discard_hole(e), &call->x);
		if (u->kind == TYPE_SLICE && gc_has_pointers(u->u.slice.elem))
			copied = hole_deref(e, heap_hole(e), call, "copied slice");
		argument(e, &cc, copied, &call->y);
		break;
	}
	case OPANIC:
		argument(e, &cc, heap_hole(e), &call->x);
		break;
	case OCOMPLEX:
		argument(e, &cc, discard_hole(e), &call->x);
		argument(e, &cc, discard_hole(e), &call->y);
		break;
	case ODELETE: case OPRINT: case OPRINTN: case ORECOVER: case ORECOVERFP:
		if (call->op == ORECOVER) {
			/* gc's fixRecoverCall: the frame pointer made an argument,
			 * which a go or defer wrapper then captures */
			Node *sp = ir_node(OGETCALLERSP, call->pos, typ_basic[KIND_UINTPTR]);
			nl_push(&call->list, ir_node1(OCONVNOP, call->pos, new_pointer(typ_basic[KIND_INT32]), sp));
			call->op = ORECOVERFP;
		}
		for (i = 0; i < call->list.n; i++)
			argument(e, &cc, discard_hole(e), &call->list.v[i]);
		break;
	case OLEN: case OCAP: case OREAL: case OIMAG: case OCLOSE:
		argument(e, &cc, discard_hole(e), &call->x);
		break;
	case OUNSAFEADD: case OUNSAFESLICE: case OUNSAFESTRING:
		argument(e, &cc, ks[0], &call->x);
		argument(e, &cc, discard_hole(e), &call->y);
		break;
	case OMIN: case OMAX:
		for (i = 0; i < call->list.n; i++)
			argument(e, &cc, ks[0], &call->list.v[i]);
		break;
	case OUNSAFESTRINGDATA: case OUNSAFESLICEDATA:
		argument(e, &cc, ks[0], &call->x);
		break;
	case OCLEAR:
		/* clearing moves no pointer anywhere, but writes */
		argument(e, &cc, release_has(FEAT_ESCAPE_ATTRS) ? mutator_hole(e) : discard_hole(e), &call->x);
		break;
	default:
		BUG("escape: unexpected call op %s", op_name[call->op]);
	}
}

void esc_call(Escape *e, Hole *ks, int nks, Node *call)
{
	NodeList init = {0};
	int i;
	call_common(e, ks, nks, call, &init, NULL);
	for (i = 0; i < init.n; i++)
		nl_push(&call->init, init.v[i]);
}

/* go f(x) and defer f(x): the call runs later, so its arguments are
 * kept in a closure wrapper; a go statement's wrapper is in the heap,
 * a top-level defer's is not. */
void esc_go_defer(Escape *e, Node *n)
{
	Hole k = heap_hole(e);
	Node *call = n->x;
	if (n->op == ODEFER && e->loopdepth == 1 && !(n->flags & NF_DEFERAT)) {
		k = later_hole(e, discard_hole(e));
		n->esc = ESC_NEVER;
	}
	esc_stmts(e, &n->init);
	esc_stmts(e, &call->init);
	if (call->op == OCALLFUNC) {
		Type *sig = type_under(call->x->type);
		if (type_tuple_len(sig->u.sig.params) + type_tuple_len(sig->u.sig.results) == 0 && call->list.n == 0) {
			if (call->x->op == OCLOSURE && n->op == OGO)
				call->x->flags |= NF_GOWRAP;
			esc_expr(e, k, call->x);
			return;
		}
	}
	/* The arguments are evaluated now, into temporaries that a wrapper
	 * closure captures and passes to the call when it runs. */
	{
		IrFunc *fn = ir_func(n->pos, new_signature(NULL, NULL, NULL, false));
		Node *clo;
		Batch *b = e->b;
		fn->flags |= FN_HIDDENCLOSURE | FN_WRAPPER;
		fn->outer = e->curfn;
		nl_push(&fn->body, call);
		clo = ir_node(OCLOSURE, n->pos, fn->type);
		clo->func = fn;
		fn->oclosure = clo;
		ir_name_closure(fn, e->curfn, false);
		if (n->op == OGO)
			clo->flags |= NF_GOWRAP;
		NodeList *oreserved = e->reserved;
		int onreserved = e->nreserved;
		Pos opos = e->reservedpos;
		Node *oas = e->reservedas;
		if (release_has(FEAT_GODEFER_NORMAL)) {
			e->reserved = &n->rlist;
			e->nreserved = 0;
			e->reservedpos = n->pos;
			e->reservedas = NULL;
		}
		call_common(e, NULL, 0, call, &n->init, fn);
		e->reserved = oreserved;
		e->nreserved = onreserved;
		e->reservedpos = opos;
		e->reservedas = oas;
		if (b->nclosures == b->capclosures) {
			int cap = b->capclosures ? 2 * b->capclosures : 8, i;
			Closure *nc = NEWARRAY(b->arena, Closure, cap);
			for (i = 0; i < b->nclosures; i++)
				nc[i] = b->closures[i];
			b->closures = nc;
			b->capclosures = cap;
		}
		b->closures[b->nclosures].k = spill(e, k, clo);
		b->closures[b->nclosures].clo = clo;
		b->nclosures++;
		n->x = ir_node(OCALLFUNC, call->pos, call->type);
		n->x->x = clo;
	}
}
