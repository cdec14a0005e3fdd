/* lower_expr.c: expressions, selectors, composite literals and the
 * implicit conversions gc's type checker inserts. */
#include <string.h>

#include "ir.h"

Node *lower_implicit(Node *n)
{
	n->flags |= NF_IMPLICIT;
	return n;
}

Node *lower_type_node(Lower *L, Type *t, Pos pos)
{
	Node *n = ir_node(OTYPE, pos, t);
	(void)L;
	return n;
}

static bool is_iface(Type *t)
{
	return t && !is_typeparam(t) && type_under(t)->kind == TYPE_INTERFACE;
}

static bool is_empty_iface(Type *t)
{
	TypeSet *ts;
	if (!is_iface(t))
		return false;
	ts = interface_type_set(NULL, NOPOS, type_under(t));
	return ts->nmethods == 0 && ts->allterms;
}

/* gc's Assignop for an assignable pair that is not identical. */
static Op assign_op(Type *src, Type *dst)
{
	if (types_identical(src, dst))
		return is_iface(dst) ? OCONVIFACE : OCONVNOP;
	if (types_identical(type_under(src), type_under(dst))) {
		if (is_empty_iface(src))
			return OCONVNOP;
		if ((!type_has_name(src) || !type_has_name(dst)) && !is_iface(src))
			return OCONVNOP;
		if (gc_is_shape(src) || gc_is_shape(dst))
			return OCONVNOP;   /* a shape and a type it stands for */
	}
	if (is_iface(dst) && !(src->kind == TYPE_BASIC && src->u.basic.kind == KIND_UNTYPED_NIL))
		return OCONVIFACE;
	return OCONVNOP;
}

/* The conversion gc inserts where a value of one type is assigned to
 * another (an argument, a result, an element, a right-hand side). It
 * sits at the current position and prints as its operand. */
/* Where an implicit conversion of n goes: gc 1.19's current position;
 * with unified IR, the syntax position of n */
static Pos conv_pos(Lower *L, Node *n, Pos p)
{
	if (!release_has(FEAT_UNIFIED_IR))
		return L->curpos;
	if (p)
		return p;
	if ((p = (Pos)(intptr_t)ptrmap_get(&L->usepos, n)) != NOPOS)
		return p;
	return n->pos ? n->pos : L->curpos;
}

Node *lower_assign_conv(Lower *L, Node *n, Type *t)
{
	Node *r;
	Pos argpos = L->convpos;   /* set for this conversion only */
	L->convpos = NOPOS;
	if (!t || !n || ir_is_blank(n))
		return n;
	if (n->op == OPAREN) {
		if (release_has(FEAT_UNIFIED_IR) && !argpos)
			argpos = n->pos;   /* unified IR: at the parenthesis */
		n = n->x;
	}
	if (n->op == ONIL && n->type && is_untyped(n->type)) {
		n->type = t;   /* nil takes the type it is assigned to */
		return n;
	}
	if (!n->type || types_identical(n->type, t))
		return n;
	/* gc 1.19's implicit nodes take its current position; unified IR
	 * puts them at the expression converted */
	r = ir_node1(assign_op(n->type, t), conv_pos(L, n, argpos), t, n);
	r->flags |= NF_IMPLICIT;
	return r;
}

Node *lower_addr(Lower *L, Pos pos, Node *x)
{
	Node *n = ir_node1(OADDR, pos, new_pointer(x->type), x);
	(void)L;
	switch (x->op) {
	case OARRAYLIT: case OMAPLIT: case OSLICELIT: case OSTRUCTLIT:
		n->op = OPTRLIT;
		break;
	default:
		break;
	}
	return n;
}

Node *lower_deref(Lower *L, Pos pos, Type *t, Node *x)
{
	(void)L;
	return ir_node1(ODEREF, pos, t, x);
}

Node *lower_dot_field(Lower *L, Pos pos, Node *x, Object *field)
{
	Node *n = ir_node1(ODOT, pos, field->type, x);
	(void)L;
	if (type_under(x->type)->kind == TYPE_POINTER)
		n->op = ODOTPTR;
	n->sel = field;
	n->name = field->name;
	return n;
}

/* Pointer to array indexed, sliced or measured: an implicit deref. */
static Node *implicit_star(Lower *L, Node *n)
{
	Type *u = type_under(n->type);
	Node *star;
	if (u->kind != TYPE_POINTER || type_under(u->u.pointer.elem)->kind != TYPE_ARRAY)
		return n;
	star = lower_deref(L, L->curpos, u->u.pointer.elem, n);
	return lower_implicit(star);
}

/* A method's type as a function value: without receiver, or (for
 * method expressions) with the receiver as first parameter. */
static Type *method_type(Type *sig, Type *recv)
{
	Type *params = sig->u.sig.params, *t;
	Object **vars;
	int n = type_tuple_len(params), i;
	if (!recv)
		return new_signature(NULL, params, sig->u.sig.results, sig->u.sig.variadic);
	vars = NEWARRAY(types_arena(), Object *, n + 1);
	vars[0] = new_param(NOPOS, NULL, "", recv);
	for (i = 0; i < n; i++)
		vars[i + 1] = params->u.tuple.vars[i];
	t = new_signature(NULL, new_tuple(vars, n + 1), sig->u.sig.results, sig->u.sig.variadic);
	return t;
}

static Node *dot_method(Lower *L, Pos pos, Node *x, Object *m)
{
	Node *n = ir_node1(OMETHVALUE, pos, method_type(lower_type(L, m->type), NULL), x);
	n->sel = m;
	n->name = m->name;
	return n;
}

/* x.f: fields and methods through the embedding path, with implicit
 * dereferences or address-taking to match the method's receiver. */
static Node *lower_selector(Lower *L, Expr *e)
{
	Selection *sel = e->u.selector.selection;
	Pos pos = e->pos;
	Node *x, *origx, *n;
	int i;
	if (!sel) {
		/* a qualified identifier: pkg.Name */
		return inst_func_ref(L, e->u.selector.sel, lower_use(L, e->u.selector.sel));
	}
	x = lower_expr(L, e->u.selector.x);
	origx = x;
	/* walk the embedded fields */
	{
		Type *t = lower_type(L, sel->kind == SEL_METHODEXPR ? sel->recv : e->u.selector.x->type);
		for (i = 0; i < sel->nindex - 1; i++) {
			Type *st = type_under(type_deref(type_under(t), NULL));
			Object *f = st->u.strct.fields[sel->index[i]];
			if (sel->kind == SEL_METHODEXPR) {
				t = f->type;
				continue;
			}
			x = lower_implicit(lower_dot_field(L, pos, x, f));
			t = f->type;
		}
		if (sel->kind == SEL_METHODEXPR) {
			n = ir_node1(OMETHEXPR, pos, method_type(lower_type(L, sel->obj->type), lower_type(L, sel->recv)), origx);
			n->sel = sel->obj;
			n->name = sel->obj->name;
			return n;
		}
	}
	if (sel->kind == SEL_FIELDVAL) {
		/* the field of x's (possibly shaped) struct type */
		Type *st = type_under(type_deref(type_under(x->type), NULL));
		Object *f = sel->obj;
		if (L->inst && st->kind == TYPE_STRUCT && sel->index[sel->nindex - 1] < st->u.strct.nfields)
			f = st->u.strct.fields[sel->index[sel->nindex - 1]];
		return lower_dot_field(L, pos, x, f);
	}
	if (L->inst) {
		/* x.M with x of type parameter type goes through the dictionary */
		Node *bv = inst_bound_method_value(L, e, x);
		if (bv)
			return bv;
	}
	/* a method value x.M */
	if (is_iface(x->type))
		return dot_method(L, pos, x, sel->obj);
	{
		Object *recv = sel->obj->type->u.sig.recv;
		bool wantptr = recv && recv->type->kind == TYPE_POINTER;
		bool haveptr = type_under(x->type)->kind == TYPE_POINTER;
		if (haveptr != wantptr) {
			if (haveptr)
				x = lower_implicit(lower_deref(L, pos, type_under(x->type)->u.pointer.elem, x));
			else
				x = lower_implicit(lower_addr(L, pos, x));
		}
	}
	return dot_method(L, pos, x, sel->obj);
}

static Node *lower_index(Lower *L, Expr *e)
{
	Expr *ix = e->u.index.index;
	Node *n, *x;
	Type *t;
	if (ix->mode == MODE_TYPEXPR || e->u.index.x->mode == MODE_TYPEXPR ||
	    (e->u.index.x->type && e->u.index.x->type->kind == TYPE_SIGNATURE &&
	     e->u.index.x->type->u.sig.tparams.n))
		return lower_expr(L, e->u.index.x);   /* an instantiation f[T] */
	x = lower_expr(L, e->u.index.x);
	n = ir_node2(OINDEX, e->pos, lower_type(L, e->type), x, lower_expr(L, ix));
	n->x = implicit_star(L, n->x);
	t = type_under(n->x->type);
	if (t->kind == TYPE_MAP) {
		n->y = lower_assign_conv(L, n->y, t->u.map.key);
		n->op = OINDEXMAP;
		n->type = t->u.map.elem;
	}
	return n;
}

static Node *lower_slice(Lower *L, Expr *e)
{
	Node *n = ir_node(e->u.slice.slice3 ? OSLICE3 : OSLICE, e->pos, lower_type(L, e->type));
	Type *t;
	n->x = lower_expr(L, e->u.slice.x);
	n->y = lower_expr(L, e->u.slice.low);
	n->z = lower_expr(L, e->u.slice.high);
	n->w = lower_expr(L, e->u.slice.max);
	t = type_under(n->x->type);
	if (t->kind == TYPE_ARRAY) {
		/* unified IR: typecheck takes the address at the slice expression */
		Node *a = lower_addr(L, release_has(FEAT_UNIFIED_IR) ? e->pos : L->curpos, n->x);
		n->x = lower_implicit(a);
		t = a->type;
	}
	if (t->kind == TYPE_BASIC && (t->u.basic.info & BI_STRING))
		n->op = OSLICESTR;
	else if (t->kind == TYPE_POINTER && type_under(t->u.pointer.elem)->kind == TYPE_ARRAY)
		n->op = e->u.slice.slice3 ? OSLICE3ARR : OSLICEARR;
	return n;
}

static Op binary_op(Token t)
{
	switch (t) {
	case TOK_ADD: return OADD;
	case TOK_SUB: return OSUB;
	case TOK_MUL: return OMUL;
	case TOK_QUO: return ODIV;
	case TOK_REM: return OMOD;
	case TOK_AND: return OAND;
	case TOK_OR: return OOR;
	case TOK_XOR: return OXOR;
	case TOK_SHL: return OLSH;
	case TOK_SHR: return ORSH;
	case TOK_AND_NOT: return OANDNOT;
	case TOK_LAND: return OANDAND;
	case TOK_LOR: return OOROR;
	case TOK_EQL: return OEQ;
	case TOK_NEQ: return ONE;
	case TOK_LSS: return OLT;
	case TOK_LEQ: return OLE;
	case TOK_GTR: return OGT;
	case TOK_GEQ: return OGE;
	default: BUG("lower: binary operator %s", token_text[t]);
	}
}

/* Is a value of type v assignable to type t (spec: Assignability)? */
static bool type_assignable(Type *v, Type *t)
{
	Type *vu, *tu;
	if (types_identical(v, t))
		return true;
	vu = type_under(v);
	tu = type_under(t);
	if (types_identical(vu, tu) && (!type_has_name(v) || !type_has_name(t)) && !is_typeparam(v) && !is_typeparam(t))
		return true;
	if (is_iface(t) && (gc_is_shape(v) || types_implements(v, t, NULL)))
		return true;   /* shapes implement what they were checked to */
	if (vu->kind == TYPE_CHAN && vu->u.chan.dir == CHANDIR_BOTH && tu->kind == TYPE_CHAN &&
	    types_identical(vu->u.chan.elem, tu->u.chan.elem) && (!type_has_name(v) || !type_has_name(t)))
		return true;
	if (vu->kind == TYPE_BASIC && vu->u.basic.kind == KIND_UNTYPED_NIL && has_nil(t))
		return true;
	return false;
}

/* Comparing values of different types: gc converts one side only
 * when both or neither are interfaces, or the value is large. */
static void fix_compare(Lower *L, Node *n)
{
	Node *l = n->x, *r = n->y;
	Type *lt = l->type, *rt = r->type;
	bool converted = false;
	if (l->op == ONIL && is_untyped(lt))
		l->type = lt = rt;
	if (r->op == ONIL && is_untyped(rt))
		r->type = rt = lt;
	if ((n->op != OEQ && n->op != ONE) || types_identical(lt, rt))
		return;
	if (release_has(FEAT_UNIFIED_IR)) {
		/* unified IR converts one side to the other's type, always */
		if (type_assignable(lt, rt)) {
			n->x = ir_node1(assign_op(lt, rt), conv_pos(L, l, NOPOS), rt, l);
			n->x->flags |= NF_IMPLICIT;
		} else if (type_assignable(rt, lt)) {
			n->y = ir_node1(assign_op(rt, lt), conv_pos(L, r, NOPOS), lt, r);
			n->y->flags |= NF_IMPLICIT;
		}
		return;
	}
	if (type_assignable(lt, rt)) {
		/* in an instance, shaped operands always convert (lower_inst.c) */
		if (is_iface(rt) == is_iface(lt) || type_size(lt) >= 1 << 16 || (L->inst && gc_has_shape(lt)))
			n->x = ir_node1(assign_op(lt, rt), L->curpos, rt, l);
		converted = true;
	}
	if (!converted && type_assignable(rt, lt)) {
		if (is_iface(rt) == is_iface(lt) || type_size(rt) >= 1 << 16 || (L->inst && gc_has_shape(rt)))
			n->y = ir_node1(assign_op(rt, lt), L->curpos, lt, r);
	}
}

/* s + t on strings: one n-ary concatenation */
static Node *fix_add(Node *n)
{
	Node *l = n->x, *r = n->y, *add;
	int i;
	if (!is_string(l->type))
		return n;
	if (l->op == OADDSTR) {
		add = l;
		add->pos = n->pos;
	} else {
		add = ir_node(OADDSTR, n->pos, l->type);
		nl_push(&add->list, l);
	}
	if (r->op == OADDSTR) {
		for (i = 0; i < r->list.n; i++)
			nl_push(&add->list, r->list.v[i]);
	} else {
		nl_push(&add->list, r);
	}
	add->type = l->type;
	return add;
}

static Node *lower_unary(Lower *L, Expr *e)
{
	Node *x;
	Op op;
	switch (e->u.unary.op) {
	case TOK_AND:
		x = lower_expr(L, e->u.unary.x);
		return lower_addr(L, e->pos, x);
	case TOK_ADD: op = OPLUS; break;
	case TOK_SUB: op = ONEG; break;
	case TOK_NOT: op = ONOT; break;
	case TOK_XOR: op = OBITNOT; break;
	case TOK_ARROW: op = ORECV; break;
	default: BUG("lower: unary operator %s", token_text[e->u.unary.op]);
	}
	x = lower_expr(L, e->u.unary.x);
	if (op == ORECV) {
		Type *t = lower_type(L, e->type);
		if (t && t->kind == TYPE_TUPLE)
			t = t->u.tuple.vars[0]->type;
		return ir_node1(ORECV, e->pos, t, x);
	}
	return ir_node1(op, e->pos, lower_type(L, e->type), x);
}

static Node *lower_binary(Lower *L, Expr *e)
{
	Op op = binary_op(e->u.binary.op);
	Node *x = lower_expr(L, e->u.binary.x), *y = lower_expr(L, e->u.binary.y), *n;
	switch (op) {
	case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE:
		n = ir_node2(op, e->pos, lower_type(L, e->type), x, y);
		fix_compare(L, n);
		return n;
	case OANDAND: case OOROR:
		return ir_node2(op, e->pos, x->type, x, y);
	default:
		n = ir_node2(op, e->pos, op == OADD ? lower_type(L, e->type) : x->type, x, y);
		if (op == OADD)
			return fix_add(n);
		return n;
	}
}

/* A name as a composite literal element gets a position of its own
 * (gc wraps it in parentheses until the conversion strips them). */
static Node *wrap_name(Pos pos, Node *x)
{
	Node *p;
	if (x->op != ONAME && !(x->op == OTYPE && type_is_named(x->type)))
		return x;
	p = ir_node1(OPAREN, pos, x->type, x);
	p->flags |= NF_IMPLICIT;
	return p;
}

static Object *struct_field_at(Type *st, const char *name, int depth)
{
	int i;
	st = type_under(st);
	if (!st || st->kind != TYPE_STRUCT)
		return NULL;
	if (depth == 0) {
		for (i = 0; i < st->u.strct.nfields; i++)
			if (st->u.strct.fields[i]->name == name)
				return st->u.strct.fields[i];
		return NULL;
	}
	for (i = 0; i < st->u.strct.nfields; i++) {
		Object *f = st->u.strct.fields[i], *g;
		if (f->u.var.embedded && (g = struct_field_at(type_deref(f->type, NULL), name, depth - 1)) != NULL)
			return g;
	}
	return NULL;
}

/* The field a literal's key names: the struct's own, or (go1.27) one
 * promoted from an embedded struct, the shallowest. */
static Object *struct_field(Type *st, const char *name)
{
	int depth;
	for (depth = 0; depth < 64; depth++) {
		Object *f = struct_field_at(st, name, depth);
		if (f)
			return f;
	}
	return NULL;
}

Node *lower_complit(Lower *L, Type *t, Expr *e)
{
	Type *core = type_core(t) ? type_core(t) : type_under(t);
	Node *n;
	bool isstruct;
	Pos save;
	int i;
	if (core->kind == TYPE_POINTER) {
		/* an elided &T{...} in a composite literal of pointers */
		Node *lit = lower_complit(L, core->u.pointer.elem, e);
		n = ir_node1(OPTRLIT, e->pos, t, lit);
		return n;
	}
	isstruct = core->kind == TYPE_STRUCT;
	n = ir_node(OCOMPLIT, e->pos, t);
	for (i = 0; i < e->u.composite.elts.n; i++) {
		Expr *el = e->u.composite.elts.v[i];
		if (el->kind == EXPR_KEYVALUE) {
			Node *key, *val, *kv;
			if (isstruct) {
				key = ir_node(ONAME, el->u.keyvalue.key->pos, NULL);
				key->name = el->u.keyvalue.key->u.ident.name;
			} else {
				key = lower_expr(L, el->u.keyvalue.key);
			}
			if (L->inst)
				L->curpos = el->pos;   /* the key-value node, as stenciling visits it */
			val = wrap_name(el->u.keyvalue.value->pos, lower_expr(L, el->u.keyvalue.value));
			if (L->inst && val->op == OPAREN)
				L->curpos = val->pos;
			kv = ir_node2(OKEY, el->pos, NULL, key, val);
			nl_push(&n->list, kv);
		} else {
			Node *v = wrap_name(el->pos, lower_expr(L, el));
			if (L->inst && v->op == OPAREN)
				L->curpos = v->pos;
			nl_push(&n->list, v);
		}
	}
	/* gc's transformCompLit */
	save = L->curpos;
	lower_set_pos(L, n);
	switch (core->kind) {
	case TYPE_ARRAY: case TYPE_SLICE: {
		Type *et = core->kind == TYPE_ARRAY ? core->u.array.elem : core->u.slice.elem;
		for (i = 0; i < n->list.n; i++) {
			Node *el = n->list.v[i];
			lower_set_pos(L, el);
			if (el->op == OKEY)
				el->y = lower_assign_conv(L, el->y, et);
			else
				n->list.v[i] = lower_assign_conv(L, el, et);
		}
		n->op = core->kind == TYPE_ARRAY ? OARRAYLIT : OSLICELIT;
		break;
	}
	case TYPE_MAP:
		for (i = 0; i < n->list.n; i++) {
			Node *kv = n->list.v[i];
			lower_set_pos(L, kv);
			kv->x = lower_assign_conv(L, kv->x, core->u.map.key);
			kv->y = lower_assign_conv(L, kv->y, core->u.map.elem);
		}
		n->op = OMAPLIT;
		break;
	case TYPE_STRUCT:
		for (i = 0; i < n->list.n; i++) {
			Node *el = n->list.v[i], *sk;
			Object *f;
			lower_set_pos(L, el);
			if (el->op == OKEY) {
				f = struct_field(core, el->x->name);
				sk = ir_node(OSTRUCTKEY, el->pos, NULL);
				sk->sel = f;
				sk->y = lower_assign_conv(L, el->y, f->type);
			} else {
				f = core->u.strct.fields[i];
				el = lower_assign_conv(L, el, f->type);
				sk = ir_node(OSTRUCTKEY, L->curpos, NULL);
				sk->sel = f;
				sk->y = el;
			}
			n->list.v[i] = sk;
		}
		n->op = OSTRUCTLIT;
		break;
	default:
		BUG("lower: composite literal of %s", type_string(t, NULL, NULL));
	}
	L->curpos = save;
	return n;
}

/* gc's constExprOp: what a folded constant's source text was */
static Op raw_op(Expr *e)
{
	switch (e->kind) {
	case EXPR_UNARY:
		switch (e->u.unary.op) {
		case TOK_SUB: return ONEG;
		case TOK_ADD: return OPLUS;
		case TOK_XOR: return OBITNOT;
		case TOK_NOT: return ONOT;
		default: return OLITERAL;
		}
	case EXPR_BINARY:
		return binary_op(e->u.binary.op);
	default:
		return OLITERAL;
	}
}

static Node *lower_constant(Lower *L, Expr *e)
{
	Type *t = lower_type(L, e->type);
	Node *n;
	if (t && t->kind == TYPE_BASIC && (t->u.basic.info & BI_UNTYPED)) {
		switch (t->u.basic.kind) {
		case KIND_UNTYPED_BOOL: t = typ_basic[KIND_BOOL]; break;
		case KIND_UNTYPED_STRING: t = typ_basic[KIND_STRING]; break;
		default: t = typ_basic[KIND_UINT]; break;
		}
	}
	n = ir_literal(e->pos, t, e->val);
	n->raw = expr_string(e);
	n->asop = raw_op(e);   /* the source's operator decides parenthesisation */
	return n;
}

static Node *lower_expr0(Lower *L, Expr *e)
{
	switch (e->kind) {
	case EXPR_IDENT:
		if (e->u.ident.use && e->u.ident.use->kind == OBJ_NIL)
			return ir_node(ONIL, e->pos, lower_type(L, e->type));
		return inst_func_ref(L, e, lower_use(L, e));
	case EXPR_COMPOSITE:
		return lower_complit(L, lower_type(L, e->type), e);
	case EXPR_FUNCLIT: {
		IrFunc *fn = lower_func_lit(L, e);
		return fn->oclosure;
	}
	case EXPR_TYPEASSERT: {
		Node *x = lower_expr(L, e->u.typeassert.x);
		return ir_node1(ODOTTYPE, e->pos, lower_type(L, e->u.typeassert.type->type), x);
	}
	case EXPR_CALL:
		return lower_call(L, e);
	case EXPR_INDEX:
		return lower_index(L, e);
	case EXPR_INDEXLIST:
		return lower_expr(L, e->u.indexlist.x);
	case EXPR_SELECTOR:
		return lower_selector(L, e);
	case EXPR_SLICE:
		return lower_slice(L, e);
	case EXPR_STAR:
		return lower_deref(L, e->pos, lower_type(L, e->type), lower_expr(L, e->u.star.x));
	case EXPR_UNARY:
		return lower_unary(L, e);
	case EXPR_BINARY:
		return lower_binary(L, e);
	default:
		BUG("lower: unexpected expression %s", ast_expr_kind_name(e->kind));
	}
}

Node *lower_expr(Lower *L, Expr *e)
{
	Pos synpos;   /* the syntax position, parentheses included */
	if (!e)
		return NULL;
	synpos = e->pos;
	e = ast_unparen(e);
	if (e->kind == EXPR_IDENT && e->u.ident.name[0] == '_' && e->u.ident.name[1] == 0)
		return L->blank;
	switch (e->mode) {
	case MODE_TYPEXPR:
		return lower_type_node(L, lower_type(L, e->type), e->pos);
	case MODE_BUILTIN:
		BUG("lower: builtin %s used as a value", expr_string(e));
	default:
		break;
	}
	if (e->kind == EXPR_IDENT && e->u.ident.use && e->u.ident.use->kind == OBJ_NIL) {
		L->curpos = e->pos;   /* nil is a value, not a constant: it moves the position */
		return ir_node(ONIL, e->pos, lower_type(L, e->type));
	}
	if (e->mode == MODE_CONSTANT && e->val) {
		if (L->inst)
			L->curpos = e->pos;   /* an instance's constants are literals of their own */
		return lower_constant(L, e);
	}
	/* in an instance, as gc's stenciling walks it, names do not move the
	 * position (lower_inst.c) */
	if (e->pos && !(L->inst && (e->kind == EXPR_IDENT || (e->kind == EXPR_SELECTOR && !e->u.selector.selection))))
		L->curpos = e->pos;
	{
		Node *n = lower_expr0(L, e);
		if (n && release_has(FEAT_UNIFIED_IR))
			ptrmap_put(&L->usepos, n, (void *)(intptr_t)synpos);
		return n;
	}
}

void lower_exprs(Lower *L, ExprList *l, NodeList *out)
{
	int i;
	for (i = 0; i < l->n; i++)
		nl_push(out, lower_expr(L, l->v[i]));
}
