/* load.h: the load layer, the package loader. Which files make up which
 * package, where each import leads, and the order in which packages
 * must be processed.
 *
 * Owns: the build configuration (GOROOT, GOPATH, GOOS/GOARCH, tags, the
 * go command's environment), build constraints, go.mod and vendor
 * files, module and GOPATH resolution, patterns (std, ./..., all), the
 * go command's loading errors, and the files cgo writes.
 * Needs: files, arenas, strings and diagnostics (base). The syntax tree
 * only by name: a Package holds its parsed Files once the driver has
 * parsed them.
 * Gives: a Program, every Package after its imports, with its files and
 * import map; load_resolve_import for the type checker's importer.
 *
 * The loader answers the questions `go build` answers before compiling,
 * with the same rules: build constraints and file-name tags select the
 * files; GOROOT, GOPATH, modules and vendor directories resolve imports;
 * the packages come out in `go list -deps` order (every package after
 * all of its imports). It reads only file headers (up to the imports);
 * the parser reads whole files later.
 *
 * Files: load.c (the loader proper: packages, imports, order, errors,
 * the -list printer), dir.c (reading one directory), path.c
 * (GOROOT and GOPATH lookup, patterns), mod.c (module mode),
 * env.c (the configuration from the environment), header.c (a
 * file's header), buildcons.c (build constraints and file-name tags),
 * modfile.c (go.mod and vendor/modules.txt). */
#ifndef GOESCAPE_LOAD_H
#define GOESCAPE_LOAD_H

#include "base/base.h"

struct File;

/* The target, as `go build` sees it. */
typedef struct BuildConfig {
	const char *goroot;       /* e.g. /usr/lib/go-1.19 */
	const char *goos, *goarch;
	const char *gopath;       /* list separated by ':' */
	const char *gomodcache;
	const char *goflags_mod;  /* -mod= from GOFLAGS: "mod", "readonly", "vendor" or NULL */
	bool cgo_enabled;
	const char **tags;        /* -tags */
	int ntags;
	bool modules;             /* module mode (GO111MODULE), else GOPATH mode */
	bool tests;               /* -test: the roots' tests too, as go vet compiles them */
	const char *goexperiment; /* GOEXPERIMENT, for the goexperiment.* tags */
	const char *cwd;          /* working directory; NULL: the process's */
} BuildConfig;

/* A module: the main module, a requirement, or where a package came from. */
typedef struct Module {
	const char *path;
	const char *version;      /* "" for the main module */
	const char *dir;          /* its root directory; NULL if not found locally */
	const char *rpath;        /* replacement (=> rpath rversion), or NULL */
	const char *rversion;     /* "" for a directory replacement */
	bool main;
	bool indirect;            /* "// indirect" in go.mod */
	const char *gover;        /* its go.mod's go line ("1.21.3"), once read; "" if none */
} Module;

/* The language version the go command gives the packages of m
 * (-lang=go1.N): its go.mod's go line, go1.16 without one. */
const char *load_module_lang(Module *m);

/* Where an import was written: file and byte offset, for diagnostics. */
typedef struct ImportSite {
	const char *file;         /* absolute path of the importing file */
	uint32_t off;             /* offset of the import spec */
} ImportSite;

typedef struct Package {
	const char *path;         /* ImportPath, e.g. "fmt", "vendor/golang.org/x/net/dns/dnsmessage", "command-line-arguments" */
	const char *dir;          /* absolute directory */
	const char *name;         /* package name */
	const char **gofiles;     /* basenames, sorted, as go list's GoFiles (files
	                           * named on the command line keep their order) */
	int ngofiles;
	const char **sfiles;      /* SFiles: assembly files of the build, sorted */
	int nsfiles;
	int nextfiles;            /* C, C++, Objective-C, Fortran, SWIG and .syso files */
	const char **cgofiles;    /* CgoFiles (import "C"; only when cgo is enabled) */
	int ncgofiles;
	const char **ignoredgofiles;  /* excluded by constraints, names or cgo */
	int nignoredgofiles;
	const char **testgofiles, **xtestgofiles;   /* _test.go files (loaded with -test) */
	int ntestgofiles, nxtestgofiles;
	struct ScanImport **testimps, **xtestimps;  /* their imports, sorted by path */
	int ntestimps, nxtestimps;
	const char *display;      /* -test: the path go test prints ("p [p.test]"), else NULL */
	/* The imports of GoFiles and CgoFiles, in go list's Imports order:
	 * sorted by the path as written, then each replaced by the resolved
	 * path. "C" is left out (a package imports "C" iff ncgofiles > 0). */
	const char **imports;     /* resolved import paths */
	const char **rawimports;  /* as written, same order */
	ImportSite *importsites;  /* first place each is written, same order */
	struct Package **deps;    /* the packages of `imports`, same order */
	int nimports, ndeps;      /* equal */
	/* Dependencies the build adds without an import in the source
	 * (runtime/cgo and syscall for cgo, runtime for a command); they
	 * count for the order, as in go list -deps. */
	struct Package **implicit;
	int nimplicit;
	Module *module;           /* module mode: the package's module (NULL for GOROOT) */
	bool goroot, standard;    /* in GOROOT; in the standard library */
	bool cmdline;             /* named by .go files on the command line */
	bool runtime;             /* compiled as the runtime (gc's -+ on the command line) */
	bool cgogenerated;        /* its cgo files were rewritten by the cgo tool (cgo.c) */
	bool literal;             /* a root named by a pattern without wildcards:
	                           * go build skips roots with no GoFiles or
	                           * CgoFiles (tests only) unless they are literal */
	bool local;               /* named by a local path ("./x"), or cmdline */
	struct File **files;      /* filled later by the parser; NULL here */
	int nfiles;
	void *types;              /* filled later by the type checker */
	bool broken;              /* set by the driver: it, or a package it imports, has errors */

	/* loader state */
	int state;                /* LOAD_NEW, LOAD_BUSY, LOAD_DONE */
	bool bad;                 /* an error was reported for this package */
	bool cycle;               /* an import cycle through it was reported */
	const char *rootdir;      /* GOPATH mode: the GOROOT or GOPATH entry it was found in */
} Package;

typedef struct Program {
	Package **pkgs;           /* dependency order: each after all of its imports */
	int npkgs;
	Package **roots;          /* what the patterns matched, in go list's order */
	int nroots;
	Module *mainmod;          /* module mode: the main module, if any */
	const BuildConfig *config;
} Program;

/* --- load.c: the public entry points ----------------------------------- */

/* Fills c from the environment the way the go command would:
 * GOROOT ($GOROOT, else `go env GOROOT`, else the usual install places),
 * GOOS/GOARCH (default: the host), CGO_ENABLED, GOPATH, GOMODCACHE,
 * GO111MODULE, GOFLAGS=-mod, GOEXPERIMENT. Dies when no GOROOT is found. */
void load_default_config(BuildConfig *c);
/* GOROOT's Go version as its VERSION file says ("go1.26.8"). */
const char *load_goroot_version(void);
/* A GODEBUG key=value as the go command checks it (verb: "godebug" for
 * go.mod, "//go:debug setting" for directives): NULL if valid, else why
 * not. The release's settings come from GOROOT (load_godebug_init). */
const char *load_godebug_error(const char *verb, const char *k, const char *v);
void load_godebug_init(const char *goroot);
/* Sets c's build tags from a -tags value ("a,b" or the old "a b");
 * NULL leaves them as they are. */
void load_set_tags(BuildConfig *c, const char *tags);
/* Loads the packages named by the patterns (go build's syntax) and all
 * of their imports. Errors are reported with errorf and flushed; the
 * result is NULL when there were any. */
Program *load_packages(BuildConfig *c, char **patterns, int npatterns);
/* The package that the import path `path`, as written in p's source,
 * denotes (NULL if p does not import it). */
Package *load_resolve_import(const Package *p, const char *path);
/* A whole file read into malloc'ed memory (NUL-terminated), or NULL. */
char *load_read_file(const char *path, size_t *n);
/* The path of one of p's files (dir/name), interned. */
const char *load_file_path(const Package *p, const char *name);
/* Prints one canonical block per package in dependency order (see
 * tests/golist/list.tmpl for the same block from go list). */
void load_print_program(const Program *prog);
/* The go1.N a //go:build expression (the text after "//go:build")
 * requires at least, as go/build/constraint's GoVersion: -1 none. */
int build_expr_go_version(const char *expr, size_t n);

/* --- loader internals, shared by load*.c ------------------------------- */

enum { LOAD_NEW, LOAD_BUSY, LOAD_DONE };

/* The files of one directory as the target selects them: go/build's
 * view of a directory, computed once per directory. */
typedef struct DirScan {
	const char *dir;
	const char *name;
	Vec gofiles, cgofiles, ignored, tests, xtests;   /* of const char * */
	Vec sfiles;               /* assembly (.s) files of the build, of const char * */
	int nextfiles;            /* C, C++, Fortran, SWIG, .syso files of the build */
	Vec imports;              /* of ScanImport *, sorted by path after the scan */
	Vec testimports;          /* of const char *: what the _test.go files import */
	Vec testimps, xtestimps;  /* of ScanImport *: the same, sorted, of the package's and the external tests */
	const char *importcomment;   /* the import comment of the non-test files, if any */
	/* the first problem, as go/build reports it */
	const char *err;          /* message, NULL if none */
	Pos errpos;               /* where, if it is inside a file */
	bool nogo;                /* no buildable Go files at all */
} DirScan;

typedef struct ScanImport {
	const char *path;         /* as written (interned) */
	ImportSite site;
} ScanImport;

/* The loader's working state for one load_packages call. */
typedef struct Loader {
	BuildConfig *cfg;
	const char *cwd;
	const char *gorootsrc;    /* GOROOT/src */
	PtrMap scans;             /* directory (interned) -> DirScan */
	PtrMap hasgo;             /* directory -> (void *)1 / (void *)2: has *.go entries */
	PtrMap pkgs;              /* resolved import path -> Package */
	Vec stack;                /* import paths being loaded, outermost first */
	int depth;
	/* module mode (mod.c) */
	struct ModState *mod;
} Loader;

/* the result of resolving one import path */
typedef struct Resolved {
	const char *path;         /* canonical import path */
	const char *dir;          /* its directory (NULL if not found) */
	Module *module;
	bool goroot;
	const char *err;          /* why it could not be resolved, or NULL */
} Resolved;

/* dir.c */
DirScan *load_scan_dir(Loader *L, const char *dir);
/* The same for given names (sorted basenames in dir, or the files named
 * on the command line); useall ignores names and constraints. */
DirScan *load_scan_files(Loader *L, const char *dir, char **names, bool *isdir, int n, bool useall);
const char *load_os_error(const char *msg);   /* strerror text as Go spells it */
bool load_has_go_files(Loader *L, const char *dir);
bool load_is_dir(const char *path);
bool load_is_file(const char *path);
const char *load_join(const char *dir, const char *elem);   /* interned, cleaned */
const char *load_clean(const char *path);                   /* interned */
const char *load_current_dir(void);                        /* as the go command sees it ($PWD if it is the same) */
const char *load_shortpath(Loader *L, const char *abs);     /* as the go command prints paths */
bool load_has_path_prefix(const char *s, const char *prefix);   /* by '/' elements */
const char *load_has_subdir(const char *root, const char *dir); /* dir relative to root, or NULL */
bool load_is_std_path(const char *path);
bool load_is_local_path(const char *path);
/* Reads a directory's entry names, sorted; NULL if it cannot be read
 * (errno set). isdir[i] reports directories (symlinks followed). */
char **load_read_dir(const char *dir, int *n, bool **isdir, bool follow);
void load_free_dir(char **names, int n, bool *isdir);

/* path.c: GOROOT and GOPATH, and package patterns */
Resolved path_resolve(Loader *L, const char *path, const Package *parent, const char *srcdir);
const char **path_gopath_list(Loader *L, int *n);
/* Expands the patterns into import paths (or local directories) of root
 * packages, in go list's order; reports pattern errors. literal gets,
 * for each, whether a pattern without wildcards named it. */
void pattern_expand(Loader *L, char **patterns, int n, Vec *out, Vec *literal);
bool pattern_match(const char *pattern, const char *name);
bool pattern_tree_can_match(const char *pattern, const char *name);
void pattern_have_init(Loader *L, PtrMap *have);
/* Walks the tree at root for packages matching pattern, naming them
 * prefix/<relative dir>; have holds the names already seen. */
enum {
	WALK_STD = 1,             /* "std": skip non-standard paths and cmd */
	WALK_PRUNE_VENDOR = 2,    /* do not enter vendor directories */
	WALK_PRUNE_GOMOD = 4,     /* do not enter directories with a go.mod */
	WALK_LSTAT_ROOT = 8,      /* a root that is a symbolic link is not walked */
};
void pattern_walk_tree(Loader *L, const char *root, const char *prefix, const char *pattern, int flags,
                       PtrMap *have, Vec *out);
void pattern_match_dirs(Loader *L, const char *pattern, Vec *out);
const char *path_root_of(Loader *L, const char *dir);
const char *dir_to_import_path(const char *dir);

/* mod.c: module mode */
void mod_init(Loader *L);                 /* finds and reads go.mod; may report errors */
Module *mod_main(Loader *L);
Resolved mod_resolve(Loader *L, const char *path, const Package *parent);
/* The import path of a package directory in module mode (patterns). */
const char *mod_dir_import_path(Loader *L, const char *dir, const char **err);
void mod_match_packages(Loader *L, const char *pattern, Vec *out);
/* "all": the main module's packages and everything they and their tests import */
void mod_match_all(Loader *L, Vec *out);
/* An error if a local "..." pattern lies outside the main module (and
 * GOROOT and the module cache), NULL if it may be walked. */
const char *mod_check_local_pattern(Loader *L, const char *pattern);
const char *mod_cache_dir(Loader *L, const char *path, const char *version);

/* header.c: a .go file's header, read without the parser */
typedef struct FileHeader {
	const char *pkgname;      /* interned; NULL if the clause is missing */
	uint32_t pkgoff;          /* offset of the package name */
	ScanImport *imports;      /* in source order; site.file left NULL */
	int nimports;
	bool importsC;
	const char *importcomment;      /* package p // import "x": the text after import */
	const char *importcommentpath;  /* its path, NULL if it does not unquote */
	const char *err;          /* first syntax error (static or perm), NULL if none */
	uint32_t erroff;
	bool hit_end;             /* the scan needed every byte it was given */
} FileHeader;

/* Reads and scans the header of the .go file at path: at least its
 * bytes up to the end of the import declarations. Returns a malloc'd,
 * NUL-terminated buffer with *n its length, or NULL with *ioerr set when
 * the file cannot be read. Imports are allocated in a. */
char *header_read(const char *path, size_t *n, const char **ioerr, Arena *a, FileHeader *h);
/* Scans data[0:n] for the package clause and the imports. */
void header_scan(const char *data, size_t n, Arena *a, FileHeader *h);

/* buildcons.c: build constraints */
bool build_tag_ok(const BuildConfig *c, const char *tag, size_t n);
bool build_good_os_arch_file(const BuildConfig *c, const char *name);
bool build_known_os(const char *s, size_t n);
bool build_known_arch(const char *s, size_t n);
bool build_cgo_default(const char *goos, const char *goarch);
/* Decides whether a file with this header is part of the build: the
 * //go:build line if there is one, else the // +build lines in the
 * leading comments. Returns false, setting *err and *erroff, on a bad line. */
bool build_should_build(const BuildConfig *c, const char *data, size_t n, bool *ok,
                        const char **err, uint32_t *erroff);
/* Evaluates a //go:build expression (the text after "//go:build"). */
bool build_eval_expr(const BuildConfig *c, const char *s, size_t n, bool *val, const char **err);

/* cgo.c: cgo files rewritten by the cgo tool, as go build does. The
 * configuration is set once; cgo_generate returns the number of
 * generated Go files (their paths in *files, in gc's order), or -1
 * when the tool or a C compiler is missing or it fails. */
void cgo_configure(const BuildConfig *c);
int cgo_generate(Package *p, const char ***files);

/* modfile.c: go.mod and vendor/modules.txt */
typedef struct ModReplace {
	const char *oldpath, *oldversion;   /* oldversion "" matches any version */
	const char *newpath, *newversion;   /* newversion "": a directory */
	Pos pos;
} ModReplace;

typedef struct ModGodebug {
	const char *key, *value;
	Pos pos;
} ModGodebug;

typedef struct ModFile {
	const char *module;       /* module path; NULL if there is no module line */
	Pos modulepos;
	const char *go;           /* go version ("1.19"), NULL if absent */
	Module **requires;
	int nrequires;
	ModReplace *replaces;
	int nreplaces;
	Module **excludes;
	int nexcludes;
	int nretracts;
	const char *toolchain;    /* toolchain line (go1.21 on), or NULL */
	struct ModGodebug **godebugs;   /* godebug settings (go1.23 on) */
	int ngodebugs;
	const char **uses;        /* go.work: the use directories, as written */
	int nuses;
} ModFile;

/* Parses a go.mod file. strict: the main module's rules (every
 * directive checked); otherwise a dependency's (unknown ones ignored).
 * Errors are reported with positions; returns NULL if there were any. */
ModFile *modfile_parse(SrcFile *f, bool strict);
/* An error in go.mod at pos, as the go command writes it ("go.mod:5: msg",
 * the column only where it is not the first). */
void modfile_error_at(Pos pos, const char *msg);
/* Parses a go.work file: go, toolchain, godebug, use and replace. */
ModFile *modfile_parse_work(SrcFile *f);
/* Path and version checks shared with module resolution. */
bool modfile_valid_semver(const char *v);
int modfile_semver_compare(const char *a, const char *b);
/* NULL if path is a valid import path, else why not (go's wording) */
const char *modfile_check_import_path(const char *path);
/* The module cache's spelling of a path or version ('!' before lower-cased capitals). */
const char *modfile_escape(const char *s);

typedef struct VendorModule {
	const char *path, *version;
	const char *rpath, *rversion;  /* replacement from "=> ..." */
	bool explicit;
	bool replaced;
	const char **pkgs;
	int npkgs;
} VendorModule;

typedef struct VendorList {
	VendorModule **mods;
	int nmods;
	PtrMap pkgmod;            /* package path (interned) -> VendorModule */
} VendorList;

/* Reads vendor/modules.txt; NULL if it does not exist. */
VendorList *modfile_read_vendor(const char *path);

#endif
