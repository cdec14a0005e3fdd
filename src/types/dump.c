/* dump.c: the checker's results in the form tests/gotypes prints
 * go/types' (gotypes -dump, -sizes), for line-by-line comparison.
 *
 * The walk visits nodes in go/ast's Inspect order; for each identifier
 * its definition, use and instance, for each recorded expression its
 * extent, kind, mode, type and constant value, for each selector its
 * selection. Types are printed fully qualified by package path. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct Dumper {
	Buf *b;
	const char *gorootsrc;     /* "GOROOT/src/", stripped from file names */
	size_t nroot;
} Dumper;

static void put_pos(Dumper *d, Pos p)
{
	Position pp;
	if (!p) {
		buf_putc(d->b, '-');
		return;
	}
	pp = pos_resolve_raw(p);
	buf_printf(d->b, "%d:%d", pp.line, pp.col);
}

static const char *rel_path(Dumper *d, const char *name)
{
	if (d->nroot && strncmp(name, d->gorootsrc, d->nroot) == 0)
		return name + d->nroot;
	return name;
}

static void put_type(Dumper *d, Type *t)
{
	type_write(d->b, t, qualify_by_path, NULL);
}

static void put_obj(Dumper *d, Object *o)
{
	const char *kind = "";
	if (!o) {
		buf_puts(d->b, "<nil>");
		return;
	}
	switch (o->kind) {
	case OBJ_PKGNAME:
		buf_printf(d->b, "pkgname %s %s", o->name, o->u.pkgname.imported->path);
		return;
	case OBJ_CONST: kind = "const"; break;
	case OBJ_TYPENAME: kind = "type"; break;
	case OBJ_VAR: kind = o->u.var.isfield ? "field" : "var"; break;
	case OBJ_FUNC: kind = "func"; break;
	case OBJ_LABEL: kind = "label"; break;
	case OBJ_BUILTIN: kind = "builtin"; break;
	case OBJ_NIL: kind = "nil"; break;
	default: kind = "bad"; break;
	}
	buf_printf(d->b, "%s %s @", kind, o->name);
	if (o->pos) {
		Position pp = pos_resolve_raw(o->pos);
		const char *path = pp.file->path ? pp.file->path : pp.file->name;
		buf_printf(d->b, "%s:%d:%d", rel_path(d, path), pp.line, pp.col);
	} else if (o->pkg) {
		buf_puts(d->b, o->pkg->path);
	} else {
		buf_puts(d->b, "universe");
	}
	if (o->type && o->kind != OBJ_LABEL && o->kind != OBJ_BUILTIN) {
		buf_putc(d->b, ' ');
		put_type(d, o->type);
	}
}

static const char *mode_string(const Expr *e)
{
	switch (e->mode) {
	case MODE_NOVALUE: return "void";
	case MODE_TYPEXPR: return "type";
	case MODE_BUILTIN: return "builtin";
	case MODE_CONSTANT: return "const";
	case MODE_VARIABLE: return "var";
	case MODE_MAPINDEX: return "mapindex";
	case MODE_COMMAOK: return "commaok";
	default: return e->val ? "const" : "value";
	}
}

/* The length of s quoted as strconv.Quote quotes it, without building
 * it: each operand of a long concatenation has its own long value. */
static size_t quoted_len(const char *s, size_t n)
{
	size_t len = 2, i = 0;
	while (i < n) {
		unsigned char ch = (unsigned char)s[i];
		int w;
		int32_t r;
		if (ch < 0x80) {
			if (ch == '"' || ch == '\\')
				len += 2;
			else if (ch >= 0x20 && ch < 0x7f)
				len += 1;
			else if (ch == '\a' || ch == '\b' || ch == '\f' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\v')
				len += 2;
			else
				len += 4;   /* \xNN */
			i++;
			continue;
		}
		r = utf8_decode((const unsigned char *)s + i, n - i, &w);
		if (r == RUNE_ERROR && w == 1)
			len += 4;
		else if (uni_isprint(r))
			len += (size_t)w;
		else
			len += r < 0x10000 ? 6 : 10;
		i += (size_t)w;
	}
	return len;
}

/* Exact constant values, very long strings abbreviated (as gotypes). */
static void put_value(Dumper *d, Const *v)
{
	static Buf q;
	const char *s;
	size_t n;
	if (const_kind(v) == CONST_STRING) {
		const char *str = const_string_val(v, &n);
		size_t total = quoted_len(str, n);
		buf_reset(&q);
		/* the first 100 quoted bytes come from at most 100 source bytes */
		go_quote(&q, str, total > 200 ? MIN(n, (size_t)120) : n);
		if (total > 200)
			buf_printf(d->b, "%.100s...(%zu bytes)", q.s, total);
		else
			buf_put(d->b, q.s, q.n);
		return;
	}
	s = const_exact_str(v);
	n = strlen(s);
	if (n > 200)
		buf_printf(d->b, "%.100s...(%zu bytes)", s, n);
	else
		buf_put(d->b, s, n);
}

static void walk_expr(Dumper *d, Expr *e);
static void walk_stmt(Dumper *d, Stmt *s);

static void walk_exprs(Dumper *d, ExprList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		walk_expr(d, l.v[i]);
}

static void walk_stmts(Dumper *d, StmtList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		walk_stmt(d, l.v[i]);
}

static void walk_fields(Dumper *d, FieldList *fl)
{
	int i;
	if (!fl)
		return;
	for (i = 0; i < fl->n; i++) {
		Field *f = fl->list[i];
		walk_exprs(d, f->names);
		if (f->type)
			walk_expr(d, f->type);
		if (f->tag)
			walk_expr(d, f->tag);
	}
}

static void walk_expr(Dumper *d, Expr *e)
{
	int i;
	if (!e)
		return;
	/* the node itself: identifiers, then its type, then its selection */
	if (e->kind == EXPR_IDENT) {
		const char *name = e->u.ident.name;
		if (e->u.ident.isdef) {
			put_pos(d, e->pos);
			buf_printf(d->b, " def %s ", name);
			put_obj(d, e->u.ident.def);
			buf_putc(d->b, '\n');
		}
		if (e->u.ident.use) {
			put_pos(d, e->pos);
			buf_printf(d->b, " use %s ", name);
			put_obj(d, e->u.ident.use);
			buf_putc(d->b, '\n');
		}
		if (e->u.ident.inst) {
			Instance *inst = e->u.ident.inst;
			put_pos(d, e->pos);
			buf_printf(d->b, " inst %s [", name);
			for (i = 0; i < inst->targs.n; i++) {
				if (i > 0)
					buf_puts(d->b, ", ");
				put_type(d, inst->targs.v[i]);
			}
			buf_puts(d->b, "] ");
			put_type(d, inst->type);
			buf_putc(d->b, '\n');
		}
	}
	if (e->mode != MODE_INVALID) {
		put_pos(d, ast_expr_start(e));
		buf_putc(d->b, '-');
		put_pos(d, ast_expr_end(e));
		buf_printf(d->b, " %s %s ", ast_expr_kind_name(e->kind), mode_string(e));
		if (e->mode == MODE_NOVALUE && !e->type)
			buf_puts(d->b, "()");   /* go/types records a nil *Tuple */
		else
			put_type(d, e->type);
		if (e->val) {
			buf_puts(d->b, " = ");
			put_value(d, e->val);
		}
		buf_putc(d->b, '\n');
	}
	if (e->kind == EXPR_SELECTOR && e->u.selector.selection) {
		Selection *s = e->u.selector.selection;
		static const char *const kinds[] = {"field", "method", "methodexpr"};
		put_pos(d, e->u.selector.sel->pos);
		buf_printf(d->b, " sel %s ", kinds[s->kind]);
		put_type(d, s->recv);
		buf_puts(d->b, " [");
		for (i = 0; i < s->nindex; i++)
			buf_printf(d->b, i ? " %d" : "%d", s->index[i]);
		buf_printf(d->b, "] %s ", s->indirect ? "true" : "false");
		put_obj(d, s->obj);
		buf_putc(d->b, '\n');
	}

	/* its children, in go/ast's order */
	switch (e->kind) {
	case EXPR_ELLIPSIS:
		walk_expr(d, e->u.ellipsis.elt);
		break;
	case EXPR_FUNCLIT:
		walk_expr(d, e->u.funclit.type);
		walk_stmt(d, e->u.funclit.body);
		break;
	case EXPR_COMPOSITE:
		walk_expr(d, e->u.composite.type);
		walk_exprs(d, e->u.composite.elts);
		break;
	case EXPR_PAREN:
		walk_expr(d, e->u.paren.x);
		break;
	case EXPR_SELECTOR:
		walk_expr(d, e->u.selector.x);
		walk_expr(d, e->u.selector.sel);
		break;
	case EXPR_INDEX:
		walk_expr(d, e->u.index.x);
		walk_expr(d, e->u.index.index);
		break;
	case EXPR_INDEXLIST:
		walk_expr(d, e->u.indexlist.x);
		walk_exprs(d, e->u.indexlist.indices);
		break;
	case EXPR_SLICE:
		walk_expr(d, e->u.slice.x);
		walk_expr(d, e->u.slice.low);
		walk_expr(d, e->u.slice.high);
		walk_expr(d, e->u.slice.max);
		break;
	case EXPR_TYPEASSERT:
		walk_expr(d, e->u.typeassert.x);
		walk_expr(d, e->u.typeassert.type);
		break;
	case EXPR_CALL:
		walk_expr(d, e->u.call.fun);
		walk_exprs(d, e->u.call.args);
		break;
	case EXPR_STAR:
		walk_expr(d, e->u.star.x);
		break;
	case EXPR_UNARY:
		walk_expr(d, e->u.unary.x);
		break;
	case EXPR_BINARY:
		walk_expr(d, e->u.binary.x);
		walk_expr(d, e->u.binary.y);
		break;
	case EXPR_KEYVALUE:
		walk_expr(d, e->u.keyvalue.key);
		walk_expr(d, e->u.keyvalue.value);
		break;
	case EXPR_ARRAYTYPE:
		walk_expr(d, e->u.arraytype.len);
		walk_expr(d, e->u.arraytype.elt);
		break;
	case EXPR_STRUCTTYPE:
		walk_fields(d, e->u.structtype.fields);
		break;
	case EXPR_FUNCTYPE:
		walk_fields(d, e->u.functype.tparams);
		walk_fields(d, e->u.functype.params);
		walk_fields(d, e->u.functype.results);
		break;
	case EXPR_INTERFACETYPE:
		walk_fields(d, e->u.interfacetype.methods);
		break;
	case EXPR_MAPTYPE:
		walk_expr(d, e->u.maptype.key);
		walk_expr(d, e->u.maptype.value);
		break;
	case EXPR_CHANTYPE:
		walk_expr(d, e->u.chantype.value);
		break;
	default:
		break;
	}
}

static void walk_decl(Dumper *d, Decl *decl);

static void walk_stmt(Dumper *d, Stmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case STMT_DECL:
		walk_decl(d, s->u.decl.decl);
		break;
	case STMT_LABELED:
		walk_expr(d, s->u.labeled.label);
		walk_stmt(d, s->u.labeled.stmt);
		break;
	case STMT_EXPR:
		walk_expr(d, s->u.expr.x);
		break;
	case STMT_SEND:
		walk_expr(d, s->u.send.chan);
		walk_expr(d, s->u.send.value);
		break;
	case STMT_INCDEC:
		walk_expr(d, s->u.incdec.x);
		break;
	case STMT_ASSIGN:
		walk_exprs(d, s->u.assign.lhs);
		walk_exprs(d, s->u.assign.rhs);
		break;
	case STMT_GO:
		walk_expr(d, s->u.go.call);
		break;
	case STMT_DEFER:
		walk_expr(d, s->u.defer.call);
		break;
	case STMT_RETURN:
		walk_exprs(d, s->u.ret.results);
		break;
	case STMT_BRANCH:
		walk_expr(d, s->u.branch.label);
		break;
	case STMT_BLOCK:
		walk_stmts(d, s->u.block.list);
		break;
	case STMT_IF:
		walk_stmt(d, s->u.ifs.init);
		walk_expr(d, s->u.ifs.cond);
		walk_stmt(d, s->u.ifs.body);
		walk_stmt(d, s->u.ifs.els);
		break;
	case STMT_CASE:
		walk_exprs(d, s->u.caseclause.list);
		walk_stmts(d, s->u.caseclause.body);
		break;
	case STMT_SWITCH:
		walk_stmt(d, s->u.switchs.init);
		walk_expr(d, s->u.switchs.tag);
		walk_stmt(d, s->u.switchs.body);
		break;
	case STMT_TYPESWITCH:
		walk_stmt(d, s->u.typeswitch.init);
		walk_stmt(d, s->u.typeswitch.assign);
		walk_stmt(d, s->u.typeswitch.body);
		break;
	case STMT_COMM:
		walk_stmt(d, s->u.comm.comm);
		walk_stmts(d, s->u.comm.body);
		break;
	case STMT_SELECT:
		walk_stmt(d, s->u.select.body);
		break;
	case STMT_FOR:
		walk_stmt(d, s->u.fors.init);
		walk_expr(d, s->u.fors.cond);
		walk_stmt(d, s->u.fors.post);
		walk_stmt(d, s->u.fors.body);
		break;
	case STMT_RANGE:
		walk_expr(d, s->u.range.key);
		walk_expr(d, s->u.range.value);
		walk_expr(d, s->u.range.x);
		walk_stmt(d, s->u.range.body);
		break;
	default:
		break;
	}
}

static void walk_decl(Dumper *d, Decl *decl)
{
	int i;
	if (decl->kind == DECL_FUNC) {
		walk_fields(d, decl->u.func.recv);
		walk_expr(d, decl->u.func.name);
		walk_expr(d, decl->u.func.type);
		walk_stmt(d, decl->u.func.body);
		return;
	}
	if (decl->kind != DECL_GEN)
		return;
	for (i = 0; i < decl->u.gen.nspecs; i++) {
		Spec *s = decl->u.gen.specs[i];
		switch (s->kind) {
		case SPEC_IMPORT:
			walk_expr(d, s->u.import.name);
			walk_expr(d, s->u.import.path);
			break;
		case SPEC_VALUE:
			walk_exprs(d, s->u.value.names);
			walk_expr(d, s->u.value.type);
			walk_exprs(d, s->u.value.values);
			break;
		case SPEC_TYPE:
			walk_expr(d, s->u.type.name);
			walk_fields(d, s->u.type.tparams);
			walk_expr(d, s->u.type.type);
			break;
		}
	}
}

void type_dump_file(Buf *out, File *f, const char *goroot)
{
	Dumper d;
	int i;
	const char *path = f->src->path ? f->src->path : f->src->name;
	d.b = out;
	d.gorootsrc = goroot ? arena_printf(perm, "%s/src/", goroot) : "";
	d.nroot = strlen(d.gorootsrc);
	buf_printf(out, "file %s\n", rel_path(&d, path));
	walk_expr(&d, f->name);
	for (i = 0; i < f->ndecls; i++)
		walk_decl(&d, f->decls[i]);
}

/* --- sizes ------------------------------------------------------------------------- */

/* Size, alignment and field offsets of every package-level defined
 * type that is not generic, an alias or an interface, by name. */
void type_dump_sizes(Buf *out, Pkg *pkg)
{
	int n, i, j;
	const char **names = scope_names(pkg->scope, &n);
	for (i = 0; i < n; i++) {
		Object *o = scope_lookup(pkg->scope, names[i]);
		Type *t, *u;
		if (o->kind != OBJ_TYPENAME || o->u.typename.isalias || !o->type || o->type->kind != TYPE_NAMED)
			continue;
		t = o->type;
		if (t->u.named.tparams.n > 0)
			continue;
		u = type_under(t);
		if (u->kind == TYPE_INTERFACE)
			continue;
		buf_printf(out, "%s.%s size=%lld align=%lld", pkg->path, names[i], (long long)type_size(u),
		           (long long)type_align(u));
		if (u->kind == TYPE_STRUCT && u->u.strct.nfields > 0) {
			int64_t *off = struct_offsets(u);
			buf_puts(out, " offsets=[");
			for (j = 0; j < u->u.strct.nfields; j++)
				buf_printf(out, j ? " %lld" : "%lld", (long long)off[j]);
			buf_putc(out, ']');
		}
		buf_putc(out, '\n');
	}
}
