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
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "escape.h"
#include "load.h"
#include "lower.h"

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

static void rename_files(Package *p, const char *cwd)
{
	const char *sd = short_dir(cwd, p->dir);
	int i;
	if (p->cmdline)
		return;
	for (i = 0; i < p->nfiles; i++) {
		SrcFile *sf = p->files[i]->src;
		const char *base = strrchr(sf->path, '/');
		base = base ? base + 1 : sf->path;
		sf->name = arena_printf(perm, "%s/%s", sd, base);
	}
}

static void all_pkgs(Program *prog, Pkg ***out, int *n)
{
	int i;
	*out = NEWARRAY(perm, Pkg *, prog->npkgs + 1);
	*n = 0;
	for (i = 0; i < prog->npkgs; i++)
		if (prog->pkgs[i]->types)
			(*out)[(*n)++] = prog->pkgs[i]->types;
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
		if (root) {
			rename_files(p, cwd);
			if (!p->cmdline && mflag) {
				fflush(stdout);
				printf("# %s\n", p->path);
			}
		}
		all_pkgs(prog, &visible, &nvisible);
		gc_fmt_set_local(pkg, visible, nvisible);
		ir = lower_package(pkg, p->files, p->nfiles, a);
		deadcode_package(ir);
		devirtualize_package(ir, ctx.mflag);
		esc_package(ir, &ctx);
		if (ctx.mflag)
			bounds_package(ir);
		fflush(stdout);
	}
	diag_flush();
	return nerrors() ? 1 : 0;
}
