/* path.c: GOPATH mode, and package patterns.
 *
 * In GOPATH mode an import path is looked up in vendor directories
 * (from the importing package's directory up to its GOPATH or GOROOT
 * entry), then in GOROOT/src, then in each GOPATH entry's src. The
 * standard library resolves its own vendored packages the same way,
 * through GOROOT/src/vendor (and GOROOT/src/cmd/vendor for cmd), in
 * both modes.
 *
 * Patterns are expanded as the go command does: "std", "cmd", "all",
 * import paths with "..." wildcards (vendor directories are only matched
 * when the pattern names them), and directories ("./x", "./...",
 * absolute paths), which become import paths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "load.h"

#define VENDORCH '\x01'

/* --- GOPATH ------------------------------------------------------------------ */

const char **path_gopath_list(Loader *L, int *n)
{
	static const char **list;
	static int nlist = -1;
	static const char *from;
	const char *s = L->cfg->gopath ? L->cfg->gopath : "";
	Vec v = {0};
	if (nlist >= 0 && from == s) {
		*n = nlist;
		return list;
	}
	while (*s) {
		const char *e = strchr(s, ':');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		const char *elem = intern(s, len);
		s = e ? e + 1 : s + len;
		if (!*elem || !strcmp(elem, L->cfg->goroot) || elem[0] == '~')
			continue;
		if (elem[0] != '/')
			fatalf("GOPATH entry is relative; must be absolute path: \"%s\".", elem);
		vec_push(&v, (void *)load_clean(elem));
	}
	list = (const char **)vec_finish(&v, perm, &nlist);
	vec_free(&v);
	from = L->cfg->gopath ? L->cfg->gopath : "";
	*n = nlist;
	return list;
}

/* "_/abs/dir": the import path of a directory outside every tree */
const char *dir_to_import_path(const char *dir)
{
	Buf b = {0};
	const char *r;
	const char *s;
	buf_puts(&b, "_");
	if (dir[0] != '/')
		buf_putc(&b, '/');
	for (s = dir; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x80 && (c <= ' ' || c == 0x7f || strchr("!\"#$%&'()*,:;<=>?[\\]^{|}`", c)))
			buf_putc(&b, '_');
		else
			buf_putc(&b, c);
	}
	r = load_clean(b.s);
	buf_free(&b);
	return r;
}

/* The import path go/build gives a directory: its path below GOROOT/src
 * or below the first GOPATH entry's src that no earlier tree shadows;
 * NULL if none. */
static const char *dir_import_path(Loader *L, const char *dir, const char **root, bool *goroot)
{
	const char *sub;
	const char **gp;
	int ngp, i, j;
	*goroot = false;
	*root = NULL;
	if ((sub = load_has_subdir(L->gorootsrc, dir)) != NULL && !strstr(sub, "/testdata/") &&
	    strcmp(sub, "testdata") != 0 && strncmp(sub, "testdata/", 9) != 0 &&
	    !(strlen(sub) >= 9 && !strcmp(sub + strlen(sub) - 9, "/testdata"))) {
		*goroot = true;
		*root = L->cfg->goroot;
		return intern_cstr(sub);
	}
	gp = path_gopath_list(L, &ngp);
	for (i = 0; i < ngp; i++) {
		const char *src = load_join(gp[i], "src");
		if ((sub = load_has_subdir(src, dir)) != NULL && !strstr(sub, "/testdata/") &&
		    strcmp(sub, "testdata") != 0 && strncmp(sub, "testdata/", 9) != 0) {
			/* a package of the same path earlier in the search wins */
			if (load_is_dir(load_join(L->gorootsrc, sub)))
				return NULL;
			for (j = 0; j < i; j++)
				if (load_is_dir(load_join(load_join(gp[j], "src"), sub)))
					return NULL;
			*root = gp[i];
			return intern_cstr(sub);
		}
	}
	return NULL;
}

/* Go 1.5 vendoring: the path as seen from the importing package, if a
 * vendor directory between it and its tree's root provides it. */
static const char *vendored_path(Loader *L, const char *path, const Package *parent)
{
	const char *dir, *root;
	const char *vpath;
	size_t i, rootlen;
	Buf b = {0};
	if (!parent || !parent->rootdir || !parent->dir)
		return path;
	dir = load_clean(parent->dir);
	root = load_join(parent->rootdir, "src");
	rootlen = strlen(root);
	if (!load_has_subdir(root, dir))
		return path;
	buf_printf(&b, "vendor/%s", path);
	vpath = intern(b.s, b.n);
	for (i = strlen(dir); i >= rootlen; i--) {
		const char *up, *targ;
		if (i < strlen(dir) && dir[i] != '/')
			continue;
		up = intern(dir, i);
		if (!load_is_dir(load_join(up, "vendor")))
			continue;
		targ = load_join(up, vpath);
		if (load_is_dir(targ) && load_has_go_files(L, targ)) {
			const char *ip = parent->path;
			size_t chopped = strlen(dir) - i;
			if (!strcmp(ip, "command-line-arguments"))
				ip = dir + rootlen + 1;
			buf_free(&b);
			if (chopped == strlen(ip) + 1)
				return vpath;
			if (chopped > strlen(ip))
				return path;
			buf_printf(&b, "%.*s/%s", (int)(strlen(ip) - chopped), ip, vpath);
			vpath = intern(b.s, b.n);
			buf_free(&b);
			return vpath;
		}
	}
	buf_free(&b);
	return path;
}

/* go/build's search for a non-local import path. */
static Resolved find_package(Loader *L, const char *path, const char *srcdir, bool ignorevendor)
{
	Resolved r;
	Buf tried = {0};
	const char **gp;
	int ngp, i;
	const char *gorootdir = NULL;
	bool gorootfirst;
	memset(&r, 0, sizeof r);
	r.path = path;
	gp = path_gopath_list(L, &ngp);
	if (path[0] == '/') {
		r.err = arena_printf(perm, "import \"%s\": cannot import absolute path", path);
		return r;
	}
	if (!ignorevendor && srcdir) {
		/* vendor directories from srcdir up, in GOROOT then GOPATH */
		const char *fmt = "\t%s (vendor tree)\n";
		for (i = -1; i < ngp; i++) {
			const char *root = i < 0 ? L->cfg->goroot : gp[i];
			const char *sub = load_has_subdir(root, srcdir);
			char *s;
			if (!sub || strncmp(sub, "src/", 4) != 0 || strstr(sub, "/testdata/"))
				continue;
			s = arena_strndup(perm, sub, strlen(sub));
			for (;;) {
				const char *vendor = load_join(load_join(root, s), "vendor");
				if (load_is_dir(vendor)) {
					const char *dir = load_join(vendor, path);
					if (load_is_dir(dir) && load_has_go_files(L, dir)) {
						Buf p = {0};
						buf_printf(&p, "%s/vendor/%s", s, path);
						r.path = load_clean(p.s + 4);   /* without "src/" */
						buf_free(&p);
						r.dir = dir;
						r.goroot = i < 0;
						buf_free(&tried);
						return r;
					}
					buf_printf(&tried, fmt, dir);
					fmt = "\t%s\n";
				}
				{
					char *slash = strrchr(s, '/');
					if (!slash)
						break;
					*slash = 0;
				}
			}
		}
	}
	gorootfirst = !srcdir || strncmp(path, "vendor/", 7) != 0;
	if (!gorootfirst)
		gorootfirst = load_has_subdir(L->cfg->goroot, srcdir) != NULL;
	if (gorootfirst) {
		const char *dir = load_join(L->gorootsrc, path);
		if (load_is_dir(dir)) {
			r.dir = dir;
			r.goroot = true;
			buf_free(&tried);
			return r;
		}
		gorootdir = dir;
	}
	for (i = 0; i < ngp; i++) {
		const char *dir = load_join(load_join(gp[i], "src"), path);
		if (load_is_dir(dir)) {
			r.dir = dir;
			buf_free(&tried);
			return r;
		}
	}
	if (!gorootdir) {
		const char *dir = load_join(L->gorootsrc, path);
		if (load_is_dir(dir)) {
			r.dir = dir;
			r.goroot = true;
			buf_free(&tried);
			return r;
		}
		gorootdir = dir;
	}
	buf_printf(&tried, "\t%s (from $GOROOT)", gorootdir);
	for (i = 0; i < ngp; i++)
		buf_printf(&tried, i == 0 ? "\n\t%s (from $GOPATH)" : "\n\t%s",
		           load_join(load_join(gp[i], "src"), path));
	if (ngp == 0)
		buf_puts(&tried, "\n\t($GOPATH not set. For more details see: 'go help gopath')");
	r.err = arena_printf(perm, "cannot find package \"%s\" in any of:\n%s", path, tried.s);
	buf_free(&tried);
	return r;
}

/* path.Clean keeping a leading "./" */
static const char *clean_import(const char *path)
{
	const char *c = load_clean(path);
	if (!strncmp(path, "./", 2) && strcmp(c, "..") != 0 && strncmp(c, "../", 3) != 0) {
		Buf b = {0};
		buf_printf(&b, "./%s", c);
		c = intern(b.s, b.n);
		buf_free(&b);
	}
	return c;
}

Resolved path_resolve(Loader *L, const char *path, const Package *parent, const char *srcdir)
{
	Resolved r;
	const char *rp;
	memset(&r, 0, sizeof r);
	r.path = path;
	if (!strncmp(path, "mod/", 4)) {
		r.err = arena_printf(perm, "disallowed import path \"%s\"", path);
		return r;
	}
	if (strchr(path, '@')) {
		r.err = "can only use path@version syntax with 'go get' and 'go install' in module-aware mode";
		return r;
	}
	if (strcmp(path, clean_import(path)) != 0) {
		r.err = arena_printf(perm, "non-canonical import path \"%s\": should be \"%s\"", path, load_clean(path));
		return r;
	}
	if (load_is_local_path(path)) {
		bool goroot;
		const char *root;
		r.dir = path[0] == '/' ? load_clean(path) : load_join(srcdir, path);
		r.path = dir_to_import_path(r.dir);
		if (!load_is_dir(r.dir)) {
			const char *ip = dir_import_path(L, r.dir, &root, &goroot);
			r.err = arena_printf(perm, "cannot find package \"%s\" in:\n\t%s", ip ? ip : ".", r.dir);
			return r;
		}
		return r;
	}
	rp = parent ? vendored_path(L, path, parent) : path;
	r = find_package(L, rp, parent ? parent->dir : srcdir, !parent || rp != path);
	return r;
}

/* The GOROOT or GOPATH entry a GOPATH-mode package came from (vendor
 * lookups of its own imports stop there). */
const char *path_root_of(Loader *L, const char *dir)
{
	bool goroot;
	const char *root = NULL;
	const char **gp;
	int ngp, i;
	if (!dir)
		return NULL;
	if (load_has_subdir(L->gorootsrc, dir))
		return L->cfg->goroot;
	gp = path_gopath_list(L, &ngp);
	for (i = 0; i < ngp; i++)
		if (load_has_subdir(load_join(gp[i], "src"), dir))
			return gp[i];
	(void)goroot;
	return root;
}

/* --- pattern matching ------------------------------------------------------------ */

/* Every "vendor" element but the last becomes VENDORCH, so that "..."
 * (which never matches VENDORCH) cannot reach into vendor trees. */
static char *replace_vendor(const char *x)
{
	size_t n = strlen(x), i = 0, w = 0;
	char *out = xmalloc(n + 1);
	while (i <= n) {
		const char *e = strchr(x + i, '/');
		size_t len = e ? (size_t)(e - (x + i)) : n - i;
		if (e && len == 6 && !memcmp(x + i, "vendor", 6)) {
			out[w++] = VENDORCH;
		} else {
			memcpy(out + w, x + i, len);
			w += len;
		}
		if (!e)
			break;
		out[w++] = '/';
		i += len + 1;
	}
	out[w] = 0;
	return out;
}

/* glob with "..." matching any run without VENDORCH */
static bool glob(const char *p, size_t pn, const char *s, size_t sn)
{
	/* ok[j]: p[0:i] matches s[0:j] */
	bool *ok = xcalloc(sn + 1, sizeof(bool)), *next = xcalloc(sn + 1, sizeof(bool));
	size_t i = 0, j;
	bool r;
	ok[0] = true;
	while (i < pn) {
		bool *t;
		if (pn - i >= 3 && !memcmp(p + i, "...", 3)) {
			next[0] = ok[0];
			for (j = 1; j <= sn; j++)
				next[j] = ok[j] || (next[j - 1] && s[j - 1] != VENDORCH);
			i += 3;
		} else {
			next[0] = false;
			for (j = 1; j <= sn; j++)
				next[j] = ok[j - 1] && s[j - 1] == p[i];
			i++;
		}
		t = ok, ok = next, next = t;
	}
	r = ok[sn];
	free(ok);
	free(next);
	return r;
}

static bool has_suffix_n(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n >= k && !memcmp(s + n - k, suf, k);
}

bool pattern_match(const char *pattern, const char *name)
{
	char *p, *s;
	size_t pn, sn;
	bool r;
	if (strchr(pattern, VENDORCH) || strchr(name, VENDORCH))
		return false;
	p = replace_vendor(pattern);
	s = replace_vendor(name);
	pn = strlen(p);
	sn = strlen(s);
	if (has_suffix_n(p, pn, "/\x01/...") || !strcmp(p, "\x01/...")) {
		size_t base = !strcmp(p, "\x01/...") ? 0 : pn - 6;
		Buf b = {0};
		buf_put(&b, p, base);
		buf_puts(&b, "/vendor");
		r = glob(b.s, b.n, s, sn);
		buf_reset(&b);
		buf_put(&b, p, base);
		buf_puts(&b, "/\x01/...");
		r = r || glob(b.s, b.n, s, sn);
		buf_free(&b);
	} else if (has_suffix_n(p, pn, "/...")) {
		r = glob(p, pn - 4, s, sn) || glob(p, pn, s, sn);
	} else {
		r = glob(p, pn, s, sn);
	}
	free(p);
	free(s);
	return r;
}

bool pattern_tree_can_match(const char *pattern, const char *name)
{
	const char *dots = strstr(pattern, "...");
	size_t n = dots ? (size_t)(dots - pattern) : strlen(pattern);
	size_t k = strlen(name);
	/* name is a path prefix of the literal part, or the literal part is
	 * a string prefix of name (with a wildcard) */
	if (k <= n && !strncmp(pattern, name, k)) {
		if (k == n || (k > 0 && name[k - 1] == '/') || pattern[k] == '/')
			return true;
	}
	return dots && !strncmp(name, pattern, n);
}

/* --- walking trees ------------------------------------------------------------------ */

typedef struct Walk {
	Loader *L;
	const char *src;          /* prefix of every path whose name is taken */
	const char *prefix;       /* import path prefix ("" or a module path) */
	const char *pattern;
	bool std, cmd, meta;
	bool prunevendor, prunegomod;
	PtrMap *have;
	Vec *out;
} Walk;

static const char *walk_name(Walk *w, const char *path)
{
	const char *rest = path + strlen(w->src);
	Buf b = {0};
	const char *r;
	if (*rest == '/')
		rest++;
	if (*w->prefix && *rest)
		buf_printf(&b, "%s/%s", w->prefix, rest);
	else
		buf_puts(&b, *w->prefix ? w->prefix : rest);
	r = intern(b.s ? b.s : "", b.n);
	buf_free(&b);
	return r;
}

/* Visits dir (a directory) and, unless pruned, its subdirectories in
 * lexical order, adding matching packages. */
static void walk_dir(Walk *w, const char *dir, bool top)
{
	const char *elem = strrchr(dir, '/');
	const char *name;
	bool want = true;
	char **names;
	bool *isdir;
	int n, i;
	elem = elem ? elem + 1 : dir;
	/* a tree root without an import path prefix (GOROOT/src, a GOPATH
	 * src, vendor/) holds no package itself: only look below it */
	if (!(top && !*w->prefix)) {
		if (!top && (elem[0] == '.' || elem[0] == '_' || !strcmp(elem, "testdata")))
			want = false;
		name = walk_name(w, dir);
		if (w->std && (!load_is_std_path(name) || !strcmp(name, "cmd")))
			want = false;
		if (!w->meta && !pattern_tree_can_match(w->pattern, name))
			want = false;
		if (!want)
			return;
		if (w->prunegomod && !top && load_is_file(load_join(dir, "go.mod")))
			return;
		if (!ptrmap_get(w->have, name)) {
			ptrmap_put(w->have, name, (void *)name);
			if (w->meta || pattern_match(w->pattern, name)) {
				DirScan *s = load_scan_dir(w->L, dir);
				bool cmdvendormain = w->cmd && !strncmp(name, "cmd/vendor", 10) && !strcmp(s->name, "main");
				if (!s->nogo && !cmdvendormain)
					vec_push(w->out, (void *)name);
			}
		}
		if (w->prunevendor && !strcmp(elem, "vendor") && !top)
			return;
	}
	names = load_read_dir(dir, &n, &isdir, false);
	for (i = 0; names && i < n; i++)
		if (isdir[i])
			walk_dir(w, load_join(dir, names[i]), false);
	if (names)
		load_free_dir(names, n, isdir);
}

void pattern_walk_tree(Loader *L, const char *root, const char *prefix, const char *pattern, int flags,
                       PtrMap *have, Vec *out)
{
	Walk w;
	struct stat st;
	memset(&w, 0, sizeof w);
	w.L = L;
	w.src = root;
	w.prefix = prefix;
	w.pattern = pattern;
	w.std = flags & WALK_STD;
	w.meta = !strcmp(pattern, "std") || !strcmp(pattern, "cmd") || !strcmp(pattern, "all");
	w.cmd = !strcmp(pattern, "cmd");
	w.prunevendor = flags & WALK_PRUNE_VENDOR;
	w.prunegomod = flags & WALK_PRUNE_GOMOD;
	w.have = have;
	w.out = out;
	/* The module-mode walk, like filepath.Walk, does not follow a root
	 * that is a symbolic link (GOROOT/src sometimes is one); the
	 * GOPATH-mode walk names its roots with a trailing slash, which does. */
	if ((flags & WALK_LSTAT_ROOT) ? lstat(root, &st) != 0 : stat(root, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode))
		walk_dir(&w, root, true);
}

/* the packages a walk never reports */
void pattern_have_init(Loader *L, PtrMap *have)
{
	ptrmap_put(have, intern_cstr("builtin"), (void *)1);
	if (!L->cfg->cgo_enabled)
		ptrmap_put(have, intern_cstr("runtime/cgo"), (void *)1);
}

/* GOPATH-style matching of a non-local pattern ("std", "cmd", "all",
 * "x/..."): walks GOROOT/src and, unless std or cmd, each GOPATH src. */
static void match_packages(Loader *L, const char *pattern, Vec *out)
{
	bool std = !strcmp(pattern, "std"), cmd = !strcmp(pattern, "cmd");
	PtrMap have = {0};
	const char **gp;
	int ngp, i;
	pattern_have_init(L, &have);
	pattern_walk_tree(L, cmd ? load_join(L->gorootsrc, "cmd") : L->gorootsrc, cmd ? "cmd" : "", pattern,
	                  std ? WALK_STD : 0, &have, out);
	if (!std && !cmd) {
		gp = path_gopath_list(L, &ngp);
		for (i = 0; i < ngp; i++)
			pattern_walk_tree(L, load_join(gp[i], "src"), "", pattern, 0, &have, out);
	}
	ptrmap_free(&have);
}


typedef struct DirWalk {
	Loader *L;
	const char *prefix;
	const char *pattern;      /* cleaned, slash form, with prefix */
	Vec *out;
} DirWalk;

/* Directories matching a local pattern ("./...", "/abs/x/..."), named
 * as the pattern spells them. */
static void dir_walk(DirWalk *w, const char *path, const char *shown, bool top)
{
	const char *elem = strrchr(path, '/');
	const char *name;
	char **names;
	bool *isdir;
	int n, i;
	Buf b = {0};
	elem = elem ? elem + 1 : path;
	if ((elem[0] == '.' && strcmp(elem, ".") != 0 && strcmp(elem, "..") != 0) || elem[0] == '_' ||
	    !strcmp(elem, "testdata"))
		return;
	if (!top && w->L->cfg->modules && load_is_file(load_join(path, "go.mod")))
		return;
	buf_printf(&b, "%s%s", w->prefix, shown);
	name = intern(b.s, b.n);
	buf_free(&b);
	if (pattern_match(w->pattern, name)) {
		DirScan *s = load_scan_dir(w->L, path);
		if (!s->nogo)
			vec_push(w->out, (void *)name);
	}
	names = load_read_dir(path, &n, &isdir, false);
	for (i = 0; names && i < n; i++) {
		if (!isdir[i])
			continue;
		buf_reset(&b);
		if (!strcmp(shown, "."))
			buf_puts(&b, names[i]);
		else if (shown[strlen(shown) - 1] == '/')
			buf_printf(&b, "%s%s", shown, names[i]);
		else
			buf_printf(&b, "%s/%s", shown, names[i]);
		dir_walk(w, load_join(path, names[i]), intern(b.s, b.n), false);
		buf_free(&b);
	}
	if (names)
		load_free_dir(names, n, isdir);
}

void pattern_match_dirs(Loader *L, const char *pattern, Vec *out)
{
	const char *clean = load_clean(pattern), *dots, *dir, *abs;
	DirWalk w;
	Buf b = {0};
	size_t k;
	memset(&w, 0, sizeof w);
	w.L = L;
	w.out = out;
	w.prefix = "";
	if (strcmp(clean, ".") != 0 && !strncmp(pattern, "./", 2)) {
		w.prefix = "./";
		buf_printf(&b, "./%s", clean);
		clean = intern(b.s, b.n);
		buf_free(&b);
	}
	w.pattern = clean;
	dots = strstr(clean, "...");
	/* the directory part before the element with "..." */
	k = (size_t)(dots - clean);
	while (k > 0 && clean[k - 1] != '/')
		k--;
	dir = intern(clean, k);
	abs = dir[0] == '/' ? load_clean(dir) : load_join(L->cwd, *dir ? dir : ".");
	if (!load_is_dir(abs)) {
		errorf(NOPOS, "pattern %s: lstat %s: no such file or directory", pattern, dir);
		return;
	}
	/* names are the walked paths as filepath.Walk spells them ("./x/"
	 * walks as "x", named "./x" again with the prefix) */
	dir_walk(&w, abs, load_clean(*dir ? dir : "."), true);
}

/* --- patterns to root packages ----------------------------------------------------- */

static bool is_local_pattern(const char *p)
{
	return load_is_local_path(p) || p[0] == '/';
}

/* search.CleanPatterns */
static const char *clean_pattern(const char *a)
{
	const char *at;
	const char *p = a, *v = "";
	Buf b = {0};
	const char *r;
	if (!is_local_pattern(a) && (at = strchr(a, '@')) != NULL) {
		p = intern(a, (size_t)(at - a));
		v = at;
	}
	if (p[0] == '/')
		p = load_clean(p);
	else if (!strncmp(p, "./", 2)) {
		const char *c = load_clean(p);
		if (!strcmp(c, "."))
			p = ".";
		else if (!strncmp(c, "../", 3) || !strcmp(c, ".."))
			p = c;
		else {
			buf_printf(&b, "./%s", c);
			p = intern(b.s, b.n);
			buf_reset(&b);
		}
	} else
		p = load_clean(p);
	buf_printf(&b, "%s%s", p, v);
	r = intern(b.s, b.n);
	buf_free(&b);
	return r;
}

void pattern_expand(Loader *L, char **patterns, int n, Vec *out, Vec *literal)
{
	int i, j;
	static char *dot[] = {"."};
	if (n == 0) {
		patterns = dot;
		n = 1;
	}
	for (i = 0; i < n; i++) {
		const char *pat = clean_pattern(patterns[i]);
		bool wild = strstr(pat, "...") != NULL;
		bool meta = !strcmp(pat, "std") || !strcmp(pat, "cmd") || !strcmp(pat, "all");
		Vec m = {0};
		int before = nerrors();
		if (is_local_pattern(pat)) {
			Vec dirs = {0};
			const char *err;
			if (!wild)
				vec_push(&dirs, (void *)pat);
			else if (L->cfg->modules && (err = mod_check_local_pattern(L, pat)) != NULL)
				errorf(NOPOS, "pattern %s: %s", pat, err);
			else
				pattern_match_dirs(L, pat, &dirs);
			for (j = 0; j < dirs.n; j++) {
				const char *d = dirs.v[j];
				const char *abs = d[0] == '/' ? load_clean(d) : load_join(L->cwd, d);
				if (L->cfg->modules) {
					const char *err = NULL;
					const char *ip = mod_dir_import_path(L, abs, &err);
					if (!ip) {
						if (wild && err && !strcmp(err, "builtin"))
							continue;
						if (err && strcmp(err, "builtin") != 0)
							errorf(NOPOS, wild ? "pattern %s: %s" : "%s%s", wild ? pat : "", err);
						else
							errorf(NOPOS, "%s: \"builtin\" is a pseudo-package, not an importable package", pat);
						continue;
					}
					vec_push(&m, (void *)ip);
				} else {
					bool goroot;
					const char *root;
					const char *ip = dir_import_path(L, abs, &root, &goroot);
					vec_push(&m, (void *)(ip ? ip : d));
				}
			}
			vec_free(&dirs);
		} else if (!strcmp(pat, "std") || !strcmp(pat, "cmd")) {
			match_packages(L, pat, &m);
		} else if (L->cfg->modules && (wild || meta)) {
			if (!strcmp(pat, "all"))
				mod_match_all(L, &m);
			else
				mod_match_packages(L, pat, &m);
		} else if (wild || meta) {
			match_packages(L, pat, &m);
		} else {
			vec_push(&m, (void *)pat);
		}
		if (m.n == 0 && nerrors() == before)
			fprintf(stderr, "go: warning: \"%s\" matched no packages\n", pat);
		for (j = 0; j < m.n; j++) {
			vec_push(out, m.v[j]);
			vec_push(literal, (void *)(intptr_t)!(wild || meta));
		}
		vec_free(&m);
	}
}
