/* main.c: the command line, and the run it asks for.
 *
 *   load -> parse -> check -> lower -> (inline) -> devirtualize -> escape -> report
 *
 * main reads the flags, loads the named packages (load), then either
 * stops early (-list, -stop-after=parse|types, the dumps) or runs every
 * package through the pipeline (pipeline.c: analyse_package). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "driver.h"
#include "escape/escape.h"

typedef enum Stage { STAGE_PARSE, STAGE_TYPES, STAGE_ESCAPE } Stage;

typedef struct Options {
	Stage stop_after;
	GcFlags gc;           /* gc's flags given directly: for the named packages */
	char **gcargs;        /* ... as written, parsed once the release is known */
	int ngcargs;
	const char **gcflags; /* -gcflags values, in order */
	int ngcflags;
	GcFlagSet *sets;      /* ... parsed */
	int nsets;
	bool stats;           /* -stats: time, source bytes and peak memory on stderr */
	bool dumpast;         /* -dump-ast: print the canonical syntax tree */
	bool dumptypes;       /* -dump-types: print what go/types would record */
	bool dumpsizes;       /* -dump-sizes: print type layouts (go/types' gc sizes) */
	bool list;            /* -list: print the packages as loaded, then stop */
	const char *tags;     /* -tags */
	bool test;            /* -test: the packages' tests too */
	char **args;
	int nargs;
} Options;

#define GOESCAPE_VERSION "0.4.0"

/* -V: goescape's version, and the gc it emulates (GOROOT's release). */
static int print_version(void)
{
	BuildConfig c;
	load_default_config(&c);
	printf("goescape version %s, emulating gc %s (GOROOT %s)\n", GOESCAPE_VERSION, release_name(), c.goroot);
	return 0;
}

static void usage(void)
{
	fprintf(stderr,
	        "usage: goescape [flags] [packages | files.go]\n"
	        "\n"
	        "goescape's own flags:\n"
	        "  -release=go1.N\n"
	        "               emulate gc of that release (default: GOROOT's; go1.19, go1.26, go1.27)\n"
	        "  -version     print goescape's version and the release it emulates (also gc's -V)\n"
	        "  -gcflags='[pattern=]flags'\n"
	        "               gc's flags for the packages matching pattern, as go build takes them\n"
	        "               (no pattern: the named packages; the last match wins)\n"
	        "  -test        the named packages with their tests, as go test compiles them\n"
	        "  -tags=a,b    build tags, as go build's -tags\n"
	        "  -stats       print time, bytes of source and peak memory at exit\n"
	        "  -stop-after=parse|types\n"
	        "               stop after the named stage, printing only errors\n"
	        "  -dump-ast    print the syntax tree of each file (canonical form)\n"
	        "  -dump-types  print types, objects, selections and instances (tests/gotypes -dump)\n"
	        "  -dump-sizes  print the layout of each package-level type (tests/gotypes -sizes)\n"
	        "  -list        print each package as loaded, in dependency order, and stop\n"
	        "  -help        print this\n"
	        "\n"
	        "gc's flags, given directly, apply to the named packages. Every flag of the\n"
	        "release's gc is taken; these change what -m prints and are followed:\n"
	        "  -m           print escape analysis decisions (-m=2: with explanations)\n"
	        "  -l           disable inlining\n"
	        "  -N           disable optimizations (dead locals are kept)\n"
	        "  -e -C        report all errors; print positions without columns\n"
	        "  -+ -std -complete -smallframes -asan -race -msan -lang=go1.N -p=path\n"
	        "  -d=checkptr=N,nodeadlocals,ssa/...\n"
	        "               -d settings that would change -m in ways goescape does not\n"
	        "               reproduce are refused (-d=help lists them)\n");
	exit(2);
}

static void parse_args(Options *o, int argc, char **argv)
{
	int i;
	memset(o, 0, sizeof *o);
	o->stop_after = STAGE_ESCAPE;
	gcflags_init(&o->gc);
	o->args = xcalloc((size_t)argc, sizeof(char *));
	o->gcargs = xcalloc((size_t)argc, sizeof(char *));
	o->gcflags = xcalloc((size_t)argc, sizeof(char *));
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || strcmp(a, "-") == 0) {
			o->args[o->nargs++] = argv[i];
			continue;
		}
		if (a[1] == '-' && a[2])
			a++;
		if (strcmp(a, "-stats") == 0)
			o->stats = true;
		else if (strcmp(a, "-dump-ast") == 0)
			o->dumpast = true;
		else if (strcmp(a, "-dump-types") == 0)
			o->dumptypes = true;
		else if (strcmp(a, "-dump-sizes") == 0)
			o->dumpsizes = true;
		else if (strcmp(a, "-list") == 0 || strcmp(a, "-stop-after=load") == 0)
			o->list = true;
		else if (strncmp(a, "-tags=", 6) == 0)
			o->tags = a + 6;
		else if (strcmp(a, "-tags") == 0 && i + 1 < argc)
			o->tags = argv[++i];
		else if (strcmp(a, "-test") == 0 || strcmp(a, "-test=true") == 0)
			o->test = true;
		else if (strcmp(a, "-test=false") == 0)
			o->test = false;
		else if (strncmp(a, "-gcflags=", 9) == 0)
			o->gcflags[o->ngcflags++] = a + 9;
		else if (strcmp(a, "-gcflags") == 0 && i + 1 < argc)
			o->gcflags[o->ngcflags++] = argv[++i];
		else if (strcmp(a, "-stop-after=parse") == 0)
			o->stop_after = STAGE_PARSE;
		else if (strcmp(a, "-stop-after=types") == 0)
			o->stop_after = STAGE_TYPES;
		else if (strncmp(a, "-release=", 9) == 0) {
			int minor = release_parse(a + 9);
			if (minor < 0 || !release_set_explicit(minor)) {
				fprintf(stderr, "goescape: -release=%s: goescape emulates gc %s\n", a + 9, release_supported());
				exit(2);
			}
		} else if (strcmp(a, "-version") == 0)
			o->gc.version = true;
		else if (strcmp(a, "-h") == 0 || strcmp(a, "-help") == 0)
			usage();
		else {
			/* gc's flags, once the release (which decides them) is known;
			 * those with a separate value take the next argument */
			o->gcargs[o->ngcargs++] = argv[i];
			if (i + 1 < argc && gcflag_takes_value(argv[i]))
				o->gcargs[o->ngcargs++] = argv[++i];
		}
	}
}

/* gc's flags given directly, then each -gcflags: [pattern=]flags. */
static void parse_gc_args(Options *o)
{
	int i, j;
	for (i = 0; i < o->ngcargs; i++) {
		int r = gcflags_parse(&o->gc, o->ngcargs, o->gcargs, &i);
		if (r == 0) {
			fprintf(stderr, "goescape: flag provided but not defined: %s (goescape -help lists the flags)\n", o->gcargs[i]);
			exit(2);
		}
		if (r < 0)
			exit(2);
	}
	o->sets = xcalloc((size_t)o->ngcflags + 1, sizeof *o->sets);
	for (i = 0; i < o->ngcflags; i++) {
		GcFlagSet *set = &o->sets[o->nsets++];
		const char *v = o->gcflags[i], *eq;
		char **words;
		int n;
		/* as the go command: a value not starting with '-' names a
		 * pattern before its first '=' */
		if (v[0] && v[0] != '-' && (eq = strchr(v, '=')) != NULL) {
			set->pattern = intern(v, (size_t)(eq - v));
			v = eq + 1;
		}
		if (set->pattern && !*set->pattern) {
			fprintf(stderr, "goescape: -gcflags=%s: missing <pattern> in <pattern>=<value>\n", o->gcflags[i]);
			exit(2);
		}
		gcflags_init(&set->flags);
		if (!(words = gcflags_split(v, &n)))
			exit(2);
		set->words = words;
		for (j = 0; j < n; j++) {
			int r = gcflags_parse(&set->flags, n, words, &j);
			if (r == 0) {
				fprintf(stderr, "goescape: -gcflags: flag provided but not defined: %s\n", words[j]);
				exit(2);
			}
			if (r < 0)
				exit(2);
		}
	}
}

/* The flags of the named packages: those given directly, or the last
 * -gcflags without a pattern. Errors, columns, -p and -lang are one
 * setting for the run, taken from there. */
static const GcFlags *cmdline_flags(const Options *o)
{
	const GcFlags *f = &o->gc;
	int i;
	for (i = 0; i < o->nsets; i++)
		if (!o->sets[i].pattern)
			f = &o->sets[i].flags;
	return f;
}

/* Parses each named file on its own (they need not form a package). */
static int parse_files(Options *o)
{
	Buf out = {0};
	char *text = NULL;   /* each file's text in turn */
	size_t textcap = 0;
	int i;
	BuildConfig c;
	load_default_config(&c);   /* the release, which decides the syntax */
	for (i = 0; i < o->nargs; i++) {
		const char *err;
		Arena a;
		File *f;
		SrcFile *sf = src_read_transient(o->args[i], o->args[i], &text, &textcap, &err);
		if (!sf) {
			fprintf(stderr, "goescape: %s: %s\n", o->args[i], err);
			diag_flush();
			return 1;
		}
		arena_init(&a);
		f = parse_file(sf, &a, PARSE_SYNTAX);
		if (o->dumpast && nerrors() == 0) {
			buf_reset(&out);
			ast_dump_file(&out, f);
			fwrite(out.s, 1, out.n, stdout);
		}
		arena_free(&a);
		src_release(sf);
	}
	free(text);
	buf_free(&out);
	diag_flush();
	return nerrors() ? 1 : 0;
}

/* Loads the named packages and prints them as the loader sees them. */
static int list_packages(Options *o)
{
	BuildConfig c;
	Program *prog;
	load_default_config(&c);
	load_set_tags(&c, o->tags);
	prog = load_packages(&c, o->args, o->nargs);
	if (!prog)
		return 1;
	load_print_program(prog);
	return 0;
}

/* go build's matching of a -gcflags pattern (load.MatchPackage): all,
 * std, cmd, a directory pattern relative to cwd (./..., ../x), or an
 * import path pattern where ... matches any string. */
static bool match_wild(const char *pat, const char *s)
{
	const char *dots = strstr(pat, "...");
	size_t n;
	if (!dots)
		return strcmp(pat, s) == 0;
	n = (size_t)(dots - pat);
	/* "x/..." matches x itself too */
	if (n > 0 && pat[n - 1] == '/' && strcmp(dots + 3, "") == 0 && strlen(s) == n - 1 && strncmp(pat, s, n - 1) == 0)
		return true;
	if (strncmp(pat, s, n) != 0)
		return false;
	for (s += n;; s++) {
		if (match_wild(dots + 3, s))
			return true;
		if (!*s)
			return false;
	}
}

static bool is_local_pattern(const char *pat)
{
	return strcmp(pat, ".") == 0 || strcmp(pat, "..") == 0 || strncmp(pat, "./", 2) == 0 ||
	       strncmp(pat, "../", 3) == 0 || pat[0] == '/';
}

static bool pattern_matches(const char *pat, const Package *p, const char *cwd)
{
	if (strcmp(pat, "all") == 0)
		return true;
	if (strcmp(pat, "std") == 0)
		return p->standard;
	if (strcmp(pat, "cmd") == 0)
		return p->goroot && (strcmp(p->path, "cmd") == 0 || strncmp(p->path, "cmd/", 4) == 0);
	if (is_local_pattern(pat)) {
		Buf b = {0};
		bool m;
		if (pat[0] == '/')
			buf_puts(&b, pat);
		else
			buf_printf(&b, "%s/%s", cwd, pat);
		m = match_wild(load_clean(b.s), p->dir);
		buf_free(&b);
		return m;
	}
	return match_wild(pat, p->path);
}

/* Each package's gc flags, as go build applies them: those given
 * directly (or -gcflags without a pattern) to the named packages, then
 * every matching -gcflags, the last one winning; NULL for gc's
 * defaults. -+ marks the package as the runtime. */
static const GcFlags **package_flags(const Options *o, Program *prog)
{
	const GcFlags **v = xcalloc((size_t)prog->npkgs + 1, sizeof *v);
	const char *cwd = load_current_dir();
	int i, j;
	for (i = 0; i < prog->npkgs; i++) {
		Package *p = prog->pkgs[i];
		bool root = false;
		for (j = 0; j < prog->nroots; j++)
			if (prog->roots[j] == p)
				root = true;
		if (root)
			v[i] = &o->gc;
		for (j = 0; j < o->nsets; j++)
			if (o->sets[j].pattern ? pattern_matches(o->sets[j].pattern, p, cwd) : root)
				v[i] = &o->sets[j].flags;
		p->runtime = v[i] && v[i]->runtime;
	}
	return v;
}

static void check_options(const Options *o, const BuildConfig *c, Program *prog, CheckOptions *co)
{
	const GcFlags *f = cmdline_flags(o);
	memset(co, 0, sizeof *co);
	co->goarch = c->goarch;
	co->goroot = c->goroot;
	co->args = o->args;
	co->nargs = o->nargs;
	co->lang = f->lang;
	co->complete = f->complete;
	co->pkgflags = package_flags(o, prog);
}

/* Loads the named packages, then parses and type-checks each of them
 * in dependency order. */
static int check_types(Options *o)
{
	BuildConfig c;
	Program *prog;
	CheckOptions co;
	int rc;
	load_default_config(&c);
	load_set_tags(&c, o->tags);
	c.tests = o->test;
	prog = load_packages(&c, o->args, o->nargs);
	if (!prog)
		return 1;
	check_options(o, &c, prog, &co);
	cgo_configure(&c);
	co.dump_types = o->dumptypes;
	co.dump_sizes = o->dumpsizes;
	rc = check_program(prog, &co);
	free((void *)co.pkgflags);
	return rc;
}

/* The whole pipeline: load, then each package in dependency order
 * through analyse_package (pipeline.c). */
static int analyse(Options *o)
{
	BuildConfig c;
	Program *prog;
	CheckOptions co;
	int i, rc;
	bool inlined = false;
	load_default_config(&c);
	load_set_tags(&c, o->tags);
	c.tests = o->test;
	prog = load_packages(&c, o->args, o->nargs);
	if (!prog)
		return 1;
	check_options(o, &c, prog, &co);
	cgo_configure(&c);
	if (release_caveat())
		fprintf(stderr, "goescape: warning: emulating gc %s: %s\n", release_name(), release_caveat());
	for (i = 0; i < prog->npkgs; i++)
		if (co.pkgflags[i] && co.pkgflags[i]->m && co.pkgflags[i]->l != 1)   /* gc inlines unless -l is exactly 1 */
			inlined = true;
	if (inlined)
		fprintf(stderr, "goescape: warning: -m without -l: inlining is not implemented, so these are gc's "
		        "answers with -l (add -l to say so)\n");
	rc = escape_program(prog, &co);
	free((void *)co.pkgflags);
	return rc;
}

static struct timespec stats_start;

/* -stats: printed at exit, whatever the way out */
static void print_stats(void)
{
	struct timespec now;
	struct rusage ru;
	double wall, user, sys, mb = 0;
	int i;
	clock_gettime(CLOCK_MONOTONIC, &now);
	getrusage(RUSAGE_SELF, &ru);
	for (i = 0; i < src_nfiles(); i++)
		mb += src_nth(i)->size;
	mb /= 1e6;
	wall = (double)(now.tv_sec - stats_start.tv_sec) + (double)(now.tv_nsec - stats_start.tv_nsec) / 1e9;
	user = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6;
	sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	fprintf(stderr, "stats: %d files, %.2f MB of source, %.3f s elapsed, %.3f s cpu (%.3f user, %.3f sys), "
	        "%.1f MB/s elapsed, %.1f MB/s cpu, peak RSS %.1f MB\n",
	        src_nfiles(), mb, wall, user + sys, user, sys, wall > 0 ? mb / wall : 0,
	        user + sys > 0 ? mb / (user + sys) : 0, (double)ru.ru_maxrss / 1024);
}

int main(int argc, char **argv)
{
	static Options o;   /* static: its lists stay reachable for the leak checker */
	const GcFlags *f;
	int i;
	parse_args(&o, argc, argv);
	if (o.stats) {
		clock_gettime(CLOCK_MONOTONIC, &stats_start);
		atexit(print_stats);
	}
	{
		BuildConfig c;
		load_default_config(&c);   /* the release, which decides gc's flags */
	}
	parse_gc_args(&o);
	f = cmdline_flags(&o);
	for (i = 0; i <= o.nsets; i++) {
		const GcFlags *g = i < o.nsets ? &o.sets[i].flags : &o.gc;
		if (g->m > 2) {
			fprintf(stderr, "goescape: -m=%d: gc's debugging output beyond -m=2 is not reproduced\n", g->m);
			return 2;
		}
	}
	diag_set_limit(f->e ? 0 : 10);   /* gc's limit */
	diag_set_columns(!f->C);
	if (f->pkgpath)
		gc_set_cmdline_pkgpath(f->pkgpath);   /* gc's -p: spells link names (types/shape.c) */
	if (o.gc.version || f->version)
		return print_version();
	if (o.nargs == 0) {
		static char *dot[] = {"."};   /* as the go command: the package in the current directory */
		o.args = dot;
		o.nargs = 1;
	}
	if (o.list)
		return list_packages(&o);
	if (o.stop_after == STAGE_PARSE || o.dumpast)
		return parse_files(&o);
	if (o.stop_after == STAGE_TYPES || o.dumptypes || o.dumpsizes)
		return check_types(&o);
	return analyse(&o);
}
