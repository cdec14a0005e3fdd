/* load.c: the package loader proper.
 *
 * Starting from the root packages the patterns name, each package's
 * directory is scanned (file names, build constraints, headers), its
 * imports are resolved (path.c in GOPATH mode, mod.c in module
 * mode) and loaded depth-first in sorted order, exactly the traversal
 * `go list -deps` makes, so the resulting order is the same.
 *
 * Needs: a BuildConfig (load_default_config). Leaves: a Program whose
 * packages know their files and resolved imports; File and type slots
 * are left empty for the parser and the checker.
 *
 * Errors use the go command's wording. Where go would print an import
 * stack, goescape prints the position of the import that leads to the
 * problem instead (or as well, for cycles). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load.h"

enum { MAXDEPTH = 10000 };

static bool has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);
	return n >= k && !strcmp(s + n - k, suf);
}

/* --- diagnostics ------------------------------------------------------- */

/* The position of an import spec: the file is read again (it is
 * registered once, on the first error that needs it). */
static Pos site_pos(Loader *L, const ImportSite *site)
{
	static PtrMap files;
	SrcFile *f;
	const char *err;
	if (!site || !site->file)
		return NOPOS;
	f = ptrmap_get(&files, site->file);
	if (!f) {
		f = src_read(load_shortpath(L, site->file), site->file, &err);
		if (!f)
			return NOPOS;
		ptrmap_put(&files, site->file, f);
	}
	return src_pos(f, MIN(site->off, f->size));
}

/* --- packages --------------------------------------------------------------- */

static const char **finish_strs(Vec *v, int *n)
{
	Vec copy = *v;
	const char **r = (const char **)vec_finish(&copy, perm, n);
	return r;
}

static void report(Loader *L, Package *p, const ImportSite *site, Pos pos, const char *fmt, ...) PRINTF(5, 6);
static void report(Loader *L, Package *p, const ImportSite *site, Pos pos, const char *fmt, ...)
{
	va_list ap;
	if (p) {
		if (p->bad)
			return;
		p->bad = true;
	}
	if (pos == NOPOS)
		pos = site_pos(L, site);
	va_start(ap, fmt);
	verrorf(pos, fmt, ap);
	va_end(ap);
}

static Resolved resolve(Loader *L, const char *path, const Package *parent, const char *srcdir)
{
	if (L->cfg->modules)
		return mod_resolve(L, path, parent);
	return path_resolve(L, path, parent, srcdir);
}

/* "package a\n\timports b\n\timports a" */
static void stack_text(Loader *L, Buf *b, const char *last)
{
	int i;
	for (i = 0; i < L->stack.n; i++)
		buf_printf(b, i == 0 ? "package %s" : "\n\timports %s", (const char *)L->stack.v[i]);
	if (last)
		buf_printf(b, L->stack.n ? "\n\timports %s" : "package %s", last);
}

static const char *const cgo_syscall_exclude[] = {"runtime/cgo", "runtime/race", "runtime/msan", "runtime/asan"};

static Package *load_import(Loader *L, const char *path, Package *parent, const char *srcdir,
                            const ImportSite *site, bool implicit);

static void fill_package(Loader *L, Package *p, DirScan *s)
{
	int i;
	p->name = s->name;
	p->gofiles = finish_strs(&s->gofiles, &p->ngofiles);
	p->sfiles = finish_strs(&s->sfiles, &p->nsfiles);
	p->nextfiles = s->nextfiles;
	p->cgofiles = finish_strs(&s->cgofiles, &p->ncgofiles);
	p->ignoredgofiles = finish_strs(&s->ignored, &p->nignoredgofiles);
	p->testgofiles = finish_strs(&s->tests, &p->ntestgofiles);
	p->xtestgofiles = finish_strs(&s->xtests, &p->nxtestgofiles);
	p->testimps = (ScanImport **)finish_strs(&s->testimps, &p->ntestimps);
	p->xtestimps = (ScanImport **)finish_strs(&s->xtestimps, &p->nxtestimps);
	/* ignored files are listed sorted by go list (they come from one
	 * sorted directory listing, so they already are) */
	p->nimports = 0;
	for (i = 0; i < s->imports.n; i++)
		if (strcmp(((ScanImport *)s->imports.v[i])->path, "C") != 0)
			p->nimports++;
	p->imports = NEWARRAY(perm, const char *, p->nimports + 1);
	p->rawimports = NEWARRAY(perm, const char *, p->nimports + 1);
	p->importsites = NEWARRAY(perm, ImportSite, p->nimports + 1);
	p->deps = NEWARRAY(perm, Package *, p->nimports + 1);
	p->ndeps = p->nimports;
	p->nimports = 0;
	for (i = 0; i < s->imports.n; i++) {
		ScanImport *imp = s->imports.v[i];
		if (!strcmp(imp->path, "C"))
			continue;
		p->rawimports[p->nimports] = imp->path;
		p->imports[p->nimports] = imp->path;
		p->importsites[p->nimports] = imp->site;
		p->nimports++;
	}
	(void)L;
}

static bool raw_listed(const Package *p, const char *path, Vec *extra)
{
	int i;
	for (i = 0; i < p->nimports; i++)
		if (!strcmp(p->rawimports[i], path))
			return true;
	for (i = 0; i < extra->n; i++)
		if (!strcmp((const char *)extra->v[i], path))
			return true;
	return false;
}

/* The imports the build adds: cgo's runtime support, and what the
 * linker needs for a command. */
static void implicit_imports(Loader *L, Package *p, Vec *out)
{
	const BuildConfig *c = L->cfg;
	int i;
	if (p->ncgofiles > 0) {
		bool nosyscall = false;
		if (!raw_listed(p, "unsafe", out))
			vec_push(out, (void *)"unsafe");
		if (!(p->standard && !strcmp(p->path, "runtime/cgo")) && !raw_listed(p, "runtime/cgo", out))
			vec_push(out, (void *)"runtime/cgo");
		for (i = 0; i < NELEM(cgo_syscall_exclude); i++)
			if (p->standard && !strcmp(p->path, cgo_syscall_exclude[i]))
				nosyscall = true;
		if (!nosyscall && !raw_listed(p, "syscall", out))
			vec_push(out, (void *)"syscall");
	}
	if (!strcmp(p->name, "main")) {
		bool external = c->cgo_enabled &&
		                ((!strcmp(c->goos, "android") && strcmp(c->goarch, "arm64") != 0) || !strcmp(c->goos, "ios"));
		if (!raw_listed(p, "runtime", out))
			vec_push(out, (void *)"runtime");
		if (external && !raw_listed(p, "runtime/cgo", out))
			vec_push(out, (void *)"runtime/cgo");
		if (!strcmp(c->goarch, "arm") && !raw_listed(p, "math", out))
			vec_push(out, (void *)"math");
	}
}

static void load_deps(Loader *L, Package *p)
{
	Vec extra = {0};
	int i;
	vec_push(&L->stack, (void *)p->path);
	for (i = 0; i < p->nimports; i++) {
		Package *d = load_import(L, p->rawimports[i], p, p->dir, &p->importsites[i], false);
		p->deps[i] = d;
		p->imports[i] = d->path;
	}
	implicit_imports(L, p, &extra);
	if (extra.n) {
		p->implicit = NEWARRAY(perm, Package *, extra.n);
		for (i = 0; i < extra.n; i++)
			p->implicit[i] = load_import(L, extra.v[i], p, p->dir, NULL, true);
		p->nimplicit = extra.n;
	}
	vec_free(&extra);
	L->stack.n--;
}

/* "internal" as a path element: the index where the internal tree's
 * parent ends, or -1 */
static int find_internal(const char *path)
{
	size_t n = strlen(path);
	const char *s, *last = NULL;
	if (n >= 9 && !strcmp(path + n - 9, "/internal"))
		return (int)(n - 8);
	for (s = strstr(path, "/internal/"); s; s = strstr(s + 1, "/internal/"))
		last = s;
	if (last)
		return (int)(last - path) + 1;
	if (!strcmp(path, "internal") || !strncmp(path, "internal/", 9))
		return 0;
	return -1;
}

static int find_vendor(const char *path)
{
	const char *s, *last = NULL;
	for (s = strstr(path, "/vendor/"); s; s = strstr(s + 1, "/vendor/"))
		last = s;
	if (last)
		return (int)(last - path) + 1;
	if (!strncmp(path, "vendor/", 7))
		return 0;
	return -1;
}

static bool has_file_prefix(const char *s, const char *prefix)
{
	return load_has_path_prefix(load_clean(s), load_clean(prefix));
}

/* The import rules that depend on the importer: internal packages,
 * vendored packages, commands. */
static void check_import(Loader *L, Package *p, Package *parent, const char *raw, const char *srcdir,
                         const ImportSite *site)
{
	int i;
	if (!parent || p->bad)
		return;
	/* Files named on the command line are analysed as go tool compile
	 * compiles them, and the compiler knows nothing of internal packages. */
	if ((i = find_internal(p->path)) >= 0 && !parent->cmdline) {
		bool ok = false;
		if (i > 0)
			i--;
		if (!p->module) {
			size_t cut = (size_t)i + strlen(p->dir) - strlen(p->path);
			if ((size_t)i + strlen(p->dir) >= strlen(p->path) && cut <= strlen(p->dir)) {
				const char *pd = intern(p->dir, cut);
				ok = has_file_prefix(srcdir, pd);
			}
		} else {
			const char *importer = parent->path;
			const char *pre = intern(p->path, (size_t)i);
			if (parent->cmdline) {
				const char *err;
				importer = mod_dir_import_path(L, parent->dir, &err);
				if (!importer)
					importer = ".";
			}
			ok = load_has_path_prefix(importer, pre);
		}
		if (!ok) {
			report(L, NULL, site, NOPOS, "use of internal package %s not allowed", p->path);
			return;
		}
	}
	/* a vendor tree serves the code around it, under its own paths */
	if ((i = find_vendor(p->path)) >= 0) {
		size_t cut;
		if (i > 0)
			i--;
		cut = (size_t)i + strlen(p->dir) - strlen(p->path);
		if ((size_t)i + strlen(p->dir) >= strlen(p->path) && cut <= strlen(p->dir) &&
		    !has_file_prefix(srcdir, intern(p->dir, cut))) {
			report(L, NULL, site, NOPOS, "use of vendored package not allowed");
			return;
		}
	}
	if ((i = find_vendor(raw)) >= 0) {
		report(L, NULL, site, NOPOS, "%s must be imported as %s", raw, raw + i + 7);
		return;
	}
	if (!strcmp(p->name, "main") && strcmp(parent->dir, p->dir) != 0)
		report(L, NULL, site, NOPOS, "import \"%s\" is a program, not an importable package", raw);
}

/* A package with an error and no files, standing for an import that
 * could not be satisfied. */
static Package *bad_package(const char *path)
{
	Package *p = NEW(perm, Package);
	p->path = intern_cstr(path);
	p->name = "";
	p->state = LOAD_DONE;
	return p;
}

static Package *new_package(Loader *L, const Resolved *r)
{
	Package *p = NEW(perm, Package);
	p->path = intern_cstr(r->path);
	p->dir = r->dir;
	p->name = "";
	p->module = r->module;
	p->goroot = r->goroot || (r->dir && L->gorootsrc && load_has_subdir(L->gorootsrc, r->dir) &&
	                          !strstr(r->dir, "/testdata/") && !has_suffix(r->dir, "/testdata"));
	p->standard = p->goroot && load_is_std_path(p->path);
	if (!L->cfg->modules)
		p->rootdir = path_root_of(L, r->dir);
	return p;
}

/* Loads the package that path (as written in parent's files, or named on
 * the command line when parent is NULL) denotes, and its imports. */
static Package *load_import(Loader *L, const char *path, Package *parent, const char *srcdir,
                            const ImportSite *site, bool implicit)
{
	Resolved r;
	Package *p;
	DirScan *s;
	(void)implicit;
	/* only a package named by a local path may import by local path */
	if (parent && load_is_local_path(path) && !parent->local) {
		p = bad_package(path);
		if (!strcmp(path, "."))
			report(L, p, site, NOPOS, "%s: cannot import current directory", path);
		else
			report(L, p, site, NOPOS, "local import \"%s\" in non-local package", path);
		return p;
	}
	r = resolve(L, path, parent, srcdir);
	if (r.err) {
		/* one package (and one error) per unresolvable path, as go does */
		const char *key = intern_cstr(r.path ? r.path : path);
		p = ptrmap_get(&L->pkgs, key);
		if (p && p->state == LOAD_DONE && p->bad && !p->dir)
			return p;
		p = bad_package(key);
		if (!ptrmap_get(&L->pkgs, key))
			ptrmap_put(&L->pkgs, key, p);
		report(L, p, site, NOPOS, "%s", r.err);
		return p;
	}
	r.path = intern_cstr(r.path);
	p = ptrmap_get(&L->pkgs, r.path);
	if (p) {
		if (p->state == LOAD_BUSY) {
			if (!p->cycle) {
				Buf b = {0};
				p->cycle = true;
				stack_text(L, &b, p->path);
				if (!p->bad)
					report(L, NULL, site, NOPOS, "%s: import cycle not allowed", b.s);
				p->bad = true;
				buf_free(&b);
			}
			return p;
		}
		check_import(L, p, parent, path, srcdir, site);
		return p;
	}
	p = new_package(L, &r);
	p->local = load_is_local_path(path);
	ptrmap_put(&L->pkgs, p->path, p);
	p->state = LOAD_BUSY;
	if (L->depth >= MAXDEPTH) {
		report(L, p, site, NOPOS, "import chain too deep (over %d packages)", MAXDEPTH);
		p->state = LOAD_DONE;
		return p;
	}
	s = load_scan_dir(L, p->dir);
	fill_package(L, p, s);
	if (s->err && s->nogo && !site && !parent)
		report(L, p, NULL, NOPOS, "package %s: %s", path, s->err);
	else if (s->err)
		report(L, p, site, s->errpos, "%s", s->err);
	else if (!L->cfg->modules && s->importcomment && strcmp(s->importcomment, path) != 0 &&
	         !strstr(path, "/vendor/") && strncmp(path, "vendor/", 7) != 0)
		report(L, p, site, NOPOS, "code in directory %s expects import \"%s\"", p->dir, s->importcomment);
	L->depth++;
	load_deps(L, p);
	L->depth--;
	p->state = LOAD_DONE;
	check_import(L, p, parent, path, srcdir, site);
	return p;
}

/* The package of .go files named on the command line. */
static Package *load_files(Loader *L, char **files, int n)
{
	const char *dir = NULL;
	char **names = NEWARRAY(perm, char *, n);
	Package *p;
	DirScan *s;
	Resolved r;
	int i;
	for (i = 0; i < n; i++) {
		const char *abs = files[i][0] == '/' ? load_clean(files[i]) : load_join(L->cwd, files[i]);
		const char *slash = strrchr(abs, '/');
		const char *d = slash == abs ? "/" : intern(abs, (size_t)(slash - abs));
		struct stat st;
		if (!has_suffix(files[i], ".go")) {
			errorf(NOPOS, "named files must be .go files: %s", files[i]);
			return NULL;
		}
		if (stat(abs, &st) != 0) {
			errorf(NOPOS, "stat %s: %s", files[i], load_os_error(strerror(errno)));
			return NULL;
		}
		if (S_ISDIR(st.st_mode)) {
			errorf(NOPOS, "%s is a directory, should be a Go file", files[i]);
			return NULL;
		}
		if (dir && dir != d) {
			errorf(NOPOS, "named files must all be in one directory; have %s and %s",
			       load_shortpath(L, dir), load_shortpath(L, d));
			return NULL;
		}
		dir = d;
		names[i] = (char *)(slash + 1);
	}
	/* the files keep their command-line order, as in go list */
	memset(&r, 0, sizeof r);
	r.path = "command-line-arguments";
	r.dir = dir;
	p = new_package(L, &r);
	p->cmdline = true;
	p->local = true;
	p->goroot = false;
	p->standard = false;
	p->module = NULL;
	ptrmap_put(&L->pkgs, p->path, p);
	s = load_scan_files(L, dir, names, NULL, n, true);
	fill_package(L, p, s);
	p->state = LOAD_BUSY;
	if (s->err)
		report(L, p, NULL, s->errpos, "%s", s->err);
	load_deps(L, p);
	p->state = LOAD_DONE;
	return p;
}

/* --- -test: the packages go test compiles ------------------------------------ */

/* A copy of p to be compiled again (its own files, parse and types). */
static Package *clone_package(const Package *p, const char *display)
{
	Package *c = NEW(perm, Package);
	*c = *p;
	c->display = display;
	c->files = NULL;
	c->nfiles = 0;
	c->types = NULL;
	c->broken = false;
	return c;
}

/* p's import list with more imports (resolved to deps). */
static void add_imports(Package *p, ScanImport **imps, Package **deps, int n)
{
	int total = p->nimports + n, i, k = p->nimports;
	const char **imports = NEWARRAY(perm, const char *, total + 1);
	const char **raw = NEWARRAY(perm, const char *, total + 1);
	ImportSite *sites = NEWARRAY(perm, ImportSite, total + 1);
	Package **d = NEWARRAY(perm, Package *, total + 1);
	for (i = 0; i < p->nimports; i++) {
		imports[i] = p->imports[i];
		raw[i] = p->rawimports[i];
		sites[i] = p->importsites[i];
		d[i] = p->deps[i];
	}
	for (i = 0; i < n; i++) {
		int j;
		for (j = 0; j < p->nimports; j++)
			if (strcmp(p->rawimports[j], imps[i]->path) == 0)
				break;
		if (j < p->nimports)
			continue;   /* imported by the package already */
		/* kept sorted by the path as written (load_resolve_import) */
		for (j = k; j > 0 && strcmp(raw[j - 1], imps[i]->path) > 0; j--) {
			imports[j] = imports[j - 1];
			raw[j] = raw[j - 1];
			sites[j] = sites[j - 1];
			d[j] = d[j - 1];
		}
		imports[j] = deps[i]->path;
		raw[j] = imps[i]->path;
		sites[j] = imps[i]->site;
		d[j] = deps[i];
		k++;
	}
	p->imports = imports;
	p->rawimports = raw;
	p->importsites = sites;
	p->deps = d;
	p->nimports = p->ndeps = k;
}

static bool depends_on(Package *p, Package *target, PtrMap *memo)
{
	intptr_t m = (intptr_t)ptrmap_get(memo, p);
	int i;
	if (m)
		return m == 2;
	ptrmap_put(memo, p, (void *)1);
	for (i = 0; i < p->ndeps && m != 2; i++)
		if (p->deps[i] == target || depends_on(p->deps[i], target, memo))
			m = 2;
	for (i = 0; i < p->nimplicit && m != 2; i++)
		if (p->implicit[i] == target || depends_on(p->implicit[i], target, memo))
			m = 2;
	ptrmap_put(memo, p, (void *)(intptr_t)(m == 2 ? 2 : 3));
	return m == 2;
}

/* go test's recompileForTest: q, which imports p, compiled again
 * against p's test variant pt, as "q [p.test]". */
static Package *for_test(Package *q, Package *p, Package *pt, const char *suffix, PtrMap *memo, PtrMap *clones)
{
	Package *c;
	int i;
	if (q == p)
		return pt;
	if (!depends_on(q, p, memo))
		return q;
	if ((c = ptrmap_get(clones, q)) != NULL)
		return c;
	c = clone_package(q, arena_printf(perm, "%s %s", q->path, suffix));
	ptrmap_put(clones, q, c);
	c->deps = NEWARRAY(perm, Package *, q->ndeps + 1);
	for (i = 0; i < q->ndeps; i++)
		c->deps[i] = for_test(q->deps[i], p, pt, suffix, memo, clones);
	c->implicit = NEWARRAY(perm, Package *, q->nimplicit + 1);
	for (i = 0; i < q->nimplicit; i++)
		c->implicit[i] = for_test(q->implicit[i], p, pt, suffix, memo, clones);
	return c;
}

static Package **load_test_imports(Loader *L, Package *p, ScanImport **imps, int n)
{
	Package **deps = NEWARRAY(perm, Package *, n + 1);
	int i;
	for (i = 0; i < n; i++)
		deps[i] = load_import(L, imps[i]->path, p, p->dir, &imps[i]->site, false);
	return deps;
}

/* For each root with tests: "p [p.test]", p with its _test.go files
 * (or p itself when it has none), then "p_test [p.test]", the external
 * tests, whose imports that depend on p are compiled again against the
 * variant. They replace the root, as go vet and go test compile them. */
static void load_tests(Loader *L, Vec *roots)
{
	Vec out = {0};
	int i;
	for (i = 0; i < roots->n; i++) {
		Package *p = roots->v[i], *pt = p, *px;
		const char *suffix;
		PtrMap memo = {0}, clones = {0};
		Package **deps;
		int j;
		if ((p->ntestgofiles == 0 && p->nxtestgofiles == 0) || p->bad) {
			vec_push(&out, p);
			continue;
		}
		suffix = arena_printf(perm, "[%s.test]", p->path);
		if (p->ntestgofiles) {
			pt = clone_package(p, arena_printf(perm, "%s %s", p->path, suffix));
			pt->gofiles = NEWARRAY(perm, const char *, p->ngofiles + p->ntestgofiles + 1);
			for (j = 0; j < p->ngofiles; j++)
				pt->gofiles[j] = p->gofiles[j];
			for (j = 0; j < p->ntestgofiles; j++)
				pt->gofiles[p->ngofiles + j] = p->testgofiles[j];
			pt->ngofiles = p->ngofiles + p->ntestgofiles;
			deps = load_test_imports(L, p, p->testimps, p->ntestimps);
			for (j = 0; j < p->ntestimps; j++)
				if (deps[j] == p || depends_on(deps[j], p, &memo)) {
					report(L, NULL, &p->testimps[j]->site, NOPOS, "import cycle not allowed in test");
					deps[j] = bad_package(deps[j]->path);
				}
			add_imports(pt, p->testimps, deps, p->ntestimps);
		}
		vec_push(&out, pt);
		if (p->nxtestgofiles) {
			Resolved r;
			memset(&r, 0, sizeof r);
			r.path = arena_printf(perm, "%s_test", p->path);
			r.dir = p->dir;
			px = new_package(L, &r);
			px->display = arena_printf(perm, "%s %s", px->path, suffix);
			px->name = arena_printf(perm, "%s_test", p->name);
			px->goroot = p->goroot;
			px->standard = p->standard;
			px->module = p->module;
			px->local = p->local;
			px->rootdir = p->rootdir;
			px->gofiles = p->xtestgofiles;
			px->ngofiles = p->nxtestgofiles;
			px->imports = px->rawimports = NULL;
			px->nimports = px->ndeps = 0;
			deps = load_test_imports(L, p, p->xtestimps, p->nxtestimps);
			for (j = 0; j < p->nxtestimps; j++)
				deps[j] = for_test(deps[j], p, pt, suffix, &memo, &clones);
			add_imports(px, p->xtestimps, deps, p->nxtestimps);
			px->state = LOAD_DONE;
			vec_push(&out, px);
		}
		ptrmap_free(&memo);
		ptrmap_free(&clones);
	}
	vec_free(roots);
	*roots = out;
}

static void order_visit(Package *p, PtrMap *seen, Vec *out)
{
	int i;
	if (ptrmap_get(seen, p))
		return;
	ptrmap_put(seen, p, p);
	for (i = 0; i < p->ndeps; i++)
		order_visit(p->deps[i], seen, out);
	for (i = 0; i < p->nimplicit; i++)
		order_visit(p->implicit[i], seen, out);
	vec_push(out, p);
}

const char *load_current_dir(void)
{
	char buf[4096];
	const char *pwd = getenv("PWD");
	struct stat a, b;
	if (!getcwd(buf, sizeof buf))
		fatalf("cannot determine the working directory: %s", strerror(errno));
	/* like the go command, prefer $PWD when it names the same directory */
	if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(buf, &b) == 0 && a.st_dev == b.st_dev &&
	    a.st_ino == b.st_ino)
		return load_clean(pwd);
	return load_clean(buf);
}

/* Frees what the loader kept only while loading (the packages and
 * their lists live on in perm). */
static void loader_free(Loader *L)
{
	int i;
	for (i = 0; i < L->scans.cap; i++) {
		DirScan *s = L->scans.keys[i] ? L->scans.vals[i] : NULL;
		if (!s)
			continue;
		vec_free(&s->gofiles);
		vec_free(&s->sfiles);
		vec_free(&s->cgofiles);
		vec_free(&s->ignored);
		vec_free(&s->tests);
		vec_free(&s->xtests);
		vec_free(&s->imports);
		vec_free(&s->testimports);
		vec_free(&s->testimps);
		vec_free(&s->xtestimps);
	}
	ptrmap_free(&L->scans);
	ptrmap_free(&L->hasgo);
	ptrmap_free(&L->pkgs);
	vec_free(&L->stack);
}

Program *load_packages(BuildConfig *c, char **patterns, int npatterns)
{
	Loader L;
	Program *prog;
	Vec roots = {0}, literal = {0}, order = {0}, rootpkgs = {0};
	PtrMap seen = {0};
	int i, nerr0 = nerrors();
	bool files = false;
	memset(&L, 0, sizeof L);
	L.cfg = c;
	L.cwd = c->cwd ? load_clean(c->cwd) : load_current_dir();
	L.gorootsrc = load_join(c->goroot, "src");
	if (c->modules)
		mod_init(&L);
	if (nerrors() > nerr0)
		goto fail;
	for (i = 0; i < npatterns; i++) {
		struct stat st;
		const char *p = patterns[i];
		const char *abs = p[0] == '/' ? p : load_join(L.cwd, p);
		if (has_suffix(p, ".go") && stat(abs, &st) == 0 && !S_ISDIR(st.st_mode))
			files = true;
	}
	if (files) {
		Package *p = load_files(&L, patterns, npatterns);
		if (p) {
			p->literal = true;
			vec_push(&rootpkgs, p);
		}
	} else {
		pattern_expand(&L, patterns, npatterns, &roots, &literal);
		for (i = 0; i < roots.n; i++) {
			Package *p = load_import(&L, roots.v[i], NULL, L.cwd, NULL, false);
			if (literal.v[i])
				p->literal = true;
			if (!ptrmap_get(&seen, p)) {
				ptrmap_put(&seen, p, p);
				vec_push(&rootpkgs, p);
			}
		}
		ptrmap_free(&seen);
	}
	if (nerrors() > nerr0)
		goto fail;
	if (c->tests)
		load_tests(&L, &rootpkgs);
	if (nerrors() > nerr0)
		goto fail;
	for (i = 0; i < rootpkgs.n; i++)
		order_visit(rootpkgs.v[i], &seen, &order);
	ptrmap_free(&seen);
	prog = NEW(perm, Program);
	prog->pkgs = (Package **)vec_finish(&order, perm, &prog->npkgs);
	prog->roots = (Package **)vec_finish(&rootpkgs, perm, &prog->nroots);
	prog->mainmod = c->modules ? mod_main(&L) : NULL;
	prog->config = c;
	vec_free(&order);
	vec_free(&rootpkgs);
	vec_free(&roots);
	vec_free(&literal);
	loader_free(&L);
	diag_flush();
	return prog;
fail:
	vec_free(&order);
	vec_free(&rootpkgs);
	vec_free(&roots);
	vec_free(&literal);
	loader_free(&L);
	diag_flush();
	return NULL;
}

void load_set_tags(BuildConfig *c, const char *s)
{
	Vec v = {0};
	if (!s)
		return;   /* keep what GOFLAGS said */
	/* "a,b,c"; the old space-separated form is accepted too */
	const char *sep = s && (strchr(s, ' ') || strchr(s, '\'')) ? " '\t" : ",";
	while (s && *s) {
		size_t n = strcspn(s, sep);
		if (n)
			vec_push(&v, (void *)intern(s, n));
		s += n;
		if (*s)
			s++;
	}
	c->tags = (const char **)vec_finish(&v, perm, &c->ntags);
	vec_free(&v);
}

const char *load_file_path(const Package *p, const char *name)
{
	Buf b = {0};
	const char *r;
	buf_printf(&b, "%s/%s", p->dir, name);
	r = intern(b.s, b.n);
	buf_free(&b);
	return r;
}

Package *load_resolve_import(const Package *p, const char *path)
{
	int lo = 0, hi = p->nimports - 1;
	/* rawimports is sorted */
	while (lo <= hi) {
		int mid = (lo + hi) / 2, c = strcmp(p->rawimports[mid], path);
		if (c == 0)
			return p->deps[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	/* the imports the build adds (cgo's runtime/cgo, syscall, unsafe),
	 * which code the cgo tool writes imports */
	for (lo = 0; lo < p->nimplicit; lo++)
		if (strcmp(p->implicit[lo]->path, path) == 0)
			return p->implicit[lo];
	return NULL;
}

/* --- the -list printer ------------------------------------------------------- */

static void print_list(Buf *b, const char *label, const char **v, int n)
{
	int i;
	buf_puts(b, label);
	for (i = 0; i < n; i++) {
		buf_putc(b, ' ');
		buf_puts(b, v[i]);
	}
	buf_putc(b, '\n');
}

void load_print_program(const Program *prog)
{
	Buf b = {0};
	int i, j;
	for (i = 0; i < prog->npkgs; i++) {
		const Package *p = prog->pkgs[i];
		bool c = p->ncgofiles > 0;
		buf_reset(&b);
		buf_printf(&b, "ImportPath %s\n", p->path);
		buf_printf(&b, "Dir %s\n", p->dir ? p->dir : "");
		buf_printf(&b, "Name %s\n", p->name);
		buf_printf(&b, "Goroot %s\n", p->goroot ? "true" : "false");
		buf_printf(&b, "Standard %s\n", p->standard ? "true" : "false");
		buf_puts(&b, "Module");
		if (p->module) {
			buf_printf(&b, " %s", p->module->path);
			if (p->module->version && *p->module->version)
				buf_printf(&b, "@%s", p->module->version);
		}
		buf_putc(&b, '\n');
		print_list(&b, "GoFiles", p->gofiles, p->ngofiles);
		print_list(&b, "CgoFiles", p->cgofiles, p->ncgofiles);
		print_list(&b, "IgnoredGoFiles", p->ignoredgofiles, p->nignoredgofiles);
		print_list(&b, "TestGoFiles", p->testgofiles, p->ntestgofiles);
		print_list(&b, "XTestGoFiles", p->xtestgofiles, p->nxtestgofiles);
		/* go list shows "C" among the imports, in its sorted place */
		buf_puts(&b, "Imports");
		for (j = 0; j <= p->nimports; j++) {
			if (c && (j == p->nimports || strcmp(p->rawimports[j], "C") > 0)) {
				buf_puts(&b, " C");
				c = false;
			}
			if (j < p->nimports)
				buf_printf(&b, " %s", p->imports[j]);
		}
		buf_puts(&b, "\n\n");
		fwrite(b.s, 1, b.n, stdout);
	}
	buf_free(&b);
}
