/* base.h: the base layer every pass stands on.
 *
 * Owns: memory (arenas: bump allocation, freed all at once; growable
 * vectors and buffers; pointer maps), interned strings (equal names are
 * equal pointers), source files and positions (a position is one
 * integer, resolved through the table of source files, //line
 * directives included), diagnostics (errors collected, sorted and
 * printed the way gc prints them; -m's messages, with the go command's
 * "# path" header), UTF-8, Unicode classes and Go's quoting.
 * Needs: the C library only.
 * Gives: all of that to every layer above. */
#ifndef GOESCAPE_BASE_H
#define GOESCAPE_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

#if defined(__GNUC__)
#define NORETURN __attribute__((noreturn))
#define PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define NORETURN
#define PRINTF(f, a)
#endif

/* --- arena.c ------------------------------------------------------------ */

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
	ArenaBlock *head;  /* current block; older blocks chain behind it */
	char *cur, *end;   /* free space in the current block */
	size_t total;      /* bytes obtained from the system */
} Arena;

/* The arena for data that lives as long as the process. */
extern Arena *perm;

void *xmalloc(size_t n);            /* dies on out-of-memory */
void *xrealloc(void *p, size_t n);
void *xcalloc(size_t n, size_t m);

void arena_init(Arena *a);
void arena_free(Arena *a);           /* releases every block */
void *arena_alloc(Arena *a, size_t n);   /* zeroed, 16-byte aligned */
void *arena_dup(Arena *a, const void *p, size_t n);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) PRINTF(2, 3);
size_t arena_peak_bytes(void);       /* high-water mark over all arenas */

#define NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define NEWARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

/* --- vec.c: growable buffers (malloc-backed, for building lists) --------- */

/* A Vec collects pointers while a list is being built; vec_finish copies
 * them into an arena and resets the Vec for reuse. */
typedef struct Vec {
	void **v;
	int n, cap;
} Vec;

void vec_push(Vec *v, void *p);
void **vec_finish(Vec *v, Arena *a, int *n);
void vec_free(Vec *v);

/* A Buf is a growable byte string. */
typedef struct Buf {
	char *s;
	size_t n, cap;
} Buf;

void buf_putc(Buf *b, int c);
void buf_put(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) PRINTF(2, 3);
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
const char *buf_cstr(Buf *b);       /* NUL-terminated view, valid until next put */
void buf_reset(Buf *b);
void buf_free(Buf *b);

/* --- strtab.c: interning and hash maps ----------------------------------- */

uint64_t hash_bytes(const void *p, size_t n);

/* intern returns the unique copy of s[0:n]; the result is NUL-terminated. */
const char *intern(const char *s, size_t n);
const char *intern_cstr(const char *s);
void intern_reset(void);     /* forget every name (fuzzing: nothing may hold one) */

/* A pointer-keyed open-addressing map (keys are usually interned strings). */
typedef struct PtrMap {
	const void **keys;
	void **vals;
	int cap, len;
} PtrMap;

void *ptrmap_get(PtrMap *m, const void *key);
void ptrmap_put(PtrMap *m, const void *key, void *val);
void ptrmap_free(PtrMap *m);

/* --- source.c: source files and positions -------------------------------- */

/* A Pos is an offset into the space of all loaded source bytes, plus one;
 * 0 means "no position". Each file owns the range [base, base+size]. */
typedef uint32_t Pos;
#define NOPOS ((Pos)0)

typedef struct LineDirective LineDirective;

typedef struct SrcFile {
	const char *name;      /* path as it is printed in diagnostics */
	const char *path;      /* path used to open it */
	const char *data;      /* contents, NUL-terminated */
	uint32_t size;
	Pos base;              /* Pos of byte 0 */
	uint32_t *lines;       /* byte offset of each line start */
	int nlines, caplines;
	LineDirective *dirs;   /* //line directives, in file order */
	int ndirs, capdirs;
	int index;             /* position in the file table */
	int owner;             /* the package it belongs to (escape's view), 0 unknown */
	int buildgo;           /* the go1.N its //go:build line requires (gc's file version), -1 none */
} SrcFile;

typedef struct Position {
	const SrcFile *file;
	const char *filename;  /* after //line adjustment */
	int line, col;         /* 1-based; col counts bytes */
} Position;

/* Registers already-read contents; data must stay valid (it is owned by
 * the caller's arena or by perm). */
SrcFile *src_add(const char *name, const char *path, const char *data, uint32_t size);
/* Reads a whole file; returns NULL and sets *err (a static message) on failure. */
SrcFile *src_read(const char *name, const char *path, const char **err);
/* src_read_transient reads into *buf (grown as needed) for a caller done
 * with the text before it reads the next file: the text is read into
 * memory that stays in the cache rather than mapped page by page.
 * src_release keeps what positions need and forgets the text. */
SrcFile *src_read_transient(const char *name, const char *path, char **buf, size_t *cap, const char **err);
void src_release(SrcFile *f);
void src_addline(SrcFile *f, uint32_t off);   /* lexer: a line starts at off */
void src_add_linedir(SrcFile *f, uint32_t off, const char *filename, int line, int col);
void src_reset(void);                 /* forget every file (fuzzing) */
SrcFile *src_file(Pos p);
static inline Pos src_pos(const SrcFile *f, uint32_t off) { return f->base + off; }
Position pos_resolve(Pos p);          /* honours //line directives */
Position pos_resolve_raw(Pos p);      /* ignores them */
/* Formats "file:line:col" into buf (size >= 64 recommended); returns buf. */
const char *pos_str(Pos p, char *buf, size_t size);
/* While set, pos_str names a file under goroot whose owner is not
 * owner as gc's export data does: $GOROOT/src/... (goroot NULL: off). */
void pos_set_view(int owner, const char *goroot);
int pos_line(Pos p);
int pos_col(Pos p);
int src_nfiles(void);
SrcFile *src_nth(int i);

/* --- diag.c: diagnostics -------------------------------------------------- */

/* User errors are collected, sorted by position and printed like gc:
 * "file:line:col: message". Internal errors (bugs) abort with a plain
 * statement that they are bugs. */
void errorf(Pos p, const char *fmt, ...) PRINTF(2, 3);
void verrorf(Pos p, const char *fmt, va_list ap);
int nerrors(void);
/* errors whose message starts with "syntax error": gc does not type-check
 * after them (other front-end errors, such as misused labels, it does) */
int nsyntaxerrors(void);
bool diag_pending(void);      /* errors collected and not yet printed */
void diag_flush(void);                 /* print collected errors, sorted */
void diag_reset(void);                 /* drop them unprinted, zero the counts */
void diag_set_limit(int n);            /* stop a unit after n errors (0: no limit) */
void diag_begin_unit(void);                 /* a package begins: its own count towards the limit */
void diag_set_error_header(const char *h);  /* "# h" above the errors printed next (NULL: none) */
void diag_set_columns(bool on);        /* print ":col" (on by default) */
bool diag_columns(void);
/* -m's messages: "file:line:col: message" on standard output. */
void warnf(Pos pos, const char *fmt, ...) PRINTF(2, 3);
void warn_set_header(const char *path);   /* "# path", printed above the next message */
void warn_set_cgo_names(bool on);          /* -m's messages say C.x for _Ctype_x, _Cfunc_x... (go1.27's go command) */
void warn_out_header(void);               /* print it now, if pending */
void NORETURN fatalf(const char *fmt, ...) PRINTF(1, 2);      /* user-level, no position */
void NORETURN bugf(const char *file, int line, const char *fmt, ...) PRINTF(3, 4);
#define BUG(...) bugf(__FILE__, __LINE__, __VA_ARGS__)
#define ASSERT(c) ((c) ? (void)0 : bugf(__FILE__, __LINE__, "assertion failed: %s", #c))

/* --- release.c: the Go release emulated, and what differs by release ------ */

typedef enum Feature {
	FEAT_ALWAYS,                                                         /* every release */
	FEAT_SLICE_TO_ARRAY, FEAT_UNSAFE_STRING, FEAT_COMPARABLE_LOOSE,      /* go1.20 */
	FEAT_MIN_MAX, FEAT_CLEAR, FEAT_INFER_21, FEAT_FILE_VERSION,                             /* go1.21 */
	FEAT_RANGE_INT, FEAT_LOOPVAR,                                        /* go1.22 */
	FEAT_RANGE_FUNC, FEAT_GENERIC_ALIAS,                                 /* go1.23 */
	FEAT_NEW_EXPR,                                                       /* go1.26 */
	FEAT_PROMOTED_LITERAL, FEAT_GENERIC_METHOD,                          /* go1.27 */
	FEAT_UNION_SPACED, FEAT_FLOAT_ALL_DIGITS, FEAT_EMBEDDED_POS, FEAT_GOTYPES_GCSIZES, FEAT_ALIAS_MATERIALIZED,           /* go/types' view */
	FEAT_GOOS_WASIP1, FEAT_NOT_IN_STD, FEAT_GOMOD_ERR_SHORT, FEAT_GOMOD_TOOLCHAIN, FEAT_GOMOD_GO_PATCH, FEAT_GODEBUG_DIRECTIVE, FEAT_GODEBUG_REMOVED_OLD, FEAT_GOMOD_GODEBUG, FEAT_GOMOD_TOOL, FEAT_GOMOD_IGNORE, FEAT_COMPILE_ABS_NAMES, FEAT_GOROOT_TRIMMED, FEAT_CGO_TRIMMED,                            /* the go command */
	FEAT_UNIFIED_IR, FEAT_STATIC_BOOL, FEAT_RANGEFUNC_REWRITE, FEAT_VERSION_HINT_ALL, FEAT_MAP_INIT_OUTLINE, FEAT_FLOW_ARROW, FEAT_CGO_NAMES_C, FEAT_GODEFER_NORMAL, FEAT_STATIC_CAPTURED, FEAT_DEVIRT_CONCRETE, FEAT_MULTI_CALLEE, FEAT_TEMPCOPY_DEF,                           /* gc itself */
	FEAT_WASMIMPORT, FEAT_WASMEXPORT, FEAT_GOFIX, FEAT_LINKNAMESTD,
	FEAT_NOWB_EMULATED, FEAT_DEADLOCALS, FEAT_CLOSURE_ROOTS, FEAT_FIPS_MODULE, FEAT_INIT_FIRST, FEAT_ESCAPE_ATTRS, FEAT_DIRECT_IFACE_SIZE,
	FEAT_SMALLFRAMES_64K, FEAT_STACKVAR_128K, FEAT_ESCAPE_NONSTRING, FEAT_MAKESLICE_HYBRID, FEAT_APPEND_BACKING, FEAT_LITERAL_REWRITE,       /* escape analysis */
	FEAT_LITERAL_DEFAULT_BARE, FEAT_CONST_AS_VALUE, FEAT_QUAL_BY_NAME, FEAT_PARAM_NUMBERED,
	NFEATURES
} Feature;

int release_parse(const char *version);   /* "go1.26.8" -> 26; -1 if not a Go 1 release */
bool release_set(int minor);              /* false: not a supported release */
bool release_set_explicit(int minor);     /* the same, named by -release: the GOROOT's does not override it */
bool release_explicit(void);
int release_minor(void);                  /* the release emulated: 19, 26, 27 */
const char *release_name(void);           /* "go1.26" */
const char *release_supported(void);      /* for messages */
const char *release_caveat(void);         /* what is not emulated yet, or NULL */
int release_unicode(void);                /* its Unicode version: 13, 15, 17 */
int release_build_failure(void);
int release_compile_failure(void);        /* go tool compile's: 1, then 2 */          /* go build's exit status on errors: 2, then 1 */
bool release_has(Feature f);              /* gc of this release has f */
/* GOEXPERIMENT name s[0:n]: -1 if the release does not know it, else
 * whether its baseline turns it on for goos. */
int release_experiment(const char *s, size_t n, const char *goos);
int release_regabi(const char *goarch);   /* 2: always on, 1: supported, 0: not */
int feature_lang(Feature f);              /* the language version bringing f (go1.N: N), 0 if none */
const char *feature_name(Feature f);

/* --- utf8.c -------------------------------------------------------------- */

#define RUNE_ERROR 0xFFFD
#define RUNE_MAX 0x10FFFF
/* Decodes one rune from s[0:n]; sets *size (>= 1 when n > 0). Invalid
 * encodings give RUNE_ERROR with size 1, as Go does. */
int32_t utf8_decode(const unsigned char *s, size_t n, int *size);
int utf8_encode(char *out, int32_t r);    /* out needs 4 bytes */
bool uni_isletter(int32_t r);
bool uni_isdigit(int32_t r);
bool uni_isupper(int32_t r);         /* Go's unicode.IsUpper: exported names */
bool uni_isprint(int32_t r);         /* Go's strconv.IsPrint */
/* (unicode.c: in the Unicode version of the release emulated) */

/* --- quote.c --------------------------------------------------------------- */

/* Appends s[0:n] quoted as Go's strconv.Quote does. */
void go_quote(Buf *b, const char *s, size_t n);
/* Appends rune r as it appears inside a literal quoted with quote. */
void go_escape_rune(Buf *b, int32_t r, char quote);

#endif
