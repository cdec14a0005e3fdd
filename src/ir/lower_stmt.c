/* lower_stmt.c: statements, as gc's front end shapes them: nested
 * blocks are flattened into their enclosing list, := declares its new
 * names after evaluating the right side, var declares them before,
 * multi-value assignments become OAS2FUNC/OAS2MAPR/OAS2RECV/
 * OAS2DOTTYPE, select cases receive through OSELRECV2. */
#include <string.h>

#include "ir.h"

static bool is_iface(Type *t)
{
	return t && !is_typeparam(t) && type_under(t)->kind == TYPE_INTERFACE;
}

/* Appends s to out, flattening blocks as gc's statement lists do. */
static void append_flat(NodeList *out, Node *s)
{
	int i;
	if (!s)
		return;
	if (s->op == OBLOCK && s->init.n == 0) {
		for (i = 0; i < s->list.n; i++)
			nl_push(out, s->list.v[i]);
		return;
	}
	nl_push(out, s);
}

static Node *lower_one(Lower *L, Stmt *s)
{
	NodeList l = {0};
	Node *b;
	if (!s)
		return NULL;
	lower_stmt(L, s, &l);
	if (l.n == 0)
		return NULL;
	if (l.n == 1)
		return l.v[0];
	b = ir_node(OBLOCK, NOPOS, NULL);
	b->list = l;
	return b;
}

void lower_block(Lower *L, StmtList *list, NodeList *out)
{
	int i;
	for (i = 0; i < list->n; i++)
		lower_stmt(L, list->v[i], out);
}

/* The type a value assigned to lhs->v[i] is converted to: the left
 * side's, or for a blank the type its var declaration gives (decl,
 * NULL outside declarations). */
static Type *assign_type(NodeList *lhs, Type **decl, int i)
{
	if (!ir_is_blank(lhs->v[i]))
		return lhs->v[i]->type;
	return decl ? decl[i] : NULL;
}

/* Unified IR: a comma-ok form assigns two temporaries, at the
 * statement's position, which are then copied (and converted) into the
 * left sides. In a select case only the temporaries are made here. */
static bool commaok_temps(Lower *L, Node *stmt, Op op, NodeList *lhs, NodeList *rhs, Type **decl)
{
	Node *r = rhs->v[0], *v, *ok, *as;
	IrFunc *fn = L->curfn ? L->curfn : L->initfn;
	Pos pos = stmt->pos;
	if (!release_has(FEAT_UNIFIED_IR) || !r->type)
		return false;
	v = ir_temp(fn, pos, r->type);
	ok = ir_temp(fn, pos, typ_basic[KIND_BOOL]);
	if (L->incomm)
		return false;
	as = ir_node(op, pos, NULL);
	nl_push(&as->list, v);
	nl_push(&as->list, ok);
	nl_push(&as->rlist, r);
	as->flags |= NF_DEF;
	v->nm->defn = as;
	ok->nm->defn = as;
	nl_push(&as->init, ir_node1(ODCL, pos, NULL, v));
	nl_push(&as->init, ir_node1(ODCL, pos, NULL, ok));
	stmt->op = OAS2;
	nl_push(&stmt->init, as);
	rhs->n = 0;
	nl_push(rhs, lower_assign_conv(L, v, assign_type(lhs, decl, 0)));
	nl_push(rhs, lower_assign_conv(L, ok, assign_type(lhs, decl, 1)));
	/* a type assertion's value reaches a left side of its own type
	 * through a conversion that prints (unified IR's T(tmp)) */
	if (op == OAS2DOTTYPE && rhs->v[0] == v && !ir_is_blank(lhs->v[0])) {
		Node *c = ir_node(OCONVNOP, pos, v->type);
		c->x = v;
		rhs->v[0] = c;
	}
	return true;
}

/* gc's transformAssign: the comma-ok forms, f() with several results,
 * and conversions of each right side to its left side's type. */
static void fix_assign(Lower *L, Node *stmt, NodeList *lhs, NodeList *rhs, Type **decl)
{
	int cr = rhs->n, i;
	if (lhs->n == 2 && rhs->n == 1) {
		/* the comma-ok forms (their recorded type is a pair) */
		Node *r = rhs->v[0];
		Op op = r->op == OINDEXMAP ? OAS2MAPR : r->op == ORECV ? OAS2RECV : r->op == ODOTTYPE ? OAS2DOTTYPE : OXXX;
		if (op != OXXX) {
			if (op == OAS2DOTTYPE)
				r->op = ODOTTYPE2;
			if (commaok_temps(L, stmt, op, lhs, rhs, decl))
				return;
			if (op == OAS2DOTTYPE)
				r->op = ODOTTYPE;
		}
		switch (r->op) {
		case OINDEXMAP: stmt->op = OAS2MAPR; inst_commaok_conv(L, stmt, lhs, rhs); return;
		case ORECV: stmt->op = OAS2RECV; inst_commaok_conv(L, stmt, lhs, rhs); return;
		case ODOTTYPE: stmt->op = OAS2DOTTYPE; r->op = ODOTTYPE2; inst_commaok_conv(L, stmt, lhs, rhs); return;
		default: break;
		}
	}
	if (rhs->n == 1 && rhs->v[0]->type && rhs->v[0]->type->kind == TYPE_TUPLE)
		cr = rhs->v[0]->type->u.tuple.n;
	if (lhs->n != cr)
		return;
	if (cr > rhs->n) {
		Node *call = rhs->v[0];
		bool mismatched = false;
		stmt->op = OAS2FUNC;
		for (i = 0; i < lhs->n; i++) {
			Type *rt = call->type->u.tuple.vars[i]->type, *lt = assign_type(lhs, decl, i);
			if (lt && !types_identical(lt, rt))
				mismatched = true;
		}
		/* unified IR assigns every result to a temporary, at the
		 * statement's position, and copies them */
		if (release_has(FEAT_UNIFIED_IR)) {
			mismatched = true;
			L->curpos = stmt->pos;
		}
		if (mismatched) {
			/* through temporaries, then converted */
			NodeList tmps = {0};
			lower_multi_value(L, stmt, call, &tmps);
			stmt->op = OAS2;
			rhs->n = 0;
			for (i = 0; i < tmps.n; i++)
				nl_push(rhs, lower_assign_conv(L, tmps.v[i], assign_type(lhs, decl, i)));
			lower_attach_multi_init(L, stmt, rhs, 0);
		}
		return;
	}
	for (i = 0; i < rhs->n; i++)
		rhs->v[i] = lower_assign_conv(L, rhs->v[i], assign_type(lhs, decl, i));
}

/* go1.21 on, gc wraps a go or defer call as it type-checks the
 * statement: the operands evaluated at the statement are copied into
 * temporaries then, so they are numbered before anything that follows.
 * Escape analysis builds the wrapper later; the temporaries it takes
 * are reserved here, in the same order, in the statement's rlist. */
static void reserve_operand(Lower *L, Node *arg, Node *stmt)
{
	int i;
	switch (arg->op) {
	case OLITERAL: case ONIL: case OMETHEXPR: case ONEW:
		return;
	case ONAME:
		if (arg->nm->class == PFUNC)
			return;
		break;
	case OARRAYLIT: case OSLICELIT: case OSTRUCTLIT:
		for (i = 0; i < arg->list.n; i++) {
			Node *el = arg->list.v[i];
			reserve_operand(L, el->op == OKEY || el->op == OSTRUCTKEY ? el->y : el, stmt);
		}
		return;
	default:
		break;
	}
	nl_push(&stmt->rlist, ir_temp(L->curfn ? L->curfn : L->initfn, arg->pos, arg->type));
}

static void reserve_godefer_temps(Lower *L, Node *stmt)
{
	Node *call = stmt->x;
	int i;
	if (!release_has(FEAT_GODEFER_NORMAL) || !call)
		return;
	switch (call->op) {
	case OCALLFUNC: {
		Type *sig = type_under(call->x->type);
		if (sig->kind == TYPE_SIGNATURE && type_tuple_len(sig->u.sig.params) + type_tuple_len(sig->u.sig.results) == 0 &&
		    call->list.n == 0)
			return;
		reserve_operand(L, call->x, stmt);
		break;
	}
	case OCALLINTER:
		nl_push(&stmt->rlist, ir_temp(L->curfn ? L->curfn : L->initfn, call->x->x->pos, call->x->x->type));
		break;
	case OCOPY:
		reserve_operand(L, call->x, stmt);
		reserve_operand(L, call->y, stmt);
		return;
	case OCLEAR: case OCLOSE: case OPANIC:
		reserve_operand(L, call->x, stmt);
		return;
	case OAPPEND: case ODELETE: case OPRINT: case OPRINTN: case ORECOVER:
		break;
	default:
		return;
	}
	for (i = 0; i < call->list.n; i++)
		reserve_operand(L, call->list.v[i], stmt);
}

/* The left side of := or =: new names are defined, others used. */
static void assign_list(Lower *L, ExprList *exprs, bool def, NodeList *out, NodeList *names)
{
	int i;
	if (!def) {
		lower_exprs(L, exprs, out);
		return;
	}
	for (i = 0; i < exprs->n; i++) {
		Expr *e = exprs->v[i];
		Node *n;
		if (e->u.ident.name[0] == '_' && e->u.ident.name[1] == 0) {
			nl_push(out, L->blank);
			continue;
		}
		if (e->u.ident.use) {
			nl_push(out, lower_use(L, e));
			continue;
		}
		n = lower_def(L, e);
		nl_push(names, n);
		nl_push(out, n);
	}
}

static void predeclare_names(Lower *L, ExprList *exprs)
{
	int i;
	for (i = 0; i < exprs->n; i++) {
		Expr *e = exprs->v[i];
		if (e->kind == EXPR_IDENT && !e->u.ident.use && !(e->u.ident.name[0] == '_' && e->u.ident.name[1] == 0))
			lower_def(L, e);
	}
}

/* := declares its new names in the statement's init. */
static bool init_defn(Node *stmt, NodeList *names)
{
	int i;
	for (i = 0; i < names->n; i++) {
		Node *n = names->v[i];
		n->nm->defn = stmt;
		nl_push(&stmt->init, ir_node1(ODCL, n->pos, NULL, n));
	}
	return names->n > 0;
}

static Node *lower_assign(Lower *L, Stmt *s)
{
	Token tok = s->u.assign.tok;
	Node *n;
	NodeList rhs = {0}, lhs = {0}, names = {0};
	if (tok != TOK_ASSIGN && tok != TOK_DEFINE) {
		static const struct { Token t; Op op; } ops[] = {
			{TOK_ADD_ASSIGN, OADD}, {TOK_SUB_ASSIGN, OSUB}, {TOK_MUL_ASSIGN, OMUL},
			{TOK_QUO_ASSIGN, ODIV}, {TOK_REM_ASSIGN, OMOD}, {TOK_AND_ASSIGN, OAND},
			{TOK_OR_ASSIGN, OOR}, {TOK_XOR_ASSIGN, OXOR}, {TOK_SHL_ASSIGN, OLSH},
			{TOK_SHR_ASSIGN, ORSH}, {TOK_AND_NOT_ASSIGN, OANDNOT},
		};
		Node *r, *l;
		int i;
		n = ir_node(OASOP, s->pos, NULL);
		for (i = 0; i < NELEM(ops); i++)
			if (ops[i].t == tok)
				n->asop = ops[i].op;
		Pos p0 = L->curpos, p1;
		lower_precapture(L, s->u.assign.lhs.v[0]);
		r = lower_expr(L, s->u.assign.rhs.v[0]);
		p1 = L->curpos;
		l = lower_expr(L, s->u.assign.lhs.v[0]);
		if (L->inst && p1 != p0)
			L->curpos = p1;   /* stenciling visits the left side first */
		n->x = l;
		n->y = r;
		return n;
	}
	{
		Pos p0 = L->curpos, p1;
		/* unified IR reads the names a := declares before its right
		 * side: temporaries made there are numbered after them */
		if (tok == TOK_DEFINE && release_has(FEAT_UNIFIED_IR))
			predeclare_names(L, &s->u.assign.lhs);
		if (tok == TOK_ASSIGN) {
			int i;
			for (i = 0; i < s->u.assign.lhs.n; i++)
				lower_precapture(L, s->u.assign.lhs.v[i]);
		}
		lower_exprs(L, &s->u.assign.rhs, &rhs);
		p1 = L->curpos;
		assign_list(L, &s->u.assign.lhs, tok == TOK_DEFINE, &lhs, &names);
		if (L->inst && p1 != p0)
			L->curpos = p1;   /* stenciling visits the left side first */
	}
	if (lhs.n == 1 && rhs.n == 1) {
		n = ir_node2(OAS, s->pos, NULL, lhs.v[0], rhs.v[0]);
		if (init_defn(n, &names))
			n->flags |= NF_DEF;
		fix_assign(L, n, &lhs, &rhs, NULL);
		n->x = lhs.v[0];
		n->y = rhs.v[0];
		return n;
	}
	n = ir_node(OAS2, s->pos, NULL);
	n->list = lhs;
	n->rlist = rhs;
	if (init_defn(n, &names))
		n->flags |= NF_DEF;
	fix_assign(L, n, &n->list, &n->rlist, NULL);
	return n;
}

static Node *lower_incdec(Lower *L, Stmt *s)
{
	Node *n = ir_node(OASOP, s->pos, NULL);
	Node *x = lower_expr(L, s->u.incdec.x);
	n->asop = s->u.incdec.tok == TOK_INC ? OADD : OSUB;
	/* gc keeps x++ as such only in bodies read from export data;
	 * its own package's x++ prints as x += 1. */
	if (lower_inst_imported(L))
		n->flags |= NF_INCDEC;
	n->x = x;
	n->y = ir_literal(s->pos, x->type, const_int64(1));
	/* the 1 converted to x's type keeps its untyped original */
	n->y->orig = ir_literal(s->pos, typ_basic[KIND_UNTYPED_INT], const_int64(1));
	return n;
}

static Node *lower_return(Lower *L, Stmt *s)
{
	Node *n = ir_node(ORETURN, s->pos, NULL);
	IrFunc *fn = L->curfn;
	Type *results = fn->type->u.sig.results;
	int i;
	lower_exprs(L, &s->u.ret.results, &n->rlist);
	if (n->rlist.n == 1 && n->rlist.v[0]->type && n->rlist.v[0]->type->kind == TYPE_TUPLE) {
		n->orig = ir_node(ORETURN, s->pos, NULL);
		*n->orig = *n;
		/* unified IR: the results' temporaries at the return */
		if (release_has(FEAT_UNIFIED_IR))
			L->curpos = s->pos;
		lower_multi_value(L, n, n->rlist.v[0], &n->rlist);
	}
	if (n->rlist.n == 0)
		return n;
	{
		/* as gc's typecheckaste, which restores the position after */
		Pos save = L->curpos;
		for (i = 0; i < n->rlist.n && i < type_tuple_len(results); i++) {
			lower_set_pos(L, n->rlist.v[i]);
			/* unified IR: each result converted where it is written
			 * (one variable's node serves every use of it) */
			if (release_has(FEAT_UNIFIED_IR) && !n->orig && s->u.ret.results.n == n->rlist.n)
				L->convpos = s->u.ret.results.v[i]->pos;
			n->rlist.v[i] = lower_assign_conv(L, n->rlist.v[i], lower_type(L, results->u.tuple.vars[i]->type));
		}
		L->curpos = save;
	}
	if (n->orig)
		lower_attach_multi_init(L, n, &n->rlist, 0);   /* unified IR: return f() as f(g()) */
	return n;
}

static Node *lower_if(Lower *L, Stmt *s)
{
	Node *init = lower_one(L, s->u.ifs.init);
	Node *n = ir_node(OIF, s->pos, NULL);
	n->x = lower_expr(L, s->u.ifs.cond);
	lower_block(L, &s->u.ifs.body->u.block.list, &n->body);
	if (s->u.ifs.els) {
		Node *e = lower_one(L, s->u.ifs.els);
		append_flat(&n->els, e);
	}
	if (init)
		nl_push(&n->init, init);
	return n;
}

/* go1.22 on: the loop's variables are per-iteration (loopvar.c
 * decides which must be copied) */
static void distinct_vars(Lower *L, Node *loop)
{
	if (release_has(FEAT_LOOPVAR) && pkg_lang_at_least(L->pkg, loop->pos, 1, feature_lang(FEAT_LOOPVAR)))
		loop->flags |= NF_DISTINCTVARS;
}

static Node *lower_for(Lower *L, Stmt *s)
{
	Node *n = ir_node(OFOR, s->pos, NULL);
	distinct_vars(L, n);
	Node *init = lower_one(L, s->u.fors.init);
	n->x = lower_expr(L, s->u.fors.cond);
	n->y = lower_one(L, s->u.fors.post);
	lower_block(L, &s->u.fors.body->u.block.list, &n->body);
	if (init)
		nl_push(&n->init, init);
	return n;
}

static Node *lower_range(Lower *L, Stmt *s)
{
	Node *n = ir_node(ORANGE, s->u.range.rangepos ? s->u.range.rangepos : s->pos, NULL);
	NodeList lhs = {0}, names = {0};
	ExprList l;
	Expr *v[2];
	int k = 0;
	if (s->u.range.key)
		v[k++] = s->u.range.key;
	if (s->u.range.value)
		v[k++] = s->u.range.value;
	l.v = v;
	l.n = k;
	assign_list(L, &l, s->u.range.tok == TOK_DEFINE, &lhs, &names);
	n->y = lhs.n > 0 ? lhs.v[0] : NULL;
	n->z = lhs.n > 1 ? lhs.v[1] : NULL;
	n->x = lower_expr(L, s->u.range.x);
	distinct_vars(L, n);
	lower_block(L, &s->u.range.body->u.block.list, &n->body);
	if (init_defn(n, &names))
		n->flags |= NF_DEF;
	return n;
}

static bool case_assignable(Type *ct, Type *tt)
{
	if (types_identical(ct, tt) || is_untyped(ct))
		return true;
	return is_iface(tt) && types_implements(ct, tt, NULL);
}

/* Unified IR compares a switch's tag and its cases in one type: the
 * tag's, or any when some case cannot be assigned to it and one of the
 * two is an interface. Channels are compared as they are. */
static void convert_switch_cases(Lower *L, Node *sw)
{
	Type *tt;
	int i, j;
	if (!sw->x || !sw->x->type || type_under(sw->x->type)->kind == TYPE_CHAN)
		return;
	tt = sw->x->type;
	for (i = 0; i < sw->list.n; i++)
		for (j = 0; j < sw->list.v[i]->list.n; j++) {
			Type *ct = sw->list.v[i]->list.v[j]->type;
			if (ct && !case_assignable(ct, tt) && (is_iface(ct) || is_iface(tt)))
				tt = typ_empty_iface;
		}
	sw->x = lower_assign_conv(L, sw->x, tt);
	for (i = 0; i < sw->list.n; i++)
		for (j = 0; j < sw->list.v[i]->list.n; j++)
			sw->list.v[i]->list.v[j] = lower_assign_conv(L, sw->list.v[i]->list.v[j], tt);
}

static Expr *last_field_type(FieldList *l)
{
	return l && l->n ? l->list[l->n - 1]->type : NULL;
}

/* Unified IR places a type switch clause's variable at the "end" of
 * the clause's last type as gc's noder sees it: the name a type
 * expression ends in. */
static Pos type_expr_end_pos(Expr *e)
{
	for (;;) {
		Expr *next = NULL;
		switch (e->kind) {
		case EXPR_IDENT: return e->pos;
		case EXPR_SELECTOR: return e->u.selector.x->pos;
		case EXPR_PAREN: next = e->u.paren.x; break;
		case EXPR_STAR: next = e->u.star.x; break;
		case EXPR_ARRAYTYPE: next = e->u.arraytype.elt; break;
		case EXPR_CHANTYPE: next = e->u.chantype.value; break;
		case EXPR_ELLIPSIS: next = e->u.ellipsis.elt; break;
		case EXPR_MAPTYPE: next = e->u.maptype.value; break;
		case EXPR_STRUCTTYPE: return e->pos;
		case EXPR_INTERFACETYPE:
			if (!(next = last_field_type(e->u.interfacetype.methods)))
				return e->pos;
			break;
		case EXPR_FUNCTYPE:
			if (!(next = last_field_type(e->u.functype.results)) && !(next = last_field_type(e->u.functype.params)))
				return e->pos;
			break;
		case EXPR_INDEX: next = e->u.index.index; break;
		case EXPR_INDEXLIST: next = e->u.indexlist.indices.v[e->u.indexlist.indices.n - 1]; break;
		default: return e->pos;
		}
		if (!next)
			return e->pos;
		e = next;
	}
}

static Node *lower_switch(Lower *L, Stmt *s, bool typesw)
{
	Node *init = lower_one(L, typesw ? s->u.typeswitch.init : s->u.switchs.init);
	Node *n = ir_node(typesw ? OTYPESW : OSWITCH, s->pos, NULL);
	Stmt *body = typesw ? s->u.typeswitch.body : s->u.switchs.body;
	int i;
	if (typesw) {
		Stmt *a = s->u.typeswitch.assign;
		Expr *guard = a->kind == STMT_ASSIGN ? a->u.assign.rhs.v[0] : a->u.expr.x;
		if (a->kind == STMT_ASSIGN)
			n->name = a->u.assign.lhs.v[0]->u.ident.name;
		n->x = lower_expr(L, ast_unparen(guard)->u.typeassert.x);
	} else {
		n->x = s->u.switchs.tag ? lower_expr(L, s->u.switchs.tag) : NULL;
	}
	for (i = 0; i < body->u.block.list.n; i++) {
		Stmt *cl = body->u.block.list.v[i];
		Node *c = ir_node(OCASE, cl->pos, NULL);
		if (L->inst && cl->pos)
			L->curpos = cl->pos;   /* gc's stenciling enters the clause */
		if (typesw && cl->u.caseclause.implicit) {
			Pos vpos = cl->u.caseclause.colon;
			Node *cv;
			if (release_has(FEAT_UNIFIED_IR))
				vpos = cl->u.caseclause.list.n ? type_expr_end_pos(cl->u.caseclause.list.v[cl->u.caseclause.list.n - 1]) : cl->pos;
			cv = lower_obj(L, cl->u.caseclause.implicit, vpos);
			cv->pos = vpos;
			cv->nm->defn = n;
			c->x = cv;
		}
		lower_exprs(L, &cl->u.caseclause.list, &c->list);
		lower_block(L, &cl->u.caseclause.body, &c->body);
		nl_push(&n->list, c);
	}
	if (!typesw && release_has(FEAT_UNIFIED_IR))
		convert_switch_cases(L, n);
	if (!typesw)
		inst_switch_tag(L, n);   /* in an instance: shaped values compare as interfaces */
	if (init)
		nl_push(&n->init, init);
	return n;
}

/* select cases: receives become OSELRECV2 */
static Node *lower_select(Lower *L, Stmt *s)
{
	Node *n = ir_node(OSELECT, s->pos, NULL);
	Stmt *body = s->u.select.body;
	int i;
	for (i = 0; i < body->u.block.list.n; i++) {
		Stmt *cl = body->u.block.list.v[i];
		Node *c = ir_node(OCASE, cl->pos, NULL);
		Node *comm;
		L->incomm = true;
		comm = lower_one(L, cl->u.comm.comm);
		L->incomm = false;
		if (comm) {
			Node *sr = NULL;
			switch (comm->op) {
			case OAS: {
				Node *r = comm->y;
				if ((r->op == OCONVNOP || r->op == OCONVIFACE) && (r->flags & NF_IMPLICIT))
					r = r->x;
				sr = ir_node(OSELRECV2, comm->pos, NULL);
				nl_push(&sr->list, comm->x);
				nl_push(&sr->list, L->blank);
				nl_push(&sr->rlist, r);
				if (comm->x->op == ONAME && comm->x->nm->defn == comm)
					comm->x->nm->defn = sr;
				sr->flags = comm->flags & NF_DEF;
				sr->init = comm->init;
				break;
			}
			case OAS2RECV:
				comm->op = OSELRECV2;
				break;
			case ORECV:
				sr = ir_node(OSELRECV2, comm->pos, NULL);
				nl_push(&sr->list, L->blank);
				nl_push(&sr->list, L->blank);
				nl_push(&sr->rlist, comm);
				sr->init = comm->init;
				comm->init.n = 0;
				break;
			default:
				break;
			}
			if (sr)
				comm = sr;
		}
		c->x = comm;
		lower_block(L, &cl->u.comm.body, &c->body);
		nl_push(&n->list, c);
	}
	return n;
}

/* The declared type of a var spec's name, lowered. */
static Type *decl_type(Lower *L, Expr *ident)
{
	Object *o = ident->u.ident.def;
	return o && o->type ? lower_type(L, o->type) : NULL;
}

/* var x, y T = a, b inside a function */
static void lower_var_spec(Lower *L, Spec *sp, NodeList *out)
{
	Pos pos = sp->u.value.names.v[0]->pos;
	NodeList names = {0}, values = {0};
	Node *as2 = NULL;
	Type **decl = NEWARRAY(ir_arena(), Type *, sp->u.value.names.n);
	int i;
	L->curpos = pos;
	/* var _ T = x converts x to T all the same: escape analysis
	 * reports a conversion to an interface */
	for (i = 0; i < sp->u.value.names.n; i++) {
		nl_push(&names, lower_def(L, sp->u.value.names.v[i]));
		decl[i] = decl_type(L, sp->u.value.names.v[i]);
	}
	lower_exprs(L, &sp->u.value.values, &values);
	if (release_has(FEAT_UNIFIED_IR)) {
		/* unified IR reads var x T as x = <nil> and var x = v as x := v,
		 * each name declared in the assignment's init */
		NodeList declared = {0};
		Node *n;
		for (i = 0; i < names.n; i++)
			if (!ir_is_blank(names.v[i]))
				nl_push(&declared, names.v[i]);
		if (!values.n) {
			for (i = 0; i < declared.n; i++) {
				n = ir_node2(OAS, pos, NULL, declared.v[i], NULL);
				nl_push(&n->init, ir_node1(ODCL, pos, NULL, declared.v[i]));
				declared.v[i]->nm->defn = n;
				nl_push(out, n);
			}
			return;
		}
		if (names.n == 1 && values.n == 1) {
			n = ir_node2(OAS, pos, NULL, names.v[0], values.v[0]);
			if (init_defn(n, &declared))
				n->flags |= NF_DEF;
			{
				NodeList l = {0}, r = {0};
				nl_push(&l, n->x);
				nl_push(&r, n->y);
				fix_assign(L, n, &l, &r, decl);
				n->y = r.v[0];
			}
			nl_push(out, n);
			return;
		}
		n = ir_node(OAS2, pos, NULL);
		n->list = names;
		n->rlist = values;
		if (init_defn(n, &declared))
			n->flags |= NF_DEF;
		fix_assign(L, n, &n->list, &n->rlist, decl);
		nl_push(out, n);
		return;
	}
	if (values.n && values.n != names.n)
		as2 = ir_node(OAS2, pos, NULL);
	for (i = 0; i < names.n; i++) {
		Node *name = names.v[i];
		if (!ir_is_blank(name))
			nl_push(out, ir_node1(ODCL, pos, NULL, name));
		else
			nl_push(out, ir_node1(ODCL, pos, NULL, name));
		if (as2) {
			nl_push(&as2->list, name);
			if (!ir_is_blank(name))
				name->nm->defn = as2;
		} else {
			Node *as = ir_node2(OAS, pos, NULL, name, NULL);
			if (values.n) {
				NodeList l = {0}, r = {0};
				as->y = values.v[i];
				if (!ir_is_blank(name))
					name->nm->defn = as;
				nl_push(&l, as->x);
				nl_push(&r, as->y);
				fix_assign(L, as, &l, &r, &decl[i]);
				as->y = r.v[0];
			}
			nl_push(out, as);
		}
	}
	if (as2) {
		as2->rlist = values;
		fix_assign(L, as2, &as2->list, &as2->rlist, decl);
		nl_push(out, as2);
	}
}

void lower_local_decl(Lower *L, Decl *d, NodeList *out)
{
	int i, j;
	if (d->kind != DECL_GEN)
		return;
	/* constants and types need no code, but gc keeps a declaration
	 * statement for each, which explanations print */
	if (d->u.gen.tok == TOK_CONST) {
		for (i = 0; i < d->u.gen.nspecs; i++)
			for (j = 0; j < d->u.gen.specs[i]->u.value.names.n; j++)
				nl_push(out, ir_node(ODCLCONST, d->u.gen.specs[i]->pos, NULL));
		return;
	}
	if (d->u.gen.tok == TOK_TYPE) {
		for (i = 0; i < d->u.gen.nspecs; i++)
			nl_push(out, ir_node(ODCLTYPE, d->u.gen.specs[i]->pos, NULL));
		return;
	}
	if (d->u.gen.tok != TOK_VAR)
		return;
	for (i = 0; i < d->u.gen.nspecs; i++)
		lower_var_spec(L, d->u.gen.specs[i], out);
}

void lower_stmt(Lower *L, Stmt *s, NodeList *out)
{
	Node *n = NULL;
	if (!s)
		return;
	if (L->inst && s->pos && s->kind != STMT_EMPTY)
		L->curpos = s->pos;   /* stenciling visits statements too (lower_inst.c) */
	switch (s->kind) {
	case STMT_EMPTY: case STMT_BAD:
		return;
	case STMT_LABELED: {
		Node *lab = ir_node(OLABEL, s->pos, NULL);
		lab->name = s->u.labeled.label->u.ident.name;
		nl_push(out, lab);
		lower_stmt(L, s->u.labeled.stmt, out);
		/* a loop knows its label */
		if (out->n && out->v[out->n - 1] != lab && (out->v[out->n - 1]->op == OFOR || out->v[out->n - 1]->op == ORANGE))
			out->v[out->n - 1]->name = lab->name;
		return;
	}
	case STMT_BLOCK:
		lower_block(L, &s->u.block.list, out);
		return;
	case STMT_EXPR:
		n = lower_expr(L, s->u.expr.x);
		break;
	case STMT_SEND:
		n = ir_node(OSEND, s->pos, NULL);
		n->x = lower_expr(L, s->u.send.chan);
		n->y = lower_expr(L, s->u.send.value);
		n->y = lower_assign_conv(L, n->y, type_elem(n->x->type));
		break;
	case STMT_DECL:
		lower_local_decl(L, s->u.decl.decl, out);
		return;
	case STMT_ASSIGN:
		n = lower_assign(L, s);
		break;
	case STMT_INCDEC:
		n = lower_incdec(L, s);
		break;
	case STMT_BRANCH: {
		static const struct { Token t; Op op; } ops[] = {
			{TOK_BREAK, OBREAK}, {TOK_CONTINUE, OCONTINUE}, {TOK_FALLTHROUGH, OFALL}, {TOK_GOTO, OGOTO},
		};
		int i;
		n = ir_node(OBREAK, s->pos, NULL);
		for (i = 0; i < NELEM(ops); i++)
			if (ops[i].t == s->u.branch.tok)
				n->op = ops[i].op;
		if (s->u.branch.label)
			n->name = s->u.branch.label->u.ident.name;
		break;
	}
	case STMT_GO: case STMT_DEFER:
		n = ir_node(s->kind == STMT_GO ? OGO : ODEFER, s->pos, NULL);
		n->x = lower_expr(L, s->kind == STMT_GO ? s->u.go.call : s->u.defer.call);
		if (s->kind == STMT_DEFER && s->u.defer.deferat) {
			n->flags |= NF_DEFERAT;
			n->y = lower_expr(L, s->u.defer.deferat);
		}
		reserve_godefer_temps(L, n);
		break;
	case STMT_RETURN:
		n = lower_return(L, s);
		break;
	case STMT_IF:
		n = lower_if(L, s);
		break;
	case STMT_FOR:
		n = lower_for(L, s);
		break;
	case STMT_RANGE:
		n = lower_range(L, s);
		break;
	case STMT_SWITCH:
		n = lower_switch(L, s, false);
		break;
	case STMT_TYPESWITCH:
		n = lower_switch(L, s, true);
		break;
	case STMT_SELECT:
		n = lower_select(L, s);
		break;
	default:
		BUG("lower: unexpected statement %s", ast_stmt_kind_name(s->kind));
	}
	(void)is_iface;
	append_flat(out, n);
}
