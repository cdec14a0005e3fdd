/* mod.c: module mode.
 *
 * The main module is the one whose go.mod is found upward from the
 * working directory. An import resolves to the module among the main
 * module and the go.mod requirements whose path is the longest prefix
 * providing a directory with .go files (two providers is an error, as in
 * go); a replacement directs a module to a local directory or to another
 * module version. Modules come from the module cache (GOMODCACHE, paths
 * case-encoded with '!'), or from vendor/ when -mod=vendor is in effect
 * (by default when vendor/ exists and go.mod says go 1.14 or later).
 *
 * A workspace (go.work, or GOWORK) uses several modules: the one holding
 * the working directory (else the first) is the main one, the others
 * provide their packages from their directories, every module's
 * requirements count (the highest version of each), and go.work's
 * replacements come before the modules' own.
 *
 * Compromises: the versions are those go.mod lists (no module graph
 * walk, no downloads, no go.sum checks). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load.h"

typedef struct ModState {
	const char *root;         /* main module directory, NULL without go.mod */
	Module *main;
	ModFile *mf;
	const char *buildmod;     /* "mod", "readonly" or "vendor" */
	bool explicitmod;         /* -mod came from GOFLAGS */
	bool pruned;              /* go.mod says go 1.17 or later */
	bool tidyreported;
	const char *prefix;       /* the main module's import path prefix ("" for std in GOROOT) */
	VendorList *vendor;
	PtrMap selected;          /* module path -> Module (requirements, replaced) */
	Module **mods;            /* the same, in go.mod order */
	int nmods;
	/* the module graph, read when go.mod's own requirements do not
	 * provide an import (and for "..." patterns) */
	bool graphdone;
	PtrMap gselected;         /* module path -> Module (highest version in the graph) */
	Module **gmods;           /* the same, sorted by path: go's build list */
	int ngmods;
	/* a workspace (go.work): its modules (main the one holding the
	 * working directory, else the first), their go.mod files, and the
	 * replacements of all (go.work's first), local paths made absolute */
	Module **work;
	ModFile **workmfs;
	int nwork;
	ModFile *workfile;        /* go.work itself */
} ModState;

static const char *nogomod = "go.mod file not found in current directory or any parent directory; see 'go help modules'";

static void load_graph(Loader *L);
static const char *in_dir(const char *path, const char *root);
static bool go_at_least(const char *gover, const char *min);

/* A go line's version as a semantic version: 1.21 is v1.21, 1.21.3 is
 * v1.21.3, and a prerelease (1.21rc1) counts as its release. */
static const char *gover_semver(const char *gover)
{
	size_t n = strspn(gover, "0123456789.");
	while (n > 0 && gover[n - 1] == '.')
		n--;
	return arena_printf(perm, "v%.*s", (int)n, gover);
}
static void untidy(Loader *L);

static ModState *ms(Loader *L)
{
	return L->mod;
}

Module *mod_main(Loader *L)
{
	return L->mod ? L->mod->main : NULL;
}

const char *mod_cache_dir(Loader *L, const char *path, const char *version)
{
	Buf b = {0};
	const char *r;
	buf_printf(&b, "%s/%s@%s", L->cfg->gomodcache, modfile_escape(path), modfile_escape(version));
	r = load_clean(b.s);
	buf_free(&b);
	return r;
}

static const char *find_module_root(const char *dir)
{
	const char *d = load_clean(dir);
	for (;;) {
		const char *slash;
		if (load_is_file(load_join(d, "go.mod")))
			return d;
		slash = strrchr(d, '/');
		if (!slash || !strcmp(d, "/"))
			return NULL;
		d = slash == d ? "/" : intern(d, (size_t)(slash - d));
	}
}

/* the replacement for path@version: an exact match wins over a wildcard */
static ModReplace *replacement(ModState *m, const char *path, const char *version)
{
	ModReplace *wild = NULL;
	int i;
	if (!m->mf)
		return NULL;
	for (i = m->mf->nreplaces - 1; i >= 0; i--) {
		ModReplace *r = &m->mf->replaces[i];
		if (strcmp(r->oldpath, path) != 0)
			continue;
		if (!*r->oldversion) {
			if (!wild)
				wild = r;
		} else if (version && !strcmp(r->oldversion, version)) {
			return r;
		}
	}
	return wild;
}

/* Where a required module's files are: its replacement directory, or
 * the module cache directory of the (replacement) version. */
static void module_dir(Loader *L, Module *mod)
{
	ModState *m = ms(L);
	ModReplace *r = replacement(m, mod->path, mod->version);
	if (r) {
		mod->rpath = r->newpath;
		mod->rversion = r->newversion;
		if (!*r->newversion) {
			mod->dir = r->newpath[0] == '/' ? load_clean(r->newpath) : load_join(m->root, r->newpath);
			return;
		}
		mod->dir = mod_cache_dir(L, r->newpath, r->newversion);
		return;
	}
	mod->dir = mod_cache_dir(L, mod->path, mod->version);
}

/* -mod=vendor: vendor/modules.txt must agree with go.mod */
static void check_vendor(Loader *L)
{
	ModState *m = ms(L);
	Buf b = {0};
	bool pre114 = !m->mf->go || modfile_semver_compare(gover_semver(m->mf->go), "v1.14") < 0;
	VendorList *vl = m->vendor;
	int i, j;
	if (!vl) {
		static VendorList empty;
		vl = m->vendor = &empty;
	}
	for (i = 0; i < m->mf->nrequires; i++) {
		Module *r = m->mf->requires[i];
		VendorModule *vm = NULL;
		for (j = 0; j < vl->nmods; j++)
			if (!strcmp(vl->mods[j]->path, r->path) && !strcmp(vl->mods[j]->version, r->version))
				vm = vl->mods[j];
		if (!vm || !vm->explicit) {
			if (pre114) {
				for (j = 0; j < vl->nmods; j++)
					if (!strcmp(vl->mods[j]->path, r->path) && strcmp(vl->mods[j]->version, r->version) != 0 &&
					    vl->mods[j]->npkgs > 0)
						buf_printf(&b, "\n\t%s@%s: is explicitly required in go.mod, but vendor/modules.txt indicates %s@%s",
						           r->path, r->version, r->path, vl->mods[j]->version);
			} else {
				buf_printf(&b, "\n\t%s@%s: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt",
				           r->path, r->version);
			}
		}
	}
	for (i = 0; i < m->mf->nreplaces; i++) {
		ModReplace *r = &m->mf->replaces[i];
		VendorModule *vm = NULL;
		for (j = 0; j < vl->nmods; j++)
			if (!strcmp(vl->mods[j]->path, r->oldpath) && !strcmp(vl->mods[j]->version, r->oldversion))
				vm = vl->mods[j];
		if (!vm || !vm->replaced) {
			if (!pre114)
				buf_printf(&b, "\n\t%s%s%s: is replaced in go.mod, but not marked as replaced in vendor/modules.txt",
				           r->oldpath, *r->oldversion ? "@" : "", r->oldversion);
		} else if (strcmp(vm->rpath, r->newpath) != 0 || strcmp(vm->rversion, r->newversion) != 0) {
			buf_printf(&b, "\n\t%s%s%s: is replaced by %s%s%s in go.mod, but marked as replaced by %s%s%s in vendor/modules.txt",
			           r->oldpath, *r->oldversion ? "@" : "", r->oldversion, r->newpath, *r->newversion ? "@" : "",
			           r->newversion, vm->rpath, *vm->rversion ? "@" : "", vm->rversion);
		}
	}
	for (j = 0; j < vl->nmods; j++) {
		VendorModule *vm = vl->mods[j];
		bool inmod = false;
		if (vm->explicit) {
			for (i = 0; i < m->mf->nrequires; i++)
				if (!strcmp(m->mf->requires[i]->path, vm->path) && !strcmp(m->mf->requires[i]->version, vm->version))
					inmod = true;
			if (!inmod)
				buf_printf(&b, "\n\t%s@%s: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod",
				           vm->path, vm->version);
		}
		if (vm->replaced && !replacement(m, vm->path, vm->version))
			buf_printf(&b, "\n\t%s%s%s: is marked as replaced in vendor/modules.txt, but not replaced in go.mod",
			           vm->path, *vm->version ? "@" : "", vm->version);
	}
	if (b.n)
		errorf(NOPOS,
		       "inconsistent vendoring in %s:%s\n\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor",
		       m->root, b.s);
	buf_free(&b);
}

static bool is_local_replace(const char *p)
{
	return p[0] == '/' || !strncmp(p, "./", 2) || !strncmp(p, "../", 3) || !strcmp(p, ".") || !strcmp(p, "..");
}

static void add_replaces(Vec *out, const ModFile *mf, const char *dir)
{
	int i;
	for (i = 0; i < mf->nreplaces; i++) {
		ModReplace *r = NEW(perm, ModReplace);
		*r = mf->replaces[i];
		if (!*r->newversion && is_local_replace(r->newpath) && r->newpath[0] != '/')
			r->newpath = load_join(dir, r->newpath);
		vec_push(out, r);
	}
}

/* Reads go.work and the go.mod of each module it uses. The module
 * holding the working directory (else the first) is the main one; the
 * others are found by path like directory replacements. */
static bool load_workspace(Loader *L, const char *work)
{
	ModState *m = ms(L);
	const char *err, *wdir, *slash;
	SrcFile *f = src_read(work, work, &err);
	ModFile *wf;
	Vec repl = {0};
	int i, best = -1;
	size_t bestlen = 0;
	if (!f) {
		errorf(NOPOS, "reading %s: %s", work, err);
		return false;
	}
	if (!(wf = modfile_parse_work(f)))
		return false;
	m->workfile = wf;
	slash = strrchr(work, '/');
	wdir = slash == work ? "/" : intern(work, (size_t)(slash - work));
	if (wf->nuses == 0)
		return true;   /* the standard library only */
	m->work = NEWARRAY(perm, Module *, wf->nuses);
	m->workmfs = NEWARRAY(perm, ModFile *, wf->nuses);
	add_replaces(&repl, wf, wdir);
	for (i = 0; i < wf->nuses; i++) {
		const char *dir = wf->uses[i][0] == '/' ? load_clean(wf->uses[i]) : load_join(wdir, wf->uses[i]);
		const char *gomod = load_join(dir, "go.mod");
		SrcFile *mfile = src_read(gomod, gomod, &err);
		ModFile *mf;
		Module *mod;
		if (!mfile) {
			const char *rel = load_shortpath(L, gomod);
			errorf(NOPOS, "cannot load module %s listed in go.work file: open %s: %s", load_shortpath(L, dir),
			       rel[0] == '.' && rel[1] == '/' ? rel + 2 : rel, load_os_error(err));
			return false;
		}
		if (!(mf = modfile_parse(mfile, true)))
			return false;
		if (!mf->module) {
			errorf(NOPOS, "no module declaration in %s", load_shortpath(L, gomod));
			return false;
		}
		mod = NEW(perm, Module);
		mod->path = mf->module;
		mod->version = "";
		mod->dir = dir;
		mod->rpath = dir;
		mod->rversion = "";
		mod->main = true;
		mod->gover = mf->go ? mf->go : "";
		m->work[m->nwork] = mod;
		m->workmfs[m->nwork++] = mf;
		add_replaces(&repl, mf, dir);
		if (load_has_subdir(dir, L->cwd) || !strcmp(dir, L->cwd))
			if (best < 0 || strlen(dir) > bestlen) {
				best = i;
				bestlen = strlen(dir);
			}
	}
	if (best < 0)
		best = 0;
	m->root = m->work[best]->dir;
	m->work[best]->rpath = NULL;
	m->work[best]->rversion = NULL;
	m->mf = m->workmfs[best];
	m->mf->nreplaces = repl.n;
	m->mf->replaces = NEWARRAY(perm, ModReplace, repl.n + 1);
	/* replacement() prefers the last match: go.work's must win */
	for (i = 0; i < repl.n; i++)
		m->mf->replaces[repl.n - 1 - i] = *(ModReplace *)repl.v[i];
	vec_free(&repl);
	if (!m->buildmod)
		m->buildmod = "readonly";
	return true;
}

void mod_init(Loader *L)
{
	ModState *m = NEW(perm, ModState);
	const char *gomod, *err, *work = NULL;
	SrcFile *f;
	int i, k;
	L->mod = m;
	m->buildmod = L->cfg->goflags_mod && *L->cfg->goflags_mod ? L->cfg->goflags_mod : NULL;
	m->explicitmod = m->buildmod != NULL;
	if (m->buildmod && strcmp(m->buildmod, "mod") != 0 && strcmp(m->buildmod, "readonly") != 0 &&
	    strcmp(m->buildmod, "vendor") != 0) {
		errorf(NOPOS, "-mod=%s not supported (can be '', 'mod', 'readonly', or 'vendor')", m->buildmod);
		return;
	}
	/* a workspace: GOWORK, or a go.work upward from the directory */
	{
		const char *gowork = getenv("GOWORK"), *d = L->cwd;
		if (gowork && *gowork && strcmp(gowork, "off") != 0) {
			if (gowork[0] != '/') {
				errorf(NOPOS, "invalid GOWORK: must be an absolute path");
				return;
			}
			work = load_clean(gowork);
		}
		while (!work && (!gowork || !*gowork)) {
			const char *slash;
			if (load_is_file(load_join(d, "go.work"))) {
				work = load_join(d, "go.work");
				break;
			}
			slash = strrchr(d, '/');
			if (!slash || !strcmp(d, "/"))
				break;
			d = slash == d ? "/" : intern(d, (size_t)(slash - d));
		}
	}
	if (work) {
		if (!load_workspace(L, work))
			return;
	} else {
		m->root = find_module_root(L->cwd);
	}
	if (!m->root) {
		if (!m->buildmod)
			m->buildmod = "readonly";
		if (!strcmp(m->buildmod, "vendor")) {
			errorf(NOPOS, "%s", nogomod);
		}
		return;
	}
	if (!m->nwork) {
		gomod = load_join(m->root, "go.mod");
		/* go.mod errors name the file by its full path, as the go command's do */
		f = src_read(gomod, gomod, &err);
		if (!f) {
			errorf(NOPOS, "reading %s: %s", gomod, err);
			return;
		}
		m->mf = modfile_parse(f, true);
		if (!m->mf)
			return;
		if (!m->mf->module) {
			errorf(NOPOS, "no module declaration in %s. To specify the module path:\n\tgo mod edit -module=example.com/mod",
			       load_shortpath(L, gomod));
			return;
		}
		if ((err = modfile_check_import_path(m->mf->module)) != NULL) {
			errorf(m->mf->modulepos, "invalid module path \"%s\": %s", m->mf->module, strchr(err, ':') + 2);
			return;
		}
	}
	/* the main module's godebug lines (a workspace's modules' are
	 * ignored: go.work's count) */
	{
		ModFile *gf = m->nwork ? m->workfile : m->mf;
		bool bad = false;
		for (i = 0; gf && i < gf->ngodebugs; i++) {
			const char *e = load_godebug_error("godebug", gf->godebugs[i]->key, gf->godebugs[i]->value);
			if (e) {
				if (!bad)
					errorf(NOPOS, "error loading %s:", load_shortpath(L, src_file(gf->godebugs[i]->pos)->name));
				modfile_error_at(gf->godebugs[i]->pos, e);
				bad = true;
			}
		}
		if (bad)
			return;
	}
	m->main = NEW(perm, Module);
	m->main->path = m->mf->module;
	m->main->version = "";
	m->main->dir = m->root;
	m->main->main = true;
	m->main->gover = m->mf->go ? m->mf->go : "";
	/* the standard library's own module has no import path prefix */
	m->prefix = m->main->path;
	if (!strcmp(m->main->path, "std") && in_dir(m->root, L->gorootsrc))
		m->prefix = "";
	if (!m->buildmod) {
		m->buildmod = "readonly";
		if (load_is_dir(load_join(m->root, "vendor")) && m->mf->go &&
		    modfile_semver_compare(gover_semver(m->mf->go), "v1.14") >= 0)
			m->buildmod = "vendor";
	}
	/* the requirements, the highest version of each path (of every
	 * module of a workspace) */
	for (k = 0; k < (m->nwork ? m->nwork : 1); k++) {
		ModFile *mf = m->nwork ? m->workmfs[k] : m->mf;
		for (i = 0; i < mf->nrequires; i++) {
			Module *r = mf->requires[i], *old = ptrmap_get(&m->selected, r->path);
			if (old && modfile_semver_compare(old->version, r->version) >= 0)
				continue;
			ptrmap_put(&m->selected, r->path, r);
		}
	}
	/* a workspace's other modules provide their packages from their
	 * directories, as directory replacements do */
	for (k = 0; k < m->nwork; k++)
		if (strcmp(m->work[k]->path, m->main->path) != 0)
			ptrmap_put(&m->selected, m->work[k]->path, m->work[k]);
	{
		Vec v = {0};
		for (k = 0; k < m->nwork; k++)
			if (strcmp(m->work[k]->path, m->main->path) != 0)
				vec_push(&v, m->work[k]);
		for (k = 0; k < (m->nwork ? m->nwork : 1); k++) {
			ModFile *mf = m->nwork ? m->workmfs[k] : m->mf;
			for (i = 0; i < mf->nrequires; i++) {
				Module *r = mf->requires[i];
				if (ptrmap_get(&m->selected, r->path) == r && !r->dir) {
					module_dir(L, r);
					vec_push(&v, r);
				}
			}
		}
		m->mods = (Module **)vec_finish(&v, perm, &m->nmods);
		vec_free(&v);
	}
	if (!strcmp(m->buildmod, "vendor")) {
		m->vendor = modfile_read_vendor(load_join(m->root, "vendor/modules.txt"));
		check_vendor(L);
		return;
	}
	/* Below go 1.17 the go command reads the whole module graph at once,
	 * and go.mod must name the versions it selects. */
	m->pruned = go_at_least(m->mf->go, "v1.17");
	if (!m->pruned) {
		load_graph(L);
		for (i = 0; i < m->nmods; i++) {
			Module *sel = ptrmap_get(&m->gselected, m->mods[i]->path);
			if (sel && modfile_semver_compare(sel->version, m->mods[i]->version) > 0)
				untidy(L);
		}
	}
}

const char *load_module_lang(Module *m)
{
	const char *v, *dot;
	if (!m->gover) {
		const char *err;
		SrcFile *f;
		ModFile *mf;
		m->gover = "";
		if (m->dir && load_is_file(load_join(m->dir, "go.mod")) &&
		    (f = src_read(load_join(m->dir, "go.mod"), load_join(m->dir, "go.mod"), &err)) != NULL &&
		    (mf = modfile_parse(f, false)) != NULL && mf->go)
			m->gover = mf->go;
	}
	v = *m->gover ? m->gover : "1.16";
	/* go1.N of 1.N.P and of 1.Nrc1 */
	dot = strchr(v, '.');
	if (dot) {
		dot++;
		while (*dot >= '0' && *dot <= '9')
			dot++;
		return arena_printf(perm, "go%.*s", (int)(dot - v), v);
	}
	return arena_printf(perm, "go%s", v);
}

/* --- the module graph ----------------------------------------------------- */

static bool go_at_least(const char *gover, const char *min)
{
	if (!gover)
		return false;
	return modfile_semver_compare(gover_semver(gover), min) >= 0;
}

static bool excluded(ModState *m, const char *path, const char *version)
{
	int i;
	for (i = 0; m->mf && i < m->mf->nexcludes; i++)
		if (!strcmp(m->mf->excludes[i]->path, path) && !strcmp(m->mf->excludes[i]->version, version))
			return true;
	return false;
}

/* The go.mod of a dependency: from its replacement directory, or the
 * module cache's download directory (path/@v/version.mod). NULL when
 * there is none to read: the module then adds no requirements. */
static ModFile *dep_gomod(Loader *L, Module *mod)
{
	const char *file, *err;
	SrcFile *f;
	if (mod->rpath && !*mod->rversion)
		file = load_join(mod->dir, "go.mod");
	else if (mod->rpath)
		file = arena_printf(perm, "%s/cache/download/%s/@v/%s.mod", L->cfg->gomodcache, modfile_escape(mod->rpath),
		                    modfile_escape(mod->rversion));
	else
		file = arena_printf(perm, "%s/cache/download/%s/@v/%s.mod", L->cfg->gomodcache, modfile_escape(mod->path),
		                    modfile_escape(mod->version));
	if (!load_is_file(file) || !(f = src_read(file, file, &err)))
		return NULL;
	return modfile_parse(f, false);
}

static Module *graph_node(Loader *L, PtrMap *nodes, const char *path, const char *version)
{
	const char *key = intern_cstr(arena_printf(perm, "%s@%s", path, version));
	Module *mod = ptrmap_get(nodes, key);
	if (!mod) {
		mod = NEW(perm, Module);
		mod->path = path;
		mod->version = version;
		module_dir(L, mod);
		ptrmap_put(nodes, key, mod);
	}
	return mod;
}

static int cmp_module(const void *a, const void *b)
{
	return strcmp((*(Module *const *)a)->path, (*(Module *const *)b)->path);
}

/* Reads go.mod files from the main module's requirements on, and selects
 * the highest version of each module path (minimal version selection).
 * A module whose go.mod says go 1.17 or later lists everything its
 * packages need, so the requirements of its requirements are not read
 * (graph pruning); below go 1.17 the whole graph is read. */
/* go.mod would have to change: an error unless -mod=mod allows it */
static void untidy(Loader *L)
{
	ModState *m = ms(L);
	if (!strcmp(m->buildmod, "mod") || m->tidyreported)
		return;
	m->tidyreported = true;
	if (m->explicitmod)
		errorf(NOPOS, "updates to go.mod needed, disabled by -mod=%s; to update it:\n\tgo mod tidy", m->buildmod);
	else
		errorf(NOPOS, "updates to go.mod needed; to update it:\n\tgo mod tidy");
}

static void load_graph(Loader *L)
{
	ModState *m = ms(L);
	PtrMap nodes = {0}, seen = {0}, sums = {0};
	Vec queue = {0}, pruning = {0};
	bool mainpruned;
	int i, head = 0;
	if (m->graphdone)
		return;
	m->graphdone = true;
	if (!m->mf)
		return;
	mainpruned = go_at_least(m->mf->go, "v1.17");
	for (i = 0; i < m->nmods; i++) {
		Module *r = graph_node(L, &nodes, m->mods[i]->path, m->mods[i]->version);
		ptrmap_put(&m->gselected, r->path, r);
		vec_push(&queue, r);
		vec_push(&pruning, (void *)(intptr_t)mainpruned);
	}
	while (head < queue.n) {
		Module *mod = queue.v[head];
		bool pruned = pruning.v[head] != NULL;
		const char *key = intern_cstr(arena_printf(perm, "%s@%s/%d", mod->path, mod->version, pruned));
		ModFile *gm;
		int j;
		head++;
		if (ptrmap_get(&seen, key))
			continue;
		ptrmap_put(&seen, key, mod);
		gm = ptrmap_get(&sums, mod);
		if (!gm) {
			gm = dep_gomod(L, mod);
			if (!gm)
				continue;
			ptrmap_put(&sums, mod, gm);
		}
		for (j = 0; j < gm->nrequires; j++) {
			Module *req = gm->requires[j], *node, *old;
			if (excluded(m, req->path, req->version))
				continue;
			if (m->main && !strcmp(req->path, m->main->path))
				continue;
			node = graph_node(L, &nodes, req->path, req->version);
			old = ptrmap_get(&m->gselected, req->path);
			if (!old || modfile_semver_compare(old->version, req->version) < 0)
				ptrmap_put(&m->gselected, req->path, node);
			/* follow the requirement unless both sides are pruned */
			if (!pruned || !go_at_least(gm->go, "v1.17")) {
				vec_push(&queue, node);
				vec_push(&pruning, (void *)(intptr_t)(pruned && go_at_least(gm->go, "v1.17")));
			}
		}
	}
	{
		Vec v = {0};
		for (i = 0; i < m->gselected.cap; i++)
			if (m->gselected.keys[i])
				vec_push(&v, m->gselected.vals[i]);
		if (v.n > 1)
			qsort(v.v, (size_t)v.n, sizeof(void *), cmp_module);
		m->gmods = (Module **)vec_finish(&v, perm, &m->ngmods);
		vec_free(&v);
	}
	ptrmap_free(&nodes);
	ptrmap_free(&seen);
	ptrmap_free(&sums);
	vec_free(&queue);
	vec_free(&pruning);
}

/* The directory of package path in the module mpath rooted at mdir ("" for
 * vendor trees), and whether it holds .go files. In a local module, a
 * nested go.mod on the way takes the directory out of the module. */
static const char *dir_in_module(Loader *L, const char *path, const char *mpath, const char *mdir, bool local,
                                 bool *ok)
{
	const char *dir;
	*ok = false;
	if (!strcmp(path, mpath))
		dir = mdir;
	else if (!*mpath)
		dir = load_join(mdir, path);
	else if (load_has_path_prefix(path, mpath) && path[strlen(mpath)] == '/')
		dir = load_join(mdir, path + strlen(mpath) + 1);
	else
		return NULL;
	if (local) {
		const char *d = dir;
		while (strcmp(d, mdir) != 0 && strlen(d) > strlen(mdir)) {
			const char *slash = strrchr(d, '/');
			if (load_is_file(load_join(d, "go.mod")))
				return dir;
			if (!slash)
				break;
			d = intern(d, (size_t)(slash - d));
		}
	}
	*ok = load_is_dir(dir) && load_has_go_files(L, dir);
	return dir;
}

/* Imports from the standard library of non-standard paths go to its own
 * vendor tree (GOROOT/src/vendor, or GOROOT/src/cmd/vendor for cmd). */
static const char *std_vendor(Loader *L, const char *parent, const char *path)
{
	Buf b = {0};
	const char *v;
	if (load_is_std_path(path))
		return path;
	buf_printf(&b, load_has_path_prefix(parent, "cmd") ? "cmd/vendor/%s" : "vendor/%s", path);
	v = intern(b.s, b.n);
	buf_free(&b);
	if (access(load_join(L->gorootsrc, v), F_OK) == 0)
		return v;
	return path;
}

/* Looks for the modules providing package path among the main module
 * and the modules in sel: one fills r, several are an error (in r.err).
 * Returns whether it decided. */
static bool search_modules(Loader *L, const char *path, PtrMap *sel, Resolved *r)
{
	ModState *m = ms(L);
	Module *found[64];
	const char *dirs[64];
	int nfound = 0, i;
	const char *prefix;
	for (prefix = path; *prefix;) {
		Module *mod = NULL;
		bool local = false, ok;
		const char *dir, *slash;
		if (m->main && !strcmp(prefix, m->main->path)) {
			mod = m->main;
			local = true;
		} else if ((mod = ptrmap_get(sel, prefix)) != NULL) {
			local = mod->rpath && !*mod->rversion;
		}
		if (mod && mod->dir) {
			if (!local && !load_is_dir(mod->dir)) {
				r->err = arena_printf(perm, "%s@%s: module not found in the module cache (%s); run 'go mod download %s'",
				                      mod->rpath ? mod->rpath : mod->path, mod->rpath ? mod->rversion : mod->version,
				                      L->cfg->gomodcache, mod->path);
				return true;
			}
			if (local && mod != m->main && !load_is_dir(mod->dir)) {
				r->err = arena_printf(perm, "%s@%s: replacement directory %s does not exist", mod->path,
				                      mod->version, mod->rpath);
				return true;
			}
			dir = dir_in_module(L, path, mod->path, mod->dir, local, &ok);
			if (ok && nfound < NELEM(found)) {
				found[nfound] = mod;
				dirs[nfound++] = dir;
			}
		}
		slash = strrchr(prefix, '/');
		if (!slash)
			break;
		prefix = intern(prefix, (size_t)(slash - prefix));
	}
	if (nfound == 1) {
		r->dir = dirs[0];
		r->module = found[0];
		return true;
	}
	if (nfound > 1) {
		Buf b = {0};
		buf_printf(&b, "ambiguous import: found package %s in multiple modules:", path);
		for (i = nfound - 1; i >= 0; i--) {
			buf_printf(&b, "\\n\\t%s", found[i]->path);
			if (*found[i]->version)
				buf_printf(&b, " %s", found[i]->version);
			buf_printf(&b, " (%s)", dirs[i]);
		}
		r->err = arena_strndup(perm, b.s, b.n);
		buf_free(&b);
		return true;
	}
	return false;
}

Resolved mod_resolve(Loader *L, const char *path, const Package *parent)
{
	ModState *m = ms(L);
	Resolved r;
	int i;
	memset(&r, 0, sizeof r);
	if (parent && parent->standard)
		path = std_vendor(L, parent->path, path);
	r.path = path;
	if (strchr(path, '@')) {
		r.err = arena_printf(perm, "import path \"%s\" should not have @version", path);
		return r;
	}
	if (load_is_local_path(path)) {
		r.err = arena_printf(perm, "\"%s\" is relative, but relative import paths are not supported in module mode", path);
		return r;
	}
	if (path[0] == '/') {
		r.err = arena_printf(perm, "\"%s\" is not a package path; see 'go help packages'", path);
		return r;
	}
	if (!strcmp(path, "std") || !strcmp(path, "cmd") || !strcmp(path, "all")) {
		r.err = arena_printf(perm, "\"%s\" is not an importable package; see 'go help packages'", path);
		return r;
	}
	if ((r.err = modfile_check_import_path(path)) != NULL) {
		r.err = arena_strndup(perm, r.err, strlen(r.err));
		return r;
	}
	if (load_is_std_path(path)) {
		const char *dir = load_join(L->gorootsrc, path);
		if (load_is_dir(dir)) {
			r.dir = dir;
			r.goroot = true;
			return r;
		}
	}
	if (m->main && !strcmp(m->buildmod, "vendor")) {
		bool mainok, vendok;
		const char *maindir = dir_in_module(L, path, m->prefix, m->root, true, &mainok);
		const char *venddir = dir_in_module(L, path, "", load_join(m->root, "vendor"), false, &vendok);
		if (mainok && vendok) {
			r.err = arena_printf(perm, "ambiguous import: found package %s in multiple directories:\n\t%s\n\t%s",
			                     path, maindir, venddir);
			return r;
		}
		if (!vendok && maindir) {
			r.dir = maindir;
			r.module = m->main;
			return r;
		}
		if (vendok) {
			VendorModule *vm = m->vendor ? ptrmap_get(&m->vendor->pkgmod, intern_cstr(path)) : NULL;
			r.dir = venddir;
			if (vm) {
				Module *mod = NEW(perm, Module);
				mod->path = vm->path;
				mod->version = vm->version;
				mod->dir = load_join(m->root, "vendor");
				r.module = mod;
			}
			return r;
		}
		if (load_is_std_path(path))
			r.err = arena_printf(perm, "package %s is not in %s (%s)", path, release_has(FEAT_NOT_IN_STD) ? "std" : "GOROOT",
			                     load_join(L->gorootsrc, path));
		else
			r.err = arena_printf(perm, "cannot find module providing package %s: import lookup disabled by -mod=vendor", path);
		return r;
	}
	/* every module whose path is a prefix of the import path: first among
	 * go.mod's requirements, then in the whole module graph */
	if (search_modules(L, path, &m->selected, &r) || r.err)
		return r;
	load_graph(L);
	if (search_modules(L, path, &m->gselected, &r) || r.err) {
		/* go.mod of a pruned module must list every module it uses */
		if (!r.err && m->pruned)
			untidy(L);
		return r;
	}
	/* not provided: say why as the go command does */
	if (m->mf) {
		for (i = 0; i < m->mf->nreplaces; i++) {
			ModReplace *rp = &m->mf->replaces[i];
			bool ok;
			const char *rdir;
			if (ptrmap_get(&m->selected, rp->oldpath) || !load_has_path_prefix(path, rp->oldpath))
				continue;
			rdir = *rp->newversion ? mod_cache_dir(L, rp->newpath, rp->newversion)
			                       : rp->newpath[0] == '/' ? load_clean(rp->newpath) : load_join(m->root, rp->newpath);
			if (dir_in_module(L, path, rp->oldpath, rdir, !*rp->newversion, &ok) && ok) {
				r.err = arena_printf(perm, "module %s provides package %s and is replaced but not required; to add it:\n\tgo get %s",
				                     rp->oldpath, path, rp->oldpath);
				return r;
			}
		}
	}
	if (load_is_std_path(path))
		r.err = arena_printf(perm, "package %s is not in %s (%s)", path, release_has(FEAT_NOT_IN_STD) ? "std" : "GOROOT",
			                     load_join(L->gorootsrc, path));
	else if (!m->main)
		r.err = arena_printf(perm, "no required module provides package %s: %s", path, nogomod);
	else
		r.err = arena_printf(perm, "no required module provides package %s; to add it:\n\tgo get %s", path, path);
	return r;
}

/* dir below root as a slash path ("." for root itself), NULL if outside */
static const char *in_dir(const char *path, const char *root)
{
	if (!strcmp(path, root))
		return ".";
	return load_has_subdir(root, path);
}

static const char *path_in_modules(Module **mods, int n, const char *dir)
{
	int i;
	for (i = 0; i < n; i++) {
		const char *sub;
		if (!mods[i]->dir || !(sub = in_dir(dir, mods[i]->dir)))
			continue;
		if (strstr(sub, "/vendor/") || !strncmp(sub, "vendor/", 7) || strchr(sub, '@'))
			continue;
		return !strcmp(sub, ".") ? mods[i]->path : arena_printf(perm, "%s/%s", mods[i]->path, sub);
	}
	return NULL;
}

/* The import path of a directory inside a required module's tree: go.mod's
 * requirements first, then the rest of the build list. */
static const char *path_in_module_cache(Loader *L, const char *dir)
{
	ModState *m = ms(L);
	const char *p = path_in_modules(m->mods, m->nmods, dir);
	if (p)
		return p;
	load_graph(L);
	return path_in_modules(m->gmods, m->ngmods, dir);
}

const char *mod_dir_import_path(Loader *L, const char *dir, const char **err)
{
	ModState *m = ms(L);
	DirScan *s;
	const char *sub;
	*err = NULL;
	dir = load_clean(dir);
	s = load_scan_dir(L, dir);
	if (s->err && s->nogo && s->ignored.n == 0) {
		struct stat st;
		if (stat(dir, &st) != 0) {
			*err = arena_printf(perm, "stat %s: directory not found", dir);
			return NULL;
		}
		*err = arena_printf(perm, "no Go files in %s", dir);
		return NULL;
	}
	if (m->root && !strcmp(dir, m->root)) {
		if (!strcmp(dir, L->gorootsrc)) {
			*err = "GOROOT/src is not an importable package";
			return NULL;
		}
		return m->main->path;
	}
	if (m->root && (sub = load_has_subdir(m->root, dir)) != NULL && !strchr(sub, '@')) {
		bool ok;
		const char *pkg;
		if (!strncmp(sub, "vendor/", 7)) {
			if (strcmp(m->buildmod, "vendor") != 0) {
				*err = arena_printf(perm, "without -mod=vendor, directory %s has no package path", dir);
				return NULL;
			}
			pkg = intern_cstr(sub + 7);
			if (!m->vendor || !ptrmap_get(&m->vendor->pkgmod, pkg)) {
				*err = arena_printf(perm, "directory %s is not a package listed in vendor/modules.txt", dir);
				return NULL;
			}
			return pkg;
		}
		pkg = *m->prefix ? arena_printf(perm, "%s/%s", m->prefix, sub) : sub;
		if (!*m->prefix && !strcmp(sub, "builtin")) {
			*err = "builtin";
			return NULL;
		}
		dir_in_module(L, pkg, m->prefix, m->root, true, &ok);
		if (!ok) {
			*err = arena_printf(perm, "main module (%s) does not contain package %s", m->main->path, pkg);
			return NULL;
		}
		return intern_cstr(pkg);
	}
	if ((sub = load_has_subdir(L->gorootsrc, dir)) != NULL && !strchr(sub, '@')) {
		if (!strcmp(sub, "builtin")) {
			*err = "builtin";
			return NULL;
		}
		return intern_cstr(sub);
	}
	if (!m->root) {
		*err = nogomod;
		return NULL;
	}
	if ((sub = path_in_module_cache(L, dir)) != NULL)
		return intern_cstr(sub);
	*err = arena_printf(perm, "directory %s outside main module or its selected dependencies", load_shortpath(L, dir));
	return NULL;
}

const char *mod_check_local_pattern(Loader *L, const char *pattern)
{
	ModState *m = ms(L);
	const char *dots = strstr(pattern, "...");
	const char *dir, *abs, *root;
	/* the directory holding the first wildcard element */
	dir = load_clean(intern(pattern, (size_t)(dots - pattern) + 3));
	{
		const char *slash = strrchr(dir, '/');
		dir = !slash ? "." : slash == dir ? "/" : intern(dir, (size_t)(slash - dir));
	}
	abs = dir[0] == '/' ? dir : load_join(L->cwd, dir);
	root = find_module_root(abs);
	if (m->root && root && !strcmp(root, m->root))
		return NULL;
	if (in_dir(abs, L->gorootsrc) || (m->root && path_in_module_cache(L, abs)))
		return NULL;
	if (m->nwork)
		return arena_printf(perm, "directory prefix %s does not contain modules listed in go.work or their selected dependencies",
		                    load_shortpath(L, abs));
	return arena_printf(perm, "directory prefix %s does not contain main module or its selected dependencies",
	                    load_shortpath(L, abs));
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* An import-path pattern with "..." in module mode: the standard library
 * and every module in the build, each walked for matching packages;
 * the result is sorted. */
void mod_match_packages(Loader *L, const char *pattern, Vec *out)
{
	ModState *m = ms(L);
	PtrMap have = {0};
	Vec v = {0};
	int i;
	pattern_have_init(L, &have);
	pattern_walk_tree(L, L->gorootsrc, "", pattern, WALK_LSTAT_ROOT | WALK_PRUNE_GOMOD, &have, &v);
	if (pattern_tree_can_match(pattern, "cmd"))
		pattern_walk_tree(L, load_join(L->gorootsrc, "cmd"), "cmd", pattern, WALK_LSTAT_ROOT | WALK_PRUNE_GOMOD,
		                  &have, &v);
	if (m->main && !strcmp(m->buildmod, "vendor")) {
		pattern_walk_tree(L, m->root, m->prefix, pattern, WALK_LSTAT_ROOT | WALK_PRUNE_GOMOD | WALK_PRUNE_VENDOR,
		                  &have, &v);
		pattern_walk_tree(L, load_join(m->root, "vendor"), "", pattern, WALK_LSTAT_ROOT | WALK_PRUNE_VENDOR, &have, &v);
	} else {
		if (m->main && pattern_tree_can_match(pattern, m->main->path))
			pattern_walk_tree(L, m->root, m->prefix, pattern,
			                  WALK_LSTAT_ROOT | WALK_PRUNE_GOMOD | WALK_PRUNE_VENDOR, &have, &v);
		/* the workspace's other modules */
		for (i = 0; i < m->nwork; i++)
			if (strcmp(m->work[i]->path, m->main->path) != 0 && pattern_tree_can_match(pattern, m->work[i]->path))
				pattern_walk_tree(L, m->work[i]->dir, m->work[i]->path, pattern,
				                  WALK_LSTAT_ROOT | WALK_PRUNE_GOMOD | WALK_PRUNE_VENDOR, &have, &v);
		/* every module of the build list, which the graph gives */
		load_graph(L);
		for (i = 0; i < m->ngmods; i++) {
			Module *mod = m->gmods[i];
			bool local = mod->rpath && !*mod->rversion;
			if (!pattern_tree_can_match(pattern, mod->path) || !mod->dir)
				continue;
			pattern_walk_tree(L, mod->dir, mod->path, pattern,
			                  WALK_LSTAT_ROOT | WALK_PRUNE_VENDOR | (local ? WALK_PRUNE_GOMOD : 0), &have, &v);
		}
	}
	ptrmap_free(&have);
	if (v.n > 1)
		qsort(v.v, (size_t)v.n, sizeof(void *), cmp_str);
	for (i = 0; i < v.n; i++)
		vec_push(out, v.v[i]);
	vec_free(&v);
}

/* "all" in module mode: the packages of the main module, and every
 * package they or their tests import, directly or not (the tests of
 * other modules' packages do not count); sorted. */
void mod_match_all(Loader *L, Vec *out)
{
	ModState *m = ms(L);
	PtrMap have = {0}, seen = {0}, mainpkgs = {0};
	Vec roots = {0}, queue = {0}, all = {0};
	int i, head = 0;
	if (!m->main) {
		errorf(NOPOS, "%s", nogomod);
		return;
	}
	pattern_have_init(L, &have);
	pattern_walk_tree(L, m->root, m->prefix, *m->prefix ? arena_printf(perm, "%s/...", m->prefix) : "...",
	                  WALK_LSTAT_ROOT | WALK_PRUNE_GOMOD | WALK_PRUNE_VENDOR, &have, &roots);
	ptrmap_free(&have);
	for (i = 0; i < roots.n; i++) {
		if (ptrmap_get(&seen, roots.v[i]))
			continue;
		ptrmap_put(&seen, roots.v[i], (void *)1);
		ptrmap_put(&mainpkgs, roots.v[i], (void *)1);
		vec_push(&queue, roots.v[i]);
	}
	/* breadth first over the import graph; paths are interned */
	while (head < queue.n) {
		const char *path = queue.v[head++];
		Resolved r = mod_resolve(L, path, NULL);
		Package fake;
		DirScan *s;
		int j, k;
		if (r.err || !r.dir)
			continue;
		vec_push(&all, (void *)path);
		s = load_scan_dir(L, r.dir);
		memset(&fake, 0, sizeof fake);
		fake.path = path;
		fake.standard = r.goroot && load_is_std_path(path);
		for (k = 0; k < 2; k++) {
			bool tests = k == 1;
			Vec *v = tests ? &s->testimports : &s->imports;
			if (tests && !ptrmap_get(&mainpkgs, path))
				continue;
			for (j = 0; j < v->n; j++) {
				const char *raw = tests ? v->v[j] : ((ScanImport *)v->v[j])->path;
				Resolved d;
				if (!strcmp(raw, "C"))
					continue;
				d = mod_resolve(L, raw, &fake);
				if (d.err)
					continue;
				d.path = intern_cstr(d.path);
				if (!ptrmap_get(&seen, d.path)) {
					ptrmap_put(&seen, d.path, (void *)1);
					vec_push(&queue, (void *)d.path);
				}
			}
		}
	}
	if (all.n > 1)
		qsort(all.v, (size_t)all.n, sizeof(void *), cmp_str);
	for (i = 0; i < all.n; i++)
		vec_push(out, all.v[i]);
	ptrmap_free(&seen);
	ptrmap_free(&mainpkgs);
	vec_free(&roots);
	vec_free(&queue);
	vec_free(&all);
}
