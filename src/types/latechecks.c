/* latechecks.c: what gc checks after type checking, while it turns the
 * checked package into its own representation. Reported only for a
 * package that type-checked cleanly (gc stops after type errors):
 *
 *   - directives a declaration does not take: "misplaced compiler
 *     directive" (a function takes the function directives, a defined
 *     type go:notinheap, the package clause go:build, nothing else
 *     anything), and go:embed anywhere but on a variable;
 *   - go:embed's conditions: the file imports "embed", one variable
 *     with a type and no value, at package level, language go1.16;
 *   - go:noescape on a function with a body, go:uintptrkeepalive
 *     without go:nosplit, go:nosplit with go:systemstack;
 *   - go:linkname: the file imports "unsafe", the local name is a
 *     package-level function or variable, named once;
 *   - sizes: arrays larger than the address space, channel elements
 *     of 64kB or more;
 *   - with -complete, functions without a body that no go:linkname
 *     names.
 *
 * Needs: the package's files with the checker's results (objects on
 * identifiers, types on expressions). */
#include <stdlib.h>
#include <string.h>

#include "types.h"

typedef struct Late {
	Pkg *pkg;
	File *file;
	const char *lang;          /* -lang as given, for go:embed's message */
	int vmajor, vminor;        /* the language version; 0.0: the latest */
	bool have_embed, have_unsafe;
	int fnest;                 /* function bodies entered */
} Late;

/* The flags gc lets a function declaration take: every flag but
 * go:build's and go:notinheap's. */
#define FUNC_PRAGMAS (PRAGMA_NOINTERFACE | PRAGMA_NOESCAPE | PRAGMA_NORACE | PRAGMA_NOSPLIT | \
	PRAGMA_NOINLINE | PRAGMA_NOCHECKPTR | PRAGMA_REGISTERPARAMS | PRAGMA_CGO_UNSAFE_ARGS | \
	PRAGMA_UINTPTRKEEPALIVE | PRAGMA_UINTPTRESCAPES | PRAGMA_SYSTEMSTACK | \
	PRAGMA_NOWRITEBARRIER | PRAGMA_NOWRITEBARRIERREC | PRAGMA_YESWRITEBARRIERREC)

static bool allows_version(const Late *l, int major, int minor)
{
	if (l->vmajor == 0 && l->vminor == 0)
		return true;
	return l->vmajor > major || (l->vmajor == major && l->vminor >= minor);
}

/* --- directives on declarations ------------------------------------------ */

/* gc's flags of a directive list, or-ed. */
static PragmaFlags dir_flags(const Directive *d)
{
	PragmaFlags f = 0;
	for (; d; d = d->next)
		f |= parse_gc_pragma_flag(d);
	return f;
}

static const Directive *first_embed(const Directive *d)
{
	for (; d; d = d->next)
		if (parse_embed_patterns(d) > 0)
			return d;
	return NULL;
}

/* report_unused reports each directive whose flag the declaration does
 * not allow, and each go:embed unless the declaration used them. */
static void report_unused(const Directive *dirs, PragmaFlags allowed, bool embeds_used)
{
	const Directive *d;
	for (d = dirs; d; d = d->next) {
		if (parse_gc_pragma_flag(d) & ~allowed)
			errorf(d->pos + 2, "misplaced compiler directive");
		else if (!embeds_used && parse_embed_patterns(d) > 0)
			errorf(d->pos + 2, "misplaced go:embed directive");
	}
}

/* embed_error: why go:embed cannot apply to the variable spec s, or
 * NULL when it can. */
static const char *embed_error(const Late *l, const Spec *s)
{
	if (!l->have_embed)
		return "go:embed only allowed in Go files that import \"embed\"";
	if (s->u.value.names.n > 1)
		return "go:embed cannot apply to multiple vars";
	if (s->u.value.values.n > 0)
		return "go:embed cannot apply to var with initializer";
	if (!s->u.value.type)
		return "go:embed cannot apply to var without type";
	if (l->fnest > 0)
		return "go:embed cannot apply to var inside func";
	if (!allows_version(l, 1, 16))
		return arena_printf(perm, "go:embed requires go1.16 or later (-lang was set to %s; check go.mod)", l->lang);
	return NULL;
}

static void check_size(Late *l, Type *t, Pos pos, bool root);

static void check_spec(Late *l, Spec *s, Token tok)
{
	const Directive *e;
	switch (tok) {
	case TOK_VAR:
		if ((e = first_embed(s->dirs)) != NULL) {
			const char *why = embed_error(l, s);
			if (why)
				errorf(e->pos + 2, "%s", why);
		}
		report_unused(s->dirs, 0, true);
		if (s->u.value.names.n > 0) {
			Object *o = s->u.value.names.v[0]->u.ident.def;
			if (o && o->kind == OBJ_VAR)
				check_size(l, o->type, s->pos, false);
		}
		break;
	case TOK_TYPE: {
		Object *o = s->u.type.name->u.ident.def;
		bool alias = s->u.type.assign != NOPOS;
		report_unused(s->dirs, alias ? 0 : PRAGMA_NOTINHEAP, false);
		if (!alias && !s->u.type.tparams && o && o->kind == OBJ_TYPENAME)
			check_size(l, o->type, s->pos, true);
		break;
	}
	default:
		report_unused(s->dirs, 0, false);
		break;
	}
}

static void check_gendecl(Late *l, Decl *d)
{
	int i;
	for (i = 0; i < d->u.gen.nspecs; i++)
		check_spec(l, d->u.gen.specs[i], d->u.gen.tok);
}

/* --- sizes --------------------------------------------------------------- */

/* gc's limit on the size of a value (its MAXWIDTH for the target). */
static int64_t max_width(void)
{
	return sizes_ptrsize() == 8 ? (int64_t)1 << 50 : ((int64_t)1 << 32) - 1;
}

static const char *local_qualifier(Pkg *p, void *ctx)
{
	return p == ctx ? NULL : p->name;
}

/* check_size reports, at pos, what gc's size computation refuses in t:
 * arrays larger than the address space and channels of elements of
 * 64kB or more. A named type is looked into only as the root (where it
 * is declared); elsewhere it was checked there, or compiled already. */
static void check_size(Late *l, Type *t, Pos pos, bool root)
{
	int i;
	if (!t)
		return;
	switch (t->kind) {
	case TYPE_NAMED:
		if (root && t->u.named.underlying)
			check_size(l, t->u.named.underlying, pos, false);
		break;
	case TYPE_ARRAY: {
		int64_t z;
		check_size(l, t->u.array.elem, pos, false);
		z = type_size(t->u.array.elem);
		if (z > 0 && t->u.array.len > 0 && (uint64_t)t->u.array.len > (uint64_t)(max_width() - 1) / (uint64_t)z)
			errorf(pos, "type %s larger than address space", type_string(t, local_qualifier, l->pkg));
		break;
	}
	case TYPE_POINTER:
		check_size(l, t->u.pointer.elem, pos, false);
		break;
	case TYPE_SLICE:
		check_size(l, t->u.slice.elem, pos, false);
		break;
	case TYPE_MAP:
		check_size(l, t->u.map.key, pos, false);
		check_size(l, t->u.map.elem, pos, false);
		break;
	case TYPE_CHAN:
		check_size(l, t->u.chan.elem, pos, false);
		if (type_size(t->u.chan.elem) >= 1 << 16)
			errorf(pos, "channel element type too large (>64kB)");
		break;
	case TYPE_STRUCT:
		for (i = 0; i < t->u.strct.nfields; i++)
			check_size(l, t->u.strct.fields[i]->type, pos, false);
		break;
	default:
		break;
	}
}

/* --- function bodies ------------------------------------------------------- */

static void walk_stmt(Late *l, Stmt *s);

static void walk_expr(Late *l, Expr *e)
{
	int i;
	if (!e)
		return;
	switch (e->kind) {
	case EXPR_FUNCLIT:
		l->fnest++;
		walk_stmt(l, e->u.funclit.body);
		l->fnest--;
		break;
	case EXPR_COMPOSITE:
		for (i = 0; i < e->u.composite.elts.n; i++)
			walk_expr(l, e->u.composite.elts.v[i]);
		break;
	case EXPR_PAREN:
		walk_expr(l, e->u.paren.x);
		break;
	case EXPR_SELECTOR:
		walk_expr(l, e->u.selector.x);
		break;
	case EXPR_INDEX:
		walk_expr(l, e->u.index.x);
		walk_expr(l, e->u.index.index);
		break;
	case EXPR_SLICE:
		walk_expr(l, e->u.slice.x);
		walk_expr(l, e->u.slice.low);
		walk_expr(l, e->u.slice.high);
		walk_expr(l, e->u.slice.max);
		break;
	case EXPR_TYPEASSERT:
		walk_expr(l, e->u.typeassert.x);
		break;
	case EXPR_CALL: {
		Expr *fun = ast_unparen(e->u.call.fun);
		/* make(chan T): gc sizes the channel type there */
		if (fun->mode == MODE_BUILTIN && fun->kind == EXPR_IDENT && strcmp(fun->u.ident.name, "make") == 0 &&
		    e->type && type_under(e->type)->kind == TYPE_CHAN)
			check_size(l, type_under(e->type), e->pos, false);
		walk_expr(l, e->u.call.fun);
		for (i = 0; i < e->u.call.args.n; i++)
			walk_expr(l, e->u.call.args.v[i]);
		break;
	}
	case EXPR_STAR:
		walk_expr(l, e->u.star.x);
		break;
	case EXPR_UNARY:
		walk_expr(l, e->u.unary.x);
		break;
	case EXPR_BINARY:
		walk_expr(l, e->u.binary.x);
		walk_expr(l, e->u.binary.y);
		break;
	case EXPR_KEYVALUE:
		walk_expr(l, e->u.keyvalue.key);
		walk_expr(l, e->u.keyvalue.value);
		break;
	default:
		break;
	}
}

static void walk_exprs(Late *l, ExprList x)
{
	int i;
	for (i = 0; i < x.n; i++)
		walk_expr(l, x.v[i]);
}

static void walk_stmts(Late *l, StmtList x)
{
	int i;
	for (i = 0; i < x.n; i++)
		walk_stmt(l, x.v[i]);
}

static void walk_decl_stmt(Late *l, Decl *d)
{
	int i;
	if (!d || d->kind != DECL_GEN)
		return;
	check_gendecl(l, d);
	for (i = 0; i < d->u.gen.nspecs; i++) {
		Spec *s = d->u.gen.specs[i];
		if (s->kind == SPEC_VALUE)
			walk_exprs(l, s->u.value.values);
	}
}

static void walk_stmt(Late *l, Stmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case STMT_DECL:
		walk_decl_stmt(l, s->u.decl.decl);
		break;
	case STMT_LABELED:
		walk_stmt(l, s->u.labeled.stmt);
		break;
	case STMT_EXPR:
		walk_expr(l, s->u.expr.x);
		break;
	case STMT_SEND:
		walk_expr(l, s->u.send.chan);
		walk_expr(l, s->u.send.value);
		break;
	case STMT_INCDEC:
		walk_expr(l, s->u.incdec.x);
		break;
	case STMT_ASSIGN:
		walk_exprs(l, s->u.assign.lhs);
		walk_exprs(l, s->u.assign.rhs);
		break;
	case STMT_GO:
		walk_expr(l, s->u.go.call);
		break;
	case STMT_DEFER:
		walk_expr(l, s->u.defer.call);
		break;
	case STMT_RETURN:
		walk_exprs(l, s->u.ret.results);
		break;
	case STMT_BLOCK:
		walk_stmts(l, s->u.block.list);
		break;
	case STMT_IF:
		walk_stmt(l, s->u.ifs.init);
		walk_expr(l, s->u.ifs.cond);
		walk_stmt(l, s->u.ifs.body);
		walk_stmt(l, s->u.ifs.els);
		break;
	case STMT_CASE:
		walk_exprs(l, s->u.caseclause.list);
		walk_stmts(l, s->u.caseclause.body);
		break;
	case STMT_SWITCH:
		walk_stmt(l, s->u.switchs.init);
		walk_expr(l, s->u.switchs.tag);
		walk_stmt(l, s->u.switchs.body);
		break;
	case STMT_TYPESWITCH:
		walk_stmt(l, s->u.typeswitch.init);
		walk_stmt(l, s->u.typeswitch.assign);
		walk_stmt(l, s->u.typeswitch.body);
		break;
	case STMT_COMM:
		walk_stmt(l, s->u.comm.comm);
		walk_stmts(l, s->u.comm.body);
		break;
	case STMT_SELECT:
		walk_stmt(l, s->u.select.body);
		break;
	case STMT_FOR:
		walk_stmt(l, s->u.fors.init);
		walk_expr(l, s->u.fors.cond);
		walk_stmt(l, s->u.fors.post);
		walk_stmt(l, s->u.fors.body);
		break;
	case STMT_RANGE:
		walk_expr(l, s->u.range.x);
		walk_stmt(l, s->u.range.body);
		break;
	default:
		break;
	}
}

/* --- functions --------------------------------------------------------------- */

static void check_func(Late *l, Decl *d)
{
	PragmaFlags f = dir_flags(d->dirs);
	report_unused(d->dirs, FUNC_PRAGMAS, false);
	f &= FUNC_PRAGMAS;
	if ((f & PRAGMA_SYSTEMSTACK) && (f & PRAGMA_NOSPLIT))
		errorf(d->pos, "go:nosplit and go:systemstack cannot be combined");
	if (d->u.func.body) {
		if (f & PRAGMA_NOESCAPE)
			errorf(d->pos, "can only use //go:noescape with external func implementations");
		/* go:uintptrescapes implies keepalive, and makes it safe */
		if ((f & PRAGMA_UINTPTRKEEPALIVE) && !(f & PRAGMA_UINTPTRESCAPES) && !(f & PRAGMA_NOSPLIT))
			errorf(d->pos, "go:uintptrkeepalive requires go:nosplit");
		l->fnest++;
		walk_stmt(l, d->u.func.body);
		l->fnest--;
	}
}

/* --- go:linkname ------------------------------------------------------------- */

static int count_fields(const char *s, const char **f, size_t *fn, int max)
{
	int n = 0;
	for (;;) {
		const char *start;
		while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f')
			s++;
		if (!*s)
			return n;
		start = s;
		while (*s && !(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f'))
			s++;
		if (n < max) {
			f[n] = start;
			fn[n] = (size_t)(s - start);
		}
		n++;
	}
}

/* check_linknames checks the file's well-formed go:linkname directives
 * in order; named records the local names linked so far (in the
 * package). */
static void check_linknames(Late *l, PtrMap *named)
{
	const Directive *d;
	for (d = l->file->dirs; d; d = d->next) {
		const char *f[4], *directive, *name;
		size_t fn[4];
		Object *o;
		int n;
		if (!d->blank)
			continue;
		if (strncmp(d->text, "go:linkname ", 12) == 0)
			directive = "go:linkname";
		else if (release_has(FEAT_LINKNAMESTD) && strncmp(d->text, "go:linknamestd ", 15) == 0)
			directive = "go:linknamestd";
		else
			continue;
		n = count_fields(d->text, f, fn, 4);
		if (n < 2 || n > 3)
			continue;   /* reported by the parser */
		if (!l->have_unsafe) {
			errorf(d->pos + 2, "//%s only allowed in Go files that import \"unsafe\"", directive);
			continue;
		}
		/* go1.21 on: the remote name cannot be an instance */
		if (n == 3 && release_has(FEAT_UNIFIED_IR) && memchr(f[2], '[', fn[2]) && memchr(f[2], ']', fn[2])) {
			errorf(d->pos + 2, "//%s reference of an instantiation is not allowed", directive);
			continue;
		}
		name = intern(f[1], fn[1]);
		o = scope_lookup(l->pkg->scope, name);
		if (!o || (o->kind != OBJ_VAR && o->kind != OBJ_FUNC)) {
			if (allows_version(l, 1, 18))
				errorf(d->pos + 2, "//%s must refer to declared function or variable", directive);
			continue;
		}
		if (ptrmap_get(named, name)) {
			errorf(d->pos + 2, "duplicate //%s for %s", directive, name);
			continue;
		}
		ptrmap_put(named, name, (void *)name);
	}
}

/* --- files ----------------------------------------------------------------- */

static bool imports_path(const File *f, const char *path)
{
	size_t n = strlen(path);
	int i;
	for (i = 0; i < f->nimports; i++) {
		const Expr *lit = f->imports[i]->u.import.path;
		if (lit && lit->kind == EXPR_BASICLIT && lit->u.lit.len == (int)n + 2 &&
		    memcmp(lit->u.lit.value + 1, path, n) == 0)
			return true;
	}
	return false;
}

static void parse_lang(Late *l, const char *lang)
{
	l->lang = lang;
	l->vmajor = l->vminor = 0;
	if (!lang || strncmp(lang, "go", 2) != 0 || lang[2] < '0' || lang[2] > '9')
		return;
	l->vmajor = atoi(lang + 2);
	if (strchr(lang, '.'))
		l->vminor = atoi(strchr(lang, '.') + 1);
}

/* gc -complete (the go command passes it when a package has nothing
 * but Go files): a function without a body must be linked by name. */
static void check_bodies(File **files, int nfiles, PtrMap *named)
{
	int i, j;
	for (i = 0; i < nfiles; i++)
		for (j = 0; j < files[i]->ndecls; j++) {
			Decl *d = files[i]->decls[j];
			const char *name;
			if (d->kind != DECL_FUNC || d->u.func.body)
				continue;
			name = d->u.func.name->u.ident.name;
			if (strcmp(name, "init") == 0 && !d->u.func.recv)
				continue;   /* the checker said so */
			if (!d->u.func.recv && ptrmap_get(named, name))
				continue;
			/* gc's position of the declaration: the token after "func" */
			errorf(d->u.func.recv ? d->u.func.recv->opening : d->u.func.name->pos, "missing function body");
		}
}

void late_checks(Pkg *pkg, File **files, int nfiles, const char *lang, bool complete)
{
	Late l;
	PtrMap named = {0};
	int i, j;
	memset(&l, 0, sizeof l);
	l.pkg = pkg;
	parse_lang(&l, lang);
	for (i = 0; i < nfiles; i++) {
		File *f = files[i];
		l.file = f;
		l.have_embed = imports_path(f, "embed");
		l.have_unsafe = imports_path(f, "unsafe");
		report_unused(f->pkgdirs, PRAGMA_BUILD, false);
		for (j = 0; j < f->ndecls; j++) {
			Decl *d = f->decls[j];
			if (d->kind == DECL_GEN)
				check_gendecl(&l, d);
			else if (d->kind == DECL_FUNC)
				check_func(&l, d);
		}
	}
	for (i = 0; i < nfiles; i++) {
		l.file = files[i];
		l.have_unsafe = imports_path(files[i], "unsafe");
		check_linknames(&l, &named);
	}
	if (complete)
		check_bodies(files, nfiles, &named);
	ptrmap_free(&named);
}
