/* driver.h: the driver, the top of the pipeline. It reads the command
 * line and runs every layer below, package by package (pipeline.c).
 *
 * Owns: the command line (main.c); parsing and type-checking a loaded
 * package (frontend.c); the per-package pipeline and the state that
 * lives from one package to the next (pipeline.c).
 * Needs: every layer below it.
 * Gives: the program, and these entry points for the test drivers in
 * tests/ (which check the front end without escape analysis). */
#ifndef GOESCAPE_DRIVER_H
#define GOESCAPE_DRIVER_H

#include "load/load.h"
#include "types/types.h"

/* What the command line says to the front end. */
/* --- gcflags.c --------------------------------------------------------------- */

/* gc's flags for one package: those that change what -m prints. */
typedef struct GcFlags {
	int m, l, N, e, C;         /* counts, as gc's CountFlags */
	bool version;              /* -V */
	bool runtime;              /* -+ */
	bool smallframes, complete, asan, race, msan;
	bool nodeadlocals;         /* -d=nodeadlocals */
	bool escmutcalls;          /* -d=escapemutationscalls */
	int checkptr;              /* -d=checkptr; -1: not set */
	const char *lang, *pkgpath;   /* -lang, -p */
} GcFlags;

/* A -gcflags value: its pattern (NULL: the named packages) and flags. */
typedef struct GcFlagSet {
	const char *pattern;
	GcFlags flags;
	char **words;              /* the flags as split (the flags point into them) */
} GcFlagSet;

void gcflags_init(GcFlags *f);
/* Takes argv[*i] as one of gc's flags (and its value, which may be the
 * next argument): 1 if it is one, 0 if gc has no such flag, -1 after an
 * error (printed). */
int gcflags_parse(GcFlags *f, int argc, char **argv, int *i);
bool gcflag_takes_value(const char *arg);   /* "-o" but not "-o=x" or "-m" */
char **gcflags_split(const char *s, int *n);   /* the go command's quoting; NULL if malformed */

typedef struct CheckOptions {
	const char *goarch;
	const char *goroot;        /* for file names in dumps */
	char **args;               /* the command line's arguments (names of files) */
	int nargs;
	bool dump_types;           /* print tests/gotypes' -dump form (types/dump.c) */
	bool dump_sizes;           /* ... and its -sizes form */
	const char *lang;          /* -lang for the command line's packages, or NULL */
	bool complete;             /* gc's -complete for the command line's files */
	const GcFlags **pkgflags;  /* each package's flags (Program.pkgs' order); NULL: gc's defaults */
} CheckOptions;

/* --- frontend.c ------------------------------------------------------------- */

/* Parses one loaded package's files (into a) and checks them, its
 * imports being checked already; sets Package.files, .types. NULL
 * after syntax errors. */
Pkg *check_loaded_package(Package *p, Arena *a, const CheckOptions *o);
/* Every package of the program in dependency order, stopping at the
 * first with errors; returns the exit status. */
int check_program(Program *prog, const CheckOptions *o);
/* Is p compiled as part of the runtime (gc's -+)? */
bool runtime_package(const Package *p);
/* Does p import a package with errors (Package.broken)? */
bool imports_broken(Package *p);
/* Are the named packages files on the command line (go tool compile)? */
bool roots_are_files(const Program *prog);

/* --- pipeline.c ------------------------------------------------------------- */

/* Checks, lowers and analyses every package of prog in dependency
 * order; the packages it names report with -m at level mflag.
 * Returns the exit status. */
int escape_program(Program *prog, const CheckOptions *co);

#endif
