/* lower_call.c: calls, conversions and builtins.
 *
 * A call is shaped as gc's type checker leaves it: a callee with side
 * effects is evaluated into a temporary first; f(g()) receives g's
 * results through temporaries; arguments are converted to their
 * parameter types; a method call takes its receiver as first argument
 * of the method expression (T.M(x, args)); variadic arguments are
 * gathered into an implicit slice literal ("... argument"). */
#include <string.h>

#include "ir.h"

static bool is_iface(Type *t)
{
	return t && !is_typeparam(t) && type_under(t)->kind == TYPE_INTERFACE;
}

/* --- conversions ------------------------------------------------------------- */

static bool same_width(BasicKind a, BasicKind b)
{
	/* gc's SimType: int and uint are 64-bit, uintptr too */
	static const int width[NBASICKINDS] = {
		[KIND_INT] = 64, [KIND_INT8] = 8, [KIND_INT16] = 16, [KIND_INT32] = 32, [KIND_INT64] = 64,
		[KIND_UINT] = -64, [KIND_UINT8] = -8, [KIND_UINT16] = -16, [KIND_UINT32] = -32,
		[KIND_UINT64] = -64, [KIND_UINTPTR] = -64, [KIND_FLOAT32] = 132, [KIND_FLOAT64] = 164,
		[KIND_COMPLEX64] = 264, [KIND_COMPLEX128] = 2128,
	};
	return width[a] == width[b];
}

/* gc's Convertop, for a valid conversion of x's type to t. */
static Op convert_op(Type *src, Type *dst)
{
	Type *su = type_under(src), *du = type_under(dst);
	if (types_identical(src, dst))
		return is_iface(dst) ? OCONVIFACE : OCONVNOP;
	if (su->kind == TYPE_BASIC && su->u.basic.kind == KIND_UNTYPED_NIL)
		return OCONVNOP;   /* nil needs no conversion, to interfaces neither */
	if (is_iface(dst))
		return is_iface(src) && types_identical(su, du) ? OCONVNOP : OCONVIFACE;
	if (is_iface(src))
		return OCONVNOP;
	if (types_identical_ignore_tags(su, du))
		return OCONVNOP;
	if (su->kind == TYPE_POINTER && du->kind == TYPE_POINTER && !type_has_name(src) && !type_has_name(dst) &&
	    types_identical_ignore_tags(type_under(su->u.pointer.elem), type_under(du->u.pointer.elem)))
		return OCONVNOP;
	if (su->kind == TYPE_BASIC && du->kind == TYPE_BASIC) {
		uint32_t si = su->u.basic.info, di = du->u.basic.info;
		if ((si & (BI_INTEGER | BI_FLOAT)) && (di & (BI_INTEGER | BI_FLOAT))) {
			if (same_width(su->u.basic.kind, du->u.basic.kind) && !(si & BI_FLOAT) == !(di & BI_FLOAT))
				return (si & BI_FLOAT) ? OCONV : OCONVNOP;
			return OCONV;
		}
		if ((si & BI_COMPLEX) && (di & BI_COMPLEX))
			return su->u.basic.kind == du->u.basic.kind ? OCONV : OCONV;
		if ((si & BI_INTEGER) && (di & BI_STRING))
			return ORUNESTR;
		if (su->u.basic.kind == KIND_UNSAFEPOINTER || du->u.basic.kind == KIND_UNSAFEPOINTER)
			return OCONVNOP;
	}
	if (su->kind == TYPE_SLICE && du->kind == TYPE_BASIC && (du->u.basic.info & BI_STRING)) {
		Type *e = type_under(su->u.slice.elem);
		return e->u.basic.kind == KIND_INT32 ? ORUNES2STR : OBYTES2STR;
	}
	if (su->kind == TYPE_BASIC && (su->u.basic.info & BI_STRING) && du->kind == TYPE_SLICE) {
		Type *e = type_under(du->u.slice.elem);
		return e->u.basic.kind == KIND_INT32 ? OSTR2RUNES : OSTR2BYTES;
	}
	if ((su->kind == TYPE_POINTER || su->kind == TYPE_BASIC) && du->kind == TYPE_BASIC)
		return OCONVNOP;   /* pointer or uintptr to unsafe.Pointer */
	if (su->kind == TYPE_BASIC && du->kind == TYPE_POINTER)
		return OCONVNOP;   /* unsafe.Pointer to pointer */
	if (su->kind == TYPE_SLICE && du->kind == TYPE_POINTER)
		return OSLICE2ARRPTR;
	if (su->kind == TYPE_SLICE && du->kind == TYPE_ARRAY)
		return OSLICE2ARR;
	return OCONV;
}

/* []rune("abc") of a constant string becomes a literal. */
static Node *string_to_runes_lit(Lower *L, Node *conv)
{
	const char *s;
	size_t n, i;
	int k = 0;
	/* unified IR: at the conversion, which it places at its operand */
	Pos pos = release_has(FEAT_UNIFIED_IR) ? conv->pos : L->curpos;
	Node *lit = ir_node(OSLICELIT, pos, conv->type);
	Type *et = type_under(conv->type)->u.slice.elem;
	s = const_string_val(conv->x->val, &n);
	for (i = 0; i < n;) {
		int size;
		int32_t r = utf8_decode((const unsigned char *)s + i, n - i, &size);
		Node *kv = ir_node2(OKEY, pos, NULL, ir_literal(pos, typ_basic[KIND_INT], const_int64(k)),
		                    ir_literal(pos, et, const_int64(r)));
		nl_push(&lit->list, kv);
		i += (size_t)size;
		k++;
	}
	return lit;
}

Node *lower_conv_op(Lower *L, Pos pos, Node *x, Type *t)
{
	Node *n = ir_node1(convert_op(x->type, t), pos, t, x);
	Type *xu = type_under(x->type);
	if (n->op == OCONVNOP && xu->kind == TYPE_BASIC && type_under(t)->kind == TYPE_BASIC) {
		/* float and complex conversions of the same width still convert */
		if ((xu->u.basic.info & (BI_FLOAT | BI_COMPLEX)) && xu->u.basic.kind == type_under(t)->u.basic.kind)
			n->op = OCONV;
	}
	if (n->op == OSTR2RUNES && x->op == OLITERAL)
		return string_to_runes_lit(L, n);
	if (n->op == OBYTES2STR || n->op == ORUNES2STR) {
		Type *e = xu->u.slice.elem;
		if (e != typ_byte && e != typ_rune && e != typ_basic[KIND_UINT8] && e != typ_basic[KIND_INT32]) {
			Type *st = new_slice(n->op == OBYTES2STR ? typ_byte : typ_rune);
			n->x = ir_node1(OCONVNOP, x->pos, st, x);
		}
	}
	return n;
}

/* --- argument shaping ---------------------------------------------------------- */

/* A copy kept for printing: its argument list must not share storage
 * with the original's, which is rewritten. */
static Node *copy_node(Node *n)
{
	Node *c = ir_node(n->op, n->pos, n->type);
	int i;
	*c = *n;
	memset(&c->list, 0, sizeof c->list);
	for (i = 0; i < n->list.n; i++)
		nl_push(&c->list, n->list.v[i]);
	return c;
}

/* f(g()) with g returning several results: g's results go to
 * temporaries, assigned before the call, which become the arguments. */
void lower_multi_value(Lower *L, Node *n, Node *call, NodeList *args)
{
	Node *as = ir_node(OAS2FUNC, L->curpos, NULL);
	Type *tup = call->type;
	int i;
	args->n = 0;
	nl_push(&as->rlist, call);
	for (i = 0; i < type_tuple_len(tup); i++) {
		Node *tmp = ir_temp(L->curfn ? L->curfn : L->initfn, L->curpos, tup->u.tuple.vars[i]->type);
		nl_push(&as->init, ir_node1(ODCL, L->curpos, NULL, tmp));
		nl_push(&as->list, tmp);
		nl_push(args, tmp);
	}
	as->flags |= NF_DEF;
	if (release_has(FEAT_UNIFIED_IR))
		as->flags |= NF_ARGINIT;
	nl_push(&n->init, as);
}

/* Unified IR evaluates g's call in f(g()) and a, b = g() with the first
 * value (gc's InitExpr): once the values are converted, the assignment
 * to the temporaries moves from n's init to the first value, wrapped in
 * a conversion to its own type when it is the bare temporary. */
void lower_attach_multi_init(Lower *L, Node *n, NodeList *vals, int first)
{
	Node *as, *v;
	(void)L;
	if (!release_has(FEAT_UNIFIED_IR) || n->init.n == 0 || vals->n <= first)
		return;
	as = n->init.v[n->init.n - 1];
	if (!(as->flags & NF_ARGINIT))
		return;
	n->init.n--;
	v = vals->v[first];
	if (v->op == ONAME) {
		v = ir_node1(OCONVNOP, v->pos, v->type, v);
		vals->v[first] = v;
	}
	nl_insert(&v->init, 0, as);
}

static bool is_tuple_arg(NodeList *args)
{
	return args->n == 1 && args->v[0]->type && args->v[0]->type->kind == TYPE_TUPLE;
}

/* gc's typecheckaste: each argument converted to its parameter type;
 * extra arguments of a variadic function to the element type. */
static void convert_args1(Lower *L, NodeList *args, Type *sig, bool isddd);

/* gc's typecheckaste restores the current position when it is done */
static void convert_args(Lower *L, NodeList *args, Type *sig, bool isddd)
{
	Pos save = L->curpos;
	convert_args1(L, args, sig, isddd);
	L->curpos = save;
}

/* unified IR: the argument a's own position, where it is known */
static void arg_pos(Lower *L, NodeList *args, int a)
{
	if (L->callargs && L->callargs->n == args->n)
		L->convpos = L->callargs->v[a]->pos;
}

static void convert_args1(Lower *L, NodeList *args, Type *sig, bool isddd)
{
	Type *params = sig->u.sig.params;
	int np = type_tuple_len(params), i, a = 0;
	for (i = 0; i < np && a < args->n; i++) {
		Type *t = params->u.tuple.vars[i]->type;
		if (sig->u.sig.variadic && i == np - 1) {
			if (isddd) {
				lower_set_pos(L, args->v[a]);
				arg_pos(L, args, a);
				args->v[a] = lower_assign_conv(L, args->v[a], t);
				return;
			}
			for (; a < args->n; a++) {
				lower_set_pos(L, args->v[a]);
				arg_pos(L, args, a);
				args->v[a] = lower_assign_conv(L, args->v[a], type_under(t)->u.slice.elem);
			}
			return;
		}
		lower_set_pos(L, args->v[a]);
		arg_pos(L, args, a);
		args->v[a] = lower_assign_conv(L, args->v[a], t);
		a++;
	}
}

/* Variadic arguments into one implicit slice literal, at the call. */
static void fix_variadic(Lower *L, Node *call, Type *sig, int recvargs)
{
	int np = type_tuple_len(sig->u.sig.params), vi, i;
	Type *vt;
	Node *slice;
	(void)L;
	if (!sig->u.sig.variadic || (call->flags & NF_ISDDD))
		return;
	vi = np - 1;
	vt = sig->u.sig.params->u.tuple.vars[vi]->type;
	vi += recvargs;   /* a method call's receiver is its first argument */
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

void lower_fix_args(Lower *L, Node *call, Type *sig)
{
	convert_args(L, &call->list, sig, (call->flags & NF_ISDDD) != 0);
}

/* Does the callee expression have side effects that gc evaluates
 * into a temporary first (a call other than new, or a receive)? */
static bool has_call_or_chan(Node *n)
{
	int i;
	if (!n)
		return false;
	switch (n->op) {
	case OAPPEND: case OCALLFUNC: case OCALLINTER: case OCALLMETH: case OCAP: case OCLOSE:
	case OCOMPLEX: case OCOPY: case ODELETE: case OIMAG: case OLEN: case OMAKE: case OMAKECHAN:
	case OMAKEMAP: case OMAKESLICE: case OPANIC: case OPRINT: case OPRINTN: case OREAL:
	case ORECOVER: case ORECV: case OUNSAFEADD: case OUNSAFESLICE:
		return true;
	default:
		break;
	}
	if (has_call_or_chan(n->x) || has_call_or_chan(n->y) || has_call_or_chan(n->z) || has_call_or_chan(n->w))
		return true;
	for (i = 0; i < n->list.n; i++)
		if (has_call_or_chan(n->list.v[i]))
			return true;
	for (i = 0; i < n->init.n; i++)
		if (has_call_or_chan(n->init.v[i]))
			return true;
	return false;
}

static void rewrite_non_name_call(Lower *L, Node *call)
{
	Node **np = &call->x, *tmp, *as;
	/* unified IR passes a concrete method's receiver as an argument,
	 * T.M(x, ...), and leaves it where it is */
	if ((*np)->op == ODOTMETH && release_has(FEAT_UNIFIED_IR))
		return;
	if ((*np)->op == ODOTMETH || (*np)->op == ODOTINTER || (*np)->op == OMETHVALUE)
		np = &(*np)->x;
	if (!has_call_or_chan(*np))
		return;
	tmp = ir_temp(L->curfn ? L->curfn : L->initfn, L->curpos, (*np)->type);
	as = ir_node2(OAS, L->curpos, NULL, tmp, *np);
	as->flags |= NF_DEF;
	tmp->nm->defn = as;
	*np = tmp;
	nl_push(&call->init, as);
}

/* --- builtins -------------------------------------------------------------- */

static Object *builtin_of(Expr *fun)
{
	fun = ast_unparen(fun);
	if (fun->kind == EXPR_IDENT)
		return fun->u.ident.use;
	if (fun->kind == EXPR_SELECTOR)
		return fun->u.selector.sel->u.ident.use;
	return NULL;
}

static Node *int_lit(Lower *L, int64_t v)
{
	Node *n = ir_literal(L->curpos, typ_basic[KIND_UNTYPED_INT], const_int64(v));   /* gc's NewInt: untyped */
	return n;
}

static Node *lower_builtin(Lower *L, Expr *e, BuiltinId id, NodeList *args)
{
	Pos pos = e->pos;
	Node *n;
	Type *t;
	int i;
	switch (id) {
	case BUILTIN_APPEND: case BUILTIN_DELETE: case BUILTIN_PRINT: case BUILTIN_PRINTLN:
	case BUILTIN_RECOVER: {
		static const Op ops[] = {
			[BUILTIN_APPEND] = OAPPEND, [BUILTIN_DELETE] = ODELETE, [BUILTIN_PRINT] = OPRINT,
			[BUILTIN_PRINTLN] = OPRINTN, [BUILTIN_RECOVER] = ORECOVER,
		};
		n = ir_node(ops[id], pos, lower_type(L, e->type));
		if (e->u.call.ellipsis)
			n->flags |= NF_ISDDD;
		if (id != BUILTIN_RECOVER && !(n->flags & NF_ISDDD) && is_tuple_arg(args))
			lower_multi_value(L, n, args->v[0], args);
		for (i = 0; i < args->n; i++)
			nl_push(&n->list, args->v[i]);
		if (id == BUILTIN_APPEND) {
			Type *st = n->list.v[0]->type, *su = type_under(st);
			if (su->kind != TYPE_SLICE)
				su = type_core(st) ? type_core(st) : su;
			n->type = st;
			if (n->flags & NF_ISDDD) {
				Type *et = type_under(su->u.slice.elem);
				if (!(et->kind == TYPE_BASIC && et->u.basic.kind == KIND_UINT8 && is_string(n->list.v[1]->type)))
					n->list.v[1] = lower_assign_conv(L, n->list.v[1], su);
			} else {
				for (i = 1; i < n->list.n; i++)
					n->list.v[i] = lower_assign_conv(L, n->list.v[i], su->u.slice.elem);
			}
		} else if (id == BUILTIN_DELETE) {
			Type *mt = type_under(n->list.v[0]->type);
			n->list.v[1] = lower_assign_conv(L, n->list.v[1], mt->u.map.key);
		}
		return n;
	}
	case BUILTIN_MAKE: {
		Type *mt = type_under(args->v[0]->type);
		if (type_core(args->v[0]->type))
			mt = type_core(args->v[0]->type);
		t = args->v[0]->type;
		switch (mt->kind) {
		case TYPE_SLICE:
			n = ir_node(OMAKESLICE, pos, t);
			n->y = args->v[1];
			n->z = args->n > 2 ? args->v[2] : NULL;
			break;
		case TYPE_MAP:
			n = ir_node(OMAKEMAP, pos, t);
			n->y = args->n > 1 ? args->v[1] : int_lit(L, 0);
			break;
		default:
			n = ir_node(OMAKECHAN, pos, t);
			n->y = args->n > 1 ? args->v[1] : int_lit(L, 0);
			break;
		}
		return n;
	}
	case BUILTIN_NEW:
		if (args->v[0]->op != OTYPE) {
			/* new(expr): tmp := expr; &tmp, as unified IR reads it
			 * (before go1.27 the temporary's definition is an
			 * assignment of its own, not the one in the init: it has
			 * no static value) */
			IrFunc *fn = L->curfn ? L->curfn : L->initfn;
			Type *pt = lower_type(L, e->type), *et = type_under(pt)->u.pointer.elem;
			Node *x = lower_assign_conv(L, args->v[0], et);
			Node *tmp = ir_temp(fn, pos, et);
			n = ir_node(OADDR, pos, pt);
			n->x = tmp;
			nl_push(&n->init, ir_node1(ODCL, pos, NULL, tmp));
			nl_push(&n->init, ir_node2(OAS, pos, NULL, tmp, x));
			if (release_has(FEAT_TEMPCOPY_DEF))
				tmp->nm->defn = n->init.v[1];
			else
				tmp->nm->defn = ir_node2(OAS, pos, NULL, tmp, x);
			tmp->nm->defn->flags |= NF_DEF;
			return n;
		}
		/* fall through */
	case BUILTIN_CAP: case BUILTIN_CLOSE: case BUILTIN_IMAG: case BUILTIN_LEN: case BUILTIN_PANIC:
	case BUILTIN_REAL: {
		static const Op ops[] = {
			[BUILTIN_CAP] = OCAP, [BUILTIN_CLOSE] = OCLOSE, [BUILTIN_IMAG] = OIMAG, [BUILTIN_LEN] = OLEN,
			[BUILTIN_PANIC] = OPANIC, [BUILTIN_REAL] = OREAL, [BUILTIN_NEW] = ONEW,
		};
		n = ir_node(ops[id], pos, lower_type(L, e->type));
		if (id != BUILTIN_NEW && is_tuple_arg(args))
			lower_multi_value(L, n, args->v[0], args);
		n->x = args->v[0];
		if (id == BUILTIN_LEN || id == BUILTIN_CAP) {
			Type *u = type_under(n->x->type);
			if (u->kind == TYPE_POINTER && type_under(u->u.pointer.elem)->kind == TYPE_ARRAY)
				n->x = lower_implicit(lower_deref(L, L->curpos, u->u.pointer.elem, n->x));
		} else if (id == BUILTIN_PANIC) {
			n->x = lower_assign_conv(L, n->x, typ_empty_iface);
		}
		return n;
	}
	case BUILTIN_COMPLEX: case BUILTIN_COPY: case BUILTIN_ADD: case BUILTIN_SLICE: {
		static const Op ops[] = {
			[BUILTIN_COMPLEX] = OCOMPLEX, [BUILTIN_COPY] = OCOPY, [BUILTIN_ADD] = OUNSAFEADD,
			[BUILTIN_SLICE] = OUNSAFESLICE,
		};
		n = ir_node(ops[id], pos, lower_type(L, e->type));
		if (is_tuple_arg(args))
			lower_multi_value(L, n, args->v[0], args);
		n->x = args->v[0];
		n->y = args->v[1];
		return n;
	}
	case BUILTIN_MIN: case BUILTIN_MAX:
		/* the arguments have the result's type (the checker said so) */
		n = ir_node(id == BUILTIN_MIN ? OMIN : OMAX, pos, lower_type(L, e->type));
		for (i = 0; i < args->n; i++)
			nl_push(&n->list, lower_assign_conv(L, args->v[i], n->type));
		return n;
	case BUILTIN_CLEAR: case BUILTIN_STRINGDATA: case BUILTIN_SLICEDATA: {
		static const Op ops[] = {
			[BUILTIN_CLEAR] = OCLEAR, [BUILTIN_STRINGDATA] = OUNSAFESTRINGDATA,
			[BUILTIN_SLICEDATA] = OUNSAFESLICEDATA,
		};
		n = ir_node(ops[id], pos, lower_type(L, e->type));
		n->x = args->v[0];
		return n;
	}
	case BUILTIN_STRING:
		n = ir_node(OUNSAFESTRING, pos, lower_type(L, e->type));
		if (is_tuple_arg(args))
			lower_multi_value(L, n, args->v[0], args);
		n->x = args->v[0];
		n->y = args->v[1];
		return n;
	default:
		/* unsafe.Sizeof and friends are constants */
		BUG("lower: builtin %d in a non-constant expression", id);
	}
}

/* --- calls --------------------------------------------------------------------- */

Node *lower_call(Lower *L, Expr *e)
{
	Expr *funx = ast_unparen(e->u.call.fun);
	Node *fun = NULL, *n;
	NodeList args = {0};
	Type *sig;
	int i, recvargs;

	if (funx->mode == MODE_BUILTIN) {
		Object *b = builtin_of(funx);
		if (L->inst) {
			/* unsafe.Sizeof & co. of shaped operands: constants of the instance */
			Node *k = inst_builtin_const(L, e);
			if (k)
				return k;
		}
		for (i = 0; i < e->u.call.args.n; i++)
			nl_push(&args, lower_expr(L, e->u.call.args.v[i]));
		return lower_builtin(L, e, b->u.builtin.id, &args);
	}
	if (L->inst) {
		/* x.M(args) with x of type parameter type: through the dictionary */
		Node *b = inst_bound_call(L, e);
		if (b)
			return b;
	}
	fun = lower_expr(L, e->u.call.fun);
	for (i = 0; i < e->u.call.args.n; i++)
		nl_push(&args, lower_expr(L, e->u.call.args.v[i]));
	if (fun->op == OTYPE) {
		/* a conversion T(x): unified IR puts it at x */
		n = lower_conv_op(L, release_has(FEAT_UNIFIED_IR) ? e->u.call.args.v[0]->pos : e->pos, args.v[0], fun->type);
		return n;
	}
	n = ir_node(OCALLFUNC, e->pos, lower_type(L, e->type));
	n->x = fun;
	if (e->u.call.ellipsis)
		n->flags |= NF_ISDDD;
	for (i = 0; i < args.n; i++)
		nl_push(&n->list, args.v[i]);
	if (fun->op == OMETHVALUE) {
		fun->op = is_iface(fun->x->type) ? ODOTINTER : ODOTMETH;
		fun->type = lower_type(L, fun->sel->type);
	}
	/* gc's transformCall */
	lower_set_pos(L, n);
	rewrite_non_name_call(L, n);
	if (!(n->flags & NF_ISDDD) && is_tuple_arg(&n->list)) {
		if (!release_has(FEAT_UNIFIED_IR))
			n->orig = copy_node(n);   /* printed as written; unified IR prints the temporaries */
		lower_multi_value(L, n, n->list.v[0], &n->list);
	}
	if (n->x->op == ODOTINTER)
		n->op = OCALLINTER;
	else if (n->x->op == ODOTMETH)
		n->op = OCALLMETH;
	sig = type_core(n->x->type) ? type_core(n->x->type) : type_under(n->x->type);
	if (n->x->op == ODOTMETH || n->x->op == ODOTINTER)
		sig = lower_type(L, n->x->sel->type);
	L->callargs = &e->u.call.args;
	convert_args(L, &n->list, sig, (n->flags & NF_ISDDD) != 0);
	L->callargs = NULL;
	lower_attach_multi_init(L, n, &n->list, 0);
	recvargs = 0;
	if (n->op == OCALLMETH) {
		/* x.M(args) becomes T.M(x, args) */
		recvargs = 1;
		Node *dot = n->x, *fn = ir_node(OMETHEXPR, dot->pos, NULL);
		Node *recv = dot->x;
		fn->x = lower_type_node(L, recv->type, dot->pos);
		fn->sel = dot->sel;
		fn->name = dot->sel->name;
		fn->type = lower_type(L, dot->sel->type);
		nl_insert(&n->list, 0, recv);
		n->x = fn;
		n->op = OCALLFUNC;
	}
	/* unified IR: typecheck's FixVariadicCall, as the call is read */
	if (release_has(FEAT_UNIFIED_IR))
		fix_variadic(L, n, sig, recvargs);
	return n;
}
