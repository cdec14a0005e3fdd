/* frontend.c: parsing and type-checking a loaded program, package by
 * package in dependency order, as go build compiles them.
 *
 * Needs: a Program from the loader (every package after its imports).
 * Leaves: each package's files parsed (Package.files) and its Pkg
 * (Package.types) with the results in the syntax trees. A package
 * with errors stops the run, as the build would; after syntax errors
 * it is not type-checked at all (gc's behaviour). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"
#include "escape/escape.h"
#include "report/report.h"

/* The importer: an import path as written in a file of the package
 * being checked, resolved through the loader's import map (vendored
 * std paths and the like) to the already-checked package. */
static Pkg *import_checked(void *ctx, const char *path, const char *fromdir, Pos pos)
{
	Package *p = ctx, *dep;
	(void)fromdir;
	(void)pos;
	if (strcmp(path, "unsafe") == 0)
		return unsafe_pkg;
	dep = load_resolve_import(p, path);
	return dep ? dep->types : NULL;
}

/* How a file is named in messages: as written on the command line for
 * command-line files, else as go build names it (report.c), relative to
 * the current directory while its package is checked. */
static const char *display_name(Package *p, const char *base, const CheckOptions *o)
{
	int i;
	if (p->cmdline) {
		for (i = 0; i < o->nargs; i++) {
			const char *a = o->args[i], *slash = strrchr(a, '/');
			if (strcmp(slash ? slash + 1 : a, base) == 0)
				return a;   /* -m names them in full (report_check_end) */
		}
	}
	return report_file_name(p, base);
}

/* The packages go build compiles as part of the runtime (gc's -+),
 * where the runtime's own directives are allowed and nothing may move
 * to the heap unseen. */
bool runtime_package(const Package *p)
{
	static const char *const paths[] = {
		"internal/abi", "internal/bytealg", "internal/cpu", "internal/goarch",
		"internal/goos", "runtime", "runtime/internal/atomic", "runtime/internal/math",
		"runtime/internal/sys", "runtime/internal/syscall",
	};
	int i;
	if (p->runtime)
		return true;
	if (!p->standard)
		return false;
	for (i = 0; i < NELEM(paths); i++)
		if (strcmp(p->path, paths[i]) == 0)
			return true;
	return false;
}

static ParseMode parse_mode(const Package *p)
{
	ParseMode m = PARSE_FULL;
	if (p->standard)
		m |= PARSE_STD;
	if (runtime_package(p))
		m |= PARSE_RUNTIME;
	return m;
}

/* gc's file version: the go1.N that a //go:build line before the
 * package clause requires (the last such line). */
static void file_build_version(File *f)
{
	const Directive *d;
	for (d = f->dirs; d; d = d->next) {
		const char *t = d->text;
		if (f->package && d->pos > f->package)
			break;
		if (strncmp(t, "go:build", 8) != 0 || (t[8] && t[8] != ' ' && t[8] != '\t'))
			continue;
		f->src->buildgo = build_expr_go_version(t + 8, strlen(t + 8));
	}
}

static bool parse_package(Package *p, Arena *a, const CheckOptions *o)
{
	const char **gen = NULL;
	int ngen = p->ncgofiles ? cgo_generate(p, &gen) : -1;
	int n = p->ngofiles + (ngen >= 0 ? ngen : p->ncgofiles), i, before = nsyntaxerrors();
	p->cgogenerated = ngen >= 0;
	p->files = NEWARRAY(a, File *, n ? n : 1);
	p->nfiles = 0;
	for (i = 0; i < n; i++) {
		const char *base, *path, *err, *name;
		SrcFile *sf;
		if (i >= p->ngofiles && ngen >= 0) {
			/* a file written by the cgo tool: its //line directives
			 * name the original file */
			path = name = gen[i - p->ngofiles];
			if (release_has(FEAT_CGO_TRIMMED)) {
				/* the go command trims its work directory away */
				const char *slash = strrchr(path, '/');
				name = slash ? slash + 1 : path;
			}
		} else {
			base = i < p->ngofiles ? p->gofiles[i] : p->cgofiles[i - p->ngofiles];
			path = arena_printf(perm, "%s/%s", p->dir, base);
			name = display_name(p, base, o);
		}
		sf = src_read(name, path, &err);
		File *f;
		if (!sf) {
			errorf(NOPOS, "open %s: %s", path, err);
			return false;
		}
		f = parse_file(sf, a, parse_mode(p));
		f->pkg = p;
		file_build_version(f);
		p->files[p->nfiles++] = f;
	}
	return nsyntaxerrors() == before;
}

/* The go command passes gc -complete for a package of Go files only
 * (a few standard packages aside, whose functions are supplied from
 * elsewhere). */
static bool go_passes_complete(const Package *p)
{
	static const char *const supplied[] = {"bytes", "internal/poll", "net", "os", "runtime/metrics",
	                                       "runtime/pprof", "runtime/trace", "sync", "syscall", "time"};
	int i;
	if (p->ncgofiles || p->nsfiles || p->nextfiles)
		return false;
	if (p->standard)
		for (i = 0; i < NELEM(supplied); i++)
			if (strcmp(p->path, supplied[i]) == 0)
				return false;
	return true;
}

/* --- //go:debug ---------------------------------------------------------------- */

/* go build's checkDirectives (go1.21 on): the //go:debug lines before
 * a package clause must be valid and name a setting once. The package
 * is then not compiled. */
static bool check_godebug_directives(Package *p, const char *goroot)
{
	PtrMap seen = {0};
	int i, errs = nerrors();
	(void)goroot;
	for (i = 0; i < p->nfiles; i++) {
		File *f = p->files[i];
		const Directive *d;
		for (d = f->dirs; d; d = d->next) {
			const char *t = d->text, *rest, *eq, *err;
			char key[256], val[256];
			size_t kn;
			if (f->package && d->pos > f->package)
				break;
			if (strncmp(t, "go:debug", 8) != 0)
				continue;
			rest = t + 8;
			if (*rest != ' ' && *rest != '\t') {
				if (strspn(rest, " \t\r") == strlen(rest))
					errorf(d->pos, "invalid //go:debug: missing key=value");
				continue;   /* not a //go:debug line */
			}
			rest += strspn(rest, " \t");
			kn = strcspn(rest, "\r\n");
			while (kn > 0 && (rest[kn - 1] == ' ' || rest[kn - 1] == '\t'))
				kn--;
			if (!(eq = memchr(rest, '=', kn))) {
				errorf(d->pos, "invalid //go:debug: missing key=value");
				continue;
			}
			snprintf(key, sizeof key, "%.*s", (int)(eq - rest), rest);
			snprintf(val, sizeof val, "%.*s", (int)(rest + kn - eq - 1), eq + 1);
			if ((err = load_godebug_error("//go:debug setting", key, val)) != NULL) {
				errorf(d->pos, "invalid //go:debug: %s", err);
				continue;
			}
			{
				const char *k = intern_cstr(key);
				Pos prev = (Pos)(uintptr_t)ptrmap_get(&seen, k);
				if (prev) {
					char buf[512];
					errorf(d->pos, "repeated //go:debug for %s\n\t%s: previous //go:debug", key,
					       pos_str(prev, buf, sizeof buf));
					continue;
				}
				ptrmap_put(&seen, k, (void *)(uintptr_t)d->pos);
			}
		}
	}
	ptrmap_free(&seen);
	return nerrors() == errs;
}

Pkg *check_loaded_package(Package *p, Arena *a, const CheckOptions *o)
{
	CheckConfig conf;
	Pkg *pkg;
	int before;
	if (strcmp(p->path, "unsafe") == 0) {
		p->types = unsafe_pkg;
		return unsafe_pkg;
	}
	report_check_begin(p);
	before = nerrors();   /* the parser's complaints about directives count */
	if (!parse_package(p, a, o)) {
		report_check_end(p);
		return NULL;
	}
	if (!p->cmdline && release_has(FEAT_GODEBUG_DIRECTIVE) && !check_godebug_directives(p, o->goroot)) {
		report_check_end(p);
		return NULL;
	}
	memset(&conf, 0, sizeof conf);
	conf.goarch = o->goarch;
	conf.fake_import_c = p->ncgofiles > 0 && !p->cgogenerated;
	conf.error_per_line = true;
	conf.importer = import_checked;
	conf.importer_ctx = p;
	conf.goroot = o->goroot;
	if (p->cmdline)
		conf.lang = o->lang;
	else if (p->module)
		conf.lang = load_module_lang(p->module);   /* as the go command's -lang */
	pkg = check_package(&conf, p->path, p->files, p->nfiles);
	if (nerrors() == before)
		late_checks(pkg, p->files, p->nfiles, conf.lang, p->cmdline ? o->complete : go_passes_complete(p));
	if (nerrors() == before)
		check_frame_sizes(p->files, p->nfiles);
	pkg->loader = p;
	p->types = pkg;
	report_check_end(p);
	return pkg;
}

/* As go build: a package is not compiled when one it imports failed. */
bool imports_broken(Package *p)
{
	/* what the files written by the cgo tool import */
	static const char *const cgo_imports[] = {"runtime/cgo", "syscall"};
	int i;
	for (i = 0; i < p->ndeps; i++)
		if (p->deps[i]->broken)
			return true;
	for (i = 0; p->ncgofiles && i < NELEM(cgo_imports); i++) {
		Package *dep = load_resolve_import(p, cgo_imports[i]);
		if (dep && dep->broken)
			return true;
	}
	return false;
}

bool roots_are_files(const Program *prog)
{
	return prog->nroots > 0 && prog->roots[0]->cmdline;
}

int check_program(Program *prog, const CheckOptions *o)
{
	Buf out = {0};
	int i, j;
	bool failed = false;

	types_init();
	sizes_init(o->goarch);
	/* dumps are compared with go/types, whose gc sizes differed from
	 * gc's own before (e.g. no padding after a final zero-size field) */
	if ((o->dump_types || o->dump_sizes) && !release_has(FEAT_GOTYPES_GCSIZES))
		sizes_set_model(SIZES_GOTYPES);
	for (i = 0; i < prog->npkgs; i++) {
		Package *p = prog->pkgs[i];
		Arena *a;
		Pkg *pkg;
		int before = nerrors();
		if ((p->broken = imports_broken(p)))
			continue;   /* as the build: nothing depending on it is compiled */
		a = NEW(perm, Arena);
		arena_init(a);
		pkg = check_loaded_package(p, a, o);
		if (!pkg || nerrors() > before) {
			p->broken = true;
			failed = true;
			continue;
		}
		if (pkg == unsafe_pkg)
			continue;
		if (o->dump_types) {
			for (j = 0; j < p->nfiles; j++) {
				buf_reset(&out);
				type_dump_file(&out, p->files[j], o->goroot);
				fwrite(out.s, 1, out.n, stdout);
			}
		}
		if (o->dump_sizes) {
			buf_reset(&out);
			type_dump_sizes(&out, pkg);
			fwrite(out.s, 1, out.n, stdout);
		}
		/* Nothing after checking needs the syntax trees (objects keep
		 * positions, not nodes): memory stays bounded by one package. */
		arena_free(a);
		p->files = NULL;
		p->nfiles = 0;
	}
	buf_free(&out);
	fflush(stdout);
	return report_finish(failed, roots_are_files(prog));
}
