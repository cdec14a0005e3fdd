/* lower.c: lowering a package: its functions, their names, parameters
 * and closures, in the order gc's front end produces them.
 *
 * gc first creates every package-level function and variable, then
 * lowers function bodies and package-level initialisers in source
 * order. Closures are numbered as they are met, and each function's
 * declared names are listed in the order they are first met:
 * receiver, parameters, results, then locals. */
#include <stdio.h>
#include <string.h>

#include "ir.h"

static int initgen;   /* init.0, init.1, ... */

void lower_set_pos(Lower *L, Node *n)
{
	if (n && ir_has_unique_pos(n))
		L->curpos = n->pos;
}

/* --- names ---------------------------------------------------------------- */

static const char *method_sym(Object *fn)
{
	Object *recv = fn->type->u.sig.recv;
	Type *rt = recv->type;
	bool ptr = false;
	Buf b = {0};
	const char *s;
	if (rt->kind == TYPE_POINTER) {
		ptr = true;
		rt = rt->u.pointer.elem;
	}
	if (ptr)
		buf_puts(&b, "(*");
	if (rt->kind == TYPE_NAMED) {
		buf_puts(&b, rt->u.named.obj->name);
		if (rt->u.named.tparams.n || rt->u.named.targs.n) {
			/* a generic receiver T[P] prints with its parameters */
			TypeList l = rt->u.named.targs.n ? rt->u.named.targs : rt->u.named.tparams;
			int i;
			buf_putc(&b, '[');
			for (i = 0; i < l.n; i++) {
				if (i)
					buf_putc(&b, ',');
				buf_puts(&b, gc_type_string(l.v[i]));
			}
			buf_putc(&b, ']');
		}
	} else {
		buf_puts(&b, gc_type_string(rt));
	}
	if (ptr)
		buf_putc(&b, ')');
	buf_putc(&b, '.');
	buf_puts(&b, fn->name);
	s = intern(b.s, b.n);
	buf_free(&b);
	return s;
}

static NameClass class_of(Object *o)
{
	if (o->kind == OBJ_FUNC)
		return PFUNC;
	if (o->parent && o->pkg && o->parent == o->pkg->scope)
		return PEXTERN;
	return PAUTO;
}

/* The name for o, created on first sight. Locals join the current
 * function's declarations, as gc's objFinish adds them. */
Node *lower_obj(Lower *L, Object *o, Pos pos)
{
	Node *n = ptrmap_get(&L->names, o);
	NameClass class;
	if (n)
		return n;
	class = class_of(o);
	if (o->pkg != L->pkg && class != PAUTO) {
		/* imported function or variable */
		n = ir_name(o->pos, o->name, class, lower_type(L, o->type), NULL);
		n->nm->obj = o;
		ptrmap_put(&L->names, o, n);
		return n;
	}
	/* the names the range-over-func rewrite makes keep their lack of
	 * a position */
	n = ir_name(o->pos || o->name[0] == '#' ? o->pos : pos, o->name, class, lower_type(L, o->type), class == PAUTO ? L->curfn : NULL);
	n->nm->obj = o;
	if (class == PFUNC) {
		n->func = ptrmap_get(&L->funcs, o);
		if (n->func)
			n->nm->sym = n->func->nname->nm->sym;
	}
	ptrmap_put(&L->names, o, n);
	if (class == PAUTO && strcmp(o->name, "_") != 0 && L->curfn)
		nl_push(&L->curfn->dcl, n);
	return n;
}

/* A use of a name, captured through every closure between its
 * declaring function and the current one (gc's CaptureName). */
static Node *capture_name(Lower *L, Pos pos, IrFunc *fn, Node *n)
{
	Node *c;
	if (n->op != ONAME || !n->nm->curfn)
		return n;
	c = n->nm->innermost ? n->nm->innermost : n;
	if (c->nm->curfn == fn)
		return c;
	if (!fn)
		BUG("lower: package-level use of local %s", n->nm->sym);
	c = ir_closure_var(pos, fn, c);
	n->nm->innermost = c;
	(void)L;
	return c;
}

/* After a closure: unhook its captures and make sure each is captured
 * by the enclosing function too (closure uses must be dense). */
static void finish_capture_names(Lower *L, Pos pos, IrFunc *outer, IrFunc *fn)
{
	int i;
	for (i = 0; i < fn->closurevars.n; i++) {
		Node *cv = fn->closurevars.v[i];
		Node *n = cv->nm->defn;
		n->nm->innermost = cv->nm->outer == n ? NULL : cv->nm->outer;
		cv->nm->outer = capture_name(L, pos, outer, n);
	}
}

Node *lower_use(Lower *L, Expr *ident)
{
	Object *o = ident->u.ident.use;
	Node *n;
	if (!o)
		BUG("lower: unresolved identifier %s", ident->u.ident.name);
	n = lower_obj(L, o, ident->pos);
	return capture_name(L, ident->pos, L->curfn, n);
}

/* Unified IR numbers a closure's captures, and places each, at its
 * first use as written; an assignment's left side is written before
 * its right side, which lowering visits first. Captures the variables
 * e uses, without lowering it. */
void lower_precapture(Lower *L, Expr *e)
{
	int i;
	if (!e || !L->curfn || !L->curfn->outer || !release_has(FEAT_UNIFIED_IR))
		return;
	switch (e->kind) {
	case EXPR_IDENT: {
		Object *o = e->u.ident.use;
		Node *n;
		if (o && o->kind == OBJ_VAR && (n = ptrmap_get(&L->names, o)))
			capture_name(L, e->pos, L->curfn, n);
		break;
	}
	case EXPR_PAREN:
		lower_precapture(L, e->u.paren.x);
		break;
	case EXPR_SELECTOR:
		lower_precapture(L, e->u.selector.x);
		break;
	case EXPR_INDEX:
		lower_precapture(L, e->u.index.x);
		lower_precapture(L, e->u.index.index);
		break;
	case EXPR_STAR:
		lower_precapture(L, e->u.star.x);
		break;
	case EXPR_UNARY:
		lower_precapture(L, e->u.unary.x);
		break;
	case EXPR_BINARY:
		lower_precapture(L, e->u.binary.x);
		lower_precapture(L, e->u.binary.y);
		break;
	case EXPR_CALL:
		lower_precapture(L, e->u.call.fun);
		for (i = 0; i < e->u.call.args.n; i++)
			lower_precapture(L, e->u.call.args.v[i]);
		break;
	default:
		break;   /* anything else is met in order anyway, or not at all */
	}
}

Node *lower_def(Lower *L, Expr *ident)
{
	Object *o = ident->u.ident.def;
	if (!o || (ident->u.ident.name[0] == '_' && ident->u.ident.name[1] == 0))
		return L->blank;
	return lower_obj(L, o, ident->pos);
}

/* --- functions ------------------------------------------------------------- */

/* The position of the "..." of an unnamed variadic parameter: gc
 * places that parameter there, the checker at its element type. */
static Pos unnamed_ddd_pos(Expr *ftype)
{
	FieldList *l = ftype ? ftype->u.functype.params : NULL;
	Field *last;
	if (!l || l->n == 0)
		return NOPOS;
	last = l->list[l->n - 1];
	if (last->names.n || last->type->kind != EXPR_ELLIPSIS)
		return NOPOS;
	return last->type->pos;
}

static void def_params(Lower *L, IrFunc *fn, Type *sig, Expr *ftype)
{
	int i, nres = 0;
	Type *params = sig->u.sig.params, *results = sig->u.sig.results;
	if (sig->u.sig.variadic)
		fn->dddpos = unnamed_ddd_pos(ftype);
	if (sig->u.sig.recv) {
		Object *r = sig->u.sig.recv;
		if (r->name[0] && strcmp(r->name, "_") != 0) {
			fn->recv = lower_obj(L, r, r->pos);
			fn->recv->nm->class = PPARAM;
		}
	}
	for (i = 0; i < type_tuple_len(params); i++) {
		Object *p = params->u.tuple.vars[i];
		Node *n = NULL;
		if (p->name[0] && strcmp(p->name, "_") != 0) {
			n = lower_obj(L, p, p->pos);
			n->nm->class = PPARAM;
			if (sig->u.sig.variadic && i == type_tuple_len(params) - 1)
				n->nm->isddd = true;
		}
		nl_push(&fn->params, n);
	}
	for (i = 0; i < type_tuple_len(results); i++) {
		Object *p = results->u.tuple.vars[i];
		Node *n;
		char buf[32];
		if (!p->name[0] || strcmp(p->name, "_") == 0) {
			/* results need names: ~r0 when unnamed, ~b0 when blank
			 * (unified IR: ~r0 for both) */
			snprintf(buf, sizeof buf, "%s%d", p->name[0] && !release_has(FEAT_PARAM_NUMBERED) ? "~b" : "~r", nres);
			n = ir_name(p->pos, intern_cstr(buf), PPARAMOUT, lower_type(L, p->type), fn);
			n->nm->obj = p;
			ptrmap_put(&L->names, p, n);
			nl_push(&fn->dcl, n);
		} else {
			n = lower_obj(L, p, p->pos);
		}
		n->nm->class = PPARAMOUT;
		nl_push(&fn->results, n);
		nres++;
	}
}

void lower_func_body(Lower *L, IrFunc *fn, Expr *ftype, Stmt *body)
{
	IrFunc *outer = L->curfn;
	Pos savepos = L->curpos;
	L->curfn = fn;
	def_params(L, fn, fn->type, ftype);
	if (body) {
		lower_block(L, &body->u.block.list, &fn->body);
		if (fn->body.n == 0)
			nl_push(&fn->body, ir_node(OBLOCK, NOPOS, NULL));
		fn->endpos = body->u.block.rbrace;
	} else {
		fn->flags |= FN_NOBODY;
	}
	L->curfn = outer;
	(void)savepos;
}

void lower_add_func(Lower *L, IrFunc *fn)
{
	IrPackage *p = L->ir;
	if (p->nfuncs == p->capfuncs) {
		int cap = p->capfuncs ? 2 * p->capfuncs : 64, i;
		IrFunc **nf = NEWARRAY(ir_arena(), IrFunc *, cap);
		for (i = 0; i < p->nfuncs; i++)
			nf[i] = p->funcs[i];
		p->funcs = nf;
		p->capfuncs = cap;
	}
	p->funcs[p->nfuncs++] = fn;
}

IrFunc *lower_func_lit(Lower *L, Expr *e)
{
	IrFunc *fn = ir_func(e->pos, e->type);
	Node *clo = ir_node(OCLOSURE, e->pos, lower_type(L, e->type));
	clo->func = fn;
	fn->oclosure = clo;
	fn->outer = L->curfn;
	if (L->curfn)
		fn->flags |= FN_HIDDENCLOSURE;
	/* unified IR: the closure of a function that may be duplicated
	 * (an instance) may be too */
	if (L->curfn && (L->curfn->flags & FN_DUPOK) && release_has(FEAT_UNIFIED_IR))
		fn->flags |= FN_DUPOK;
	/* unified IR reads package-level initialisers into init: their
	 * function literals are init.func1, ... */
	ir_name_closure(fn, !L->curfn && release_has(FEAT_UNIFIED_IR) ? L->initfn : L->curfn, e->u.funclit.rangebody);
	inst_closure_begin(L, fn);   /* in an instance: the dictionary is captured */
	lower_func_body(L, fn, e->u.funclit.type, e->u.funclit.body);
	inst_closure_end(L, fn);
	finish_capture_names(L, e->pos, L->curfn, fn);
	lower_add_func(L, fn);
	return fn;
}

static bool is_generic_func(Object *o)
{
	Type *sig = o->type;
	Object *recv;
	if (sig->u.sig.tparams.n)
		return true;
	recv = sig->u.sig.recv;
	if (recv) {
		Type *rt = type_deref(recv->type, NULL);
		if (rt->kind == TYPE_NAMED && named_tparams(rt).n)
			return true;
	}
	return false;
}

static void declare_func(Lower *L, Decl *d)
{
	Object *o = d->u.func.name->u.ident.def;
	IrFunc *fn;
	const char *sym;
	char buf[32];
	if (!o || o->kind != OBJ_FUNC)
		return;
	fn = ir_func(d->u.func.name->pos, o->type);
	fn->obj = o;
	fn->pragma = d->pragmas;
	if (o->type->u.sig.recv) {
		sym = method_sym(o);
	} else if (strcmp(o->name, "init") == 0) {
		snprintf(buf, sizeof buf, "init.%d", initgen++);
		sym = intern_cstr(buf);
	} else {
		sym = o->name;
	}
	fn->nname->nm->sym = sym;
	fn->nname->nm->obj = o;
	if (is_generic_func(o))
		fn->flags |= FN_GENERIC;
	ptrmap_put(&L->funcs, o, fn);
	ir_register_func(o, fn);
}

IrPackage *lower_package(Pkg *pkg, File **files, int nfiles, Arena *a)
{
	Lower L;
	PtrMap pkgdefs = {0};
	int i, j;
	memset(&L, 0, sizeof L);
	ir_set_arena(a);
	ir_reset_package_closgen();
	initgen = 0;
	L.pkg = pkg;
	L.ir = NEW(a, IrPackage);
	L.ir->pkg = pkg;
	L.ir->arena = a;
	L.blank = ir_name(NOPOS, intern_cstr("_"), PAUTO, NULL, NULL);
	inst_package_begin(&L, files, nfiles);

	/* every function first: calls may precede declarations */
	for (i = 0; i < nfiles; i++)
		for (j = 0; j < files[i]->ndecls; j++)
			if (files[i]->decls[j]->kind == DECL_FUNC)
				declare_func(&L, files[i]->decls[j]);
	/* then bodies and package-level initialisers, in source order */
	L.initfn = ir_func(NOPOS, new_signature(NULL, NULL, NULL, false));
	L.initfn->nname->nm->sym = intern_cstr("init");
	for (i = 0; i < nfiles; i++) {
		for (j = 0; j < files[i]->ndecls; j++) {
			Decl *d = files[i]->decls[j];
			Object *o;
			IrFunc *fn;
			if (d->kind == DECL_GEN && d->u.gen.tok == TOK_VAR) {
				int k;
				for (k = 0; k < d->u.gen.nspecs; k++)
				{
					lower_pkg_var_spec(&L, d->u.gen.specs[k], &pkgdefs);
					inst_note_var_spec(&L, d->u.gen.specs[k], &pkgdefs);
				}
				continue;
			}
			if (d->kind != DECL_FUNC)
				continue;
			o = d->u.func.name->u.ident.def;
			fn = o ? ptrmap_get(&L.funcs, o) : NULL;
			if (!fn || (fn->flags & FN_GENERIC))
				continue;
			lower_func_body(&L, fn, d->u.func.type, d->u.func.body);
			lower_add_func(&L, fn);
		}
	}
	/* instances of the generic functions and types used (lower_inst.c) */
	inst_package_stencil(&L);
	lower_pkg_init(&L, &pkgdefs);
	if (L.initfn->body.n) {
		lower_add_func(&L, L.initfn);
		L.ir->initfn = L.initfn;
	}
	inst_package_end(&L);
	ptrmap_free(&pkgdefs);
	ptrmap_free(&L.names);
	ptrmap_free(&L.usepos);
	ptrmap_free(&L.funcs);
	return L.ir;
}
