/* fmt.c: nodes printed the way gc prints them in its -m diagnostics
 * (gc's fmtGo mode): "&T{...}", "make([]int, n)", "... argument",
 * "func literal", "(*T).M". Their types print through the types
 * layer's gc_fmt_type (types/gcfmt.c). */
#include <stdio.h>
#include <string.h>

#include "types/types.h"
#include "ir.h"

const char *gc_type_string(Type *t)
{
	Buf b = {0};
	const char *s;
	gc_fmt_type(&b, t, NULL);
	s = arena_strndup(ir_arena(), b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

/* --- nodes ------------------------------------------------------------------ */

static void fmt_expr(Buf *b, Node *n, int prec);
static void fmt_stmt(Buf *b, Node *n);

static void fmt_list(Buf *b, NodeList *l, const char *sep)
{
	int i;
	for (i = 0; i < l->n; i++) {
		if (i)
			buf_puts(b, sep);
		fmt_expr(b, l->v[i], 0);
	}
}

static bool is_untyped_rune(Type *t)
{
	return t && t->kind == TYPE_BASIC && t->u.basic.kind == KIND_UNTYPED_RUNE;
}

static void fmt_literal(Buf *b, Node *n)
{
	bool unparen = false;
	if (n->name && !release_has(FEAT_CONST_AS_VALUE)) {
		/* a named constant prints as its name */
		buf_puts(b, n->name);
		return;
	}
	if (release_has(FEAT_LITERAL_DEFAULT_BARE) && n->val) {
		/* a rune as 'x'; the type only when it is not the value's
		 * default type or untyped; the value as go/constant prints it */
		static const BasicKind deflt[] = {
			[CONST_BOOL] = KIND_BOOL, [CONST_STRING] = KIND_STRING, [CONST_INT] = KIND_INT,
			[CONST_FLOAT] = KIND_FLOAT64, [CONST_COMPLEX] = KIND_COMPLEX128,
		};
		int k = const_kind(n->val);
		uint64_t r;
		if ((n->type == typ_rune || (n->type && is_untyped_rune(n->type))) && const_uint64_val(n->val, &r) &&
		    r <= RUNE_MAX) {
			buf_putc(b, '\'');
			go_escape_rune(b, (int32_t)r, '\'');
			buf_putc(b, '\'');
			return;
		}
		if (!n->type || is_untyped(n->type) || (k >= CONST_BOOL && k <= CONST_COMPLEX && n->type == typ_basic[deflt[k]])) {
			buf_puts(b, const_str(n->val));
		} else {
			gc_fmt_type(b, n->type, NULL);
			buf_printf(b, "(%s)", const_str(n->val));
		}
		return;
	}
	if (n->type && !is_untyped(n->type)) {
		Type *u = n->type;
		if (u->kind == TYPE_POINTER || (u->kind == TYPE_CHAN && u->u.chan.dir == CHANDIR_RECV)) {
			buf_putc(b, '(');
			gc_fmt_type(b, n->type, NULL);
			buf_puts(b, ")(");
		} else {
			gc_fmt_type(b, n->type, NULL);
			buf_putc(b, '(');
		}
		unparen = true;
	}
	buf_puts(b, n->val ? const_gc_str(n->val, is_untyped_rune(n->type)) : "<nil>");
	if (unparen)
		buf_putc(b, ')');
}

static Node *skip_implicit(Node *n)
{
	for (;;) {
		/* unified IR keeps a constant's value, not how it was written */
		if (n->op == OLITERAL && n->val && release_has(FEAT_CONST_AS_VALUE))
			return n;
		if (n->orig && n->orig != n) {
			n = n->orig;
			continue;
		}
		switch (n->op) {
		case OADDR: case ODEREF: case OCONV: case OCONVNOP: case OCONVIFACE: case OCONVIDATA:
			if (n->flags & NF_IMPLICIT) {
				n = n->x;
				continue;
			}
			break;
		default:
			break;
		}
		return n;
	}
}

static void fmt_conv_type(Buf *b, Type *t)
{
	/* unnamed types are parenthesised: (interface {})(x), ([]byte)(s) */
	if (t->kind == TYPE_NAMED || t->kind == TYPE_BASIC || t->kind == TYPE_TYPEPARAM || t == typ_any) {
		gc_fmt_type(b, t, NULL);
	} else {
		buf_putc(b, '(');
		gc_fmt_type(b, t, NULL);
		buf_putc(b, ')');
	}
}

static void fmt_expr(Buf *b, Node *n, int prec)
{
	int nprec;
	if (!n) {
		buf_puts(b, "<nil>");
		return;
	}
	n = skip_implicit(n);
	nprec = op_prec[n->op];
	if (n->op == OLITERAL && n->val && release_has(FEAT_CONST_AS_VALUE)) {
		fmt_literal(b, n);
		return;
	}
	if (n->op == OLITERAL && n->raw && n->asop)
		nprec = op_prec[n->asop];
	if (n->op == OTYPE && n->type && n->type->kind == TYPE_POINTER)
		nprec = op_prec[ODEREF];
	if (nprec < 0) {
		fmt_stmt(b, n);
		return;
	}
	if (prec > nprec) {
		buf_putc(b, '(');
		fmt_expr(b, n, 0);
		buf_putc(b, ')');
		return;
	}
	if (n->raw) {
		buf_puts(b, n->raw);
		return;
	}
	switch (n->op) {
	case OPAREN:
		buf_putc(b, '(');
		fmt_expr(b, n->x, 0);
		buf_putc(b, ')');
		break;
	case ONIL:
		buf_puts(b, "nil");
		break;
	case OLITERAL:
		fmt_literal(b, n);
		break;
	case ONAME:
		if (n->nm->sym[0] == '~' && n->nm->sym[1] == 'b')
			buf_puts(b, "_");
		else if (n->nm->class == PFUNC && n->func)
			buf_puts(b, ir_func_name(n->func));
		else if (n->nm->class == PFUNC || n->nm->class == PEXTERN) {
			if (n->nm->obj)
				gc_fmt_qual(b, n->nm->obj->pkg);
			buf_puts(b, n->nm->sym);
		} else {
			/* a local of a generic body from another package, in
			 * one of its instances here, is named as that package's */
			Pkg *pkg = n->nm->obj ? n->nm->obj->pkg : n->nm->pkg;
			if (pkg && pkg != gc_fmt_local() && !n->nm->autotmp)
				gc_fmt_qual(b, pkg);
			buf_puts(b, n->nm->sym);
		}
		break;
	case OTYPE:
		gc_fmt_type(b, n->type, NULL);
		break;
	case OCLOSURE:
		buf_puts(b, "func literal");
		break;
	case OCOMPLIT:
		if (n->flags & NF_IMPLICIT) {
			buf_puts(b, "... argument");
			break;
		}
		gc_fmt_type(b, n->type, NULL);
		buf_puts(b, n->list.n ? "{...}" : "{}");
		break;
	case OPTRLIT:
		buf_putc(b, '&');
		fmt_expr(b, n->x, 0);
		break;
	case OSTRUCTLIT: case OARRAYLIT: case OSLICELIT: case OMAPLIT:
		if (n->flags & NF_IMPLICIT) {
			buf_puts(b, "... argument");
			break;
		}
		gc_fmt_type(b, n->type, NULL);
		buf_puts(b, n->list.n ? "{...}" : "{}");
		break;
	case OKEY:
		if (n->x)
			fmt_expr(b, n->x, 0);
		buf_putc(b, ':');
		if (n->y)
			fmt_expr(b, n->y, 0);
		break;
	case OSTRUCTKEY:
		buf_puts(b, n->sel ? n->sel->name : "?");
		buf_putc(b, ':');
		fmt_expr(b, n->y, 0);
		break;
	case ODOT: case ODOTPTR: case ODOTINTER: case ODOTMETH: case OMETHVALUE: case OMETHEXPR:
		fmt_expr(b, n->x, nprec);
		buf_putc(b, '.');
		buf_puts(b, n->name ? n->name : (n->sel ? n->sel->name : "<nil>"));
		break;
	case ODOTTYPE: case ODOTTYPE2:
		fmt_expr(b, n->x, nprec);
		buf_puts(b, ".(");
		gc_fmt_type(b, n->type, NULL);
		buf_putc(b, ')');
		break;
	case OINDEX: case OINDEXMAP:
		fmt_expr(b, n->x, nprec);
		buf_putc(b, '[');
		fmt_expr(b, n->y, 0);
		buf_putc(b, ']');
		break;
	case OSLICE: case OSLICESTR: case OSLICEARR: case OSLICE3: case OSLICE3ARR:
		fmt_expr(b, n->x, nprec);
		buf_putc(b, '[');
		if (n->y)
			fmt_expr(b, n->y, 0);
		buf_putc(b, ':');
		if (n->z)
			fmt_expr(b, n->z, 0);
		if (n->op == OSLICE3 || n->op == OSLICE3ARR) {
			buf_putc(b, ':');
			if (n->w)
				fmt_expr(b, n->w, 0);
		}
		buf_putc(b, ']');
		break;
	case OUNSAFESTRING: case OUNSAFESTRINGDATA: case OUNSAFESLICEDATA:
		/* gc has no text for these: its printer's fallback */
		buf_printf(b, "<node %s>", op_text[n->op]);
		break;
	case OCOMPLEX: case OCOPY: case OUNSAFEADD: case OUNSAFESLICE:
		buf_printf(b, "%s(", op_text[n->op]);
		fmt_expr(b, n->x, 0);
		buf_puts(b, ", ");
		fmt_expr(b, n->y, 0);
		buf_putc(b, ')');
		break;
	case OCONV: case OCONVIFACE: case OCONVIDATA: case OCONVNOP: case OBYTES2STR:
	case ORUNES2STR: case OSTR2BYTES: case OSTR2RUNES: case ORUNESTR: case OSLICE2ARRPTR: case OSLICE2ARR:
		fmt_conv_type(b, n->type);
		buf_putc(b, '(');
		fmt_expr(b, n->x, 0);
		buf_putc(b, ')');
		break;
	case ONEW:
		if (release_has(FEAT_UNIFIED_IR) && n->x && n->x->op == OTYPE && gc_has_shape(n->x->type)) {
			/* unified IR: a type of the instance's own, from its dictionary */
			buf_puts(b, "new(<node DYNAMICTYPE>)");
			break;
		}
		/* fall through */
	case OREAL: case OIMAG: case OCAP: case OCLOSE: case OLEN: case OPANIC:
	case OALIGNOF: case OOFFSETOF: case OSIZEOF: case OCLEAR:
		buf_printf(b, "%s(", op_text[n->op]);
		fmt_expr(b, n->x, 0);
		buf_putc(b, ')');
		break;
	case OAPPEND: case ODELETE: case OMAKE: case ORECOVER: case OPRINT: case OPRINTN: case OMIN: case OMAX:
		buf_printf(b, "%s(", op_text[n->op]);
		fmt_list(b, &n->list, ", ");
		buf_puts(b, (n->flags & NF_ISDDD) ? "...)" : ")");
		break;
	case OCALLFUNC: case OCALLINTER: case OCALLMETH:
		fmt_expr(b, n->x, nprec);
		buf_putc(b, '(');
		fmt_list(b, &n->list, ", ");
		buf_puts(b, (n->flags & NF_ISDDD) ? "...)" : ")");
		break;
	case OINLCALL:
		if (n->rlist.n == 1) {
			fmt_expr(b, n->rlist.v[0], 0);
		} else {
			buf_puts(b, "(.");
			fmt_list(b, &n->rlist, ", ");
			buf_putc(b, ')');
		}
		break;
	case OMAKEMAP: case OMAKECHAN: case OMAKESLICE:
		buf_puts(b, "make(");
		gc_fmt_type(b, n->type, NULL);
		if (n->z) {
			buf_puts(b, ", ");
			fmt_expr(b, n->y, 0);
			buf_puts(b, ", ");
			fmt_expr(b, n->z, 0);
		} else if (n->y && (n->op == OMAKESLICE || !is_untyped(n->y->type))) {
			buf_puts(b, ", ");
			fmt_expr(b, n->y, 0);
		}
		buf_putc(b, ')');
		break;
	case OPLUS: case ONEG: case OBITNOT: case ONOT: case ORECV: case OADDR:
		buf_puts(b, op_text[n->op]);
		if (n->x && n->x->op == n->op)
			buf_putc(b, ' ');
		fmt_expr(b, n->x, nprec + 1);
		break;
	case ODEREF:
		buf_putc(b, '*');
		fmt_expr(b, n->x, nprec + 1);
		break;
	case OADD: case OAND: case OANDNOT: case ODIV: case OEQ: case OGE: case OGT: case OLE:
	case OLT: case OLSH: case OMOD: case OMUL: case ONE: case OOR: case ORSH: case OSUB:
	case OXOR: case OANDAND: case OOROR:
		fmt_expr(b, n->x, nprec);
		buf_printf(b, " %s ", op_text[n->op]);
		fmt_expr(b, n->y, nprec + 1);
		break;
	case OSEND:
		fmt_expr(b, n->x, nprec);
		buf_puts(b, " <- ");
		fmt_expr(b, n->y, nprec + 1);
		break;
	case OADDSTR: {
		int i;
		for (i = 0; i < n->list.n; i++) {
			if (i)
				buf_puts(b, " + ");
			fmt_expr(b, n->list.v[i], nprec);
		}
		break;
	}
	default:
		buf_printf(b, "<node %s>", op_name[n->op]);
		break;
	}
}

/* A statement list, "; "-separated. */
static void fmt_stmts(Buf *b, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++) {
		if (i)
			buf_puts(b, "; ");
		ir_fmt_node(b, l->v[i]);
	}
}

/* Statements, as gc prints them in -m=2 explanations and in
 * "ignoring self-assignment" notes. */
static void fmt_stmt(Buf *b, Node *n)
{
	switch (n->op) {
	case ODCL:
		buf_printf(b, "var %s ", n->x->nm->sym);
		gc_fmt_type(b, n->x->type, NULL);
		break;
	case OAS:
		fmt_expr(b, n->x, 0);
		buf_puts(b, (n->flags & NF_DEF) ? " := " : " = ");
		fmt_expr(b, n->y, 0);
		break;
	case OASOP:
		if (n->flags & NF_INCDEC) {
			fmt_expr(b, n->x, 0);
			buf_puts(b, n->asop == OADD ? "++" : "--");
			break;
		}
		fmt_expr(b, n->x, 0);
		buf_printf(b, " %s= ", op_text[n->asop]);
		fmt_expr(b, n->y, 0);
		break;
	case OAS2: case OAS2DOTTYPE: case OAS2FUNC: case OAS2MAPR: case OAS2RECV:
		fmt_list(b, &n->list, ", ");
		buf_puts(b, (n->flags & NF_DEF) ? " := " : " = ");
		fmt_list(b, &n->rlist, ", ");
		break;
	case OBLOCK:
		fmt_list(b, &n->list, "; ");
		break;
	case ORETURN:
		buf_puts(b, "return ");
		fmt_list(b, &n->rlist, ", ");
		break;
	case OGO: case ODEFER:
		buf_puts(b, n->op == OGO ? "go " : "defer ");
		fmt_expr(b, n->x, 0);
		break;
	case OIF:
		/* A single init statement that declares nothing is printed
		 * in place; := inits carry their declarations and are not. */
		buf_puts(b, "if ");
		if (n->init.n == 1 && !(n->init.v[0]->flags & NF_DEF) && n->init.v[0]->op != OBLOCK) {
			ir_fmt_node(b, n->init.v[0]);
			buf_puts(b, "; ");
		}
		fmt_expr(b, n->x, 0);
		buf_puts(b, " { ");
		fmt_stmts(b, &n->body);
		buf_puts(b, " }");
		if (n->els.n) {
			buf_puts(b, " else { ");
			fmt_stmts(b, &n->els);
			buf_puts(b, " }");
		}
		break;
	case OFOR: case ORANGE:
		buf_puts(b, "for loop");
		break;
	case OSELECT:
		buf_puts(b, "select statement");
		break;
	case OSWITCH: case OTYPESW:
		buf_puts(b, "switch statement");
		break;
	case OBREAK: case OCONTINUE: case OGOTO: case OFALL:
		buf_puts(b, op_text[n->op]);
		if (n->name) {
			buf_putc(b, ' ');
			buf_puts(b, n->name);
		}
		break;
	case OLABEL:
		buf_printf(b, "%s: ", n->name);
		break;
	case OCASE: {
		if (n->list.n) {
			buf_puts(b, "case ");
			fmt_list(b, &n->list, ", ");
		} else {
			buf_puts(b, "default");
		}
		buf_puts(b, ": ");
		fmt_stmts(b, &n->body);
		break;
	}
	case OSELRECV2:
		fmt_list(b, &n->list, ", ");
		buf_puts(b, (n->flags & NF_DEF) ? " := " : " = ");
		fmt_list(b, &n->rlist, ", ");
		break;
	default:
		if (op_prec[n->op] >= 0)
			fmt_expr(b, n, 0);
		else
			buf_printf(b, "<node %s>", op_name[n->op]);
		break;
	}
}

void ir_fmt_node(Buf *b, Node *n)
{
	if (n && op_prec[n->op] < 0)
		fmt_stmt(b, n);
	else
		fmt_expr(b, n, 0);
}

const char *ir_node_string(Node *n)
{
	Buf b = {0};
	const char *s;
	ir_fmt_node(&b, n);
	s = arena_strndup(ir_arena(), b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}
