/* lower_inst.c: instances of generic functions and methods, as gc 1.19
 * compiles them (see ir.h).
 *
 * Lowering a package leaves every use of a generic function as an
 * OFUNCINST (the function and its type arguments) and every use of a
 * method of an instantiated generic type as the method expression it
 * would be for an ordinary type. Stenciling then goes over the
 * package's functions in declaration order, then over the instances it
 * creates, as gc's noder does:
 *   - a call of a generic function or method calls the instance for the
 *     shapes of its type arguments, with a dictionary as first argument
 *     (the receiver follows): the static dictionary of the concrete type
 *     arguments (&.dict.F[int]), or, inside an instance whose type
 *     arguments are shapes, an entry of its own dictionary
 *     ((*(*[N]uintptr)(unsafe.Pointer(.dict)))[i]);
 *   - an uncalled reference becomes a closure (a wrapper) calling the
 *     instance with the dictionary.
 * An instance is lowered from the generic declaration with its type
 * parameters replaced by shapes; it takes the dictionary as a hidden
 * first parameter ".dict", its receiver as an ordinary parameter, is
 * DUPOK (no parameter diagnostics), and its closures capture the
 * dictionary first and copy it into a local ".dict". What needs the
 * type arguments themselves goes through the dictionary, whose layout
 * (type arguments, derived types, sub-dictionaries, itabs, method
 * closures) is computed as gc's getInstInfo does:
 *   - x.M(args) with x of type parameter type calls the method closure
 *     of the dictionary: (func(T, args))(&entry)(x, args);
 *   - a conversion of a shaped value to an interface builds the
 *     interface from a dictionary type word and unsafe.Pointer(x);
 *   - type assertions and type switch cases to shaped types compare
 *     with dictionary types.
 * Methods of every fully instantiated generic type the package mentions
 * are instantiated too, called or not. */
#include <stdio.h>
#include <string.h>

#include "ir.h"

/* --- dictionaries ------------------------------------------------------------------ */

typedef struct MethExpr {
	int idx;                 /* type parameter */
	const char *name;
} MethExpr;

/* An instance's dictionary layout, shared by its closures. */
typedef struct Dict {
	TypeList shapes;
	Vec derived;             /* Type *: types built from the shapes */
	Vec subdicts;            /* SubDict *: calls and references of generic functions */
	Vec itabs;               /* Node *: conversions and assertions needing itabs */
	Vec itabtypes;           /* Type *: per itab, its concrete type and interface (shaped) */
	Vec methexprs;           /* MethExpr *: methods called on type parameters */
	int nshapes, startsub, startitab, startmeth, len;
} Dict;

/* A dictionary operation left by lowering for the dictionary pass. */
typedef enum DictUseKind { DU_BOUNDCALL, DU_BOUNDVALUE } DictUseKind;
typedef struct DictUse {
	DictUseKind kind;
	int idx;                 /* the receiver's type parameter */
	Object *method;          /* the constraint's method */
	Type *bound;             /* DU_BOUNDVALUE: the constraint */
	Type *mvtype;            /* the method value's type (x.M) */
} DictUse;

typedef struct Inst Inst;

/* The instance being lowered: L->inst. */
/* A sub-dictionary entry: the call or reference, and what it uses
 * (as gc saves it before stenciling rewrites the node). */
typedef struct SubDict {
	Node *node;
	Object *gf;              /* NULL: a method called on a type parameter */
	TypeList targs;          /* shaped */
	bool ismeth;
	struct DictUse *bound;
} SubDict;

typedef struct InstCtx {
	Inst *inst;
	SubstMap smap;
	Dict *dict;
	Node *dictparam;         /* .dict of the function being lowered (a closure: its local copy) */
	PtrMap uses;             /* Node -> DictUse */
} InstCtx;

struct Inst {
	Object *gf;              /* the generic function or method */
	bool ismeth;
	TypeList shapes;
	const char *name;        /* "Map[go.shape.int_0,go.shape.string_1]" */
	IrFunc *fn;
	InstCtx ctx;
};

/* Instances and their closures: how they reach their dictionary. */
typedef struct FnDict {
	InstCtx *ctx;
	Node *dictparam;
} FnDict;

/* A package-level variable declaration, scanned after the functions
 * declared before it. */
typedef struct VarMark {
	int at;                  /* number of functions before it */
	NodeList stmts;
} VarMark;

typedef struct Stencil {
	PtrMap insts;            /* key -> Inst */
	PtrMap dictnames;        /* dictionary symbol -> ONAME */
	PtrMap dictsyms;         /* dictionary symbol -> itself, once made */
	PtrMap fndicts;          /* IrFunc -> FnDict */
	Vec vars;                /* VarMark * */
	Vec types;               /* Type *: instantiated types, as the package mentions them */
	int typesdone;           /* how many had their methods instantiated */
	PtrMap seentypes;
	PtrMap seenobjs;
	int dnum;                /* numbering of .dictN and .rcvrN */
	IrFunc *scanning;        /* the function whose instances are being made, or NULL */
	File **files;
	int nfiles;
} Stencil;

Type *lower_type(Lower *L, Type *t)
{
	if (!L->inst || !t)
		return t;
	return subst_type(NULL, NOPOS, t, &L->inst->smap);
}

static bool is_empty_iface(Type *t)
{
	return t && type_under(t)->kind == TYPE_INTERFACE && !is_typeparam(t) &&
	       interface_type_set(NULL, NOPOS, type_under(t))->nmethods == 0 &&
	       interface_type_set(NULL, NOPOS, type_under(t))->allterms;
}

static bool is_iface(Type *t)
{
	return t && !is_typeparam(t) && type_under(t)->kind == TYPE_INTERFACE;
}

static Type *uintptr_type(void)
{
	return typ_basic[KIND_UINTPTR];
}

static bool is_generic_method(Object *m)
{
	Type *rt;
	if (!m || m->kind != OBJ_FUNC || !m->type || !m->type->u.sig.recv)
		return false;
	rt = type_deref(m->type->u.sig.recv->type, NULL);
	if (rt->kind != TYPE_NAMED || type_under(rt)->kind == TYPE_INTERFACE)
		return false;
	return rt->u.named.targs.n > 0 || rt->u.named.tparams.n > 0;
}

/* The instantiated named type a method of an instance belongs to. */
static Type *method_recv_named(Object *m)
{
	return type_deref(m->type->u.sig.recv->type, NULL);
}

/* The generic type whose method x selects, with the type arguments to
 * stencil it with: the receiver's type as lowered (in an instance its
 * arguments are shapes rather than the checker's parameters), unless
 * the method is promoted from an embedded field of another type. */
static Type *selected_recv_named(Node *x)
{
	Type *rt = x->x && x->x->type ? type_deref(x->x->type, NULL) : NULL;
	Type *mrt = method_recv_named(x->sel);
	if (!rt || rt->kind != TYPE_NAMED || rt->u.named.targs.n == 0)
		return mrt;
	if (mrt->kind == TYPE_NAMED && named_orig(rt) != named_orig(mrt))
		return mrt;
	return rt;
}

static Object *generic_origin(Object *m)
{
	return m->u.func.origin ? m->u.func.origin : m;
}

static bool types_have_shape(TypeList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		if (gc_has_shape(l.v[i]))
			return true;
	return false;
}

/* --- names ----------------------------------------------------------------------- */

/* How a generic declared elsewhere qualifies its instance's names. */
static void qual(Buf *b, Lower *L, Object *gf)
{
	if (gf->pkg && gf->pkg != L->pkg) {
		buf_puts(b, gf->pkg->name);
		buf_putc(b, '.');
	}
}

static void put_targs(Buf *b, TypeList targs)
{
	int i;
	buf_putc(b, '[');
	for (i = 0; i < targs.n; i++) {
		if (i)
			buf_putc(b, ',');
		gc_link_string(b, targs.v[i]);
	}
	buf_putc(b, ']');
}

/* F[targs], or (*T[targs]).M for a method */
static void put_inst_name(Buf *b, Object *gf, bool ismeth, TypeList targs)
{
	if (ismeth) {
		Type *rt = gf->type->u.sig.recv->type;
		bool ptr = rt->kind == TYPE_POINTER;
		Type *named = type_deref(rt, NULL);
		if (ptr)
			buf_puts(b, "(*");
		buf_puts(b, named->u.named.obj->name);
		put_targs(b, targs);
		if (ptr)
			buf_putc(b, ')');
		buf_putc(b, '.');
		buf_puts(b, gf->name);
	} else {
		buf_puts(b, gf->name);
		put_targs(b, targs);
	}
}

/* unified IR calls a shaped method as the method expression of its
 * shaped type: (*pkg.T[shapes]).M, pkg.T[shapes].M */
static const char *inst_methexpr_text(Lower *L, Object *gf, TypeList targs)
{
	Buf b = {0};
	const char *s;
	Type *rt = gf->type->u.sig.recv->type;
	bool ptr = rt->kind == TYPE_POINTER;
	if (ptr)
		buf_puts(&b, "(*");
	qual(&b, L, gf);
	buf_puts(&b, type_deref(rt, NULL)->u.named.obj->name);
	put_targs(&b, targs);
	if (ptr)
		buf_putc(&b, ')');
	buf_putc(&b, '.');
	buf_puts(&b, gf->name);
	s = intern(b.s, b.n);
	buf_free(&b);
	return s;
}

/* The callee of a call of instance in: its name, or under unified IR
 * for a method, the name printed as that method expression. */
static Node *inst_callee(Lower *L, Inst *in)
{
	Node *x;
	if (!in->ismeth || !release_has(FEAT_UNIFIED_IR))
		return in->fn->nname;
	x = NEW(ir_arena(), Node);
	*x = *in->fn->nname;
	x->raw = inst_methexpr_text(L, in->gf, in->shapes);
	return x;
}

/* Unified IR passes a method's dictionary after its receiver; 1.18's
 * stenciling first. The call's arguments are in the latter order. */
static void inst_args_order(Inst *in, Node *call)
{
	if (in->ismeth && release_has(FEAT_UNIFIED_IR) && call->list.n >= 2) {
		Node *d = call->list.v[0];
		call->list.v[0] = call->list.v[1];
		call->list.v[1] = d;
	}
}

static const char *inst_name(Lower *L, Object *gf, bool ismeth, TypeList targs)
{
	Buf b = {0};
	const char *s;
	qual(&b, L, gf);
	put_inst_name(&b, gf, ismeth, targs);
	s = intern(b.s, b.n);
	buf_free(&b);
	return s;
}

static TypeList gf_tparams(Object *gf, bool ismeth)
{
	return ismeth ? gf->type->u.sig.rparams : gf->type->u.sig.tparams;
}

/* --- lowering hooks ------------------------------------------------------------------- */

Node *inst_func_ref(Lower *L, Expr *ident, Node *name)
{
	Object *o = ident->u.ident.use;
	Instance *in = ident->u.ident.inst;
	Node *n;
	int i;
	if (!o || o->kind != OBJ_FUNC || !in || !o->type || o->type->u.sig.tparams.n == 0)
		return name;
	n = ir_node1(OFUNCINST, ident->pos, lower_type(L, in->type), name);
	for (i = 0; i < in->targs.n; i++)
		nl_push(&n->list, lower_type_node(L, lower_type(L, in->targs.v[i]), ident->pos));
	return n;
}

static int shape_index(InstCtx *c, Type *shape)
{
	int i;
	for (i = 0; i < c->smap.to.n; i++)
		if (c->smap.to.v[i] == shape)
			return i;
	return -1;
}

/* A method selected on a value of type parameter type. */
static bool is_bound_selector(Lower *L, Expr *fun)
{
	Selection *sel;
	fun = ast_unparen(fun);
	if (!L->inst || fun->kind != EXPR_SELECTOR)
		return false;
	sel = fun->u.selector.selection;
	return sel && sel->kind == SEL_METHODVAL && fun->u.selector.x->type &&
	       is_typeparam(fun->u.selector.x->type);
}

/* The method's function type with the receiver as first parameter. */
static Type *method_func_type(Type *sig, Type *recv)
{
	Type *params = sig->u.sig.params;
	int n = type_tuple_len(params), i;
	Object **vars = NEWARRAY(types_arena(), Object *, n + 1);
	vars[0] = new_param(NOPOS, NULL, "", recv);
	for (i = 0; i < n; i++)
		vars[i + 1] = params->u.tuple.vars[i];
	return new_signature(NULL, new_tuple(vars, n + 1), sig->u.sig.results, sig->u.sig.variadic);
}

Node *inst_bound_call(Lower *L, Expr *e)
{
	Expr *fun = ast_unparen(e->u.call.fun);
	InstCtx *c = L->inst;
	Node *x, *call;
	Type *shape, *msig;
	DictUse *u;
	int i;
	if (!is_bound_selector(L, fun))
		return NULL;
	x = lower_expr(L, fun->u.selector.x);
	shape = x->type;
	msig = lower_type(L, fun->u.selector.selection->obj->type);
	call = ir_node(OCALLFUNC, e->pos, lower_type(L, e->type));
	if (e->u.call.ellipsis)
		call->flags |= NF_ISDDD;
	/* the callee is filled in by the dictionary pass; x.M's type until then */
	call->x = ir_node1(OCONVNOP, fun->pos, method_func_type(msig, shape), NULL);
	for (i = 0; i < e->u.call.args.n; i++)
		nl_push(&call->list, lower_expr(L, e->u.call.args.v[i]));
	lower_set_pos(L, call);
	if (call->list.n == 1 && call->list.v[0]->type && call->list.v[0]->type->kind == TYPE_TUPLE &&
	    !(call->flags & NF_ISDDD))
		lower_multi_value(L, call, call->list.v[0], &call->list);
	{
		/* arguments converted to the method's parameters, receiver first */
		Type *ft = call->x->type;
		nl_insert(&call->list, 0, x);
		lower_fix_args(L, call, ft);
	}
	u = NEW(ir_arena(), DictUse);
	u->kind = DU_BOUNDCALL;
	u->idx = shape_index(c, shape);
	u->method = fun->u.selector.selection->obj;
	u->mvtype = lower_type(L, fun->type);
	ptrmap_put(&c->uses, call, u);
	return call;
}

Node *inst_bound_method_value(Lower *L, Expr *e, Node *x)
{
	InstCtx *c = L->inst;
	Node *n;
	DictUse *u;
	Object *m;
	if (!is_bound_selector(L, e))
		return NULL;
	m = e->u.selector.selection->obj;
	n = ir_node1(OMETHVALUE, e->pos, lower_type(L, e->type), x);
	n->sel = m;
	n->name = m->name;
	u = NEW(ir_arena(), DictUse);
	u->kind = DU_BOUNDVALUE;
	u->idx = shape_index(c, x->type);
	u->method = m;
	u->bound = u->idx >= 0 ? lower_type(L, c->smap.from.v[u->idx]->u.tparam.bound) : NULL;
	ptrmap_put(&c->uses, n, u);
	return n;
}

/* unsafe.Sizeof, Alignof and Offsetof of shaped operands are constants
 * of the instance. */
Node *inst_builtin_const(Lower *L, Expr *e)
{
	Expr *fun = ast_unparen(e->u.call.fun);
	Object *b = NULL;
	Node *x, *lit;
	int64_t v;
	if (!L->inst)
		return NULL;
	if (fun->kind == EXPR_IDENT)
		b = fun->u.ident.use;
	else if (fun->kind == EXPR_SELECTOR)
		b = fun->u.selector.sel->u.ident.use;
	if (!b || b->kind != OBJ_BUILTIN)
		return NULL;
	switch (b->u.builtin.id) {
	case BUILTIN_SIZEOF:
		x = lower_expr(L, e->u.call.args.v[0]);
		v = type_size(x->type);
		break;
	case BUILTIN_ALIGNOF:
		x = lower_expr(L, e->u.call.args.v[0]);
		v = type_align(x->type);
		break;
	case BUILTIN_OFFSETOF: {
		Expr *s = ast_unparen(e->u.call.args.v[0]);
		Node *sx;
		Selection *sel = s->u.selector.selection;
		Type *t;
		int i;
		if (s->kind != EXPR_SELECTOR || !sel)
			return NULL;
		sx = lower_expr(L, s->u.selector.x);
		t = sx->type;
		v = 0;
		for (i = 0; i < sel->nindex; i++) {
			Type *st = type_under(type_deref(type_under(t), NULL));
			int64_t *offs = struct_offsets(st);
			if (i > 0 && type_under(t)->kind == TYPE_POINTER)
				break;
			v += offs[sel->index[i]];
			t = st->u.strct.fields[sel->index[i]]->type;
		}
		break;
	}
	default:
		return NULL;
	}
	lit = ir_literal(e->pos, typ_basic[KIND_UINTPTR], const_int64(v));
	return lit;
}

/* A closure in an instance captures the dictionary (first, or with
 * unified IR last), and copies it into a local .dict that its body (and
 * its own closures) use. */
typedef struct ClosureSave {
	Node *dictparam;
} ClosureSave;

static PtrMap closure_saves;   /* IrFunc -> the enclosing function's .dict */
static PtrMap closure_dicts;   /* IrFunc (closure of an instance) -> FnDict */

void inst_closure_begin(Lower *L, IrFunc *fn)
{
	InstCtx *c = L->inst;
	Node *cdict, *ldict, *as;
	if (!c)
		return;
	cdict = ir_closure_var(fn->pos, fn, c->dictparam);
	(void)cdict;
	ldict = ir_name(fn->pos, intern_cstr(".dict"), PAUTO, uintptr_type(), fn);
	as = ir_node2(OAS, fn->pos, NULL, ldict, cdict);
	ldict->nm->defn = as;
	nl_push(&fn->body, as);
	ptrmap_put(&closure_saves, fn, c->dictparam);
	c->dictparam = ldict;
}

void inst_closure_end(Lower *L, IrFunc *fn)
{
	InstCtx *c = L->inst;
	Stencil *S = L->stencil;
	FnDict *fd;
	Node *ldict;
	if (!c)
		return;
	/* unified IR captures the dictionary last, after the closure's own
	 * captures */
	if (release_has(FEAT_UNIFIED_IR) && fn->closurevars.n > 1) {
		Node *cdict = fn->closurevars.v[0];
		int i;
		for (i = 1; i < fn->closurevars.n; i++)
			fn->closurevars.v[i - 1] = fn->closurevars.v[i];
		fn->closurevars.v[fn->closurevars.n - 1] = cdict;
	}
	ldict = c->dictparam;
	nl_push(&fn->dcl, ldict);
	c->dictparam = ptrmap_get(&closure_saves, fn);
	fn->type = lower_type(L, fn->type);
	fn->nname->type = fn->type;
	fd = NEW(ir_arena(), FnDict);
	fd->ctx = c;
	fd->dictparam = ldict;
	ptrmap_put(&S->fndicts, fn, fd);
	ptrmap_put(&closure_dicts, fn, fd);
}

/* A switch on a shaped value, or with shaped case values, compares
 * interfaces. */
void inst_switch_tag(Lower *L, Node *sw)
{
	int i, j;
	Type *tt;
	if (!L->inst || !sw->x)
		return;
	tt = sw->x->type;
	if (!tt || !types_comparable(tt, true, NULL))
		return;
	if (gc_has_shape(tt) && !is_empty_iface(tt))
		sw->x = lower_assign_conv(L, sw->x, typ_empty_iface);
	for (i = 0; i < sw->list.n; i++) {
		Node *cs = sw->list.v[i];
		for (j = 0; j < cs->list.n; j++) {
			Node *v = cs->list.v[j];
			if (v->type && gc_has_shape(v->type) && !is_empty_iface(v->type))
				cs->list.v[j] = lower_assign_conv(L, v, typ_empty_iface);
		}
	}
}

/* --- the dictionary layout (gc's getInstInfo) ------------------------------------------- */

static TypeList funcinst_targs(Node *fi);

/* An itab entry: the node, and the (shaped) concrete type and
 * interface gc's finalizeSyms makes it from. */
static void add_itab(Dict *d, Node *n, Type *src, Type *dst)
{
	vec_push(&d->itabs, n);
	vec_push(&d->itabtypes, src);
	vec_push(&d->itabtypes, dst);
}

static void add_subdict(Dict *d, Node *n, Node *ref, DictUse *bound)
{
	SubDict *sd = NEW(ir_arena(), SubDict);
	sd->node = n;
	sd->bound = bound;
	if (ref && ref->op == OFUNCINST) {
		sd->gf = ref->x->nm->obj;
		sd->targs = funcinst_targs(ref);
	} else if (ref) {
		sd->gf = generic_origin(ref->sel);
		sd->targs = selected_recv_named(ref)->u.named.targs;
		sd->ismeth = true;
	}
	vec_push(&d->subdicts, sd);
}

static int find_subdict(Dict *d, Node *n)
{
	int i;
	for (i = 0; i < d->subdicts.n; i++)
		if (((SubDict *)d->subdicts.v[i])->node == n)
			return i;
	return -1;
}


static void add_type(Dict *d, Node *n, Type *t)
{
	int i;
	if (!t || !gc_has_shape(t) || gc_is_shape(t))
		return;
	if (t->kind == TYPE_SIGNATURE && n && (t->u.sig.recv || (n->op == ONAME && n->nm->class == PFUNC)))
		return;
	if (t->kind == TYPE_TUPLE)
		return;
	for (i = 0; i < d->derived.n; i++)
		if (types_identical(d->derived.v[i], t))
			return;
	vec_push(&d->derived, t);
}

static void add_methexpr(Dict *d, int idx, const char *name)
{
	MethExpr *m;
	int i;
	for (i = 0; i < d->methexprs.n; i++) {
		m = d->methexprs.v[i];
		if (m->idx == idx && m->name == name)
			return;
	}
	m = NEW(ir_arena(), MethExpr);
	m->idx = idx;
	m->name = name;
	vec_push(&d->methexprs, m);
}

static int find_methexpr(Dict *d, int idx, const char *name)
{
	int i;
	for (i = 0; i < d->methexprs.n; i++) {
		MethExpr *m = d->methexprs.v[i];
		if (m->idx == idx && m->name == name)
			return i;
	}
	return 0;
}

/* a method of an instantiated generic type, selected on an instance
 * whose type arguments are shapes */
static bool shaped_generic_method(Node *n)
{
	Type *rt;
	if (!n->sel || !is_generic_method(n->sel))
		return false;
	rt = selected_recv_named(n);
	return rt->kind == TYPE_NAMED && rt->u.named.targs.n > 0 && types_have_shape(rt->u.named.targs);
}

static TypeList funcinst_targs(Node *fi)
{
	TypeList l;
	int i;
	l.n = fi->list.n;
	l.v = NEWARRAY(ir_arena(), Type *, l.n ? l.n : 1);
	for (i = 0; i < l.n; i++)
		l.v[i] = fi->list.v[i]->type;
	return l;
}

typedef struct LayoutWalk {
	InstCtx *c;
	PtrMap called;
} LayoutWalk;

static void layout_walk(LayoutWalk *w, Node *n);

static void layout_list(LayoutWalk *w, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		layout_walk(w, l->v[i]);
}

/* gc's visit of the instance before its dictionary pass, in preorder:
 * what needs a dictionary entry, and the type of every node. */
static void layout_walk(LayoutWalk *w, Node *n)
{
	Dict *d = w->c->dict;
	DictUse *u;
	int i;
	if (!n)
		return;
	u = ptrmap_get(&w->c->uses, n);
	switch (n->op) {
	case OFUNCINST:
		if (!ptrmap_get(&w->called, n) && types_have_shape(funcinst_targs(n)))
			add_subdict(d, n, n, NULL);
		break;
	case OMETHEXPR: case OMETHVALUE:
		if (u && u->kind == DU_BOUNDVALUE) {
			add_itab(d, n, n->x ? n->x->type : NULL, u->bound);
			break;
		}
		if (!ptrmap_get(&w->called, n) && shaped_generic_method(n))
			add_subdict(d, n, n, NULL);
		break;
	case OCALLFUNC:
		if (n->x && n->x->op == OFUNCINST) {
			ptrmap_put(&w->called, n->x, n);
			if (types_have_shape(funcinst_targs(n->x)))
				add_subdict(d, n, n->x, NULL);
		} else if (n->x && n->x->op == OMETHEXPR && n->x->sel && is_generic_method(n->x->sel)) {
			ptrmap_put(&w->called, n->x, n);
			if (shaped_generic_method(n->x))
				add_subdict(d, n, n->x, NULL);
		} else if (u && u->kind == DU_BOUNDCALL) {
			/* gc sees the call of x.M: the call, the method value (its
			 * type, then x), then the arguments */
			add_subdict(d, n, NULL, u);
			add_methexpr(d, u->idx, u->method->name);
			layout_list(w, &n->init);
			add_type(d, n, n->type);
			add_type(d, NULL, u->mvtype);
			for (i = 0; i < n->list.n; i++)
				layout_walk(w, n->list.v[i]);
			return;
		}
		break;
	case OCONVIFACE:
		if (is_iface(n->type) && !is_empty_iface(n->type) && (gc_has_shape(n->type) || gc_has_shape(n->x->type)))
			add_itab(d, n, n->x->type, n->type);
		break;
	case ODOTTYPE: case ODOTTYPE2:
		if (!is_iface(n->type) && !is_empty_iface(n->x->type))
			add_itab(d, n, n->type, n->x->type);
		break;
	case OTYPESW:
		if (n->x && !is_empty_iface(n->x->type)) {
			for (i = 0; i < n->list.n; i++) {
				Node *cs = n->list.v[i];
				int j;
				for (j = 0; j < cs->list.n; j++)
					if (cs->list.v[j]->op == OTYPE && gc_has_shape(cs->list.v[j]->type))
						add_itab(d, cs->list.v[j], cs->list.v[j]->type, n->x->type);
			}
		}
		break;
	case OCLOSURE:
		layout_list(w, &n->func->body);
		break;
	default:
		break;
	}
	add_type(d, n, n->type);
	layout_list(w, &n->init);
	layout_walk(w, n->x);
	layout_walk(w, n->y);
	layout_walk(w, n->z);
	layout_walk(w, n->w);
	layout_list(w, &n->list);
	layout_list(w, &n->rlist);
	layout_list(w, &n->body);
	layout_list(w, &n->els);
}

static void compute_layout(InstCtx *c, IrFunc *fn)
{
	Dict *d = c->dict;
	LayoutWalk w;
	int i;
	memset(&w, 0, sizeof w);
	w.c = c;
	for (i = 0; i < d->shapes.n; i++) {
		Type *tp = c->smap.from.v[i];
		Type *b = tp->u.tparam.bound ? subst_type(NULL, NOPOS, tp->u.tparam.bound, &c->smap) : NULL;
		if (b && gc_has_shape(b))
			add_type(d, NULL, b);
	}
	for (i = 0; i < fn->dcl.n; i++)
		add_type(d, fn->dcl.v[i], fn->dcl.v[i]->type);
	layout_list(&w, &fn->body);
	ptrmap_free(&w.called);
	d->nshapes = d->shapes.n;
	d->startsub = d->nshapes + d->derived.n;
	d->startitab = d->startsub + d->subdicts.n;
	d->startmeth = d->startitab + d->itabs.n;
	d->len = d->startmeth + d->methexprs.n;
}

/* --- dictionary entries ------------------------------------------------------------- */

/* (*(*[size]uintptr)(unsafe.Pointer(dict)))[i]: the index prints as the
 * dictionary, as gc's does */
static Node *dict_entry(Pos pos, Node *dict, int i, int size)
{
	Node *d, *deref, *idx;
	Type *arr = new_array(uintptr_type(), size);
	d = ir_node1(OCONVNOP, pos, typ_basic[KIND_UNSAFEPOINTER], dict);
	d = ir_node1(OCONVNOP, pos, new_pointer(arr), d);
	deref = ir_node1(ODEREF, pos, arr, d);
	idx = ir_literal(pos, uintptr_type(), const_int64(i));
	idx->orig = dict;
	return ir_node2(OINDEX, pos, uintptr_type(), deref, idx);
}

static Node *dict_type_entry(InstCtx *c, Node *dict, Pos pos, int i)
{
	Node *r = dict_entry(pos, dict, i, c->dict->startsub);
	r->type = new_pointer(typ_basic[KIND_UINT8]);
	return r;
}

static int find_dict_type(Dict *d, Type *t)
{
	int i;
	for (i = 0; i < d->shapes.n; i++)
		if (d->shapes.v[i] == t)
			return i;
	for (i = 0; i < d->derived.n; i++)
		if (types_identical(d->derived.v[i], t))
			return d->nshapes + i;
	return 0;
}

static int find_node(Vec *v, Node *n)
{
	int i;
	for (i = 0; i < v->n; i++)
		if (v->v[i] == n)
			return i;
	return -1;
}

/* gc's convertUsingDictionary: the interface built from a dictionary
 * type word (or itab) and the value's data word. */
static Node *convert_using_dict(InstCtx *c, Node *dict, Pos pos, Node *v, Node *in, Type *dst)
{
	Node *rt, *data, *i;
	if (is_iface(v->type)) {
		/* from an interface: the concrete type comes from v itself */
		return ir_node1(OCONVIFACE, pos, dst, v);
	}
	if (!is_empty_iface(dst)) {
		int ix = find_node(&c->dict->itabs, in);
		rt = dict_entry(pos, dict, c->dict->startitab + (ix < 0 ? 0 : ix), c->dict->len);
	} else {
		rt = dict_type_entry(c, dict, pos, find_dict_type(c->dict, v->type));
	}
	data = ir_node1(OCONVIDATA, pos, typ_basic[KIND_UNSAFEPOINTER], v);
	if (release_has(FEAT_UNIFIED_IR))
		data->flags |= NF_IMPLICIT;   /* it stays the conversion, shown as its operand */
	i = ir_node2(OEFACE, pos, dst, rt, data);
	return i;
}

typedef struct DictPass {
	InstCtx *c;
	Node *dict;
} DictPass;

static void dict_edit(DictPass *p, Node **np);

static void dict_edit_list(DictPass *p, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		dict_edit(p, &l->v[i]);
}

static void dict_edit(DictPass *p, Node **np)
{
	Node *n = *np;
	InstCtx *c = p->c;
	DictUse *u;
	if (!n)
		return;
	if (n->op == OCLOSURE) {
		FnDict *fd = ptrmap_get(&closure_dicts, n->func);
		Node *save = p->dict;
		dict_edit_list(p, &n->init);
		if (fd)
			p->dict = fd->dictparam;
		dict_edit_list(p, &n->func->body);
		p->dict = save;
		return;
	}
	dict_edit_list(p, &n->init);
	dict_edit(p, &n->x);
	dict_edit(p, &n->y);
	dict_edit(p, &n->z);
	dict_edit(p, &n->w);
	dict_edit_list(p, &n->list);
	dict_edit_list(p, &n->rlist);
	dict_edit_list(p, &n->body);
	dict_edit_list(p, &n->els);
	u = ptrmap_get(&c->uses, n);
	switch (n->op) {
	case OCALLFUNC:
		if (u && u->kind == DU_BOUNDCALL) {
			int idx = find_methexpr(c->dict, u->idx, u->method->name);
			Node *e = dict_entry(n->x->pos, p->dict, c->dict->startmeth + idx, c->dict->len);
			Node *a = ir_node1(OADDR, n->x->pos, new_pointer(uintptr_type()), e);
			n->x->x = a;
		}
		break;
	case OMETHVALUE:
		if (u && u->kind == DU_BOUNDVALUE && u->bound) {
			/* x.M as the method value of x converted to its constraint */
			n->x = convert_using_dict(c, p->dict, n->pos, n->x, n, u->bound);
		}
		break;
	case OCONVIFACE:
		if (is_empty_iface(n->type) && is_empty_iface(n->x->type)) {
			n->op = OCONVNOP;
			break;
		}
		if (gc_has_shape(n->x->type) || (gc_has_shape(n->type) && !is_empty_iface(n->type)))
			*np = convert_using_dict(c, p->dict, n->pos, n->x, n, n->type);
		break;
	case ODOTTYPE: case ODOTTYPE2:
		if (is_empty_iface(n->type) || (is_iface(n->type) && !gc_has_shape(n->type)))
			break;
		if (!gc_has_shape(n->type) && !(gc_has_shape(n->x->type) && !is_empty_iface(n->x->type)))
			break;
		if (is_iface(n->type) || is_empty_iface(n->x->type))
			n->y = dict_type_entry(c, p->dict, n->pos, find_dict_type(c->dict, n->type));
		else
			n->y = dict_entry(n->pos, p->dict, c->dict->startitab + MAX(0, find_node(&c->dict->itabs, n)), c->dict->len);
		n->op = n->op == ODOTTYPE ? ODYNAMICDOTTYPE : ODYNAMICDOTTYPE2;
		break;
	case OCASE: {
		int i;
		for (i = 0; i < n->list.n; i++) {
			Node *t = n->list.v[i];
			if (t->op == OTYPE && gc_has_shape(t->type)) {
				Node *dt = ir_node(ODYNAMICTYPE, t->pos, t->type);
				dt->x = dict_entry(t->pos, p->dict, find_dict_type(c->dict, t->type), c->dict->len);
				n->list.v[i] = dt;
			}
		}
		break;
	}
	default:
		break;
	}
}

/* --- instances ----------------------------------------------------------------------- */

static Stencil *stencil_of(Lower *L)
{
	if (!L->stencil)
		L->stencil = NEW(ir_arena(), Stencil);
	return L->stencil;
}

/* Lowers gf's declaration with its type parameters replaced by shapes. */
static void lower_instance(Lower *L, Inst *in)
{
	Object *gf = in->gf;
	Decl *d = gf->u.func.decl;
	InstCtx *c = &in->ctx;
	IrFunc *fn, *savefn = L->curfn;
	InstCtx *saveinst = L->inst;
	PtrMap savenames = L->names;
	Pos savepos = L->curpos;
	NodeList *saveout = L->out;
	Node *dictparam, *recvname;
	Type *gsig = gf->type, *params, *results, *sig;
	Object **vars;
	int np, i, nv;
	FnDict *fd;
	NodeList newparams = {0};

	c->inst = in;
	c->smap.from = gf_tparams(gf, in->ismeth);
	c->smap.to = in->shapes;
	c->dict = NEW(ir_arena(), Dict);
	c->dict->shapes = in->shapes;

	fn = ir_func(d->u.func.name->pos, gsig);
	fn->flags |= FN_DUPOK | FN_INSTANCE;
	fn->generic = gf;
	fn->creator = stencil_of(L)->scanning;
	fn->pragma = d->pragmas;
	fn->nname->nm->sym = in->name;
	in->fn = fn;

	L->inst = c;
	memset(&L->names, 0, sizeof L->names);
	dictparam = ir_name(fn->pos, intern_cstr(".dict"), PPARAM, uintptr_type(), fn);
	dictparam->nm->dictparam = true;
	dictparam->nm->pkg = gf->pkg;
	nl_push(&fn->dcl, dictparam);
	c->dictparam = dictparam;
	lower_func_body(L, fn, d->u.func.type, d->u.func.body);

	/* the instance's signature: the dictionary, the receiver, the
	 * parameters */
	params = lower_type(L, gsig->u.sig.params);
	results = lower_type(L, gsig->u.sig.results);
	np = type_tuple_len(params);
	vars = NEWARRAY(types_arena(), Object *, np + 2);
	nv = 0;
	recvname = fn->recv;
	if (gsig->u.sig.recv && release_has(FEAT_UNIFIED_IR)) {
		/* unified IR: the receiver, then the dictionary */
		Object *r = gsig->u.sig.recv;
		vars[nv++] = new_param(r->pos, r->pkg, r->name, lower_type(L, r->type));
		nl_push(&newparams, recvname);
		vars[nv++] = new_param(fn->pos, gf->pkg, ".dict", uintptr_type());
		nl_push(&newparams, dictparam);
	} else {
		vars[nv++] = new_param(fn->pos, gf->pkg, ".dict", uintptr_type());
		nl_push(&newparams, dictparam);
		if (gsig->u.sig.recv) {
			Object *r = gsig->u.sig.recv;
			vars[nv++] = new_param(r->pos, r->pkg, r->name, lower_type(L, r->type));
			nl_push(&newparams, recvname);
		}
	}
	for (i = 0; i < np; i++) {
		vars[nv++] = params->u.tuple.vars[i];
		nl_push(&newparams, i < fn->params.n ? fn->params.v[i] : NULL);
	}
	sig = new_signature(NULL, new_tuple(vars, nv), results, gsig->u.sig.variadic);
	fn->type = sig;
	fn->nname->type = sig;
	fn->params = newparams;
	fn->recv = NULL;

	L->inst = saveinst;
	ptrmap_free(&L->names);
	L->names = savenames;
	L->curfn = savefn;
	L->curpos = savepos;
	L->out = saveout;

	compute_layout(c, fn);
	{
		DictPass p;
		p.c = c;
		p.dict = dictparam;
		for (i = 0; i < fn->body.n; i++)
			dict_edit(&p, &fn->body.v[i]);
	}
	fd = NEW(ir_arena(), FnDict);
	fd->ctx = c;
	fd->dictparam = dictparam;
	ptrmap_put(&stencil_of(L)->fndicts, fn, fd);
	lower_add_func(L, fn);
}

/* The instance of gf for the shapes of targs (concrete types or shapes). */
static Inst *get_instantiation(Lower *L, Object *gf, TypeList targs, bool ismeth)
{
	Stencil *S = stencil_of(L);
	TypeList tparams = gf_tparams(gf, ismeth), shapes;
	const char *name, *key;
	Inst *in;
	int i;
	shapes.n = targs.n;
	shapes.v = NEWARRAY(types_arena(), Type *, targs.n ? targs.n : 1);
	for (i = 0; i < targs.n; i++)
		shapes.v[i] = gc_shapify(targs.v[i], i, i < tparams.n ? tparams.v[i] : NULL);
	name = inst_name(L, gf, ismeth, shapes);
	key = intern_cstr(arena_printf(ir_arena(), "%u %s", gf->id, name));
	in = ptrmap_get(&S->insts, key);
	if (in)
		return in;
	if (!gf->u.func.decl || !gf->u.func.decl->u.func.body)
		return NULL;
	in = NEW(ir_arena(), Inst);
	in->gf = gf;
	in->ismeth = ismeth;
	in->shapes = shapes;
	in->name = name;
	ptrmap_put(&S->insts, key, in);
	lower_instance(L, in);
	return in;
}

/* the dictionary's key: one per function or method and type arguments */
static const char *dict_sym_name(Lower *L, Object *gf, TypeList targs, bool ismeth)
{
	Buf b = {0};
	const char *sym;
	qual(&b, L, gf);
	buf_puts(&b, ".dict.");
	put_inst_name(&b, gf, ismeth, targs);
	sym = intern(b.s, b.n);
	buf_free(&b);
	return sym;
}

/* the dictionary's name as printed */
static const char *dict_print_name(Lower *L, Object *gf, TypeList targs, bool ismeth)
{
	Buf b = {0};
	const char *sym;
	qual(&b, L, gf);
	buf_puts(&b, ".dict.");
	if (ismeth && release_has(FEAT_UNIFIED_IR)) {
		/* unified IR: a method uses its type's dictionary */
		buf_puts(&b, type_deref(gf->type->u.sig.recv->type, NULL)->u.named.obj->name);
		put_targs(&b, targs);
	} else {
		put_inst_name(&b, gf, ismeth, targs);
	}
	sym = intern(b.s, b.n);
	buf_free(&b);
	return sym;
}

static void note_type(Stencil *S, Type *t);
static void instantiate_methods(Lower *L);

/* gc's getDictionarySym: the dictionary of gf for concrete type
 * arguments. Making it makes its sub-dictionaries (and their instances)
 * for the type arguments its calls get; the concrete types that appear
 * have their methods instantiated. The instance whose layout it follows
 * is the one for shaped (when given): under unified IR, a sub-dictionary
 * belongs to the instance its caller's body calls, whose type arguments
 * keep the caller's shapes ([]E in a body shaped by E is
 * go.shape.[]go.shape.E, not the shape of the concrete []T). */
static void dict_sym(Lower *L, Object *gf, TypeList targs, TypeList shaped, bool ismeth)
{
	Stencil *S = stencil_of(L);
	const char *sym = dict_sym_name(L, gf, targs, ismeth);
	Inst *in;
	Dict *d;
	int i, j;
	if (ptrmap_get(&S->dictsyms, sym))
		return;
	ptrmap_put(&S->dictsyms, sym, (void *)sym);
	in = get_instantiation(L, gf, shaped.v ? shaped : targs, ismeth);
	if (!in)
		return;
	d = in->ctx.dict;
	/* the itabs the dictionary points to, written when gc finalises it */
	for (i = 0; i < d->itabs.n; i++) {
		Type *src = d->itabtypes.v[2 * i], *dst = d->itabtypes.v[2 * i + 1];
		IrPackage *p = L->ir;
		if (!src || !dst)
			continue;
		src = gc_subst_shapes(src, in->shapes, targs);
		dst = gc_subst_shapes(dst, in->shapes, targs);
		if (is_iface(src) || is_empty_iface(dst))
			continue;
		if (p->ndictitabs + 2 > p->capdictitabs) {
			Type **v;
			p->capdictitabs = p->capdictitabs ? 2 * p->capdictitabs : 16;
			v = NEWARRAY(ir_arena(), Type *, p->capdictitabs);
			if (p->ndictitabs)
				memcpy(v, p->dictitabs, sizeof *v * (size_t)p->ndictitabs);
			p->dictitabs = v;
		}
		p->dictitabs[p->ndictitabs++] = src;
		p->dictitabs[p->ndictitabs++] = dst;
	}
	/* the derived types made concrete are types gc meets */
	for (i = 0; i < d->derived.n; i++)
		note_type(S, gc_subst_shapes(d->derived.v[i], in->shapes, targs));
	for (i = 0; i < d->subdicts.n; i++) {
		SubDict *sd = d->subdicts.v[i];
		TypeList sub;
		if (sd->bound) {
			/* a method of a type argument that is itself an instance */
			Type *rt = sd->bound->idx >= 0 && sd->bound->idx < targs.n ? targs.v[sd->bound->idx] : NULL;
			Type *orig;
			Object *m = NULL;
			if (!rt || rt->kind != TYPE_NAMED || rt->u.named.targs.n == 0 || type_under(rt)->kind == TYPE_INTERFACE)
				continue;
			orig = rt->u.named.orig;
			for (j = 0; j < named_nmethods(orig); j++)
				if (named_method(orig, j)->name == sd->bound->method->name)
					m = named_method(orig, j);
			if (m)
				dict_sym(L, m, rt->u.named.targs, (TypeList){0}, true);
			continue;
		}
		if (!sd->gf)
			continue;
		sub.n = sd->targs.n;
		sub.v = NEWARRAY(types_arena(), Type *, sub.n ? sub.n : 1);
		for (j = 0; j < sub.n; j++) {
			sub.v[j] = gc_subst_shapes(sd->targs.v[j], in->shapes, targs);
			note_type(S, sub.v[j]);
		}
		dict_sym(L, sd->gf, sub, release_has(FEAT_UNIFIED_IR) ? sd->targs : (TypeList){0}, sd->ismeth);
	}
	instantiate_methods(L);
}

/* &.dict.F[targs]: the static dictionary of concrete type arguments. */
static Node *static_dict(Lower *L, Pos pos, Object *gf, TypeList targs, bool ismeth)
{
	Stencil *S = stencil_of(L);
	const char *sym = dict_sym_name(L, gf, targs, ismeth);
	Node *name, *addr;
	dict_sym(L, gf, targs, (TypeList){0}, ismeth);
	name = ptrmap_get(&S->dictnames, sym);
	if (!name) {
		name = ir_name(pos, dict_print_name(L, gf, targs, ismeth), PEXTERN, uintptr_type(), NULL);
		ptrmap_put(&S->dictnames, sym, name);
	}
	addr = ir_node1(OADDR, pos, uintptr_type(), name);
	return addr;
}

/* The dictionary for a call or reference n of gf[targs] from function
 * fd (NULL outside instances): a sub-dictionary entry when the type
 * arguments are shaped, else the static dictionary. */
static Node *dict_for(Lower *L, FnDict *fd, Node *n, Object *gf, TypeList targs, bool ismeth, bool *sub)
{
	*sub = false;
	if (fd) {
		int ix = find_subdict(fd->ctx->dict, n);
		if (ix >= 0) {
			*sub = true;
			return dict_entry(n->pos, fd->dictparam, fd->ctx->dict->startsub + ix, fd->ctx->dict->len);
		}
	}
	return static_dict(L, n->pos, gf, targs, ismeth);
}

/* --- stenciling: the uses of generic functions ------------------------------------------- */

typedef struct Scan {
	Lower *L;
	IrFunc *fn;              /* the function scanned, NULL at package level */
	FnDict *fd;
	bool closures;           /* uncalled references were seen */
} Scan;

static void scan_calls(Scan *s, Node *n);

static void scan_calls_list(Scan *s, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		scan_calls(s, l->v[i]);
}

/* A call of gf[targs] becomes a call of its instance, the dictionary
 * first. */
static void resolve_call(Scan *s, Node *call)
{
	Node *x = call->x, *dict;
	Object *gf;
	TypeList targs;
	bool ismeth, sub;
	Inst *in;
	if (x->op == OFUNCINST) {
		gf = x->x->nm->obj;
		targs = funcinst_targs(x);
		ismeth = false;
	} else {
		Type *rt = selected_recv_named(x);
		gf = generic_origin(x->sel);
		targs = rt->u.named.targs;
		ismeth = true;
	}
	in = get_instantiation(s->L, gf, targs, ismeth);
	if (!in)
		return;
	dict = dict_for(s->L, s->fd, call, gf, targs, ismeth, &sub);
	call->x = inst_callee(s->L, in);
	nl_insert(&call->list, 0, dict);
	inst_args_order(in, call);
}

static bool is_generic_call(Node *n)
{
	Node *x = n->x;
	if (n->op != OCALLFUNC || !x)
		return false;
	if (x->op == OFUNCINST)
		return true;
	return x->op == OMETHEXPR && x->sel && is_generic_method(x->sel) &&
	       method_recv_named(x->sel)->u.named.targs.n > 0;
}

static void scan_calls(Scan *s, Node *n)
{
	if (!n)
		return;
	if (is_generic_call(n))
		resolve_call(s, n);
	else if (n->op == OFUNCINST)
		s->closures = true;
	else if ((n->op == OMETHEXPR || n->op == OMETHVALUE) && n->sel && is_generic_method(n->sel) &&
	         method_recv_named(n->sel)->u.named.targs.n > 0)
		s->closures = true;
	scan_calls_list(s, &n->init);
	scan_calls(s, n->x);
	scan_calls(s, n->y);
	scan_calls(s, n->z);
	scan_calls(s, n->w);
	scan_calls_list(s, &n->list);
	scan_calls_list(s, &n->rlist);
	scan_calls_list(s, &n->body);
	scan_calls_list(s, &n->els);
}

/* gc's closure for an uncalled F[targs], T[targs].M or x.M: a wrapper
 * calling the instance with the dictionary (and the receiver, saved when
 * the reference is evaluated). */
static Node *build_closure(Scan *s, Node *x)
{
	Lower *L = s->L;
	Stencil *S = stencil_of(L);
	IrFunc *outer = s->fn, *fn;
	Pos pos = x->pos;
	Type *typ = x->type;
	Node *rcvr = NULL, *dict, *dictvar = NULL, *rcvrvar = NULL, *dict2, *call, *clo, *body;
	Object *gf;
	TypeList targs;
	bool ismeth, sub, valuemethod = false;
	Inst *in;
	int i, np, nr;
	char buf[64];
	if (x->op == OFUNCINST) {
		gf = x->x->nm->obj;
		targs = funcinst_targs(x);
		ismeth = false;
	} else {
		Type *rt = selected_recv_named(x);
		gf = generic_origin(x->sel);
		targs = rt->u.named.targs;
		ismeth = true;
		if (x->op == OMETHVALUE)
			rcvr = x->x;
		valuemethod = gf->type->u.sig.recv->type->kind != TYPE_POINTER;
	}
	in = get_instantiation(L, gf, targs, ismeth);
	if (!in)
		return x;
	dict = dict_for(L, s->fd, x, gf, targs, ismeth, &sub);

	fn = ir_func(pos, typ);
	fn->flags |= FN_WRAPPER;
	fn->outer = outer;
	if (outer)
		fn->flags |= FN_HIDDENCLOSURE;
	clo = ir_node(OCLOSURE, pos, typ);
	clo->func = fn;
	fn->oclosure = clo;
	ir_name_closure(fn, outer, false);
	/* parameters a0, a1, ... and results r0, ... */
	np = type_tuple_len(typ->u.sig.params);
	nr = type_tuple_len(typ->u.sig.results);
	for (i = 0; i < np; i++) {
		Node *a;
		snprintf(buf, sizeof buf, "a%d", i);
		a = ir_name(pos, intern_cstr(buf), PPARAM, typ->u.sig.params->u.tuple.vars[i]->type, fn);
		if (typ->u.sig.variadic && i == np - 1)
			a->nm->isddd = true;
		nl_push(&fn->dcl, a);
		nl_push(&fn->params, a);
	}
	for (i = 0; i < nr; i++) {
		Node *r;
		snprintf(buf, sizeof buf, "r%d", i);
		r = ir_name(pos, intern_cstr(buf), PPARAMOUT, typ->u.sig.results->u.tuple.vars[i]->type, fn);
		nl_push(&fn->dcl, r);
		nl_push(&fn->results, r);
	}
	if (outer) {
		snprintf(buf, sizeof buf, ".dict%d", S->dnum++);
		dictvar = ir_name(pos, intern_cstr(buf), PAUTO, uintptr_type(), outer);
		dictvar->nm->defn = ir_node2(OAS, pos, NULL, dictvar, dict);
		nl_push(&outer->dcl, dictvar);
	}
	if (rcvr) {
		snprintf(buf, sizeof buf, ".rcvr%d", S->dnum++);
		rcvrvar = ir_name(pos, intern_cstr(buf), outer ? PAUTO : PEXTERN, rcvr->type, outer);
		rcvrvar->nm->defn = ir_node2(OAS, pos, NULL, rcvrvar, rcvr);
		if (outer)
			nl_push(&outer->dcl, rcvrvar);
	}
	dict2 = sub ? ir_closure_var(pos, fn, dictvar) : dict;
	call = ir_node(OCALLFUNC, pos, nr == 1 ? typ->u.sig.results->u.tuple.vars[0]->type :
	                                  nr ? typ->u.sig.results : NULL);
	call->x = in->fn->nname;
	nl_push(&call->list, dict2);
	if (rcvr)
		nl_push(&call->list, outer ? ir_closure_var(pos, fn, rcvrvar) : rcvrvar);
	for (i = 0; i < np; i++) {
		Node *a = fn->params.v[i];
		if (x->op == OMETHEXPR && i == 0) {
			/* the receiver through any embedded fields */
			Type *want = gf->type->u.sig.recv->type;
			if (valuemethod && type_under(a->type)->kind == TYPE_POINTER && want->kind != TYPE_POINTER)
				a = ir_node1(ODEREF, a->pos, type_under(a->type)->u.pointer.elem, a);
		}
		nl_push(&call->list, a);
	}
	if (typ->u.sig.variadic)
		call->flags |= NF_ISDDD;
	inst_args_order(in, call);
	if (nr > 1) {
		/* return f(...) of several results: through temporaries */
		IrFunc *savefn = L->curfn;
		Pos savepos = L->curpos;
		L->curfn = fn;
		L->curpos = pos;
		body = ir_node(ORETURN, pos, NULL);
		lower_multi_value(L, body, call, &body->rlist);
		L->curfn = savefn;
		L->curpos = savepos;
	} else if (nr > 0) {
		body = ir_node(ORETURN, pos, NULL);
		nl_push(&body->rlist, call);
	} else {
		body = call;
	}
	nl_push(&fn->body, body);
	fn->endpos = pos;
	if (dictvar)
		nl_push(&clo->init, dictvar->nm->defn);
	if (rcvrvar) {
		if (outer)
			nl_push(&clo->init, rcvrvar->nm->defn);
	}
	lower_add_func(L, fn);
	return clo;
}

static void closure_edit(Scan *s, Node **np);

static void closure_edit_list(Scan *s, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		closure_edit(s, &l->v[i]);
}

static void closure_edit(Scan *s, Node **np)
{
	Node *n = *np;
	if (!n)
		return;
	closure_edit_list(s, &n->init);
	closure_edit(s, &n->x);
	closure_edit(s, &n->y);
	closure_edit(s, &n->z);
	closure_edit(s, &n->w);
	closure_edit_list(s, &n->list);
	closure_edit_list(s, &n->rlist);
	closure_edit_list(s, &n->body);
	closure_edit_list(s, &n->els);
	if (n->op == OFUNCINST ||
	    ((n->op == OMETHEXPR || n->op == OMETHVALUE) && n->sel && is_generic_method(n->sel) &&
	     method_recv_named(n->sel)->u.named.targs.n > 0))
		*np = build_closure(s, n);
}

static void scan_func(Lower *L, IrFunc *fn)
{
	Scan s;
	int i;
	memset(&s, 0, sizeof s);
	s.L = L;
	s.fn = fn;
	s.fd = ptrmap_get(&stencil_of(L)->fndicts, fn);
	for (i = 0; i < fn->body.n; i++)
		scan_calls(&s, fn->body.v[i]);
	if (s.closures)
		for (i = 0; i < fn->body.n; i++)
			closure_edit(&s, &fn->body.v[i]);
}

static void scan_var(Lower *L, VarMark *vm)
{
	Scan s;
	int i;
	memset(&s, 0, sizeof s);
	s.L = L;
	for (i = 0; i < vm->stmts.n; i++)
		scan_calls(&s, vm->stmts.v[i]);
	if (s.closures)
		for (i = 0; i < vm->stmts.n; i++)
			closure_edit(&s, &vm->stmts.v[i]);
}

void inst_note_var_spec(Lower *L, Spec *sp, PtrMap *defs)
{
	Stencil *S = stencil_of(L);
	VarMark *vm = NEW(ir_arena(), VarMark);
	int i;
	vm->at = L->ir->nfuncs;
	for (i = 0; i < sp->u.value.names.n; i++) {
		Object *o = sp->u.value.names.v[i]->u.ident.def;
		Node *as = o ? ptrmap_get(defs, o) : NULL;
		int j;
		bool dup = false;
		if (!as)
			continue;
		for (j = 0; j < vm->stmts.n; j++)
			if (vm->stmts.v[j] == as)
				dup = true;
		if (!dup)
			nl_push(&vm->stmts, as);
	}
	vec_push(&S->vars, vm);
}

/* --- the instantiated types the package mentions -------------------------------------------
 *
 * gc instantiates every method of each fully instantiated generic type
 * its front end meets while translating the package: the types of type
 * declarations, then of each declaration, then of function bodies, in
 * source order, each type's parts before itself. */

static void note_type(Stencil *S, Type *t);

static void note_tuple(Stencil *S, Type *t)
{
	int i;
	for (i = 0; t && i < t->u.tuple.n; i++)
		note_type(S, t->u.tuple.vars[i]->type);
}

/* Does t mention a type parameter? */
static bool has_tparam(Type *t, int depth)
{
	int i;
	if (!t || depth > 50)
		return false;
	switch (t->kind) {
	case TYPE_TYPEPARAM: return true;
	case TYPE_NAMED:
		for (i = 0; i < t->u.named.targs.n; i++)
			if (has_tparam(t->u.named.targs.v[i], depth + 1))
				return true;
		return t->u.named.orig == t && t->u.named.tparams.n > 0;
	case TYPE_POINTER: return has_tparam(t->u.pointer.elem, depth + 1);
	case TYPE_SLICE: return has_tparam(t->u.slice.elem, depth + 1);
	case TYPE_ARRAY: return has_tparam(t->u.array.elem, depth + 1);
	case TYPE_CHAN: return has_tparam(t->u.chan.elem, depth + 1);
	case TYPE_MAP: return has_tparam(t->u.map.key, depth + 1) || has_tparam(t->u.map.elem, depth + 1);
	case TYPE_STRUCT:
		for (i = 0; i < t->u.strct.nfields; i++)
			if (has_tparam(t->u.strct.fields[i]->type, depth + 1))
				return true;
		return false;
	case TYPE_TUPLE:
		for (i = 0; i < t->u.tuple.n; i++)
			if (has_tparam(t->u.tuple.vars[i]->type, depth + 1))
				return true;
		return false;
	case TYPE_SIGNATURE:
		return has_tparam(t->u.sig.params, depth + 1) || has_tparam(t->u.sig.results, depth + 1);
	case TYPE_INTERFACE:
		for (i = 0; i < t->u.iface.nmethods; i++)
			if (has_tparam(t->u.iface.methods[i]->type, depth + 1))
				return true;
		for (i = 0; i < t->u.iface.nembeddeds; i++)
			if (has_tparam(t->u.iface.embeddeds[i], depth + 1))
				return true;
		return false;
	default:
		return false;
	}
}

static bool fully_instantiated(Type *t)
{
	int i;
	for (i = 0; i < t->u.named.targs.n; i++)
		if (has_tparam(t->u.named.targs.v[i], 0))
			return false;
	return true;
}

static void note_type(Stencil *S, Type *t)
{
	int i;
	if (!t || ptrmap_get(&S->seentypes, t))
		return;
	ptrmap_put(&S->seentypes, t, t);
	switch (t->kind) {
	case TYPE_NAMED:
		if (t->u.named.orig != t) {
			for (i = 0; i < t->u.named.targs.n; i++)
				note_type(S, t->u.named.targs.v[i]);
			if (!fully_instantiated(t))
				return;
			note_type(S, named_underlying(t));
			if (named_nmethods(t->u.named.orig) > 0 && type_under(t)->kind != TYPE_INTERFACE)
				vec_push(&S->types, t);
		} else if (!(release_has(FEAT_UNIFIED_IR) && named_tparams(t).n > 0)) {
			/* (unified IR never reads a generic type's definition
			 * in a concrete context) */
			note_type(S, named_underlying(t));
		}
		break;
	case TYPE_POINTER: note_type(S, t->u.pointer.elem); break;
	case TYPE_SLICE: note_type(S, t->u.slice.elem); break;
	case TYPE_ARRAY: note_type(S, t->u.array.elem); break;
	case TYPE_CHAN: note_type(S, t->u.chan.elem); break;
	case TYPE_MAP:
		note_type(S, t->u.map.key);
		note_type(S, t->u.map.elem);
		break;
	case TYPE_STRUCT:
		for (i = 0; i < t->u.strct.nfields; i++)
			note_type(S, t->u.strct.fields[i]->type);
		break;
	case TYPE_TUPLE:
		note_tuple(S, t);
		break;
	case TYPE_SIGNATURE:
		note_tuple(S, t->u.sig.params);
		note_tuple(S, t->u.sig.results);
		break;
	case TYPE_INTERFACE:
		for (i = 0; i < t->u.iface.nmethods; i++)
			note_type(S, t->u.iface.methods[i]->type);
		for (i = 0; i < t->u.iface.nembeddeds; i++)
			note_type(S, t->u.iface.embeddeds[i]);
		break;
	default:
		break;
	}
}

static void note_obj(Stencil *S, Object *o)
{
	if (!o || ptrmap_get(&S->seenobjs, o))
		return;
	ptrmap_put(&S->seenobjs, o, o);
	if (o->kind == OBJ_VAR || o->kind == OBJ_FUNC || o->kind == OBJ_CONST || o->kind == OBJ_TYPENAME)
		note_type(S, o->type);
}

static void note_expr(Stencil *S, Expr *e);
static void note_stmt(Stencil *S, Stmt *st);

static void note_exprs(Stencil *S, ExprList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		note_expr(S, l->v[i]);
}

static void note_stmts(Stencil *S, StmtList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		note_stmt(S, l->v[i]);
}

static void note_expr(Stencil *S, Expr *e)
{
	int i;
	if (!e)
		return;
	if (e->type && e->mode != MODE_INVALID)
		note_type(S, e->type);
	switch (e->kind) {
	case EXPR_IDENT:
		note_obj(S, e->u.ident.use ? e->u.ident.use : e->u.ident.def);
		if (e->u.ident.inst)
			note_type(S, e->u.ident.inst->type);
		break;
	case EXPR_FUNCLIT:
		note_stmt(S, e->u.funclit.body);
		break;
	case EXPR_COMPOSITE:
		note_exprs(S, &e->u.composite.elts);
		break;
	case EXPR_PAREN: note_expr(S, e->u.paren.x); break;
	case EXPR_SELECTOR:
		note_expr(S, e->u.selector.x);
		note_expr(S, e->u.selector.sel);
		break;
	case EXPR_INDEX:
		note_expr(S, e->u.index.x);
		note_expr(S, e->u.index.index);
		break;
	case EXPR_INDEXLIST:
		note_expr(S, e->u.indexlist.x);
		note_exprs(S, &e->u.indexlist.indices);
		break;
	case EXPR_SLICE:
		note_expr(S, e->u.slice.x);
		note_expr(S, e->u.slice.low);
		note_expr(S, e->u.slice.high);
		note_expr(S, e->u.slice.max);
		break;
	case EXPR_TYPEASSERT:
		note_expr(S, e->u.typeassert.x);
		note_expr(S, e->u.typeassert.type);
		break;
	case EXPR_CALL:
		note_expr(S, e->u.call.fun);
		note_exprs(S, &e->u.call.args);
		break;
	case EXPR_STAR: note_expr(S, e->u.star.x); break;
	case EXPR_UNARY: note_expr(S, e->u.unary.x); break;
	case EXPR_BINARY:
		note_expr(S, e->u.binary.x);
		note_expr(S, e->u.binary.y);
		break;
	case EXPR_KEYVALUE:
		note_expr(S, e->u.keyvalue.key);
		note_expr(S, e->u.keyvalue.value);
		break;
	default:
		break;
	}
	(void)i;
}

static void note_value_spec(Stencil *S, Spec *sp)
{
	int i;
	for (i = 0; i < sp->u.value.names.n; i++)
		note_obj(S, sp->u.value.names.v[i]->u.ident.def);
	note_exprs(S, &sp->u.value.values);
}

/* A generic function or a method of a generic type: under unified IR,
 * what it mentions is instantiated only through its instances. */
static bool generic_decl(Decl *d)
{
	Object *o = d->u.func.name->u.ident.def;
	if (!release_has(FEAT_UNIFIED_IR) || !o || o->kind != OBJ_FUNC || !o->type)
		return false;
	return o->type->u.sig.tparams.n > 0 || is_generic_method(o);
}

static void note_decl_stmt(Stencil *S, Decl *d)
{
	int i;
	if (d->kind != DECL_GEN)
		return;
	for (i = 0; i < d->u.gen.nspecs; i++) {
		Spec *sp = d->u.gen.specs[i];
		if (sp->kind == SPEC_VALUE)
			note_value_spec(S, sp);
		else if (sp->kind == SPEC_TYPE)
			note_obj(S, sp->u.type.name->u.ident.def);
	}
}

static void note_stmt(Stencil *S, Stmt *st)
{
	int i;
	if (!st)
		return;
	switch (st->kind) {
	case STMT_DECL: note_decl_stmt(S, st->u.decl.decl); break;
	case STMT_LABELED: note_stmt(S, st->u.labeled.stmt); break;
	case STMT_EXPR: note_expr(S, st->u.expr.x); break;
	case STMT_SEND:
		note_expr(S, st->u.send.chan);
		note_expr(S, st->u.send.value);
		break;
	case STMT_INCDEC: note_expr(S, st->u.incdec.x); break;
	case STMT_ASSIGN:
		note_exprs(S, &st->u.assign.rhs);
		note_exprs(S, &st->u.assign.lhs);
		break;
	case STMT_GO: note_expr(S, st->u.go.call); break;
	case STMT_DEFER: note_expr(S, st->u.defer.call); break;
	case STMT_RETURN: note_exprs(S, &st->u.ret.results); break;
	case STMT_BLOCK: note_stmts(S, &st->u.block.list); break;
	case STMT_IF:
		note_stmt(S, st->u.ifs.init);
		note_expr(S, st->u.ifs.cond);
		note_stmt(S, st->u.ifs.body);
		note_stmt(S, st->u.ifs.els);
		break;
	case STMT_CASE:
		note_exprs(S, &st->u.caseclause.list);
		note_obj(S, st->u.caseclause.implicit);
		note_stmts(S, &st->u.caseclause.body);
		break;
	case STMT_SWITCH:
		note_stmt(S, st->u.switchs.init);
		note_expr(S, st->u.switchs.tag);
		note_stmt(S, st->u.switchs.body);
		break;
	case STMT_TYPESWITCH:
		note_stmt(S, st->u.typeswitch.init);
		note_stmt(S, st->u.typeswitch.assign);
		note_stmt(S, st->u.typeswitch.body);
		break;
	case STMT_COMM:
		note_stmt(S, st->u.comm.comm);
		note_stmts(S, &st->u.comm.body);
		break;
	case STMT_SELECT: note_stmt(S, st->u.select.body); break;
	case STMT_FOR:
		note_stmt(S, st->u.fors.init);
		note_expr(S, st->u.fors.cond);
		note_stmt(S, st->u.fors.post);
		note_stmt(S, st->u.fors.body);
		break;
	case STMT_RANGE:
		note_expr(S, st->u.range.x);
		note_expr(S, st->u.range.key);
		note_expr(S, st->u.range.value);
		note_stmt(S, st->u.range.body);
		break;
	default:
		break;
	}
	(void)i;
}

static void note_package(Stencil *S, File **files, int nfiles)
{
	int i, j;
	/* type declarations first */
	for (i = 0; i < nfiles; i++)
		for (j = 0; j < files[i]->ndecls; j++) {
			Decl *d = files[i]->decls[j];
			int k;
			if (d->kind != DECL_GEN || d->u.gen.tok != TOK_TYPE)
				continue;
			for (k = 0; k < d->u.gen.nspecs; k++)
				note_obj(S, d->u.gen.specs[k]->u.type.name->u.ident.def);
		}
	/* then declarations: signatures and variables */
	for (i = 0; i < nfiles; i++)
		for (j = 0; j < files[i]->ndecls; j++) {
			Decl *d = files[i]->decls[j];
			if (d->kind == DECL_FUNC && generic_decl(d))
				continue;
			if (d->kind == DECL_FUNC)
				note_obj(S, d->u.func.name->u.ident.def);
			else
				note_decl_stmt(S, d);
		}
	/* then bodies */
	for (i = 0; i < nfiles; i++)
		for (j = 0; j < files[i]->ndecls; j++) {
			Decl *d = files[i]->decls[j];
			if (d->kind == DECL_FUNC && d->u.func.body && !generic_decl(d))
				note_stmt(S, d->u.func.body);
		}
}

/* Every method of the instantiated types noted, in order, with its
 * dictionary. */
static void instantiate_methods(Lower *L)
{
	Stencil *S = stencil_of(L);
	int i, j;
	/* as gc, the types noted so far: a call made while instantiating
	 * (dict_sym) sees only the types noted since */
	while (S->typesdone < S->types.n) {
		int from = S->typesdone, to = S->types.n;
		S->typesdone = to;
		for (i = from; i < to; i++) {
			Type *t = S->types.v[i], *orig = t->u.named.orig;
			/* unified IR makes every method of the instance before
			 * it reads their dictionaries */
			if (release_has(FEAT_UNIFIED_IR))
				for (j = 0; j < named_nmethods(orig); j++) {
					Object *m = named_method(orig, j);
					if (m && m->u.func.decl)
						get_instantiation(L, m, t->u.named.targs, true);
				}
			for (j = 0; j < named_nmethods(orig); j++) {
				Object *m = named_method(orig, j);
				if (m && m->u.func.decl) {
					get_instantiation(L, m, t->u.named.targs, true);
					dict_sym(L, m, t->u.named.targs, (TypeList){0}, true);
				}
			}
		}
	}
}

void inst_package_begin(Lower *L, File **files, int nfiles)
{
	Stencil *S = stencil_of(L);
	S->files = files;
	S->nfiles = nfiles;
	memset(&closure_saves, 0, sizeof closure_saves);
	memset(&closure_dicts, 0, sizeof closure_dicts);
}

/* The outermost function of a closure. */
static IrFunc *outermost(IrFunc *fn)
{
	while (fn->outer)
		fn = fn->outer;
	return fn;
}

/* Unified IR reads function bodies from a stack: the package's
 * functions, and the methods of the instantiated types its declarations
 * mention, are pushed as they are declared; reading a body pushes the
 * instances it is the first to need, and the last pushed is read next.
 * An instance joins the package's functions when its body is read, so
 * the instances follow the package's functions in that order, which is
 * the order of analysis among those no function calls, and of the back
 * end's walk. The instances (each with its closures) from index first
 * on are put in that order. */
static void order_instances(IrPackage *p, int first)
{
	int n = p->nfuncs - first, i, j, nout = 0, top = 0;
	IrFunc **seg, **out, **stack;
	if (n <= 1)
		return;
	seg = NEWARRAY(ir_arena(), IrFunc *, n);
	out = NEWARRAY(ir_arena(), IrFunc *, n);
	stack = NEWARRAY(ir_arena(), IrFunc *, p->nfuncs + 1);
	for (i = 0; i < n; i++)
		seg[i] = p->funcs[first + i];
	/* declarations first (read last), then the package's functions */
	for (i = 0; i < n; i++)
		if ((seg[i]->flags & FN_INSTANCE) && !seg[i]->creator)
			stack[top++] = seg[i];
	for (i = 0; i < first; i++)
		stack[top++] = p->funcs[i];
	while (top > 0) {
		IrFunc *f = stack[--top];
		if (f->flags & FN_INSTANCE) {
			/* its closures come with it, before it */
			for (j = 0; j < n; j++)
				if (seg[j]->outer && outermost(seg[j]) == f)
					out[nout++] = seg[j];
			out[nout++] = f;
		}
		for (j = 0; j < n; j++)
			if ((seg[j]->flags & FN_INSTANCE) && seg[j]->creator == f)
				stack[top++] = seg[j];
	}
	/* anything not reached keeps its place at the end */
	for (i = 0; i < n; i++) {
		for (j = 0; j < nout && out[j] != seg[i]; j++)
			;
		if (j == nout)
			out[nout++] = seg[i];
	}
	for (i = 0; i < n && i < nout; i++)
		p->funcs[first + i] = out[i];
}

void inst_package_stencil(Lower *L)
{
	Stencil *S = stencil_of(L);
	IrPackage *p = L->ir;
	int i = 0, v = 0, first = p->nfuncs;
	note_package(S, S->files, S->nfiles);
	instantiate_methods(L);
	/* the package's declarations in order, then the instances as they
	 * are made */
	while (i < p->nfuncs || v < S->vars.n) {
		if (v < S->vars.n && ((VarMark *)S->vars.v[v])->at <= i) {
			S->scanning = NULL;
			scan_var(L, S->vars.v[v++]);
			continue;
		}
		S->scanning = p->funcs[i];
		scan_func(L, p->funcs[i++]);
		instantiate_methods(L);
	}
	S->scanning = NULL;
	if (release_has(FEAT_UNIFIED_IR))
		order_instances(p, first);
	ptrmap_free(&closure_saves);
	ptrmap_free(&closure_dicts);
}

/* The instances' methods, kept for the wrappers gc makes with their
 * type descriptors (methwrap.c). */
static void record_inst_methods(Lower *L)
{
	Stencil *S = L->stencil;
	IrPackage *p = L->ir;
	int i, j, n = 0;
	for (i = 0; i < S->types.n; i++)
		n += named_nmethods(((Type *)S->types.v[i])->u.named.orig);
	p->instmethods = NEWARRAY(ir_arena(), struct InstMethod, n ? n : 1);
	/* gc asks for the descriptor of every instance it meets, generic
	 * interfaces' included */
	p->insttypes = NEWARRAY(ir_arena(), Type *, S->types.n + S->seentypes.len + 1);
	for (i = 0; i < S->types.n; i++)
		if (!gc_has_shape(S->types.v[i]))
			p->insttypes[p->ninsttypes++] = S->types.v[i];
	for (i = 0; i < S->seentypes.cap; i++) {
		Type *t = S->seentypes.keys && S->seentypes.keys[i] ? (Type *)S->seentypes.keys[i] : NULL;
		if (t && t->kind == TYPE_NAMED && t->u.named.orig != t && fully_instantiated(t) && !gc_has_shape(t) &&
		    type_under(t)->kind == TYPE_INTERFACE && interface_type_set(NULL, NOPOS, type_under(t))->nmethods > 0)
			p->insttypes[p->ninsttypes++] = t;
	}
	for (i = 0; i < S->types.n; i++) {
		Type *t = S->types.v[i], *orig = t->u.named.orig;
		for (j = 0; j < named_nmethods(orig); j++) {
			Object *m = named_method(orig, j);
			const char *sym;
			Inst *in;
			if (!m || !m->u.func.decl)
				continue;
			in = get_instantiation(L, m, t->u.named.targs, true);
			sym = dict_sym_name(L, m, t->u.named.targs, true);
			if (!in || !ptrmap_get(&S->dictsyms, sym))
				continue;
			p->instmethods[p->ninstmethods].t = t;
			p->instmethods[p->ninstmethods].gm = m;
			p->instmethods[p->ninstmethods].fn = in->fn;
			p->instmethods[p->ninstmethods].dict = static_dict(L, NOPOS, m, t->u.named.targs, true);
			p->instmethods[p->ninstmethods].callee = inst_callee(L, in);
			p->ninstmethods++;
		}
	}
}

void inst_package_end(Lower *L)
{
	Stencil *S = L->stencil;
	int i;
	if (!S)
		return;
	record_inst_methods(L);
	for (i = 0; i < S->insts.cap; i++) {
		Inst *in = S->insts.keys && S->insts.keys[i] ? S->insts.vals[i] : NULL;
		Dict *d = in ? in->ctx.dict : NULL;
		if (!in)
			continue;
		ptrmap_free(&in->ctx.uses);
		if (d) {
			vec_free(&d->derived);
			vec_free(&d->subdicts);
			vec_free(&d->itabs);
			vec_free(&d->itabtypes);
			vec_free(&d->methexprs);
		}
	}
	ptrmap_free(&S->insts);
	ptrmap_free(&S->dictnames);
	ptrmap_free(&S->dictsyms);
	ptrmap_free(&S->fndicts);
	ptrmap_free(&S->seentypes);
	ptrmap_free(&S->seenobjs);
	vec_free(&S->vars);
	vec_free(&S->types);
	L->stencil = NULL;
}

/* v, ok = m[k] (or <-c, x.(T)) with a shaped v assigned to an interface:
 * gc assigns to temporaries first, then converts the value in a plain
 * assignment, so that the conversion can use the dictionary. */
void inst_commaok_conv(Lower *L, Node *stmt, NodeList *lhs, NodeList *rhs)
{
	Node *r = rhs->v[0], *l0 = lhs->v[0], *v, *ok, *as;
	IrFunc *fn = L->curfn ? L->curfn : L->initfn;
	Type *t = l0 ? l0->type : NULL;
	if (!L->inst || !t || ir_is_blank(l0) || !r->type || !gc_has_shape(r->type) || !is_iface(t) ||
	    types_identical(t, r->type))
		return;
	v = ir_temp(fn, L->curpos, r->type);
	ok = ir_temp(fn, L->curpos, typ_basic[KIND_BOOL]);
	as = ir_node(stmt->op, L->curpos, NULL);
	nl_push(&as->list, v);
	nl_push(&as->list, ok);
	nl_push(&as->rlist, r);
	as->flags |= NF_DEF;
	v->nm->defn = as;
	ok->nm->defn = as;
	nl_push(&as->init, ir_node1(ODCL, L->curpos, NULL, v));
	nl_push(&as->init, ir_node1(ODCL, L->curpos, NULL, ok));
	stmt->op = OAS2;
	nl_push(&stmt->init, as);
	rhs->n = 0;
	nl_push(rhs, lower_assign_conv(L, v, t));
	nl_push(rhs, ok);
}

/* Whether the body being lowered is another package's generic code,
 * which gc reads from export data. */
bool lower_inst_imported(Lower *L)
{
	return L->inst && L->inst->inst->gf->pkg && L->inst->inst->gf->pkg != L->pkg;
}
