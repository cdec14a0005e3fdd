/* check.c: checking one package, start to finish.
 *
 * check_package runs the phases in go/types' order: collect the
 * package-level objects of all files, check their declarations, run
 * the delayed actions (function bodies among them), clean up lazily
 * resolved types, compute the initialization order, report unused
 * imports, and give untyped expressions their final types.
 *
 * Needs: parsed files of one package, every import already checked
 * (the importer maps paths to Pkgs). Leaves: the Pkg with its scope
 * complete, and the results written into the syntax tree. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* --- delayed actions ------------------------------------------------------ */

void check_later(Checker *c, void (*fn)(Checker *, void *), void *arg)
{
	Action *a;
	if (c->ndelayed == c->capdelayed) {
		c->capdelayed = c->capdelayed ? 2 * c->capdelayed : 64;
		c->delayed = xrealloc(c->delayed, sizeof *c->delayed * (size_t)c->capdelayed);
	}
	a = &c->delayed[c->ndelayed++];
	memset(a, 0, sizeof *a);
	a->fn = fn;
	a->arg = arg;
}

/* Runs the actions pushed since top, including those they push in turn
 * (first in, first out), then drops them. */
void check_process_delayed(Checker *c, int top)
{
	int i;
	for (i = top; i < c->ndelayed; i++) {
		/* copy: running the action may grow (move) the array */
		Action a = c->delayed[i];
		if (a.keepenv) {
			Env saved = c->env;
			c->env = a.env;
			a.fn(c, a.arg);
			c->env = saved;
		} else {
			a.fn(c, a.arg);
		}
	}
	ASSERT(top <= c->ndelayed);
	c->ndelayed = top;
}

/* --- the object path, for cycle detection ----------------------------------- */

void check_push_path(Checker *c, Object *o)
{
	if (c->nobjpath == c->capobjpath) {
		c->capobjpath = c->capobjpath ? 2 * c->capobjpath : 32;
		c->objpath = xrealloc(c->objpath, sizeof *c->objpath * (size_t)c->capobjpath);
	}
	c->objpath[c->nobjpath++] = o;
}

Object *check_pop_path(Checker *c)
{
	ASSERT(c->nobjpath > 0);
	return c->objpath[--c->nobjpath];
}

/* Records that the package-level declaration being checked depends on
 * `to` (for the initialization order). */
void check_add_decl_dep(Checker *c, Object *to)
{
	DeclInfo *from = c->env.decl;
	if (!from || !ptrmap_get(&c->objmap, to))
		return;
	if (ptrmap_get(&from->depset, to))
		return;
	ptrmap_put(&from->depset, to, to);
	if (from->ndeps == from->capdeps) {
		int cap = from->capdeps ? 2 * from->capdeps : 4;
		Object **n = NEWARRAY(c->tmp, Object *, cap);
		if (from->ndeps)
			memcpy(n, from->deps, sizeof *n * (size_t)from->ndeps);
		from->deps = n;
		from->capdeps = cap;
	}
	from->deps[from->ndeps++] = to;
}

void check_needs_cleanup(Checker *c, Type *t)
{
	if (c->ncleaners == c->capcleaners) {
		c->capcleaners = c->capcleaners ? 2 * c->capcleaners : 64;
		c->cleaners = xrealloc(c->cleaners, sizeof *c->cleaners * (size_t)c->capcleaners);
	}
	c->cleaners[c->ncleaners++] = t;
}

/* Every named type made while checking ends with an underlying type
 * that is not itself named (or stays an unexpanded instance), and every
 * type parameter with its constraint interface computed. */
static void cleanup(Checker *c)
{
	int i;
	for (i = 0; i < c->ncleaners; i++)
		type_cleanup(c->cleaners[i]);
	free(c->cleaners);
	c->cleaners = NULL;
	c->ncleaners = c->capcleaners = 0;
}

/* --- recording results into the syntax tree ----------------------------------- */

void check_remember_untyped(Checker *c, Expr *e, bool islhs, ExprMode mode, Type *t, Const *val)
{
	UntypedInfo *u = ptrmap_get(&c->untyped, e);
	if (!u)
		u = NEW(c->tmp, UntypedInfo);
	u->islhs = islhs;
	u->mode = mode;
	u->type = t;
	u->val = val;
	ptrmap_put(&c->untyped, e, u);
}

static void record_untyped(Checker *c)
{
	int i;
	for (i = 0; i < c->untyped.cap; i++) {
		UntypedInfo *u;
		if (!c->untyped.keys[i] || !(u = c->untyped.vals[i]))
			continue;
		record_type_and_value(c, (Expr *)c->untyped.keys[i], u->mode, u->type, u->val);
	}
}

/* A novalue expression has no type: recorded as the empty tuple's
 * absence (NULL), as go/types records a nil *Tuple. */
void record_type_and_value(Checker *c, Expr *e, ExprMode mode, Type *t, Const *val)
{
	(void)c;
	ASSERT(e);
	if (mode == MODE_INVALID)
		return;
	if (mode == MODE_CONSTANT)
		ASSERT(val);
	e->mode = (uint8_t)mode;
	e->type = t;
	e->val = mode == MODE_CONSTANT ? val : NULL;
}

void record_builtin_type(Checker *c, Expr *fun, Type *sig)
{
	for (;;) {
		record_type_and_value(c, fun, MODE_BUILTIN, sig, NULL);
		if (fun->kind != EXPR_PAREN)
			return;
		fun = fun->u.paren.x;
	}
}

/* The result of a comma-ok expression is recorded as the pair type. */
void record_comma_ok_types(Checker *c, Expr *e, Type *t0, Type *t1)
{
	if (!t0 || !t1)
		return;
	for (;;) {
		Object **vars = NEWARRAY(c->arena, Object *, 2);
		Pos pos = ast_expr_start(e);
		vars[0] = new_var(pos, c->pkg, "", t0);
		vars[1] = new_var(pos, c->pkg, "", t1);
		ASSERT(e->mode != MODE_INVALID);
		e->type = new_tuple(vars, 2);
		if (e->kind != EXPR_PAREN)
			return;
		e = e->u.paren.x;
	}
}

void record_def(Checker *c, Expr *ident, Object *obj)
{
	(void)c;
	ASSERT(ident && ident->kind == EXPR_IDENT);
	ident->u.ident.isdef = true;
	ident->u.ident.def = obj;
}

void record_use(Checker *c, Expr *ident, Object *obj)
{
	(void)c;
	ASSERT(ident && ident->kind == EXPR_IDENT && obj);
	ident->u.ident.use = obj;
}

void record_selection(Checker *c, Expr *sel, SelectionKind kind, Type *recv, Object *obj,
                      int *index, int nindex, bool indirect)
{
	Selection *s;
	ASSERT(sel->kind == EXPR_SELECTOR && obj);
	record_use(c, sel->u.selector.sel, obj);
	s = NEW(c->arena, Selection);
	s->kind = kind;
	s->recv = recv;
	s->obj = obj;
	s->index = index;
	s->nindex = nindex;
	s->indirect = indirect;
	sel->u.selector.selection = s;
}

/* The identifier an instantiation is recorded on: x in x[T], the
 * selected name in p.x[T]. */
static Expr *instantiated_ident(Expr *e)
{
	if (e->kind == EXPR_INDEX)
		e = e->u.index.x;
	else if (e->kind == EXPR_INDEXLIST)
		e = e->u.indexlist.x;
	if (e->kind == EXPR_SELECTOR)
		e = e->u.selector.sel;
	if (e->kind != EXPR_IDENT)
		BUG("instantiated identifier not found");
	return e;
}

void record_instance(Checker *c, Expr *e, TypeList targs, Type *t)
{
	Expr *id = instantiated_ident(e);
	Instance *inst = NEW(c->arena, Instance);
	ASSERT(t);
	inst->targs = targs;
	inst->type = t;
	id->u.ident.inst = inst;
}

void record_scope_stmt(Checker *c, Stmt *s, Scope *scope)
{
	(void)c;
	s->scope = scope;
}

/* --- language versions ------------------------------------------------------------- */

/* "go1.17" -> 1, 17; anything else leaves 0.0 (the latest) */
static void parse_go_version(const char *s, int *major, int *minor)
{
	const char *p;
	*major = *minor = 0;
	if (!s || strncmp(s, "go", 2) != 0)
		return;
	p = s + 2;
	if (*p < '0' || *p > '9')
		return;
	*major = (int)strtol(p, (char **)&p, 10);
	if (*p == '.')
		*minor = (int)strtol(p + 1, NULL, 10);
}

/* gc's file versions (go1.21 on): a file whose //go:build line requires
 * go1.N is checked at go1.N, or at go1.21 if N is lower, whatever the
 * package's version. false when the file has none. */
bool file_lang_version(const SrcFile *sf, int *major, int *minor)
{
	if (!sf || sf->buildgo < 0 || !release_has(FEAT_FILE_VERSION))
		return false;
	*major = 1;
	*minor = sf->buildgo < 21 ? 21 : sf->buildgo;
	return true;
}

/* The file the checker is in: the file scope around the current scope
 * (or the current declaration's). */
static const SrcFile *current_src(Checker *c)
{
	Scope *s = c->env.scope;
	int i;
	while (s && s->parent && s->parent != c->pkg->scope)
		s = s->parent;
	if ((!s || s->parent != c->pkg->scope) && c->env.decl)
		s = c->env.decl->file;
	for (i = 0; s && i < c->nfiles; i++)
		if (c->files[i]->scope == s)
			return c->files[i]->src;
	return NULL;
}

static bool version_at_least(int vmajor, int vminor, int major, int minor)
{
	if (vmajor == 0 && vminor == 0)
		return true;
	return vmajor > major || (vmajor == major && vminor >= minor);
}

bool check_allow_version(Checker *c, Pkg *pkg, int major, int minor)
{
	int fmajor, fminor;
	/* imported packages were checked with their own versions */
	if (pkg != c->pkg)
		return true;
	if (file_lang_version(current_src(c), &fmajor, &fminor))
		return version_at_least(fmajor, fminor, major, minor);
	return version_at_least(c->vmajor, c->vminor, major, minor);
}

bool pkg_lang_at_least(const Pkg *pkg, Pos pos, int major, int minor)
{
	int fmajor, fminor;
	if (pos != NOPOS && file_lang_version(src_file(pos), &fmajor, &fminor))
		return version_at_least(fmajor, fminor, major, minor);
	return version_at_least(pkg->langmajor, pkg->langminor, major, minor);
}

void check_lang_compat(Checker *c, Expr *lit)
{
	const char *s = lit->u.lit.value;
	int n = lit->u.lit.len;
	if (n <= 2 || check_allow_version(c, c->pkg, 1, 13))
		return;
	if (memchr(s, '_', (size_t)n)) {
		check_version_errorf(c, lit->pos, "go1.13", "underscores in numeric literals");
		return;
	}
	if (s[0] != '0')
		return;
	if (s[1] == 'b' || s[1] == 'B')
		check_version_errorf(c, lit->pos, "go1.13", "binary literals");
	else if (s[1] == 'o' || s[1] == 'O')
		check_version_errorf(c, lit->pos, "go1.13", "0o/0O-style octal literals");
	else if (lit->u.lit.kind != TOK_INT && (s[1] == 'x' || s[1] == 'X'))
		check_version_errorf(c, lit->pos, "go1.13", "hexadecimal floating-point literals");
}

/* --- the package's files ------------------------------------------------------- */

/* Takes the package name from the first file; files naming another
 * package are left out. */
static void init_files(Checker *c, File **files, int nfiles)
{
	int i;
	c->files = NEWARRAY(c->arena, File *, nfiles ? nfiles : 1);
	c->nfiles = 0;
	for (i = 0; i < nfiles; i++) {
		File *f = files[i];
		const char *name = f->name ? f->name->u.ident.name : intern_cstr("_");
		if (c->pkg->name[0] == 0) {
			if (strcmp(name, "_") != 0)
				c->pkg->name = name;
			else
				check_errorf(c, expr_start_pos(f->name), "invalid package name _");
			c->files[c->nfiles++] = f;
		} else if (name == c->pkg->name) {
			c->files[c->nfiles++] = f;
		} else {
			/* types2 reports this at the start of the file */
			check_errorf(c, src_pos(f->src, 0), "package %s; expected %s", name, c->pkg->name);
		}
	}
}

static void free_decl_infos(Checker *c)
{
	int i;
	for (i = 0; i < c->nobjlist; i++) {
		DeclInfo *d = ptrmap_get(&c->objmap, c->objlist[i]);
		if (d)
			ptrmap_free(&d->depset);
	}
	free(c->objlist);
}

/* A file whose //go:build line requires a later Go than this release. */
static void files_too_new(Checker *c)
{
	int i;
	if (!release_has(FEAT_FILE_VERSION))
		return;
	for (i = 0; i < c->nfiles; i++) {
		File *f = c->files[i];
		if (f->src->buildgo > release_minor() && f->name)
			check_errorf(c, f->name->pos, "file requires newer Go version go1.%d", f->src->buildgo);
	}
}

static int by_obj_pos(const void *a, const void *b)
{
	const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* gc numbers the defined types declared inside functions in source
 * order, the package's files in order, and names them T·N in symbols */
static void number_local_types(Checker *c)
{
	int i;
	if (c->localtypes.n > 1)
		qsort(c->localtypes.v, (size_t)c->localtypes.n, sizeof *c->localtypes.v, by_obj_pos);
	for (i = 0; i < c->localtypes.n; i++)
		c->localtypes.v[i]->u.typename.localgen = i + 1;
	free(c->localtypes.v);
}

Pkg *check_package(CheckConfig *conf, const char *path, File **files, int nfiles)
{
	Checker *c = xcalloc(1, sizeof *c);
	Pkg *pkg;

	c->conf = conf;
	c->arena = types_arena();
	c->tmp = xcalloc(1, sizeof *c->tmp);
	arena_init(c->tmp);
	pkg = new_pkg(path, "");
	pkg->name = intern_cstr("");
	c->pkg = pkg;
	parse_go_version(conf->lang, &c->vmajor, &c->vminor);
	pkg->langmajor = c->vmajor;
	pkg->langminor = c->vminor;
	check_set_current(c);

	init_files(c, files, nfiles);
	files_too_new(c);
	collect_objects(c);
	package_objects(c);
	check_process_delayed(c, 0);
	cleanup(c);
	init_order(c);
	if (!conf->ignore_func_bodies)
		unused_imports(c);
	record_untyped(c);
	number_local_types(c);
	/* TODO: the monomorphization check (instantiation cycles) of mono.c */
	pkg->complete = true;

	check_set_current(NULL);
	free_decl_infos(c);
	ptrmap_free(&c->objmap);
	ptrmap_free(&c->impmap);
	ptrmap_free(&c->dotimports);
	ptrmap_free(&c->methods);
	ptrmap_free(&c->untyped);
	ptrmap_free(&c->brokenalias);
	ptrmap_free(&c->recvtparams);
	ptrmap_free(&c->valids);
	check_free_qualifier(c);
	arena_free(c->tmp);
	free(c->tmp);
	free(c->delayed);
	free(c->objpath);
	free(c);
	return pkg;
}
