/* escpkgs.c: escape analysis of a loaded program, package by package
 * in dependency order: check, lower, devirtualize, analyse.
 *
 * Every package is analysed, because importers need its parameter
 * tags; only the packages named on the command line report. Reports
 * read as gc's: for packages, a "# importpath" header and file names
 * shortened relative to the current directory as the go command
 * shortens them; for files named on the command line, their names as
 * given, as go tool compile prints them. */
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "driver.h"
#include "devirt/devirt.h"
#include "escape/escape.h"

static bool is_root(Program *prog, Package *p)
{
	int i;
	for (i = 0; i < prog->nroots; i++)
		if (prog->roots[i] == p)
			return true;
	return false;
}

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

int escape_program(Program *prog, const CheckOptions *co, int mflag)
{
	char cwd[PATH_MAX];
	Pkg **visible;
	int nvisible, i;
	if (!getcwd(cwd, sizeof cwd))
		fatalf("cannot find the current directory");
	types_init();
	sizes_init(co->goarch);
	for (i = 0; i < prog->npkgs; i++) {
		Package *p = prog->pkgs[i];
		Arena *a = NEW(perm, Arena);
		Pkg *pkg;
		IrPackage *ir;
		EscContext ctx;
		bool root = is_root(prog, p);
		const char **saved = NULL;
		MethWrap *mw = NULL;
		PtrMap asmsyms = {0}, linknames = {0};
		Arena irmem;
		int before = nerrors();
		arena_init(a);
		pkg = check_loaded_package(p, a, co);
		if (!pkg || nerrors() > before) {
			diag_flush();
			return 1;
		}
		if (pkg == unsafe_pkg)
			continue;
		memset(&ctx, 0, sizeof ctx);
		ctx.mflag = root ? mflag : 0;
		ctx.runtime = runtime_package(p);
		if (root) {
			saved = rename_files(p, cwd);
			if (!p->cmdline && mflag)
				warn_set_header(p->path);
		}
		{
			int k;
			for (k = 0; k < p->nfiles; k++)
				p->files[k]->src->owner = i + 1;
			pos_set_view(i + 1, co->goroot);
		}
		visible_pkgs(p, &visible, &nvisible);
		gc_fmt_set_local(pkg, visible, nvisible);
		arena_init(&irmem);
		ir = lower_package(pkg, p->files, p->nfiles, &irmem);
		deadcode_package(ir);
		devirtualize_package(ir, ctx.mflag);
		if (ctx.mflag >= 2) {
			ctx.mw = mw = methwrap_begin(ir, &ctx, ctx.runtime);
			asm_scan(p, &asmsyms, &linknames);
			methwrap_set_asm(mw, &asmsyms, &linknames);
		}
		esc_package(ir, &ctx);
		if (ctx.mflag >= 2) {
			bounds_package_hook(ir, methwrap_walk_node, mw);
		} else if (ctx.mflag) {
			bounds_package(ir);
		}
		/* gc's back end: what it cannot allocate, frame sizes */
		esc_walk_checks(ir, ctx.runtime);
		if (ctx.runtime)
			esc_nowb_check(ir);
		if (nerrors() == before) {
			/* the frames hold the backing arrays of these literals */
			Pos *lits;
			int nlits = esc_stack_slicelits(ir, &lits);
			if (nlits)
				check_frame_sizes_escaped(p->files, p->nfiles, lits, nlits);
			free(lits);
		}
		if (mw)
			methwrap_end(mw);
		ptrmap_free(&asmsyms);
		ptrmap_free(&linknames);
		/* the package's IR is done with: its tags are kept by object */
		ir_forget_funcs();
		ir_set_arena(NULL);
		arena_free(&irmem);
		warn_set_header(NULL);
		restore_names(p, saved);
		pos_set_view(0, NULL);
		fflush(stdout);
	}
	diag_flush();
	return nerrors() ? 1 : 0;
}
