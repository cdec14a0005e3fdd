/* cgo.c: packages that import "C".
 *
 * go build does not compile a cgo file as written: the cgo tool
 * rewrites it (C.f becomes _Cfunc_f, declared in _cgo_gotypes.go with
 * Go types for the C declarations) and gc compiles the rewritten
 * files, whose //line directives point back to the originals. goescape
 * does the same when the cgo tool of the Go installation and a C
 * compiler are available, so cgo packages are analysed as gc sees
 * them. The generated files go to a temporary directory, removed at
 * exit. Without the tool, the caller falls back to checking the files
 * with a permissive stand-in for package C. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "load.h"
#include "base/base.h"

extern char **environ;

static char *tmproot;

static void remove_tree(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	if (d) {
		while ((e = readdir(d))) {
			char buf[4096];
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(buf, sizeof buf, "%s/%s", path, e->d_name);
			remove_tree(buf);
		}
		closedir(d);
		rmdir(path);
	} else {
		unlink(path);
	}
}

static void cleanup(void)
{
	if (tmproot) {
		remove_tree(tmproot);
		free(tmproot);
		tmproot = NULL;
	}
}

static bool is_executable(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

/* The C compiler cgo will run: $CC, else gcc or cc on PATH. */
static bool have_cc(void)
{
	const char *path = getenv("PATH"), *cc = getenv("CC");
	const char *names[] = {"gcc", "cc"};
	int i;
	if (cc && *cc)
		return true;
	if (!path)
		return false;
	for (i = 0; i < NELEM(names); i++) {
		const char *p = path;
		while (*p) {
			const char *colon = strchr(p, ':');
			size_t n = colon ? (size_t)(colon - p) : strlen(p);
			char buf[4096];
			snprintf(buf, sizeof buf, "%.*s/%s", (int)n, p, names[i]);
			if (n && is_executable(buf))
				return true;
			if (!colon)
				break;
			p = colon + 1;
		}
	}
	return false;
}

/* Runs argv in dir, its output discarded unless it fails. */
static bool run(const char *dir, char **argv, const char *log, const char *extraenv)
{
	pid_t pid;
	int status;
	posix_spawn_file_actions_t fa;
	char *cwd = getcwd(NULL, 0);
	bool ok;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	posix_spawn_file_actions_adddup2(&fa, 1, 2);
	if (chdir(dir) != 0) {
		free(cwd);
		posix_spawn_file_actions_destroy(&fa);
		return false;
	}
	/* as the go command does: PWD names dir as given, so that the tool's
	 * absolute paths (in //line directives) keep its spelling */
	{
		int n = 0, i;
		char **env;
		while (environ[n])
			n++;
		env = xmalloc(sizeof *env * (size_t)(n + 3));
		for (i = 0, n = 0; environ[i]; i++)
			if (strncmp(environ[i], "PWD=", 4) != 0 && strncmp(environ[i], "CGO_LDFLAGS=", 12) != 0)
				env[n++] = environ[i];
		env[n++] = arena_printf(perm, "PWD=%s", dir);
		if (extraenv)
			env[n++] = (char *)extraenv;
		env[n] = NULL;
		ok = posix_spawn(&pid, argv[0], &fa, NULL, argv, env) == 0 &&
		     waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
		free(env);
	}
	if (false)
		ok = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) == 0 &&
	     waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
	if (cwd && chdir(cwd) != 0)
		ok = false;
	free(cwd);
	posix_spawn_file_actions_destroy(&fa);
	return ok;
}

/* A #cgo line's constraint: space-separated alternatives, each a
 * comma-separated list of tags, each possibly negated. */
static bool cgo_constraint_ok(const BuildConfig *c, const char *s, size_t n)
{
	size_t i = 0;
	if (n == 0)
		return true;
	while (i < n) {
		bool all = true;
		size_t end = i;
		while (end < n && s[end] != ' ' && s[end] != '\t')
			end++;
		while (i < end) {
			size_t e = i;
			bool neg = false, ok;
			while (e < end && s[e] != ',')
				e++;
			if (s[i] == '!') {
				neg = true;
				i++;
			}
			ok = build_tag_ok(c, s + i, e - i);
			if (ok == neg)
				all = false;
			i = e + 1;
		}
		if (all)
			return true;
		i = end;
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
	}
	return false;
}

typedef struct Flags {
	char **v;
	int n, cap;
} Flags;

static void flags_push(Flags *f, const char *s)
{
	if (f->n + 2 >= f->cap) {
		f->cap = f->cap ? 2 * f->cap : 16;
		f->v = xrealloc(f->v, sizeof *f->v * (size_t)f->cap);
	}
	f->v[f->n++] = (char *)s;
}

/* The #cgo CFLAGS/CPPFLAGS and LDFLAGS of the package's cgo files
 * that apply to the target, as go build collects them. */
static void collect_flags(const BuildConfig *c, Package *p, Flags *cflags, Flags *ldflags)
{
	int i;
	for (i = 0; i < p->ncgofiles; i++) {
		char path[4096], line[4096];
		FILE *f;
		snprintf(path, sizeof path, "%s/%s", p->dir, p->cgofiles[i]);
		f = fopen(path, "r");
		if (!f)
			continue;
		while (fgets(line, sizeof line, f)) {
			char *s = line, *colon, *var, *tok;
			Flags *dst;
			while (*s == ' ' || *s == '\t' || *s == '/' || *s == '*')
				s++;
			if (strncmp(s, "#cgo ", 5) != 0)
				continue;
			s += 5;
			colon = strchr(s, ':');
			if (!colon)
				continue;
			*colon = 0;
			/* the last word before ':' is the variable, the rest the constraint */
			var = strrchr(s, ' ');
			if (var) {
				*var++ = 0;
			} else {
				var = s;
				s = (char *)"";
			}
			if (strcmp(var, "CFLAGS") == 0 || strcmp(var, "CPPFLAGS") == 0)
				dst = cflags;
			else if (strcmp(var, "LDFLAGS") == 0)
				dst = ldflags;
			else
				continue;
			while (*s == ' ')
				s++;
			if (!cgo_constraint_ok(c, s, strlen(s)))
				continue;
			for (tok = strtok(colon + 1, " \t\r\n"); tok; tok = strtok(NULL, " \t\r\n"))
				flags_push(dst, arena_strndup(perm, tok, strlen(tok)));
		}
		fclose(f);
	}
}

static const BuildConfig *config;

void cgo_configure(const BuildConfig *c)
{
	config = c;
}

/* The cgo tool's output depends only on the files, the flags and the
 * target: it is kept in a cache ($GOESCAPE_CACHE, else
 * $XDG_CACHE_HOME/goescape, else ~/.cache/goescape) keyed by a hash
 * of those, so that later runs need not run the tool and the C
 * compiler again. */
static const char *cache_dir(void)
{
	static char dir[4096];
	const char *e;
	if (dir[0])
		return dir;
	if ((e = getenv("GOESCAPE_CACHE")) && *e)
		snprintf(dir, sizeof dir, "%s/cgo", e);
	else if ((e = getenv("XDG_CACHE_HOME")) && *e)
		snprintf(dir, sizeof dir, "%s/goescape/cgo", e);
	else if ((e = getenv("HOME")) && *e)
		snprintf(dir, sizeof dir, "%s/.cache/goescape/cgo", e);
	else
		return NULL;
	return dir;
}

static bool mkdir_all(const char *path)
{
	char buf[4096];
	size_t i, n = strlen(path);
	if (n >= sizeof buf)
		return false;
	memcpy(buf, path, n + 1);
	for (i = 1; i <= n; i++) {
		if (buf[i] == '/' || buf[i] == 0) {
			char c = buf[i];
			buf[i] = 0;
			if (mkdir(buf, 0755) != 0 && errno != EEXIST)
				return false;
			buf[i] = c;
		}
	}
	return true;
}

static uint64_t hash_file(uint64_t h, const char *path)
{
	FILE *f = fopen(path, "rb");
	char buf[65536];
	size_t n;
	if (!f)
		return h ^ 1;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		h = hash_bytes(buf, n) ^ (h * 0x100000001b3ull);
	fclose(f);
	return h;
}

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

int cgo_generate(Package *p, const char ***outfiles)
{
	const BuildConfig *c = config;
	static int seq;
	char tool[4096], objdir[4200], log[4300];
	char **argv;
	int argc = 0, cap = 32, i, n;
	const char **out;
	const char *ldenv = NULL;
	if (!c || !c->goroot || !c->cgo_enabled)
		return -1;
	snprintf(tool, sizeof tool, "%s/pkg/tool/%s_%s/cgo", c->goroot, c->goos, c->goarch);
	if (!is_executable(tool) || !have_cc())
		return -1;
	if (!tmproot) {
		const char *t = getenv("TMPDIR");
		char tmpl[4096];
		snprintf(tmpl, sizeof tmpl, "%s/goescape-cgo-XXXXXX", t && *t ? t : "/tmp");
		if (!mkdtemp(tmpl))
			return -1;
		tmproot = strdup(tmpl);
		atexit(cleanup);
	}
	{
		const char *cd = cache_dir();
		char tmpl[4096];
		snprintf(tmpl, sizeof tmpl, "%s/tmp-XXXXXX", cd ? cd : "");
		if (cd && mkdir_all(cd) && mkdtemp(tmpl)) {
			snprintf(objdir, sizeof objdir, "%s/", tmpl);
		} else {
			snprintf(objdir, sizeof objdir, "%s/b%03d/", tmproot, ++seq);
			if (mkdir(objdir, 0700) != 0)
				return -1;
		}
	}
	argv = xmalloc(sizeof *argv * (size_t)cap);
	argv[argc++] = tool;
	argv[argc++] = "-objdir";
	argv[argc++] = objdir;
	argv[argc++] = "-importpath";
	argv[argc++] = (char *)p->path;
	if (p->standard && strcmp(p->path, "runtime/cgo") == 0)
		argv[argc++] = "-import_runtime_cgo=false";
	if (p->standard && (strcmp(p->path, "runtime/race") == 0 || strcmp(p->path, "runtime/msan") == 0 ||
	                    strcmp(p->path, "runtime/cgo") == 0 || strcmp(p->path, "runtime/asan") == 0))
		argv[argc++] = "-import_syscall=false";
	argv[argc++] = "--";
	argv[argc++] = "-I";
	argv[argc++] = objdir;
	argv[argc++] = "-g";
	argv[argc++] = "-O2";
	{
		Flags cf = {0}, lf = {0};
		Buf ld = {0};
		collect_flags(c, p, &cf, &lf);
		for (i = 0; i < cf.n; i++) {
			if (argc + 2 >= cap) {
				cap *= 2;
				argv = xrealloc(argv, sizeof *argv * (size_t)cap);
			}
			argv[argc++] = cf.v[i];
		}
		/* the linker flags reach cgo through CGO_LDFLAGS, quoted */
		buf_puts(&ld, "CGO_LDFLAGS=\"-g\" \"-O2\"");
		for (i = 0; i < lf.n; i++)
			buf_printf(&ld, " \"%s\"", lf.v[i]);
		ldenv = arena_strndup(perm, ld.s, ld.n);
		buf_free(&ld);
		free(cf.v);
		free(lf.v);
	}
	for (i = 0; i < p->ncgofiles; i++) {
		if (argc + 2 >= cap) {
			cap *= 2;
			argv = xrealloc(argv, sizeof *argv * (size_t)cap);
		}
		argv[argc++] = arena_printf(perm, "./%s", p->cgofiles[i]);
	}
	argv[argc] = NULL;
	/* the cache key: every argument but the output directory, the
	 * environment cgo reads, and the files' contents */
	{
		uint64_t h = 0xcbf29ce484222325ull;
		const char *cd = cache_dir();
		char keydir[4200];
		for (i = 0; i < argc; i++)
			if (argv[i] != objdir)
				h = hash_bytes(argv[i], strlen(argv[i])) ^ (h * 31);
		h = hash_bytes(ldenv, strlen(ldenv)) ^ (h * 31);
		h = hash_bytes(p->dir, strlen(p->dir)) ^ (h * 31);
		if (getenv("CC"))
			h = hash_bytes(getenv("CC"), strlen(getenv("CC"))) ^ (h * 31);
		for (i = 0; i < p->ncgofiles; i++) {
			char path[4096];
			snprintf(path, sizeof path, "%s/%s", p->dir, p->cgofiles[i]);
			h = hash_file(h, path);
		}
		keydir[0] = 0;
		if (cd)
			snprintf(keydir, sizeof keydir, "%s/%016llx/", cd, (unsigned long long)h);
		if (keydir[0] && exists(arena_printf(perm, "%s_cgo_gotypes.go", keydir))) {
			free(argv);
			remove_tree(objdir);
			memcpy(objdir, keydir, strlen(keydir) + 1);
		} else {
			snprintf(log, sizeof log, "%scgo.log", objdir);
			if (!run(p->dir, argv, log, ldenv)) {
				free(argv);
				remove_tree(objdir);
				return -1;
			}
			free(argv);
			/* keep it: moved into the cache whole, or left in the temporary directory */
			if (keydir[0] && mkdir_all(cd)) {
				char tmp[4200];
				snprintf(tmp, sizeof tmp, "%.*s", (int)strlen(keydir) - 1, keydir);
				objdir[strlen(objdir) - 1] = 0;
				if (rename(objdir, tmp) == 0)
					memcpy(objdir, keydir, strlen(keydir) + 1);
				else
					strcat(objdir, "/");
			}
		}
	}
	/* gc compiles _cgo_gotypes.go, then each file's rewritten form */
	n = 1 + p->ncgofiles;
	out = NEWARRAY(perm, const char *, n);
	out[0] = arena_printf(perm, "%s_cgo_gotypes.go", objdir);
	for (i = 0; i < p->ncgofiles; i++) {
		const char *b = p->cgofiles[i];
		size_t len = strlen(b);
		out[1 + i] = arena_printf(perm, "%s%.*s.cgo1.go", objdir, (int)(len > 3 ? len - 3 : len), b);
	}
	*outfiles = out;
	return n;
}
