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
	int mflag;            /* -m level */
	bool noinline;        /* -l */
	bool allerrors;       /* -e: no limit on the number of errors */
	bool runtime;         /* -+: the named packages are compiled as the runtime */
	bool stats;           /* -stats: time, source bytes and peak memory on stderr */
	bool dumpast;         /* -dump-ast: print the canonical syntax tree */
	bool nocolumns;       /* -C: positions without columns (as gc's -C) */
	bool dumptypes;       /* -dump-types: print what go/types would record */
	bool dumpsizes;       /* -dump-sizes: print type layouts (go/types' gc sizes) */
	const char *lang;     /* -lang=go1.N: the language version of the command line's files */
	bool list;            /* -list: print the packages as loaded, then stop */
	const char *tags;     /* -tags */
	bool version;         /* -V: print the version and the release emulated */
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
	        "  -m           print escape analysis decisions (-m=2: with explanations)\n"
	        "  -release=go1.N\n"
	        "               emulate gc of that release (default: GOROOT's; go1.19, go1.26, go1.27)\n"
	        "  -V           print goescape's version and the release it emulates\n"
	        "  -l           disable inlining (as gc's -l)\n"
	        "  -smallframes smaller stack variable limits (as gc's -smallframes)\n"
	        "  -+           compile the named packages as the runtime (as gc's -+)\n"
	        "  -e           report all errors (gc stops after 10)\n"
	        "  -stats       print time, bytes of source and peak memory at exit\n"
	        "  -stop-after=parse|types\n"
	        "               stop after the named stage, printing only errors\n"
	        "  -C           print positions without columns\n"
	        "  -dump-ast    print the syntax tree of each file (canonical form)\n"
	        "  -dump-types  print types, objects, selections and instances (tests/gotypes -dump)\n"
	        "  -dump-sizes  print the layout of each package-level type (tests/gotypes -sizes)\n"
	        "  -list        print each package as loaded, in dependency order, and stop\n"
	        "  -tags=a,b    build tags, as go build's -tags\n"
	        "  -p=path      import path of the command line's package in link names (as gc's -p)\n");
	exit(2);
}

static void parse_args(Options *o, int argc, char **argv)
{
	int i;
	memset(o, 0, sizeof *o);
	o->stop_after = STAGE_ESCAPE;
	o->args = xcalloc((size_t)argc, sizeof(char *));
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || strcmp(a, "-") == 0) {
			o->args[o->nargs++] = argv[i];
			continue;
		}
		if (a[1] == '-')
			a++;
		if (strcmp(a, "-m") == 0)
			o->mflag++;
		else if (strncmp(a, "-m=", 3) == 0)
			o->mflag = atoi(a + 3);
		else if (strcmp(a, "-l") == 0)
			o->noinline = true;
		else if (strcmp(a, "-smallframes") == 0)
			esc_set_smallframes();
		else if (strcmp(a, "-+") == 0)
			o->runtime = true;
		else if (strcmp(a, "-e") == 0)
			o->allerrors = true;
		else if (strcmp(a, "-stats") == 0)
			o->stats = true;
		else if (strcmp(a, "-dump-ast") == 0)
			o->dumpast = true;
		else if (strcmp(a, "-C") == 0)
			o->nocolumns = true;
		else if (strcmp(a, "-dump-types") == 0)
			o->dumptypes = true;
		else if (strcmp(a, "-dump-sizes") == 0)
			o->dumpsizes = true;
		else if (strncmp(a, "-lang=", 6) == 0)
			o->lang = a + 6;
		else if (strcmp(a, "-list") == 0 || strcmp(a, "-stop-after=load") == 0)
			o->list = true;
		else if (strncmp(a, "-tags=", 6) == 0)
			o->tags = a + 6;
		else if (strncmp(a, "-p=", 3) == 0)
			gc_set_cmdline_pkgpath(a + 3);   /* gc's -p: spells link names (types/shape.c) */
		else if (strcmp(a, "-tags") == 0 && i + 1 < argc)
			o->tags = argv[++i];
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
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "-version") == 0)
			o->version = true;
		else if (strcmp(a, "-h") == 0 || strcmp(a, "-help") == 0)
			usage();
		else {
			fprintf(stderr, "goescape: flag provided but not defined: %s (goescape -h lists the flags)\n", argv[i]);
			exit(2);
		}
	}
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

/* -+ compiles the named packages as gc compiles the runtime. */
static void mark_runtime(Options *o, Program *prog)
{
	int i;
	if (o->runtime)
		for (i = 0; i < prog->nroots; i++)
			prog->roots[i]->runtime = true;
}

/* Loads the named packages, then parses and type-checks each of them
 * in dependency order. */
static int check_types(Options *o)
{
	BuildConfig c;
	Program *prog;
	CheckOptions co;
	load_default_config(&c);
	load_set_tags(&c, o->tags);
	prog = load_packages(&c, o->args, o->nargs);
	if (!prog)
		return 1;
	mark_runtime(o, prog);
	cgo_configure(&c);
	memset(&co, 0, sizeof co);
	co.goarch = c.goarch;
	co.goroot = c.goroot;
	co.args = o->args;
	co.nargs = o->nargs;
	co.dump_types = o->dumptypes;
	co.dump_sizes = o->dumpsizes;
	co.lang = o->lang;
	return check_program(prog, &co);
}

/* The whole pipeline: load, then each package in dependency order
 * through analyse_package (pipeline.c). */
static int analyse(Options *o)
{
	BuildConfig c;
	Program *prog;
	CheckOptions co;
	load_default_config(&c);
	load_set_tags(&c, o->tags);
	prog = load_packages(&c, o->args, o->nargs);
	if (!prog)
		return 1;
	mark_runtime(o, prog);
	cgo_configure(&c);
	if (release_caveat())
		fprintf(stderr, "goescape: warning: emulating gc %s: %s\n", release_name(), release_caveat());
	if (o->mflag && !o->noinline)
		fprintf(stderr, "goescape: warning: -m without -l: inlining is not implemented, so these are gc's "
		        "answers with -l (add -l to say so)\n");
	memset(&co, 0, sizeof co);
	co.goarch = c.goarch;
	co.goroot = c.goroot;
	co.args = o->args;
	co.nargs = o->nargs;
	co.lang = o->lang;
	return escape_program(prog, &co, o->mflag);
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
	parse_args(&o, argc, argv);
	if (o.stats) {
		clock_gettime(CLOCK_MONOTONIC, &stats_start);
		atexit(print_stats);
	}
	diag_set_limit(o.allerrors ? 0 : 10);   /* gc's limit */
	diag_set_columns(!o.nocolumns);
	if (o.version)
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
