/* report.c: how a package's results reach the user, as the go command
 * shows them (report.h). */
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "report.h"

/* The go command's ShortPath: the directory relative to the current
 * one (filepath.Rel), when that is shorter than the absolute path. */
static const char *short_dir(const char *cwd, const char *dir)
{
	Buf b = {0};
	const char *res;
	size_t common = 0, i;
	int ups = 0;
	/* the longest common prefix ending at a path separator */
	for (i = 0;; i++) {
		char c = cwd[i], d = dir[i];
		if ((c == 0 || c == '/') && (d == 0 || d == '/'))
			common = i;
		if (c == 0 || d == 0 || c != d)
			break;
	}
	for (i = common; cwd[i]; i++)
		if (cwd[i] == '/')
			ups++;
	if (cwd[common] == 0 && dir[common] == 0)
		return ".";
	for (i = 0; i < (size_t)ups; i++)
		buf_puts(&b, i ? "/.." : "..");
	if (dir[common] == '/')
		buf_printf(&b, "%s%s", b.n ? "/" : "", dir + common + 1);
	res = b.n < strlen(dir) ? arena_strndup(perm, b.s, b.n) : dir;
	buf_free(&b);
	return res;
}

/* go build shortens the paths of the package being built to be relative
 * to the current directory; positions in other packages' files (their
 * generic bodies, instantiated here) keep their full paths. The full
 * names are put back once the package is done. */
static const char **rename_files(Package *p, const char *cwd)
{
	const char *sd = short_dir(cwd, p->dir);
	const char **saved;
	int i;
	if (p->cmdline)
		return NULL;
	saved = NEWARRAY(perm, const char *, p->nfiles + 1);
	for (i = 0; i < p->nfiles; i++) {
		SrcFile *sf = p->files[i]->src;
		const char *base = strrchr(sf->path, '/');
		saved[i] = sf->name;
		if (p->cgogenerated && i >= p->ngofiles)
			continue;   /* written by the cgo tool: named by its path */
		base = base ? base + 1 : sf->path;
		sf->name = arena_printf(perm, "%s/%s", sd, base);
	}
	return saved;
}

static void restore_names(Package *p, const char **saved)
{
	int i;
	if (!saved)
		return;
	for (i = 0; i < p->nfiles; i++)
		p->files[i]->src->name = saved[i];
}

/* --- which packages gc has heard of -----------------------------------------

 * gc qualifies a type name with its package's name, or with its quoted
 * path when two packages it has imported share that name. It hears of
 * a package through the export data of its direct imports: each lists
 * itself and every package whose declarations its exported API needs.
 * That is approximated here by the packages of the named types
 * reachable from each import's exported objects. */

typedef struct Reach {
	PtrMap pkgs;      /* Pkg -> Pkg */
	PtrMap seen;      /* Type -> Type */
	Pkg **list;
	int n, cap;
} Reach;

static void reach_pkg(Reach *r, Pkg *p)
{
	if (!p || ptrmap_get(&r->pkgs, p))
		return;
	ptrmap_put(&r->pkgs, p, p);
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->list = xrealloc(r->list, sizeof *r->list * (size_t)r->cap);
	}
	r->list[r->n++] = p;
}

static void reach_type(Reach *r, Type *t)
{
	int i;
	if (!t || ptrmap_get(&r->seen, t))
		return;
	ptrmap_put(&r->seen, t, t);
	switch (t->kind) {
	case TYPE_NAMED:
		reach_pkg(r, t->u.named.obj->pkg);
		reach_type(r, named_underlying(t));
		for (i = 0; i < named_nmethods(t); i++)
			reach_type(r, named_method(t, i)->type);
		for (i = 0; i < t->u.named.targs.n; i++)
			reach_type(r, t->u.named.targs.v[i]);
		break;
	case TYPE_POINTER: reach_type(r, t->u.pointer.elem); break;
	case TYPE_SLICE: reach_type(r, t->u.slice.elem); break;
	case TYPE_ARRAY: reach_type(r, t->u.array.elem); break;
	case TYPE_CHAN: reach_type(r, t->u.chan.elem); break;
	case TYPE_MAP:
		reach_type(r, t->u.map.key);
		reach_type(r, t->u.map.elem);
		break;
	case TYPE_STRUCT:
		for (i = 0; i < t->u.strct.nfields; i++)
			reach_type(r, t->u.strct.fields[i]->type);
		break;
	case TYPE_TUPLE:
		for (i = 0; i < t->u.tuple.n; i++)
			reach_type(r, t->u.tuple.vars[i]->type);
		break;
	case TYPE_SIGNATURE:
		reach_type(r, t->u.sig.params);
		reach_type(r, t->u.sig.results);
		break;
	case TYPE_INTERFACE:
		for (i = 0; i < t->u.iface.nmethods; i++)
			reach_type(r, t->u.iface.methods[i]->type);
		for (i = 0; i < t->u.iface.nembeddeds; i++)
			reach_type(r, t->u.iface.embeddeds[i]);
		break;
	default:
		break;
	}
}

static void visible_pkgs(Package *p, Pkg ***out, int *n)
{
	Reach r;
	int i, j;
	memset(&r, 0, sizeof r);
	for (i = 0; i < p->ndeps; i++) {
		Pkg *x = p->deps[i]->types;
		if (!x || x == unsafe_pkg)
			continue;
		reach_pkg(&r, x);
		for (j = 0; j < x->scope->norder; j++) {
			Object *o = x->scope->order[j];
			if (obj_exported(o))
				reach_type(&r, o->type);
		}
	}
	*out = NEWARRAY(perm, Pkg *, r.n + 1);
	for (i = 0; i < r.n; i++)
		(*out)[i] = r.list[i];
	*n = r.n;
	ptrmap_free(&r.pkgs);
	ptrmap_free(&r.seen);
	free(r.list);
}

static char cwd[PATH_MAX];

static const char *current_dir(void)
{
	if (!cwd[0] && !getcwd(cwd, sizeof cwd))
		fatalf("cannot find the current directory");
	return cwd;
}

/* While gc compiles a package for go build, its files are named
 * relative to the current directory, so its errors print that way. */
const char *report_file_name(Package *p, const char *base)
{
	return arena_printf(perm, "%s/%s", short_dir(current_dir(), p->dir), base);
}

/* go tool compile (go1.26) names the files it is given by their
 * absolute, cleaned paths. */
const char *report_abs_name(const char *name)
{
	if (name[0] == '/')
		return load_clean(name);
	return load_clean(arena_printf(perm, "%s/%s", current_dir(), name));
}

void report_check_begin(Package *p)
{
	diag_begin_unit();
	diag_set_error_header(p->cmdline ? NULL : p->display ? p->display : p->path);
}

void report_check_end(Package *p)
{
	int i;
	if (diag_pending())
		diag_flush();   /* the package's errors, under its header */
	diag_set_error_header(NULL);
	if (p->cmdline) {
		/* go tool compile (go1.26) reports errors in the names it was
		 * given, and the rest by absolute paths */
		if (release_has(FEAT_COMPILE_ABS_NAMES))
			for (i = 0; i < p->nfiles; i++)
				p->files[i]->src->name = report_abs_name(p->files[i]->src->name);
		return;
	}
	for (i = 0; i < p->nfiles; i++) {
		SrcFile *sf = p->files[i]->src;
		if (!(p->cgogenerated && i >= p->ngofiles))
			sf->name = sf->path;   /* other packages' messages name them in full */
	}
}

int report_finish(bool failed, bool cmdline)
{
	diag_flush();
	if (!failed && !nerrors())
		return 0;
	/* go tool compile's status for files, the go command's for packages */
	return cmdline ? release_compile_failure() : release_build_failure();
}

void report_begin(Report *r, Package *p, const ReportOptions *o)
{
	Pkg **visible;
	int nvisible, k;
	memset(r, 0, sizeof *r);
	r->p = p;
	/* go1.27's go command rewrites a cgo package's compiler output */
	warn_set_cgo_names(release_has(FEAT_CGO_NAMES_C) && p->ncgofiles > 0 && !p->cmdline);
	if (o->root) {
		r->names = rename_files(p, current_dir());
		if (!p->cmdline && o->mflag)
			warn_set_header(p->display ? p->display : p->path);
	}
	for (k = 0; k < p->nfiles; k++)
		p->files[k]->src->owner = o->owner;
	pos_set_view(o->owner, o->goroot);
	visible_pkgs(p, &visible, &nvisible);
	gc_fmt_set_local(p->types, visible, nvisible);
}

void report_end(Report *r)
{
	warn_set_header(NULL);
	warn_set_cgo_names(false);
	restore_names(r->p, r->names);
	pos_set_view(0, NULL);
	fflush(stdout);
}
