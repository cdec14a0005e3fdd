/* dir.c: directories as the go command reads them.
 *
 * For one directory and one target: which .go files belong to the
 * package (file names, build constraints, cgo), the package name, the
 * test files, and the imports with where each is first written; the
 * first problem, as go/build reports it. Each directory is read once per
 * load. Also the path helpers the loader shares (lexical cleaning, path
 * prefixes, short names for messages). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load.h"

/* --- paths ------------------------------------------------------------- */

/* Lexical cleaning as Go's path/filepath.Clean: no "//", no "." elements,
 * ".." only at the start of a relative path. */
const char *load_clean(const char *path)
{
	size_t n = strlen(path), r = 0, w = 0, dotdot = 0;
	bool rooted = n > 0 && path[0] == '/';
	char *out;
	const char *res;
	if (n == 0)
		return intern_cstr(".");
	out = xmalloc(n + 2);
	if (rooted) {
		out[w++] = '/';
		r = 1;
		dotdot = 1;
	}
	while (r < n) {
		if (path[r] == '/') {
			r++;
		} else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
			r++;
		} else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
			r += 2;
			if (w > dotdot) {
				w--;
				while (w > dotdot && out[w] != '/')
					w--;
			} else if (!rooted) {
				if (w > 0)
					out[w++] = '/';
				out[w++] = '.';
				out[w++] = '.';
				dotdot = w;
			}
		} else {
			if ((rooted && w != 1) || (!rooted && w != 0))
				out[w++] = '/';
			for (; r < n && path[r] != '/'; r++)
				out[w++] = path[r];
		}
	}
	if (w == 0)
		out[w++] = '.';
	res = intern(out, w);
	free(out);
	return res;
}

const char *load_join(const char *dir, const char *elem)
{
	Buf b = {0};
	const char *r;
	if (!*elem)
		return load_clean(dir);
	if (!*dir)
		return load_clean(elem);
	buf_printf(&b, "%s/%s", dir, elem);
	r = load_clean(b.s);
	buf_free(&b);
	return r;
}

/* s equals prefix or continues it with '/' */
bool load_has_path_prefix(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);
	if (strncmp(s, prefix, n) != 0)
		return false;
	if (s[n] == 0)
		return true;
	if (n > 0 && prefix[n - 1] == '/')
		return true;
	return s[n] == '/';
}

/* dir below root (not root itself), as a slash path; NULL if not below */
const char *load_has_subdir(const char *root, const char *dir)
{
	size_t n;
	root = load_clean(root);
	dir = load_clean(dir);
	n = strlen(root);
	if (n == 1 && root[0] == '/')
		return dir[0] == '/' && dir[1] ? dir + 1 : NULL;
	if (strncmp(dir, root, n) != 0 || dir[n] != '/')
		return NULL;
	return dir + n + 1;
}

/* The first element has no dot: a path the standard library could own. */
bool load_is_std_path(const char *path)
{
	const char *slash = strchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) : strlen(path);
	return memchr(path, '.', n) == NULL;
}

bool load_is_local_path(const char *path)
{
	return !strcmp(path, ".") || !strcmp(path, "..") || !strncmp(path, "./", 2) || !strncmp(path, "../", 3);
}

/* As the go command prints a path: relative to the working directory
 * when that is shorter. */
const char *load_shortpath(Loader *L, const char *abs)
{
	const char *a = abs, *c = L->cwd;
	Buf b = {0};
	const char *r;
	if (abs[0] != '/' || c[0] != '/')
		return abs;
	/* skip the common leading elements */
	for (;;) {
		const char *ea, *ec;
		size_t na, nc;
		while (*a == '/')
			a++;
		while (*c == '/')
			c++;
		ea = strchr(a, '/');
		ec = strchr(c, '/');
		na = ea ? (size_t)(ea - a) : strlen(a);
		nc = ec ? (size_t)(ec - c) : strlen(c);
		if (na == 0 || na != nc || memcmp(a, c, na) != 0)
			break;
		a += na;
		c += nc;
	}
	/* one ".." per remaining element of the working directory */
	while (*c) {
		while (*c == '/')
			c++;
		if (!*c)
			break;
		buf_puts(&b, b.n ? "/.." : "..");
		while (*c && *c != '/')
			c++;
	}
	if (*a) {
		if (b.n)
			buf_putc(&b, '/');
		buf_puts(&b, a);
	}
	if (b.n == 0)
		buf_putc(&b, '.');
	r = b.n < strlen(abs) ? intern(b.s, b.n) : abs;
	buf_free(&b);
	return r;
}

bool load_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool load_is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && !S_ISDIR(st.st_mode);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **load_read_dir(const char *dir, int *n, bool **isdir, bool follow)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	Vec names = {0};
	char **out;
	int i;
	*n = 0;
	if (isdir)
		*isdir = NULL;
	if (!d)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		char *name;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		/* the name and its d_type in one allocation, the type first */
		name = xmalloc(strlen(e->d_name) + 2);
		name[0] = (char)e->d_type;
		strcpy(name + 1, e->d_name);
		vec_push(&names, name + 1);
	}
	closedir(d);
	out = (char **)names.v;
	*n = names.n;
	if (*n > 1)
		qsort(out, (size_t)*n, sizeof *out, cmp_str);
	if (isdir) {
		Buf p = {0};
		*isdir = xcalloc((size_t)*n + 1, sizeof(bool));
		for (i = 0; i < *n; i++) {
			unsigned char type = (unsigned char)out[i][-1];
			struct stat st;
			/* stat only when the directory entry does not tell */
			if (type == DT_DIR) {
				(*isdir)[i] = true;
			} else if (type == DT_UNKNOWN || (type == DT_LNK && follow)) {
				buf_reset(&p);
				buf_printf(&p, "%s/%s", dir, out[i]);
				if ((follow ? stat(p.s, &st) : lstat(p.s, &st)) == 0)
					(*isdir)[i] = S_ISDIR(st.st_mode);
			}
		}
		buf_free(&p);
	}
	return out;
}

void load_free_dir(char **names, int n, bool *isdir)
{
	int i;
	for (i = 0; names && i < n; i++)
		free(names[i] - 1);
	free(names);
	free(isdir);
}

bool load_has_go_files(Loader *L, const char *dir)
{
	void *v;
	char **names;
	bool *isdir;
	int n, i;
	bool any = false;
	dir = intern_cstr(dir);
	if ((v = ptrmap_get(&L->hasgo, dir)) != NULL)
		return v == (void *)1;
	names = load_read_dir(dir, &n, &isdir, true);
	for (i = 0; names && i < n; i++) {
		size_t k = strlen(names[i]);
		if (!isdir[i] && k >= 3 && !strcmp(names[i] + k - 3, ".go"))
			any = true;
	}
	if (names)
		load_free_dir(names, n, isdir);
	ptrmap_put(&L->hasgo, dir, any ? (void *)1 : (void *)2);
	return any;
}

/* --- diagnostics ------------------------------------------------------- */

/* System error text as Go spells it ("no such file or directory"). */
const char *load_os_error(const char *msg)
{
	char *r;
	if (!msg || msg[0] < 'A' || msg[0] > 'Z' || (msg[1] >= 'A' && msg[1] <= 'Z'))
		return msg;
	r = arena_strndup(perm, msg, strlen(msg));
	r[0] = (char)(r[0] - 'A' + 'a');
	return r;
}

/* A position in a file the loader read only the header of: the file is
 * registered under its short name, with the bytes that were read. */
static Pos header_pos(Loader *L, const char *path, const char *data, size_t n, uint32_t off)
{
	SrcFile *f = src_add(load_shortpath(L, path), path, arena_strndup(perm, data, n), (uint32_t)n);
	return src_pos(f, MIN(off, (uint32_t)n));
}

/* --- scanning a directory ------------------------------------------------- */

static void scan_error(DirScan *s, Pos pos, const char *fmt, ...) PRINTF(3, 4);
static void scan_error(DirScan *s, Pos pos, const char *fmt, ...)
{
	va_list ap;
	Buf b = {0};
	if (s->err)
		return;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	s->err = arena_strndup(perm, b.s, b.n);
	s->errpos = pos;
	buf_free(&b);
}

static bool has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);
	return n >= k && !strcmp(s + n - k, suf);
}

static int cmp_import(const void *a, const void *b)
{
	const ScanImport *x = *(ScanImport *const *)a, *y = *(ScanImport *const *)b;
	int c = strcmp(x->path, y->path);
	if (c)
		return c;
	/* equal paths keep file order: the first is the one reported */
	return x->site.off < y->site.off ? -1 : x->site.off > y->site.off;
}

char *load_read_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t cap = 0, len = 0, k;
	if (!f)
		return NULL;
	for (;;) {
		if (cap - len < 4096) {
			cap = cap ? 2 * cap : 8192;
			data = xrealloc(data, cap + 1);
		}
		k = fread(data + len, 1, cap - len, f);
		len += k;
		if (k == 0)
			break;
	}
	fclose(f);
	data[len] = 0;
	*n = len;
	return data;
}

/* An assembly file belongs to the build by its name and its
 * constraints, as a Go file does. Unreadable ones are left out. */
static void scan_asm_file(Loader *L, DirScan *s, const char *dir, const char *name)
{
	char *path, *data;
	const char *cerr;
	size_t n;
	bool ok;
	uint32_t erroff;
	name = intern_cstr(name);
	if (!build_good_os_arch_file(L->cfg, name))
		return;
	path = xmalloc(strlen(dir) + strlen(name) + 2);
	sprintf(path, "%s/%s", dir, name);
	data = load_read_file(path, &n);
	free(path);
	if (!data)
		return;
	if (build_should_build(L->cfg, data, n, &ok, &cerr, &erroff) && ok)
		vec_push(&s->sfiles, (void *)name);
	free(data);
}

/* Imports sorted by path, each once with its first site; frees in. */
static void sorted_imports(Vec *in, Vec *out)
{
	int i;
	if (in->n > 1)
		qsort(in->v, (size_t)in->n, sizeof(void *), cmp_import);
	for (i = 0; i < in->n; i++) {
		ScanImport *imp = in->v[i];
		if (out->n && ((ScanImport *)out->v[out->n - 1])->path == imp->path)
			continue;
		vec_push(out, imp);
	}
	vec_free(in);
}

/* The other files of the build that are not Go or assembly (C, C++,
 * Objective-C, Fortran, SWIG, .syso): their presence keeps the go
 * command from passing gc -complete. */
static bool is_ext_file(const char *name)
{
	static const char *const exts[] = {".c", ".cc", ".cpp", ".cxx", ".m", ".f", ".F", ".for", ".f90",
	                                   ".syso", ".swig", ".swigcxx"};
	int i;
	for (i = 0; i < NELEM(exts); i++)
		if (has_suffix(name, exts[i]))
			return true;
	return false;
}

static void scan_ext_file(Loader *L, DirScan *s, const char *dir, const char *name)
{
	char *path, *data;
	const char *cerr;
	size_t n;
	bool ok;
	uint32_t erroff;
	if (!build_good_os_arch_file(L->cfg, name))
		return;
	if (has_suffix(name, ".syso")) {
		s->nextfiles++;
		return;
	}
	path = xmalloc(strlen(dir) + strlen(name) + 2);
	sprintf(path, "%s/%s", dir, name);
	data = load_read_file(path, &n);
	free(path);
	if (!data)
		return;
	if (build_should_build(L->cfg, data, n, &ok, &cerr, &erroff) && ok)
		s->nextfiles++;
	free(data);
}

/* go/build's reading of a directory: which .go files belong to the
 * build, the package name, the imports. names are sorted basenames;
 * useall ignores constraints (files named on the command line). */
DirScan *load_scan_files(Loader *L, const char *dir, char **names, bool *isdir, int n, bool useall)
{
	DirScan *s = NEW(perm, DirScan);
	const char *firstfile = NULL, *firstcomment = NULL;
	Buf path = {0};
	Vec imps = {0}, timps = {0}, ximps = {0};
	int i;
	s->dir = dir;
	for (i = 0; i < n; i++) {
		const char *name = names[i], *ioerr, *err;
		const char *pkg, *abs;
		FileHeader h;
		size_t len;
		char *data;
		bool ok, istest, isxtest;
		uint32_t erroff;
		int j;
		if (isdir && isdir[i])
			continue;
		if (!useall && name[0] != '_' && name[0] != '.' && has_suffix(name, ".s")) {
			scan_asm_file(L, s, dir, name);
			continue;
		}
		if (!useall && name[0] != '_' && name[0] != '.' && is_ext_file(name)) {
			scan_ext_file(L, s, dir, name);
			continue;
		}
		if (name[0] == '_' || name[0] == '.' || !has_suffix(name, ".go"))
			continue;
		name = intern_cstr(name);
		if (!useall && !build_good_os_arch_file(L->cfg, name)) {
			vec_push(&s->ignored, (void *)name);
			continue;
		}
		buf_reset(&path);
		buf_printf(&path, "%s/%s", dir, name);
		abs = intern(path.s, path.n);
		data = header_read(abs, &len, &ioerr, perm, &h);
		if (!data) {
			scan_error(s, NOPOS, "open %s: %s", abs, load_os_error(ioerr));
			continue;
		}
		if (!build_should_build(L->cfg, data, len, &ok, &err, &erroff)) {
			scan_error(s, header_pos(L, abs, data, len, erroff), "%s", err);
			free(data);
			continue;
		}
		if (!ok && !useall) {
			vec_push(&s->ignored, (void *)name);
			free(data);
			continue;
		}
		if (h.err)
			scan_error(s, header_pos(L, abs, data, len, h.erroff), "%s", h.err);
		pkg = h.pkgname ? h.pkgname : "";
		if (!strcmp(pkg, "documentation")) {
			vec_push(&s->ignored, (void *)name);
			free(data);
			continue;
		}
		istest = has_suffix(name, "_test.go");
		isxtest = false;
		if (istest && has_suffix(pkg, "_test") && (!s->name || strcmp(s->name, pkg) != 0)) {
			isxtest = true;
			pkg = intern(pkg, strlen(pkg) - 5);
		}
		if (!s->name || !*s->name) {
			s->name = pkg;
			firstfile = name;
		} else if (strcmp(pkg, s->name) != 0) {
			Pos p = h.pkgname ? header_pos(L, abs, data, len, h.pkgoff) : NOPOS;
			scan_error(s, p, "found packages %s (%s) and %s (%s) in %s", s->name, firstfile, pkg, name, dir);
		}
		/* GOPATH mode: import comments must agree */
		if (!L->cfg->modules && h.importcomment) {
			if (!h.importcommentpath) {
				Position ps = pos_resolve_raw(header_pos(L, abs, data, len, h.pkgoff));
				scan_error(s, NOPOS, "%s:%d: cannot parse import comment", abs, ps.line);
			} else if (!s->importcomment) {
				s->importcomment = h.importcommentpath;
				firstcomment = name;
			} else if (s->importcomment != h.importcommentpath) {
				scan_error(s, NOPOS, "found import comments \"%s\" (%s) and \"%s\" (%s) in %s", s->importcomment,
				           firstcomment, h.importcommentpath, name, dir);
			}
		}
		if (h.importsC && istest) {
			uint32_t off = 0;
			for (j = 0; j < h.nimports; j++)
				if (!strcmp(h.imports[j].path, "C"))
					off = h.imports[j].site.off;
			scan_error(s, header_pos(L, abs, data, len, off), "use of cgo in test %s not supported", name);
			h.importsC = false;
		}
		free(data);
		if (h.importsC) {
			if (!L->cfg->cgo_enabled) {
				vec_push(&s->ignored, (void *)name);
				continue;
			}
			vec_push(&s->cgofiles, (void *)name);
		} else if (isxtest || istest) {
			/* test imports count only for the "all" pattern */
			vec_push(isxtest ? &s->xtests : &s->tests, (void *)name);
			for (j = 0; j < h.nimports; j++) {
				ScanImport *imp = &h.imports[j];
				imp->site.file = abs;
				vec_push(&s->testimports, (void *)imp->path);
				vec_push(isxtest ? &ximps : &timps, imp);
			}
			continue;
		} else {
			vec_push(&s->gofiles, (void *)name);
		}
		for (j = 0; j < h.nimports; j++) {
			ScanImport *imp = &h.imports[j];
			imp->site.file = abs;
			vec_push(&imps, imp);
		}
	}
	buf_free(&path);
	/* imports sorted by path, each with its first site */
	sorted_imports(&imps, &s->imports);
	sorted_imports(&timps, &s->testimps);
	sorted_imports(&ximps, &s->xtestimps);
	if (!s->name)
		s->name = "";
	/* a directory whose only Go files are broken is not empty: its error
	 * is the first broken file's */
	if (!s->err && s->gofiles.n + s->cgofiles.n + s->tests.n + s->xtests.n == 0) {
		s->nogo = true;
		if (s->ignored.n)
			scan_error(s, NOPOS, "build constraints exclude all Go files in %s", dir);
		else
			scan_error(s, NOPOS, "no Go files in %s", dir);
	}
	return s;
}

DirScan *load_scan_dir(Loader *L, const char *dir)
{
	DirScan *s;
	char **names;
	bool *isdir;
	int n;
	dir = intern_cstr(dir);
	if ((s = ptrmap_get(&L->scans, dir)) != NULL)
		return s;
	names = load_read_dir(dir, &n, &isdir, true);
	if (!names) {
		s = NEW(perm, DirScan);
		s->dir = dir;
		s->nogo = true;
		scan_error(s, NOPOS, "open %s: %s", dir, load_os_error(strerror(errno ? errno : ENOENT)));
	} else {
		s = load_scan_files(L, dir, names, isdir, n, false);
		load_free_dir(names, n, isdir);
	}
	ptrmap_put(&L->scans, dir, s);
	return s;
}

