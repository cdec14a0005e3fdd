/* env.c: the build configuration from the environment, as the go
 * command would see it.
 *
 * Environment variables win. When GOROOT is unset and a go command is on
 * PATH, `go env` is asked once for what is still unknown (it also knows
 * the settings of `go env -w`); otherwise the usual install places are
 * tried. goescape never needs the go command when GOROOT is known. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load.h"

#if defined(__linux__) && !defined(__ANDROID__)
#define HOSTOS "linux"
#elif defined(__ANDROID__)
#define HOSTOS "android"
#elif defined(__APPLE__)
#define HOSTOS "darwin"
#elif defined(__FreeBSD__)
#define HOSTOS "freebsd"
#elif defined(__NetBSD__)
#define HOSTOS "netbsd"
#elif defined(__OpenBSD__)
#define HOSTOS "openbsd"
#elif defined(__DragonFly__)
#define HOSTOS "dragonfly"
#elif defined(__sun)
#define HOSTOS "solaris"
#elif defined(_AIX)
#define HOSTOS "aix"
#elif defined(_WIN32)
#define HOSTOS "windows"
#else
#define HOSTOS "linux"
#endif

#if defined(__x86_64__)
#define HOSTARCH "amd64"
#elif defined(__aarch64__)
#define HOSTARCH "arm64"
#elif defined(__i386__)
#define HOSTARCH "386"
#elif defined(__arm__)
#define HOSTARCH "arm"
#elif defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)
#define HOSTARCH "ppc64le"
#elif defined(__powerpc64__)
#define HOSTARCH "ppc64"
#elif defined(__riscv) && __riscv_xlen == 64
#define HOSTARCH "riscv64"
#elif defined(__s390x__)
#define HOSTARCH "s390x"
#elif defined(__loongarch64)
#define HOSTARCH "loong64"
#elif defined(__mips64) && defined(__MIPSEL__)
#define HOSTARCH "mips64le"
#elif defined(__mips64)
#define HOSTARCH "mips64"
#elif defined(__mips__) && defined(__MIPSEL__)
#define HOSTARCH "mipsle"
#elif defined(__mips__)
#define HOSTARCH "mips"
#else
#define HOSTARCH "amd64"
#endif

static const char *env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* the full path of an executable found on PATH, or NULL */
static const char *look_path(const char *name)
{
	const char *path = env("PATH");
	Buf b = {0};
	while (path && *path) {
		const char *e = strchr(path, ':');
		size_t n = e ? (size_t)(e - path) : strlen(path);
		struct stat st;
		buf_reset(&b);
		buf_printf(&b, "%.*s/%s", (int)n, n ? path : ".", name);
		if (stat(b.s, &st) == 0 && S_ISREG(st.st_mode) && access(b.s, X_OK) == 0) {
			const char *r = intern(b.s, b.n);
			buf_free(&b);
			return r;
		}
		path = e ? e + 1 : NULL;
	}
	buf_free(&b);
	return NULL;
}

/* `go env` for the variables the environment does not set: one run */
static const char *const goenv_names[] = {
	"GOROOT", "GOPATH", "GOMODCACHE", "GOFLAGS", "GO111MODULE", "GOEXPERIMENT", "GOOS", "GOARCH", "CGO_ENABLED",
};
static const char *goenv_vals[NELEM(goenv_names)];

static void read_go_env(const char *gocmd)
{
	Buf cmd = {0};
	char line[4096];
	FILE *p;
	int i = 0;
	buf_printf(&cmd, "'%s' env", gocmd);
	for (i = 0; i < NELEM(goenv_names); i++)
		buf_printf(&cmd, " %s", goenv_names[i]);
	buf_puts(&cmd, " 2>/dev/null");
	p = popen(cmd.s, "r");
	buf_free(&cmd);
	if (!p)
		return;
	for (i = 0; i < NELEM(goenv_names) && fgets(line, sizeof line, p); i++) {
		size_t n = strlen(line);
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		goenv_vals[i] = n ? intern(line, n) : NULL;
	}
	pclose(p);
}

static const char *setting(const char *name)
{
	int i;
	const char *v = env(name);
	if (v)
		return v;
	for (i = 0; i < NELEM(goenv_names); i++)
		if (!strcmp(goenv_names[i], name))
			return goenv_vals[i];
	return NULL;
}

static bool is_goroot(const char *dir)
{
	Buf b = {0};
	bool ok;
	buf_printf(&b, "%s/src/runtime", dir);
	ok = load_is_dir(b.s);
	buf_free(&b);
	return ok;
}

/* /usr/lib/go-1.19 and the like: the highest version wins */
static const char *versioned_goroot(void)
{
	DIR *d = opendir("/usr/lib");
	struct dirent *e;
	const char *best = NULL;
	int bestmaj = -1, bestmin = -1;
	if (!d)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		int maj, min;
		char path[512];
		if (sscanf(e->d_name, "go-%d.%d", &maj, &min) != 2)
			continue;
		snprintf(path, sizeof path, "/usr/lib/%s", e->d_name);
		if (!is_goroot(path))
			continue;
		if (maj > bestmaj || (maj == bestmaj && min > bestmin)) {
			bestmaj = maj, bestmin = min;
			best = intern_cstr(path);
		}
	}
	closedir(d);
	return best;
}

/* Is there a C compiler, as cgo would need? */
static bool have_cc(void)
{
	const char *cc = env("CC");
	if (cc) {
		char name[256];
		size_t n = strcspn(cc, " \t");
		if (n >= sizeof name)
			return false;
		memcpy(name, cc, n);
		name[n] = 0;
		return name[0] == '/' ? access(name, X_OK) == 0 : look_path(name) != NULL;
	}
	return look_path("gcc") || look_path("clang") || look_path("cc");
}

/* The release of the Go installation at goroot: go1.N's N from its
 * VERSION file, or else (a tree built from source) from the constant
 * in internal/goversion; 0 when neither tells. *text gets VERSION's
 * first line, for messages. */
static int goroot_release(const char *goroot, const char **text)
{
	char buf[256] = {0};
	int minor = 0;
	FILE *f = fopen(arena_printf(perm, "%s/VERSION", goroot), "r");
	*text = NULL;
	if (f) {
		if (fgets(buf, sizeof buf, f)) {
			buf[strcspn(buf, "\r\n")] = 0;
			*text = arena_strndup(perm, buf, strlen(buf));
			minor = release_parse(buf);
		}
		fclose(f);
		if (minor > 0)
			return minor;
	}
	f = fopen(arena_printf(perm, "%s/src/internal/goversion/goversion.go", goroot), "r");
	if (!f)
		return 0;
	while (fgets(buf, sizeof buf, f))
		if (sscanf(buf, "const Version = %d", &minor) == 1)
			break;
	fclose(f);
	if (!*text && minor > 0)
		*text = arena_printf(perm, "go1.%d", minor);
	return minor > 0 ? minor : 0;
}

/* goescape emulates the gc of the installation whose library it reads,
 * unless -release named one; a release it does not know is an error. */
static const char *goroot_version;

const char *load_goroot_version(void)
{
	return goroot_version ? goroot_version : release_name();
}

static void choose_release(const char *goroot)
{
	const char *text;
	int minor = goroot_release(goroot, &text);
	goroot_version = text;
	load_godebug_init(goroot);
	if (release_explicit()) {
		if (minor > 0 && minor != release_minor())
			fprintf(stderr, "goescape: warning: GOROOT %s is %s, not %s (-release)\n", goroot, text,
			        release_name());
	} else if (minor <= 0) {
		fatalf("cannot tell which Go release GOROOT %s is (no VERSION file): name it with -release=go1.N", goroot);
	} else if (!release_set(minor)) {
		fatalf("GOROOT %s is %s: goescape emulates gc %s; set GOROOT to one of those releases",
		       goroot, text, release_supported());
	}
}

void load_default_config(BuildConfig *c)
{
	const char *gocmd, *v;
	memset(c, 0, sizeof *c);
	if (!env("GOROOT") && (gocmd = look_path("go")) != NULL)
		read_go_env(gocmd);
	c->goroot = setting("GOROOT");
	if (!c->goroot) {
		static const char *const places[] = {"/usr/local/go", "/usr/lib/go", "/usr/local/lib/go", "/opt/go"};
		int i;
		for (i = 0; i < NELEM(places) && !c->goroot; i++)
			if (is_goroot(places[i]))
				c->goroot = places[i];
		if (!c->goroot)
			c->goroot = versioned_goroot();
	}
	if (!c->goroot)
		fatalf("cannot find GOROOT: set $GOROOT to a Go 1.19 installation");
	c->goroot = load_clean(c->goroot);
	if (!is_goroot(c->goroot))
		fatalf("GOROOT %s holds no Go source (no src/runtime)", c->goroot);
	choose_release(c->goroot);

	c->goos = setting("GOOS") ? setting("GOOS") : HOSTOS;
	c->goarch = setting("GOARCH") ? setting("GOARCH") : HOSTARCH;
	if (!build_known_os(c->goos, strlen(c->goos)))
		fatalf("unsupported GOOS/GOARCH pair %s/%s", c->goos, c->goarch);
	if (!build_known_arch(c->goarch, strlen(c->goarch)))
		fatalf("unsupported GOOS/GOARCH pair %s/%s", c->goos, c->goarch);

	v = setting("CGO_ENABLED");
	if (v && (!strcmp(v, "0") || !strcmp(v, "1")))
		c->cgo_enabled = v[0] == '1';
	else if (strcmp(c->goos, HOSTOS) != 0 || strcmp(c->goarch, HOSTARCH) != 0)
		c->cgo_enabled = false;   /* cross-compiling */
	else
		c->cgo_enabled = build_cgo_default(c->goos, c->goarch) && have_cc();

	c->gopath = setting("GOPATH");
	if (!c->gopath && env("HOME")) {
		const char *def = arena_printf(perm, "%s/go", env("HOME"));
		if (strcmp(load_clean(def), c->goroot) != 0)
			c->gopath = def;
	}
	if (!c->gopath)
		c->gopath = "";
	c->gomodcache = setting("GOMODCACHE");
	if (!c->gomodcache) {
		size_t n = strcspn(c->gopath, ":");
		c->gomodcache = arena_printf(perm, "%.*s/pkg/mod", (int)n, c->gopath);
	}
	c->gomodcache = load_clean(c->gomodcache);

	/* -mod and -tags from GOFLAGS (the last of each counts; -tags on
	 * the command line wins) */
	v = setting("GOFLAGS");
	while (v && *v) {
		size_t n;
		const char *f, *val;
		while (*v == ' ' || *v == '\t')
			v++;
		n = strcspn(v, " \t");
		f = v[0] == '-' && v[1] == '-' ? v + 1 : v;
		val = memchr(f, '=', n - (size_t)(f - v));
		if (val && (size_t)(val - f) == 4 && !strncmp(f, "-mod", 4))
			c->goflags_mod = intern(val + 1, n - (size_t)(val + 1 - v));
		else if (val && (size_t)(val - f) == 5 && !strncmp(f, "-tags", 5))
			load_set_tags(c, intern(val + 1, n - (size_t)(val + 1 - v)));
		v += n;
	}
	c->goexperiment = setting("GOEXPERIMENT");

	v = setting("GO111MODULE");
	if (v && !strcmp(v, "off")) {
		c->modules = false;
	} else if (v && !strcmp(v, "auto")) {
		/* modules when a go.mod is found upward from here */
		char buf[4096];
		const char *d = getcwd(buf, sizeof buf) ? load_clean(buf) : "/";
		c->modules = false;
		for (;;) {
			const char *slash;
			if (load_is_file(load_join(d, "go.mod"))) {
				c->modules = true;
				break;
			}
			slash = strrchr(d, '/');
			if (!slash || !strcmp(d, "/"))
				break;
			d = slash == d ? "/" : intern(d, (size_t)(slash - d));
		}
	} else {
		c->modules = true;
	}
}
