/* typecheck.c: a test driver for the type checker, built against
 * build/libgoescape.a until the checker is wired into goescape itself.
 *
 *   typecheck [-dump] [-methodsets] [-time] [-gotypes-sizes] PATTERN...
 *
 * Loads the packages (and their dependencies) like go list -deps,
 * parses and checks each in dependency order, and prints the errors.
 * With -dump it prints what tests/gotypes prints with -dump (every
 * identifier's object, every recorded expression, every selection and
 * instance, file by file), so that the two can be compared with diff;
 * with -methodsets, the method sets of package-level named types T and
 * *T (go/types' NewMethodSet order):
 *
 *   cc -std=c11 -Isrc -o build/typecheck tests/typecheck.c build/libgoescape.a -lmpfr -lgmp -lm
 *   CGO_ENABLED=0 build/gotypes -dump std > want; build/typecheck -dump -gotypes-sizes std > got
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "types/check.h"
#include "load/load.h"
#include "driver/driver.h"

static const char *gorootsrc;
static Buf out;

static const char *rel_path(const char *name)
{
	size_t n = strlen(gorootsrc);
	if (strncmp(name, gorootsrc, n) == 0 && name[n] == '/')
		return name + n + 1;
	return name;
}

static void put_pos(Pos p)
{
	Position ps;
	if (!p) {
		buf_putc(&out, '-');
		return;
	}
	ps = pos_resolve_raw(p);
	buf_printf(&out, "%d:%d", ps.line, ps.col);
}

static void put_type(Type *t)
{
	type_write(&out, t, NULL, NULL);
}

static void put_obj(Object *o)
{
	const char *kind = "";
	if (!o) {
		buf_puts(&out, "<nil>");
		return;
	}
	switch (o->kind) {
	case OBJ_PKGNAME:
		buf_printf(&out, "pkgname %s %s", o->name, o->u.pkgname.imported ? o->u.pkgname.imported->path : "?");
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
	buf_printf(&out, "%s %s @", kind, o->name);
	if (o->pos) {
		Position ps = pos_resolve_raw(o->pos);
		buf_printf(&out, "%s:%d:%d", rel_path(ps.file->path), ps.line, ps.col);
	} else if (o->pkg) {
		buf_puts(&out, o->pkg->path);
	} else {
		buf_puts(&out, "universe");
	}
	if (o->type && o->kind != OBJ_LABEL && o->kind != OBJ_BUILTIN) {
		buf_putc(&out, ' ');
		put_type(o->type);
	}
}

static const char *const kind_names[NEXPRKINDS] = {
	[EXPR_BAD] = "BadExpr", [EXPR_IDENT] = "Ident", [EXPR_ELLIPSIS] = "Ellipsis",
	[EXPR_BASICLIT] = "BasicLit", [EXPR_FUNCLIT] = "FuncLit", [EXPR_COMPOSITE] = "CompositeLit",
	[EXPR_PAREN] = "ParenExpr", [EXPR_SELECTOR] = "SelectorExpr", [EXPR_INDEX] = "IndexExpr",
	[EXPR_INDEXLIST] = "IndexListExpr", [EXPR_SLICE] = "SliceExpr", [EXPR_TYPEASSERT] = "TypeAssertExpr",
	[EXPR_CALL] = "CallExpr", [EXPR_STAR] = "StarExpr", [EXPR_UNARY] = "UnaryExpr",
	[EXPR_BINARY] = "BinaryExpr", [EXPR_KEYVALUE] = "KeyValueExpr", [EXPR_ARRAYTYPE] = "ArrayType",
	[EXPR_STRUCTTYPE] = "StructType", [EXPR_FUNCTYPE] = "FuncType", [EXPR_INTERFACETYPE] = "InterfaceType",
	[EXPR_MAPTYPE] = "MapType", [EXPR_CHANTYPE] = "ChanType",
};

static const char *mode_name(Expr *e)
{
	switch (e->mode) {
	case MODE_NOVALUE: return "void";
	case MODE_TYPEXPR: return "type";
	case MODE_BUILTIN: return "builtin";
	case MODE_CONSTANT: return "const";
	case MODE_VARIABLE: return "var";
	case MODE_MAPINDEX: return "mapindex";
	case MODE_COMMAOK: return "commaok";
	default: return "value";
	}
}

static void walk_expr(Expr *e);
static void walk_stmt(Stmt *s);

static void walk_list(ExprList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		walk_expr(l.v[i]);
}

static void walk_fields(FieldList *fl)
{
	int i;
	if (!fl)
		return;
	for (i = 0; i < fl->n; i++) {
		walk_list(fl->list[i]->names);
		walk_expr(fl->list[i]->type);
		walk_expr(fl->list[i]->tag);
	}
}

static void walk_expr(Expr *e)
{
	if (!e)
		return;
	if (e->kind == EXPR_IDENT) {
		if (e->u.ident.isdef) {
			put_pos(e->pos);
			buf_printf(&out, " def %s ", e->u.ident.name);
			put_obj(e->u.ident.def);
			buf_putc(&out, '\n');
		}
		if (e->u.ident.use) {
			put_pos(e->pos);
			buf_printf(&out, " use %s ", e->u.ident.name);
			put_obj(e->u.ident.use);
			buf_putc(&out, '\n');
		}
		if (e->u.ident.inst) {
			Instance *in = e->u.ident.inst;
			int i;
			put_pos(e->pos);
			buf_printf(&out, " inst %s [", e->u.ident.name);
			for (i = 0; i < in->targs.n; i++) {
				if (i)
					buf_puts(&out, ", ");
				put_type(in->targs.v[i]);
			}
			buf_puts(&out, "] ");
			put_type(in->type);
			buf_putc(&out, '\n');
		}
	}
	if (e->type) {
		put_pos(ast_expr_start(e));
		buf_putc(&out, '-');
		put_pos(ast_expr_end(e));
		buf_printf(&out, " %s %s ", kind_names[e->kind], mode_name(e));
		if (e->mode == MODE_NOVALUE)
			buf_puts(&out, "()");
		else
			put_type(e->type);
		if (e->mode == MODE_CONSTANT && e->val) {
			const char *s = const_exact_str(e->val);
			size_t n = strlen(s);
			if (n > 200)
				buf_printf(&out, " = %.100s...(%zu bytes)", s, n);
			else
				buf_printf(&out, " = %s", s);
		}
		buf_putc(&out, '\n');
	}
	if (e->kind == EXPR_SELECTOR && e->u.selector.selection) {
		Selection *s = e->u.selector.selection;
		static const char *const k[] = {"field", "method", "methodexpr"};
		int i;
		put_pos(e->u.selector.sel->pos);
		buf_printf(&out, " sel %s ", k[s->kind]);
		put_type(s->recv);
		buf_puts(&out, " [");
		for (i = 0; i < s->nindex; i++)
			buf_printf(&out, i ? " %d" : "%d", s->index[i]);
		buf_printf(&out, "] %s ", s->indirect ? "true" : "false");
		put_obj(s->obj);
		buf_putc(&out, '\n');
	}
	switch (e->kind) {
	case EXPR_ELLIPSIS: walk_expr(e->u.ellipsis.elt); break;
	case EXPR_FUNCLIT: walk_expr(e->u.funclit.type); walk_stmt(e->u.funclit.body); break;
	case EXPR_COMPOSITE: walk_expr(e->u.composite.type); walk_list(e->u.composite.elts); break;
	case EXPR_PAREN: walk_expr(e->u.paren.x); break;
	case EXPR_SELECTOR: walk_expr(e->u.selector.x); walk_expr(e->u.selector.sel); break;
	case EXPR_INDEX: walk_expr(e->u.index.x); walk_expr(e->u.index.index); break;
	case EXPR_INDEXLIST: walk_expr(e->u.indexlist.x); walk_list(e->u.indexlist.indices); break;
	case EXPR_SLICE:
		walk_expr(e->u.slice.x);
		walk_expr(e->u.slice.low);
		walk_expr(e->u.slice.high);
		walk_expr(e->u.slice.max);
		break;
	case EXPR_TYPEASSERT: walk_expr(e->u.typeassert.x); walk_expr(e->u.typeassert.type); break;
	case EXPR_CALL: walk_expr(e->u.call.fun); walk_list(e->u.call.args); break;
	case EXPR_STAR: walk_expr(e->u.star.x); break;
	case EXPR_UNARY: walk_expr(e->u.unary.x); break;
	case EXPR_BINARY: walk_expr(e->u.binary.x); walk_expr(e->u.binary.y); break;
	case EXPR_KEYVALUE: walk_expr(e->u.keyvalue.key); walk_expr(e->u.keyvalue.value); break;
	case EXPR_ARRAYTYPE: walk_expr(e->u.arraytype.len); walk_expr(e->u.arraytype.elt); break;
	case EXPR_STRUCTTYPE: walk_fields(e->u.structtype.fields); break;
	case EXPR_FUNCTYPE:
		walk_fields(e->u.functype.tparams);
		walk_fields(e->u.functype.params);
		walk_fields(e->u.functype.results);
		break;
	case EXPR_INTERFACETYPE: walk_fields(e->u.interfacetype.methods); break;
	case EXPR_MAPTYPE: walk_expr(e->u.maptype.key); walk_expr(e->u.maptype.value); break;
	case EXPR_CHANTYPE: walk_expr(e->u.chantype.value); break;
	default: break;
	}
}

static void walk_stmts(StmtList l)
{
	int i;
	for (i = 0; i < l.n; i++)
		walk_stmt(l.v[i]);
}

static void walk_decl(Decl *d);

static void walk_stmt(Stmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case STMT_DECL: walk_decl(s->u.decl.decl); break;
	case STMT_LABELED: walk_expr(s->u.labeled.label); walk_stmt(s->u.labeled.stmt); break;
	case STMT_EXPR: walk_expr(s->u.expr.x); break;
	case STMT_SEND: walk_expr(s->u.send.chan); walk_expr(s->u.send.value); break;
	case STMT_INCDEC: walk_expr(s->u.incdec.x); break;
	case STMT_ASSIGN: walk_list(s->u.assign.lhs); walk_list(s->u.assign.rhs); break;
	case STMT_GO: walk_expr(s->u.go.call); break;
	case STMT_DEFER: walk_expr(s->u.defer.call); break;
	case STMT_RETURN: walk_list(s->u.ret.results); break;
	case STMT_BRANCH: walk_expr(s->u.branch.label); break;
	case STMT_BLOCK: walk_stmts(s->u.block.list); break;
	case STMT_IF:
		walk_stmt(s->u.ifs.init);
		walk_expr(s->u.ifs.cond);
		walk_stmt(s->u.ifs.body);
		walk_stmt(s->u.ifs.els);
		break;
	case STMT_CASE: walk_list(s->u.caseclause.list); walk_stmts(s->u.caseclause.body); break;
	case STMT_SWITCH:
		walk_stmt(s->u.switchs.init);
		walk_expr(s->u.switchs.tag);
		walk_stmt(s->u.switchs.body);
		break;
	case STMT_TYPESWITCH:
		walk_stmt(s->u.typeswitch.init);
		walk_stmt(s->u.typeswitch.assign);
		walk_stmt(s->u.typeswitch.body);
		break;
	case STMT_COMM: walk_stmt(s->u.comm.comm); walk_stmts(s->u.comm.body); break;
	case STMT_SELECT: walk_stmt(s->u.select.body); break;
	case STMT_FOR:
		walk_stmt(s->u.fors.init);
		walk_expr(s->u.fors.cond);
		walk_stmt(s->u.fors.post);
		walk_stmt(s->u.fors.body);
		break;
	case STMT_RANGE:
		walk_expr(s->u.range.key);
		walk_expr(s->u.range.value);
		walk_expr(s->u.range.x);
		walk_stmt(s->u.range.body);
		break;
	default: break;
	}
}

static void walk_decl(Decl *d)
{
	int i;
	if (d->kind == DECL_FUNC) {
		walk_fields(d->u.func.recv);
		walk_expr(d->u.func.name);
		walk_expr(d->u.func.type);
		walk_stmt(d->u.func.body);
		return;
	}
	if (d->kind != DECL_GEN)
		return;
	for (i = 0; i < d->u.gen.nspecs; i++) {
		Spec *s = d->u.gen.specs[i];
		switch (s->kind) {
		case SPEC_IMPORT: walk_expr(s->u.import.name); walk_expr(s->u.import.path); break;
		case SPEC_VALUE:
			walk_list(s->u.value.names);
			walk_expr(s->u.value.type);
			walk_list(s->u.value.values);
			break;
		case SPEC_TYPE:
			walk_expr(s->u.type.name);
			walk_fields(s->u.type.tparams);
			walk_expr(s->u.type.type);
			break;
		}
	}
}

static void dump_file(File *f)
{
	int i;
	buf_printf(&out, "file %s\n", rel_path(f->src->path));
	walk_expr(f->name);
	for (i = 0; i < f->ndecls; i++)
		walk_decl(f->decls[i]);
	fwrite(out.s, 1, out.n, stdout);
	buf_reset(&out);
}

/* NewMethodSet of each package-level named type T and of *T */
static void dump_method_sets(Pkg *pkg)
{
	int n, i, k, j;
	const char **names = scope_names(pkg->scope, &n);
	for (i = 0; i < n; i++) {
		Object *o = scope_lookup(pkg->scope, names[i]);
		Type *ts[2];
		if (o->kind != OBJ_TYPENAME || o->u.typename.isalias || !o->type || o->type->kind != TYPE_NAMED ||
		    o->type->u.named.tparams.n > 0)
			continue;
		ts[0] = o->type;
		ts[1] = new_pointer(o->type);
		for (k = 0; k < 2; k++) {
			int ns;
			Selection **ms = method_set(ts[k], &ns);
			buf_puts(&out, "mset ");
			put_type(ts[k]);
			buf_printf(&out, " %d\n", ns);
			for (j = 0; j < ns; j++) {
				int x;
				buf_printf(&out, "  %s [", ms[j]->obj->name);
				for (x = 0; x < ms[j]->nindex; x++)
					buf_printf(&out, x ? " %d" : "%d", ms[j]->index[x]);
				buf_printf(&out, "] %s\n", ms[j]->indirect ? "true" : "false");
			}
		}
	}
	fwrite(out.s, 1, out.n, stdout);
	buf_reset(&out);
}

static Pkg *importer(void *ctx, const char *path, const char *fromdir, Pos pos)
{
	Package *p = ctx, *q;
	(void)fromdir;
	(void)pos;
	if (strcmp(path, "unsafe") == 0)
		return unsafe_pkg;
	q = load_resolve_import(p, path);
	return q ? q->types : NULL;
}

int main(int argc, char **argv)
{
	BuildConfig cfg;
	Program *prog;
	bool dump = false, timing = false, gotypes_sizes = false, methodsets = false;
	char **pats = xcalloc((size_t)argc, sizeof *pats);
	int npats = 0, i, j;
	clock_t t0, tparse = 0, tcheck = 0, t1;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-dump") == 0)
			dump = true;
		else if (strcmp(argv[i], "-time") == 0)
			timing = true;
		else if (strcmp(argv[i], "-methodsets") == 0)
			methodsets = true;
		else if (strcmp(argv[i], "-gotypes-sizes") == 0)
			gotypes_sizes = true;
		else
			pats[npats++] = argv[i];
	}
	diag_set_limit(0);
	load_default_config(&cfg);
	gorootsrc = arena_printf(perm, "%s/src", cfg.goroot);
	types_init();
	sizes_init(cfg.goarch ? cfg.goarch : "amd64");
	if (gotypes_sizes)
		sizes_set_model(SIZES_GOTYPES);   /* tests/gotypes uses go/types' StdSizes */
	prog = load_packages(&cfg, pats, npats);
	if (!prog)
		return 1;
	t0 = clock();
	for (i = 0; i < prog->npkgs; i++) {
		Package *p = prog->pkgs[i];
		CheckConfig conf;
		File **files;
		int n = 0;
		if (strcmp(p->path, "unsafe") == 0) {
			p->types = unsafe_pkg;
			continue;
		}
		files = xcalloc((size_t)(p->ngofiles + p->ncgofiles + 1), sizeof *files);
		t1 = clock();
		for (j = 0; j < p->ngofiles + p->ncgofiles; j++) {
			const char *name = j < p->ngofiles ? p->gofiles[j] : p->cgofiles[j - p->ngofiles];
			const char *path = arena_printf(perm, "%s/%s", p->dir, name), *err;
			SrcFile *sf = src_read(path, path, &err);
			if (!sf) {
				fprintf(stderr, "typecheck: %s: %s\n", path, err);
				return 1;
			}
			files[n++] = parse_file(sf, perm, PARSE_FULL);
		}
		tparse += clock() - t1;
		t1 = clock();
		memset(&conf, 0, sizeof conf);
		conf.goarch = cfg.goarch;
		conf.fake_import_c = p->ncgofiles > 0;
		conf.error_per_line = true;
		conf.importer = importer;
		conf.importer_ctx = p;
		p->types = check_package(&conf, p->path, files, n);
		tcheck += clock() - t1;
		if (dump)
			for (j = 0; j < n; j++)
				dump_file(files[j]);
		if (methodsets)
			dump_method_sets(p->types);
	}
	if (timing)
		fprintf(stderr, "typecheck: %d packages in %.2fs (read+parse %.2fs, check %.2fs); types arena %zu MB, perm %zu MB\n",
		        prog->npkgs, (double)(clock() - t0) / CLOCKS_PER_SEC, (double)tparse / CLOCKS_PER_SEC,
		        (double)tcheck / CLOCKS_PER_SEC, types_arena()->total >> 20, perm->total >> 20);
	diag_flush();
	return nerrors() ? 1 : 0;
}
