/* types.h: the types layer: Go's types, objects and scopes, as the
 * type checker builds them and every later pass reads them.
 *
 * Owns: the type model (this file), the type checker (check.h: the
 * spec's rules with gc's error messages, generics, initialization
 * order), untyped constants (const.h, on GMP and MPFR), type sizes and
 * layouts, gc's checks after type checking (latechecks.c, genlimits.c),
 * and gc's own view of types: how it prints them (gcfmt.c), its link
 * strings and shapes (shape.c), and what its back end knows of them
 * (gctype.c).
 * Needs: syntax trees (syntax) and base. Imports come through the
 * importer in CheckConfig, so the checker needs nothing from the loader.
 * Gives: check_package, which annotates the trees and returns a Pkg;
 * the model and its operations to lowering, escape analysis and the
 * report.
 *
 * The model follows the Go spec and go/types' vocabulary: a Type is one
 * of basic, pointer, array, slice, struct, tuple, signature, interface,
 * map, chan, named, type parameter or union; an Object is what an
 * identifier denotes (package name, constant, type name, variable,
 * function, label, builtin, nil); a Scope maps names to objects.
 *
 * Types are not hash-consed: identity is structural (types_identical),
 * except that named types and type parameters are identical only to
 * themselves, and instances of a generic type are deduplicated through
 * the instance table (instantiate.c). Everything here is allocated from
 * the types arena, which lives for the whole run, because importers
 * keep using a package's objects after the package is checked. */
#ifndef GOESCAPE_TYPES_H
#define GOESCAPE_TYPES_H

#include "syntax/syntax.h"
#include "const.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Pkg Pkg;
typedef struct Selection Selection;
typedef struct Instance Instance;
typedef struct TypeSet TypeSet;
typedef struct Term Term;
typedef struct Const Const;

typedef struct TypeList { Type **v; int n; } TypeList;
typedef struct ObjList { Object **v; int n; } ObjList;

/* --- types ------------------------------------------------------------------ */

typedef enum TypeKind {
	TYPE_BASIC,
	TYPE_POINTER,
	TYPE_ARRAY,
	TYPE_SLICE,
	TYPE_STRUCT,
	TYPE_TUPLE,
	TYPE_SIGNATURE,
	TYPE_INTERFACE,
	TYPE_MAP,
	TYPE_CHAN,
	TYPE_NAMED,
	TYPE_TYPEPARAM,
	TYPE_UNION,
} TypeKind;

typedef enum BasicKind {
	KIND_INVALID,
	/* predeclared */
	KIND_BOOL,
	KIND_INT, KIND_INT8, KIND_INT16, KIND_INT32, KIND_INT64,
	KIND_UINT, KIND_UINT8, KIND_UINT16, KIND_UINT32, KIND_UINT64, KIND_UINTPTR,
	KIND_FLOAT32, KIND_FLOAT64,
	KIND_COMPLEX64, KIND_COMPLEX128,
	KIND_STRING,
	KIND_UNSAFEPOINTER,
	/* the types of untyped values */
	KIND_UNTYPED_BOOL, KIND_UNTYPED_INT, KIND_UNTYPED_RUNE, KIND_UNTYPED_FLOAT,
	KIND_UNTYPED_COMPLEX, KIND_UNTYPED_STRING, KIND_UNTYPED_NIL,
	NBASICKINDS
} BasicKind;

/* Properties of basic types. */
enum {
	BI_BOOLEAN = 1 << 0,
	BI_INTEGER = 1 << 1,
	BI_UNSIGNED = 1 << 2,
	BI_FLOAT = 1 << 3,
	BI_COMPLEX = 1 << 4,
	BI_STRING = 1 << 5,
	BI_UNTYPED = 1 << 6,
	BI_ORDERED = BI_INTEGER | BI_FLOAT | BI_STRING,
	BI_NUMERIC = BI_INTEGER | BI_FLOAT | BI_COMPLEX,
	BI_CONSTTYPE = BI_BOOLEAN | BI_NUMERIC | BI_STRING,
};

enum { CHANDIR_SEND = 1, CHANDIR_RECV = 2, CHANDIR_BOTH = 3 };

/* Lifecycle of a named type: its type parameters, underlying type and
 * methods may be filled in lazily (for instances, by expansion). */
typedef enum NamedState { NAMED_UNRESOLVED, NAMED_RESOLVED, NAMED_COMPLETE } NamedState;

struct Type {
	TypeKind kind;
	uint32_t id;               /* unique per Type, for stable ordering and hashing */
	int64_t size, align;       /* gc sizes, -1 until computed (sizes.c) */
	union {
		struct { BasicKind kind; uint32_t info; const char *name; } basic;   /* name: "byte" and "rune" are distinct Basic types */
		struct { Type *elem; } pointer;
		struct { Type *elem; int64_t len; } array;     /* len < 0: unknown (invalid) */
		struct { Type *elem; } slice;
		struct { Object **fields; int nfields; const char **tags; } strct;    /* tags NULL when none */
		struct { Object **vars; int n; } tuple;
		struct {
			Object *recv;              /* Var, or NULL */
			TypeList rparams;          /* receiver type parameters */
			TypeList tparams;          /* type parameters */
			Type *params, *results;    /* TYPE_TUPLE, never NULL */
			bool variadic;
			Scope *scope;              /* for bodies; NULL for instances */
		} sig;
		struct {
			Object **methods;          /* explicitly declared, sorted by (exported?, name) as go/types sorts */
			int nmethods;
			Type **embeddeds;          /* explicitly embedded elements */
			Pos *embedpos;
			int nembeddeds;
			bool implicit;             /* wrapper for a constraint literal (~T, A|B, T) */
			bool complete;
			TypeSet *tset;             /* computed lazily (typeset.c) */
			struct Checker *check;     /* while checking: reports errors of the type set, whoever asks first */
		} iface;
		struct { Type *key, *elem; } map;
		struct { int dir; Type *elem; } chan;
		struct {
			Object *obj;               /* TypeName */
			Type *fromrhs;             /* the type on the declaration's right side, for cycle checks */
			Type *underlying;          /* never TYPE_NAMED once resolved */
			TypeList tparams;          /* TYPE_TYPEPARAMs */
			Object **methods;          /* Funcs, in source order; for instances, expanded lazily */
			int nmethods, capmethods;
			NamedState state;
			/* instances */
			Type *orig;                /* the generic type; self when not an instance */
			TypeList targs;
			int nexpanded;             /* methods expanded so far */
			struct Checker *check;     /* checker for lazy resolution while checking */
		} named;
		struct {
			Object *obj;               /* TypeName */
			int index;                 /* in its list */
			Type *bound;               /* constraint; its underlying type is an interface */
			uint32_t serial;           /* for printing "T₁"-style disambiguation */
		} tparam;
		struct { Term **terms; int nterms; TypeSet *tset; } uni;   /* tset: computed lazily (typeset.c) */
	} u;
};

/* A union term: ~T or T. */
struct Term {
	bool tilde;
	Type *type;
};

/* Predeclared basic types, indexed by kind; plus byte and rune. */
extern Type *typ_basic[NBASICKINDS];
extern Type *typ_byte, *typ_rune;
extern Type *typ_error;           /* the universe's error (a Named) */
extern Type *typ_comparable;      /* the universe's comparable (a Named) */
extern Type *typ_any;             /* the universe's any (an alias of interface{}) */
extern Type *typ_empty_iface;     /* interface{} */
extern Type *typ_empty_tuple;
extern Type *typ_invalid;         /* typ_basic[KIND_INVALID] */

/* --- objects ------------------------------------------------------------ */

typedef enum ObjKind {
	OBJ_BAD,
	OBJ_PKGNAME,
	OBJ_CONST,
	OBJ_TYPENAME,
	OBJ_VAR,
	OBJ_FUNC,
	OBJ_LABEL,
	OBJ_BUILTIN,
	OBJ_NIL,
} ObjKind;

typedef enum BuiltinId {
	BUILTIN_APPEND, BUILTIN_CAP, BUILTIN_CLOSE, BUILTIN_COMPLEX, BUILTIN_COPY,
	BUILTIN_DELETE, BUILTIN_IMAG, BUILTIN_LEN, BUILTIN_MAKE, BUILTIN_NEW,
	BUILTIN_PANIC, BUILTIN_PRINT, BUILTIN_PRINTLN, BUILTIN_REAL, BUILTIN_RECOVER,
	BUILTIN_CLEAR, BUILTIN_MAX, BUILTIN_MIN,                /* go1.21 */
	/* package unsafe */
	BUILTIN_ADD, BUILTIN_ALIGNOF, BUILTIN_OFFSETOF, BUILTIN_SIZEOF, BUILTIN_SLICE,
	BUILTIN_SLICEDATA, BUILTIN_STRING, BUILTIN_STRINGDATA,  /* go1.20 */
	/* testing support */
	BUILTIN_ASSERT, BUILTIN_TRACE,
	NBUILTINS
} BuiltinId;

/* Object colors for cycle detection during package-level declaration checking. */
typedef enum ObjColor { COLOR_WHITE, COLOR_BLACK, COLOR_GREY } ObjColor;

struct Object {
	ObjKind kind;
	Pos pos;                   /* of the declaring identifier */
	const char *name;          /* interned */
	Pkg *pkg;                  /* NULL for universe objects (and labels) */
	Scope *parent;             /* the scope it is declared in, or NULL */
	Type *type;
	Pos scopepos;              /* where it becomes visible */
	uint32_t order;            /* package-level declaration order, 1-based; 0: not package-level */
	uint32_t color;            /* ObjColor, or GREY + path index while on the path */
	uint32_t id;               /* unique, for stable ordering */
	union {
		struct { Pkg *imported; bool used; } pkgname;
		struct { Const *val; } cnst;
		struct { bool isalias; bool notinheap; /* //go:notinheap */ int localgen; /* a defined type declared in a function: its number in the package (1, 2, ...), gc's T·N */ } typename;
		struct {
			bool embedded;         /* embedded struct field */
			bool isfield;
			bool isparam;          /* parameter, receiver or result */
			bool used;
			Object *origin;        /* for instantiated fields/params: the generic one */
			Expr *tag;             /* struct field tag literal, if any */
			Pos dots;              /* unnamed variadic parameter: its "..." (gc's position for it) */
		} var;
		struct {
			bool hasptrrecv;       /* for methods whose signature is not yet known */
			Object *origin;        /* for methods of instances: the generic method */
			Decl *decl;            /* declaration (NULL for interface methods, imported without source) */
			PragmaFlags pragmas;
		} func;
		struct { bool used; Stmt *stmt; } label;
		struct { BuiltinId id; } builtin;
	} u;
};

/* --- scopes ----------------------------------------------------------------- */

struct Scope {
	Scope *parent;
	Scope **children;
	int nchildren, capchildren;
	PtrMap elems;              /* interned name -> Object */
	Object **order;            /* objects in insertion order */
	int norder, caporder;
	Pos pos, end;              /* extent; NOPOS for the universe and package scopes */
	bool isfunc;
	const char *comment;       /* "universe", "package p", "file x.go", "function", "block", ... */
};

extern Scope *universe;
extern Pkg *unsafe_pkg;

Scope *scope_new(Scope *parent, Pos pos, Pos end, const char *comment);
Object *scope_lookup(Scope *s, const char *name);          /* this scope only */
/* Looks name up through the parent chain; objects declared after pos in
 * a function scope are not visible (pos NOPOS: ignore positions). */
Object *scope_lookup_parent(Scope *s, const char *name, Pos pos, Scope **found);
/* Inserts obj unless its name is already declared there; returns the
 * existing object in that case (and does not insert). */
Object *scope_insert(Scope *s, Object *obj);
/* The scope's names, sorted. */
const char **scope_names(Scope *s, int *n);
Scope *scope_innermost(Scope *s, Pos pos);

/* --- packages ---------------------------------------------------------------- */

struct Pkg {
	const char *path;          /* import path */
	const char *name;
	Scope *scope;
	Pkg **imports;             /* directly imported packages */
	int nimports;
	bool complete;
	bool fake;                 /* stands in for a package that could not be imported */
	bool cgo;                  /* uses import "C" */
	void *loader;              /* the loader's Package */
	void *escape;              /* escape analysis summaries (parameter tags) */
	struct Initializer **inits;   /* package variable initialization order (initorder.c) */
	int ninits;
	int langmajor, langminor;  /* the language version its files are checked with; 0.0: the latest */
};

/* Whether pkg's code is at least language version major.minor. */
bool pkg_lang_at_least(const Pkg *pkg, Pos pos, int major, int minor);   /* at pos: its file's version where it has one */
bool file_lang_version(const SrcFile *sf, int *major, int *minor);

/* One package-level initialization: lhs = rhs, in the order they run
 * (go/types' Info.InitOrder). n:1 declarations (a, b = f()) have
 * several lhs variables. */
typedef struct Initializer {
	Object **lhs;
	int nlhs;
	Expr *rhs;
} Initializer;

/* --- selections, instances -------------------------------------------------- */

typedef enum SelectionKind { SEL_FIELDVAL, SEL_METHODVAL, SEL_METHODEXPR } SelectionKind;

struct Selection {
	SelectionKind kind;
	Type *recv;                /* type of x in x.f */
	Object *obj;               /* field Var or method Func */
	int *index;                /* path from x to x.f through embedded fields */
	int nindex;
	bool indirect;             /* a pointer was followed on the path */
};

/* Type arguments and the instantiated type for a generic function or
 * type named by an identifier (go/types' Info.Instances). */
struct Instance {
	TypeList targs;
	Type *type;
};

/* --- type sets (typeset.c) ------------------------------------------------- */

/* The type set of an interface: its methods (sorted by Id) and a set of
 * type terms; allterms means "every type" (no type restriction). */
struct TypeSet {
	bool comparable;           /* invariant: !comparable || terms are not all */
	Object **methods;
	int nmethods;
	Term **terms;              /* NULL with allterms; empty without: the empty set */
	int nterms;
	bool allterms;
};

/* --- type.c: constructors and accessors --------------------------------------- */

void types_init(void);                       /* creates the universe (universe.c) */
Arena *types_arena(void);
Type *new_type(TypeKind k);
Type *new_pointer(Type *elem);
Type *new_slice(Type *elem);
Type *new_array(Type *elem, int64_t len);
Type *new_map(Type *key, Type *elem);
Type *new_chan(int dir, Type *elem);
Type *new_tuple(Object **vars, int n);
Type *new_struct(Object **fields, int n, const char **tags);
Type *new_signature(Object *recv, Type *params, Type *results, bool variadic);
Type *new_interface(Object **methods, int nmethods, Type **embeddeds, int nembeddeds);
Type *new_named(Object *typename, Type *underlying, Object **methods, int nmethods);
Type *new_typeparam(Object *typename, Type *bound);
Type *new_union(Term **terms, int n);
Term *new_term(bool tilde, Type *t);

Object *new_object(ObjKind k, Pos pos, Pkg *pkg, const char *name, Type *t);
Object *new_var(Pos pos, Pkg *pkg, const char *name, Type *t);
Object *new_param(Pos pos, Pkg *pkg, const char *name, Type *t);
Object *new_field(Pos pos, Pkg *pkg, const char *name, Type *t, bool embedded);
Object *new_func(Pos pos, Pkg *pkg, const char *name, Type *sig);
Object *new_typename(Pos pos, Pkg *pkg, const char *name, Type *t);
Object *new_const(Pos pos, Pkg *pkg, const char *name, Type *t, Const *val);
Object *new_pkgname(Pos pos, Pkg *pkg, const char *name, Pkg *imported);
Object *new_label(Pos pos, Pkg *pkg, const char *name);
Pkg *new_pkg(const char *path, const char *name);

Type *type_under(Type *t);                    /* underlying type */
Type *type_core(Type *t);                     /* core type, or NULL (spec: Core types) */
Type *type_core_string(Type *t);              /* core type, with string for bytestring */
bool type_is_named(const Type *t);            /* Named or TypeParam or Basic: has a name */
Type *type_deref(Type *t, bool *wasptr);      /* *T -> T */
Type *type_elem(Type *t);                     /* element of pointer/array/slice/map/chan */
int type_tuple_len(const Type *t);            /* 0 for NULL */
Object *type_tuple_at(const Type *t, int i);
bool type_has_name(const Type *t);
bool obj_exported(const Object *o);
bool name_exported(const char *name);
bool obj_is_method(const Object *o);
bool obj_same_id(const Object *o, Pkg *pkg, const char *name);   /* Go's "same Id" rule */
const char *obj_kind_name(ObjKind k);
Type *named_underlying(Type *t);              /* resolves lazily */
int named_nmethods(Type *t);
Object *named_method(Type *t, int i);         /* expands instance methods lazily */
void named_add_method(Type *t, Object *m);
TypeList named_tparams(Type *t);
Type *named_orig(Type *t);

/* --- basic predicates (predicates.c) ----------------------------------------- */

bool is_basic_info(Type *t, uint32_t info);   /* of the underlying basic type */
bool is_boolean(Type *t);
bool is_integer(Type *t);
bool is_unsigned(Type *t);
bool is_float(Type *t);
bool is_complex(Type *t);
bool is_numeric(Type *t);
bool is_string(Type *t);
bool is_integer_or_float(Type *t);
bool is_const_type(Type *t);
bool is_untyped(Type *t);
bool is_typed(Type *t);
bool is_interface(Type *t);                   /* underlying is an interface (not a type parameter) */
bool is_nonparam_interface(Type *t);
bool is_typeparam(Type *t);
bool is_generic(Type *t);                     /* a named type with type parameters, not instantiated */
bool type_not_in_heap(Type *t);               /* //go:notinheap, directly or in a field or element */
bool all_boolean(Type *t);                    /* for type parameters: every type in its type set */
bool all_integer(Type *t);
bool all_unsigned(Type *t);
bool all_numeric(Type *t);
bool all_string(Type *t);
bool all_ordered(Type *t);
bool all_numeric_or_string(Type *t);
bool has_nil(Type *t);
bool types_comparable(Type *t, bool dynamic, const char **reason);
bool types_identical(Type *x, Type *y);
bool types_identical_ignore_tags(Type *x, Type *y);
Type *default_type(Type *t);                   /* untyped -> default typed */
bool is_valid_type(Type *t);                   /* not the invalid type */

/* --- typestr.c: printing types as go/types does ------------------------------ */

/* A qualifier returns how to print a package in a type string, or NULL
 * to print nothing before the name. */
typedef const char *(*Qualifier)(Pkg *pkg, void *ctx);
const char *qualify_by_path(Pkg *pkg, void *ctx);    /* go/types' default: the path */
void type_write(Buf *b, Type *t, Qualifier q, void *qctx);
const char *type_string(Type *t, Qualifier q, void *qctx);    /* perm-allocated */
void obj_write(Buf *b, Object *o, Qualifier q, void *qctx);   /* go/types ObjectString */
const char *func_full_name(Object *f);                         /* "(*bytes.Buffer).Write" */

/* --- sizes.c: gc's sizes and alignments (go/types' gc sizes) ---------------- */

typedef enum SizesModel { SIZES_GC, SIZES_GOTYPES } SizesModel;
void sizes_init(const char *goarch);
void sizes_set_model(SizesModel m);
int64_t type_size(Type *t);
int64_t type_align(Type *t);
int64_t *struct_offsets(Type *t);              /* of an underlying struct; perm-allocated */
int64_t sizes_ptrsize(void);
int64_t sizes_maxalign(void);

/* --- lookup.c: fields, methods, method sets ----------------------------------- */

/* Looks up field or method name in T (go/types LookupFieldOrMethod).
 * Returns the object and fills index (path), *indirect; *ambiguous is
 * set when the name is ambiguous at the shallowest depth. */
Object *lookup_field_or_method(Type *t, bool addressable, Pkg *pkg, const char *name,
                               int **index, int *nindex, bool *indirect, bool *ambiguous);
/* The method of interface type set or named type, if any. */
Object *lookup_method(Type *t, Pkg *pkg, const char *name, bool *ptrrecv);
/* Reports whether T implements interface V; on failure, *why (may be
 * NULL) receives gc's explanation ("missing method M", ...). */
bool types_implements(Type *t, Type *v, const char **why);
/* Method set of T in gc's order (by name, exported first? see methodset.c). */
Selection **method_set(Type *t, int *n);

/* --- checking a package (check.c) ------------------------------------------- */

typedef struct CheckConfig {
	const char *goarch;
	bool ignore_func_bodies;
	bool fake_import_c;        /* C.x is accepted with an invalid type */
	bool error_per_line;       /* at most one error per line, as gc */
	const char *lang;          /* language version (-lang), e.g. "go1.17"; NULL: the latest */
	const char *goroot;        /* positions in other packages under GOROOT/src print as $GOROOT/src/... */
	/* resolves an import path as written in a file of the package being
	 * checked to the (already checked) package, or NULL */
	Pkg *(*importer)(void *ctx, const char *path, const char *fromdir, Pos pos);
	void *importer_ctx;
} CheckConfig;

/* Checks the files of one package; returns its Pkg (errors via errorf). */
Pkg *check_package(CheckConfig *conf, const char *path, File **files, int nfiles);

/* latechecks.c: gc's checks after type checking (directives on
 * declarations, go:embed, go:linkname, sizes); call for a package that
 * checked without errors. lang: its -lang, or NULL. */
void late_checks(Pkg *pkg, File **files, int nfiles, const char *lang, bool complete);

/* --- types/dump.c: results as tests/gotypes prints go/types' -------------------- */

void type_dump_file(Buf *out, File *f, const char *goroot);
void type_dump_sizes(Buf *out, Pkg *pkg);

/* --- what the checker gives lowering ------------------------------------------ */

typedef struct Checker Checker;   /* NULL where no package is being checked */
const char *expr_string(Expr *e);
/* subst.c: replaces type parameters by type arguments (to.v[i] NULL:
 * from.v[i] stays); the result is t itself when nothing changed */
typedef struct SubstMap { TypeList from, to; } SubstMap;
Type *subst_type(Checker *c, Pos pos, Type *t, SubstMap *smap);
Object *obj_copy_with_type(Object *o, Type *t);       /* a copy remembering its origin */
/* The instance orig[targs] of a generic named type or signature, the
 * same one for identical type arguments; named instances expand lazily. */
Type *instance_of(Checker *c, Pos pos, Type *orig, TypeList targs);
TypeSet *interface_type_set(Checker *c, Pos pos, Type *iface);   /* iface: an interface or a type whose underlying is one */

/* --- gcfmt.c: types printed as gc prints them -------------------------------- */

void gc_fmt_type(Buf *b, Type *t, Pkg *local);  /* gc's %v of a type */
void gc_fmt_type_qualified(Buf *b, Type *t);    /* every package named, the local one too (symbol names) */
/* Sets the package being compiled and every package it can see, which
 * decide how type names are qualified. */
void gc_fmt_set_local(Pkg *local, Pkg **all, int nall);
void gc_type_buf(Buf *b, Type *t, Pkg *local);   /* ... seen from local, into b */
void gc_fmt_qual(Buf *b, Pkg *pkg);          /* "name." or "\"path\".", nothing for the local package */
Pkg *gc_fmt_local(void);

/* --- gctype.c: what gc knows of types that go/types does not ---------------- */

bool gc_has_pointers(Type *t);
bool gc_is_direct_iface(Type *t);   /* stored directly in an interface word */
bool gc_is_interface(Type *t);
bool gc_is_simple(Type *t);        /* numeric, bool or pointer-like scalar (types.IsSimple) */
int64_t gc_size(Type *t);
int64_t gc_align(Type *t);

/* --- shape.c: shape types and gc's link strings ---------------------------- */

/* gc's -p: the import path of the package built from files named on the
 * command line (default: the go command's "command-line-arguments"). */
void gc_set_cmdline_pkgpath(const char *path);
/* The symbol prefix gc uses for pkg (its escaped import path). */
const char *gc_link_prefix(Pkg *pkg);
/* gc's LinkString: a type spelled uniquely, with package prefixes. */
void gc_link_string(Buf *b, Type *t);
const char *gc_link_string_of(Type *t);

extern Pkg *gc_shape_pkg;             /* "go.shape" */
bool gc_is_shape(Type *t);
bool gc_has_shape(Type *t);
/* The shape of type argument t for type parameter tparam at index. */
Type *gc_shapify(Type *t, int index, Type *tparam);
/* t with shapes[i] replaced by targs[i] (a shaped type made concrete). */
Type *gc_subst_shapes(Type *t, TypeList shapes, TypeList targs);

#endif
