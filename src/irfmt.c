/* irfmt.c: nodes and types printed the way gc prints them in its -m
 * diagnostics (gc's fmtGo mode): "&T{...}", "make([]int, n)",
 * "... argument", "func literal", "(*T).M", "interface {}". */
#include <stdio.h>
#include <string.h>

#include "const.h"
#include "check.h"
#include "ir.h"
#include "inst.h"

static Pkg *local_pkg;
static PtrMap ambiguous_names;   /* package name -> non-NULL when two packages share it */

void gc_fmt_set_local(Pkg *local, Pkg **all, int nall)
{
	PtrMap seen = {0};
	int i;
	local_pkg = local;
	ptrmap_free(&ambiguous_names);
	for (i = 0; i < nall; i++) {
		Pkg *p = all[i], *q = ptrmap_get(&seen, p->name);
		if (q && q != p)
			ptrmap_put(&ambiguous_names, p->name, p);
		else
			ptrmap_put(&seen, p->name, p);
	}
	ptrmap_free(&seen);
}

/* How a package prefixes its names: nothing for the local package,
 * the name, or the quoted path when another package has the same name. */
static void write_qual(Buf *b, Pkg *pkg)
{
	if (!pkg || pkg == local_pkg)
		return;
	if (ptrmap_get(&ambiguous_names, pkg->name)) {
		go_quote(b, pkg->path, strlen(pkg->path));
	} else {
		buf_puts(b, pkg->name);
	}
	buf_putc(b, '.');
}

static void fmt_type(Buf *b, Type *t, int depth);

static void fmt_params(Buf *b, Type *tup, bool variadic, int depth)
{
	int i, n = type_tuple_len(tup);
	buf_putc(b, '(');
	for (i = 0; i < n; i++) {
		Type *pt = tup->u.tuple.vars[i]->type;
		if (i)
			buf_puts(b, ", ");
		if (variadic && i == n - 1 && pt->kind == TYPE_SLICE) {
			buf_puts(b, "...");
			fmt_type(b, pt->u.slice.elem, depth + 1);
		} else {
			fmt_type(b, pt, depth + 1);
		}
	}
	buf_putc(b, ')');
}

static void fmt_sig(Buf *b, Type *t, int depth)
{
	int nres = type_tuple_len(t->u.sig.results);
	fmt_params(b, t->u.sig.params, t->u.sig.variadic, depth);
	if (nres == 1) {
		buf_putc(b, ' ');
		fmt_type(b, t->u.sig.results->u.tuple.vars[0]->type, depth + 1);
	} else if (nres > 1) {
		buf_putc(b, ' ');
		fmt_params(b, t->u.sig.results, false, depth);
	}
}

static void fmt_type(Buf *b, Type *t, int depth)
{
	int i;
	if (!t) {
		buf_puts(b, "<T>");
		return;
	}
	/* gc spells types in full, however deep (test/fixedbugs has a
	 * slice of 150 dimensions); the bound only stops a runaway */
	if (depth > 10000) {
		buf_puts(b, "...");
		return;
	}
	switch (t->kind) {
	case TYPE_BASIC:
		if (t->u.basic.kind == KIND_UNSAFEPOINTER)
			buf_puts(b, "unsafe.Pointer");
		else
			buf_puts(b, t->u.basic.name);
		return;
	case TYPE_NAMED: {
		Object *o = t->u.named.obj;
		if (t == typ_error) {
			buf_puts(b, "error");
			return;
		}
		write_qual(b, o->pkg);
		buf_puts(b, o->name);
		if (t->u.named.orig != t) {
			/* instances are named with the link strings of their type
			 * arguments (gcshape.c): "List[p.S]" */
			buf_putc(b, '[');
			for (i = 0; i < t->u.named.targs.n; i++) {
				if (i)
					buf_putc(b, ',');
				gc_link_string(b, t->u.named.targs.v[i]);
			}
			buf_putc(b, ']');
		}
		return;
	}
	case TYPE_TYPEPARAM:
		buf_puts(b, t->u.tparam.obj->name);
		return;
	case TYPE_POINTER:
		buf_putc(b, '*');
		fmt_type(b, t->u.pointer.elem, depth + 1);
		return;
	case TYPE_ARRAY:
		buf_printf(b, "[%lld]", (long long)t->u.array.len);
		fmt_type(b, t->u.array.elem, depth + 1);
		return;
	case TYPE_SLICE:
		buf_puts(b, "[]");
		fmt_type(b, t->u.slice.elem, depth + 1);
		return;
	case TYPE_CHAN:
		if (t->u.chan.dir == CHANDIR_RECV) {
			buf_puts(b, "<-chan ");
			fmt_type(b, t->u.chan.elem, depth + 1);
		} else if (t->u.chan.dir == CHANDIR_SEND) {
			buf_puts(b, "chan<- ");
			fmt_type(b, t->u.chan.elem, depth + 1);
		} else {
			Type *el = t->u.chan.elem;
			buf_puts(b, "chan ");
			if (el && el->kind == TYPE_CHAN && el->u.chan.dir == CHANDIR_RECV) {
				buf_putc(b, '(');
				fmt_type(b, el, depth + 1);
				buf_putc(b, ')');
			} else {
				fmt_type(b, el, depth + 1);
			}
		}
		return;
	case TYPE_MAP:
		buf_puts(b, "map[");
		fmt_type(b, t->u.map.key, depth + 1);
		buf_putc(b, ']');
		fmt_type(b, t->u.map.elem, depth + 1);
		return;
	case TYPE_INTERFACE: {
		TypeSet *ts;
		if (t == typ_any) {
			/* written as "any": gc keeps the name */
			buf_puts(b, "any");
			return;
		}
		ts = interface_type_set(NULL, NOPOS, t);
		if (!ts || ts->nmethods == 0) {
			buf_puts(b, "interface {}");
			return;
		}
		buf_puts(b, "interface {");
		for (i = 0; i < ts->nmethods; i++) {
			Object *m = ts->methods[i];
			if (i)
				buf_putc(b, ';');
			buf_putc(b, ' ');
			if (!obj_exported(m) && m->pkg) {
				buf_puts(b, gc_link_prefix(m->pkg));   /* gc spells these as link names */
				buf_putc(b, '.');
			}
			buf_puts(b, m->name);
			fmt_sig(b, m->type, depth + 1);
		}
		buf_puts(b, " }");
		return;
	}
	case TYPE_SIGNATURE:
		buf_puts(b, "func");
		fmt_sig(b, t, depth);
		return;
	case TYPE_STRUCT:
		buf_puts(b, "struct {");
		for (i = 0; i < t->u.strct.nfields; i++) {
			Object *f = t->u.strct.fields[i];
			const char *tag = t->u.strct.tags ? t->u.strct.tags[i] : NULL;
			if (i)
				buf_putc(b, ';');
			buf_putc(b, ' ');
			if (!f->u.var.embedded) {
				if (!obj_exported(f))
					write_qual(b, f->pkg);
				buf_puts(b, f->name);
				buf_putc(b, ' ');
			}
			fmt_type(b, f->type, depth + 1);
			if (tag && *tag) {
				buf_putc(b, ' ');
				go_quote(b, tag, strlen(tag));
			}
		}
		if (t->u.strct.nfields)
			buf_putc(b, ' ');
		buf_putc(b, '}');
		return;
	case TYPE_TUPLE:
		fmt_params(b, t, false, depth);
		return;
	case TYPE_UNION:
		for (i = 0; i < t->u.uni.nterms; i++) {
			if (i)
				buf_putc(b, '|');
			if (t->u.uni.terms[i]->tilde)
				buf_putc(b, '~');
			fmt_type(b, t->u.uni.terms[i]->type, depth + 1);
		}
		return;
	}
}

void gc_fmt_type(Buf *b, Type *t, Pkg *local)
{
	(void)local;
	fmt_type(b, t, 0);
}

/* t as gc prints it, seen from package local, into b (for the checker,
 * which runs before a package's IR exists) */
void gc_type_buf(Buf *b, Type *t, Pkg *local)
{
	Pkg *save = local_pkg;
	PtrMap amb = ambiguous_names;
	memset(&ambiguous_names, 0, sizeof ambiguous_names);
	local_pkg = local;
	fmt_type(b, t, 0);
	local_pkg = save;
	ambiguous_names = amb;
}

const char *gc_type_string(Type *t)
{
	Buf b = {0};
	const char *s;
	fmt_type(&b, t, 0);
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
	if (n->name) {
		/* a named constant prints as its name */
		buf_puts(b, n->name);
		return;
	}
	if (n->type && !is_untyped(n->type)) {
		Type *u = n->type;
		if (u->kind == TYPE_POINTER || (u->kind == TYPE_CHAN && u->u.chan.dir == CHANDIR_RECV)) {
			buf_putc(b, '(');
			fmt_type(b, n->type, 0);
			buf_puts(b, ")(");
		} else {
			fmt_type(b, n->type, 0);
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
	if (t->kind == TYPE_NAMED || t->kind == TYPE_BASIC || t->kind == TYPE_TYPEPARAM) {
		fmt_type(b, t, 0);
	} else {
		buf_putc(b, '(');
		fmt_type(b, t, 0);
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
				write_qual(b, n->nm->obj->pkg);
			buf_puts(b, n->nm->sym);
		} else {
			/* a local of a generic body from another package, in
			 * one of its instances here, is named as that package's */
			Pkg *pkg = n->nm->obj ? n->nm->obj->pkg : n->nm->pkg;
			if (pkg && pkg != local_pkg && !n->nm->autotmp)
				write_qual(b, pkg);
			buf_puts(b, n->nm->sym);
		}
		break;
	case OTYPE:
		fmt_type(b, n->type, 0);
		break;
	case OCLOSURE:
		buf_puts(b, "func literal");
		break;
	case OCOMPLIT:
		if (n->flags & NF_IMPLICIT) {
			buf_puts(b, "... argument");
			break;
		}
		fmt_type(b, n->type, 0);
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
		fmt_type(b, n->type, 0);
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
		fmt_type(b, n->type, 0);
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
	case OCOMPLEX: case OCOPY: case OUNSAFEADD: case OUNSAFESLICE:
		buf_printf(b, "%s(", op_text[n->op]);
		fmt_expr(b, n->x, 0);
		buf_puts(b, ", ");
		fmt_expr(b, n->y, 0);
		buf_putc(b, ')');
		break;
	case OCONV: case OCONVIFACE: case OCONVIDATA: case OCONVNOP: case OBYTES2STR:
	case ORUNES2STR: case OSTR2BYTES: case OSTR2RUNES: case ORUNESTR: case OSLICE2ARRPTR:
		fmt_conv_type(b, n->type);
		buf_putc(b, '(');
		fmt_expr(b, n->x, 0);
		buf_putc(b, ')');
		break;
	case OREAL: case OIMAG: case OCAP: case OCLOSE: case OLEN: case ONEW: case OPANIC:
	case OALIGNOF: case OOFFSETOF: case OSIZEOF:
		buf_printf(b, "%s(", op_text[n->op]);
		fmt_expr(b, n->x, 0);
		buf_putc(b, ')');
		break;
	case OAPPEND: case ODELETE: case OMAKE: case ORECOVER: case OPRINT: case OPRINTN:
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
		fmt_type(b, n->type, 0);
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
		fmt_type(b, n->x->type, 0);
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
