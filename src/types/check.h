/* check.h: the type checker's internal model, shared by its files.
 *
 * The checker follows the Go spec and reproduces gc 1.19's checker
 * (types2, with gc's compiler error messages) in behaviour: the same
 * types, objects, constant values and errors. Its results are written
 * into the syntax tree (Expr.mode/type/val, Ident def/use/inst,
 * Selector selection, Stmt scope, CaseClause implicit).
 *
 * Files, and what each owns:
 *   check.c       check_package: the driver, delayed actions, recording
 *   resolver.c    collecting package-level objects, imports, unused imports
 *   decl.c        object declarations, cycles, const/var/type/func decls
 *   typexpr.c     type expressions; signature.c, struct.c, interface.c
 *   validtype.c   invalid recursive types
 *   initorder.c   package initialization order
 *   stmt.c        statements, function bodies; labels.c; return.c
 *   assign.c      assignments and initializations
 *   operand.c     operands, assignability
 *   expr.c        expressions (unary, binary, shifts, comparisons,
 *                 untyped conversion, composite literals, ...)
 *   call.c        calls, arguments, selectors; builtins.c; conversions.c
 *   index.c       index and slice expressions
 *   lookup.c      field and method lookup, missing methods; methodset.c
 *   exprstr.c     expressions as gc's error messages print them
 *   errors.c      error reporting with gc's formatting of arguments
 *   typeparam.c typeset.c termlist.c union.c subst.c instantiate.c
 *   infer.c unify.c named.c  generics
 *   type.c object.c scope.c universe.c typestr.c predicates.c sizes.c
 *                 the model itself (types.h)
 */
#ifndef GOESCAPE_CHECK_H
#define GOESCAPE_CHECK_H

#include "types.h"


/* An operand: the result of checking an expression. */
typedef struct Operand {
	ExprMode mode;
	Expr *expr;                /* the expression (may be NULL) */
	Type *type;
	Const *val;                /* MODE_CONSTANT */
	BuiltinId id;              /* MODE_BUILTIN */
} Operand;

/* What the checker knows of a package-level declaration. */
typedef struct DeclInfo {
	Scope *file;               /* scope of the declaring file */
	Object **lhs;              /* n:1 variable declarations: all lhs vars */
	int nlhs;
	Expr *vtyp;                /* const/var: declared type, or NULL */
	Expr *init;                /* const/var: initializer, or NULL */
	bool inherited;            /* const: init inherited from an earlier spec */
	Spec *tdecl;               /* type declaration */
	Decl *fdecl;               /* function declaration */
	Object **deps;             /* objects the initializer depends on, first-use order */
	int ndeps, capdeps;
	PtrMap depset;
} DeclInfo;

/* A growable list of objects (resolver.c: methods per receiver base type). */
typedef struct ObjVec { Object **v; int n, cap; } ObjVec;

/* How an object came into a file scope by a dot-import (resolver.c). */
typedef struct DotImport {
	Scope *scope;              /* the file scope */
	Object *pkgname;           /* the PkgName of the import */
	struct DotImport *next;
} DotImport;

/* The environment an expression or statement is checked in. */
typedef struct Env {
	DeclInfo *decl;            /* package-level declaration being checked */
	Scope *scope;              /* innermost scope for lookups */
	Pos pos;                   /* if set, look names up as if at pos */
	Const *iota;               /* inside a constant declaration */
	Pos errpos;                /* constant with inherited initializer: report errors here */
	bool in_tparam_list;
	Type *sig;                 /* signature of the enclosing function */
	PtrMap ispanic;            /* panic call expressions (termination) */
	bool haslabel;
	bool hascallorrecv;
} Env;

/* A delayed action, run after the current declaration (go/types' later). */
typedef struct Action {
	void (*fn)(Checker *c, void *arg);
	void *arg;
	Env env;                   /* restored while it runs when keepenv */
	bool keepenv;
} Action;

/* An expression whose type is untyped and may still change. */
typedef struct UntypedInfo {
	bool islhs;                /* lhs of a shift with delayed type */
	ExprMode mode;
	Type *type;                /* a basic untyped type */
	Const *val;
} UntypedInfo;

struct Checker {
	CheckConfig *conf;
	Pkg *pkg;
	Arena *arena;              /* = types_arena() */
	Arena *tmp;                /* this package's scratch (delayed actions' data, DeclInfos, ...),
	                            * freed when it is checked */
	File **files;
	int nfiles;

	PtrMap objmap;             /* package-level Object -> DeclInfo */
	Object **objlist;          /* the same objects, in declaration order */
	int nobjlist, capobjlist;
	PtrMap impmap;             /* interned import path -> Pkg */
	PtrMap dotimports;         /* Object -> DotImport list: (file scope, PkgName) it was dot-imported through */
	PtrMap methods;            /* TypeName -> ObjVec of methods declared with it */
	PtrMap untyped;            /* Expr -> UntypedInfo */
	PtrMap brokenalias;        /* TypeName -> non-NULL while its type is unknown */
	PtrMap recvtparams;        /* blank receiver type parameter Ident -> TypeParam */
	Object **imports;          /* PkgNames, for unused-import reporting */
	int nimports, capimports;

	Action *delayed;
	int ndelayed, capdelayed;
	Object **objpath;          /* declarations being checked, for cycles */
	int nobjpath, capobjpath;
	Type **cleaners;           /* named types/interfaces needing cleanup */
	int ncleaners, capcleaners;
	struct MonoGraph *mono;    /* mono.c: how type parameters are instantiated */

	Env env;
	int nerrors;               /* errors reported while checking this package */
	Pos lasterrline;           /* for one error per line */
	uint32_t nextid;
	void *qualstate;           /* errors.c: package names seen, for the qualifier */
	ObjVec localtypes;         /* defined types declared in functions, numbered by position when done */
	PtrMap valids;             /* validtype.c: origin Named -> ObjVec of types found valid */
	int vmajor, vminor;        /* language version; 0.0: the latest */
};

/* --- check.c ----------------------------------------------------------- */

void check_later(Checker *c, void (*fn)(Checker *, void *), void *arg);
void check_process_delayed(Checker *c, int top);
void check_push_path(Checker *c, Object *o);
Object *check_pop_path(Checker *c);
void check_add_decl_dep(Checker *c, Object *to);
void check_needs_cleanup(Checker *c, Type *t);    /* type_cleanup(t) at the end */
/* Whether pkg may use a feature of Go major.minor (-lang); imported
 * packages always may. */
bool check_allow_version(Checker *c, Pkg *pkg, int major, int minor);
/* "FEATURE requires goX.Y or later (-lang was set to ...; check go.mod)" */
void check_version_errorf(Checker *c, Pos pos, const char *goversion, const char *fmt, ...);
/* gc's errors for number literals newer than -lang (1_000, 0b1, 0o1, 0x1p0) */
void check_lang_compat(Checker *c, Expr *lit);
/* c->untyped maps Expr -> UntypedInfo; a NULL value means the entry was
 * removed (update_expr_type gave the expression its final type). */
void check_remember_untyped(Checker *c, Expr *e, bool islhs, ExprMode mode, Type *t, Const *val);
void record_type_and_value(Checker *c, Expr *e, ExprMode mode, Type *t, Const *val);
void record_builtin_type(Checker *c, Expr *fun, Type *sig);
void record_comma_ok_types(Checker *c, Expr *e, Type *t0, Type *t1);
void record_def(Checker *c, Expr *ident, Object *obj);
void record_use(Checker *c, Expr *ident, Object *obj);
void record_selection(Checker *c, Expr *sel, SelectionKind kind, Type *recv, Object *obj,
                      int *index, int nindex, bool indirect);
void record_instance(Checker *c, Expr *ident, TypeList targs, Type *t);
void record_scope_stmt(Checker *c, Stmt *s, Scope *scope);

/* --- errors.c ------------------------------------------------------------ */

/* Formats like printf plus: %O operand, %T type, %E expression,
 * %B object (declared-as form), %Q qualified object name; types are
 * qualified as gc prints them in errors. */
void check_errorf(Checker *c, Pos pos, const char *fmt, ...);
void check_softerrorf(Checker *c, Pos pos, const char *fmt, ...);
void check_verrorf(Checker *c, Pos pos, bool soft, const char *fmt, va_list ap);
const char *check_sprintf(Checker *c, const char *fmt, ...);
const char *check_qualifier(Pkg *pkg, void *checker);
/* gc's syntax.StartPos: the position types2 reports a node's errors at */
Pos expr_start_pos(Expr *e);
Pos stmt_start_pos(Stmt *s);
const char *check_pos_string(Pos p);            /* "file:line:col" inside messages */
void check_set_current(Checker *c);             /* the checker check_pos_string works for */
/* msg, plus "\n\tPOS: other declaration of NAME" for alt (if it has a position) */
void check_error_alt(Checker *c, Pos pos, const char *msg, Object *alt);
void check_qualifier_note_import(Checker *c, Pkg *imp);
void check_free_qualifier(Checker *c);
/* operand_pos and operand_string live in operand.c (see below) */

/* --- exprstr.c --------------------------------------------------------- */

void expr_write(Buf *b, Expr *e);              /* types2 / syntax short form */
/* syntax.StartPos: where types2 reports errors about e (use it rather
 * than ast_expr_start for gc positions: key:value and slices differ) */
Pos syntax_start(Expr *e);

/* --- resolver.c, decl.c ------------------------------------------------- */

void collect_objects(Checker *c);
void package_objects(Checker *c);
void unused_imports(Checker *c);
void collect_methods(Checker *c, Object *tname);
Object *dot_import_pkgname(Checker *c, Scope *s, Object *obj);   /* or NULL */
void declare_obj(Checker *c, Scope *s, Expr *ident, Object *obj, Pos scopepos);
void obj_decl(Checker *c, Object *obj, Type *def);
void decl_stmt(Checker *c, Decl *d);
void collect_type_params(Checker *c, TypeList *dst, FieldList *list);
/* types2's cycleError: "invalid recursive type T" with the cycle's path
 * (named.c reports chains like type A B; type B A through it) */
void check_cycle_error(Checker *c, Object **cycle, int n);
Type *type_bound(Checker *c, Expr *x);
/* A type parameter with an invalid bound (set later), declared in the current scope. */
Type *declare_type_param(Checker *c, Expr *name);
/* A receiver type: *T, T[P, Q], ... -> its base name (NULL if unusable),
 * whether it was a pointer, and (with unpackparams) its type parameter
 * names (blank identifiers stand in for non-identifiers). */
Expr *unpack_recv(Checker *c, Expr *rtyp, bool unpackparams, bool *ptr, ExprList *tparams);
void check_broken_alias(Checker *c, Object *alias, Spec *tdecl);
Type *check_alias_in_progress(Checker *c, Object *alias);
void check_valid_alias(Checker *c, Object *alias, Type *t);
bool check_is_broken_alias(Checker *c, Object *alias);

/* --- typexpr.c, signature.c, struct.c, interface.c, validtype.c ---------- */

void check_ident(Checker *c, Operand *x, Expr *e, Type *def, bool wanttype);
Type *check_typ(Checker *c, Expr *e);                  /* a type expression */
Type *check_var_type(Checker *c, Expr *e);             /* ... not a constraint interface */
Type *check_defined_type(Checker *c, Expr *e, Type *def);
Type *check_generic_type(Checker *c, Expr *e, const char **reason);
int64_t check_array_length(Checker *c, Expr *e);
TypeList check_type_list(Checker *c, ExprList list);    /* n < 0 (v NULL) if any is invalid */
/* Fills in sig (from new_signature(NULL, NULL, NULL, false)) for a func
 * type with an optional receiver list; opens the signature's scope. */
void check_func_type(Checker *c, Type *sig, FieldList *recv, Expr *ftype);
void check_struct_type(Checker *c, Type *st, Expr *e);
Type *check_new_interface(Checker *c);
void check_interface_type(Checker *c, Type *it, Expr *e, Type *def);
void check_valid_type(Checker *c, Pos pos, Type *t);
void check_valid_var_type(Checker *c, Expr *e, Type *t);    /* (later) not a constraint interface; expr.c uses it for *T */
void def_set_underlying(Type *def, Type *t);               /* def may be NULL */
void init_order(Checker *c);

/* --- stmt.c, labels.c, return.c ------------------------------------------- */

void check_func_body(Checker *c, DeclInfo *decl, const char *name, Type *sig, Stmt *body, Const *iota);
void check_labels(Checker *c, Stmt *body);   /* records label objects (gc's parser checks branches) */
void check_open_scope(Checker *c, Pos pos, Pos end, const char *comment);
void check_close_scope(Checker *c);
bool is_terminating(Checker *c, Stmt *s, const char *label);

/* --- assign.c ---------------------------------------------------------- */

void check_assignment(Checker *c, Operand *x, Type *t, const char *context);
void check_match_types(Checker *c, Operand *x, Operand *y);   /* expr.c: untyped operands converted to each other */
void init_const(Checker *c, Object *lhs, Operand *x);
void init_var(Checker *c, Object *lhs, Operand *x, const char *context);
Type *assign_var(Checker *c, Expr *lhs, Operand *x);   /* NULL if it failed */
void init_vars(Checker *c, Object **lhs, int nlhs, ExprList orig_rhs, Stmt *returnstmt);
void assign_vars(Checker *c, ExprList lhs, ExprList rhs);
void short_var_decl(Checker *c, Stmt *s, ExprList lhs, ExprList rhs);

/* --- operand.c: operands, assignability, representability, untyped values - */

Pos operand_pos(const Operand *x);            /* start of x's expression */
const char *operand_string(Checker *c, const Operand *x);   /* types2's form */
/* Why an untyped value cannot take a type (go/types' error codes). */
typedef enum ConvCode {
	CONV_OK, CONV_TRUNCATED, CONV_OVERFLOWS, CONV_INVALID_CONST, CONV_INVALID_UNTYPED
} ConvCode;
bool operand_assignable_to(Checker *c, Operand *x, Type *t, const char **reason);
bool const_representable_as(Const *v, Type *t, Const **rounded);
/* Reports and invalidates x unless its constant value fits t (basic). */
bool check_representable(Checker *c, Operand *x, Type *t);
/* The type untyped x takes where target is expected (x's own type when
 * nothing changes), and in *val its constant value there (NULL if
 * unchanged); NULL with *code set when it cannot. */
Type *implicit_type_and_value(Checker *c, Operand *x, Type *target, Const **val, ConvCode *code);
void convert_untyped(Checker *c, Operand *x, Type *target);
void update_expr_type(Checker *c, Expr *e, Type *t, bool final);
void update_expr_val(Checker *c, Expr *e, Const *val);

/* --- expr.c ------------------------------------------------------------- */

/* What an expression may be in statement context (go/types' exprKind). */
typedef enum ExprClass { CLASS_CONVERSION, CLASS_EXPRESSION, CLASS_STATEMENT } ExprClass;
ExprClass check_raw_expr(Checker *c, Operand *x, Expr *e, Type *hint, bool allowgeneric);
void check_expr(Checker *c, Operand *x, Expr *e);               /* single value */
void check_expr_with_hint(Checker *c, Operand *x, Expr *e, Type *hint);
void check_expr_or_type(Checker *c, Operand *x, Expr *e, bool allowgeneric);
void check_multi_expr(Checker *c, Operand *x, Expr *e);          /* x.type may be a tuple */
void check_generic_expr(Checker *c, Operand *x, Expr *e, bool multi);   /* a generic function may stay uninstantiated */
void check_single_value(Checker *c, Operand *x);
/* Records x's type and value for x->expr, or remembers it while untyped. */
void record_operand(Checker *c, Operand *x);
/* x = lhs op rhs; e is the binary expression, or NULL for x op= y
 * (oppos: the operator, for errors). */
void check_binary(Checker *c, Operand *x, Expr *e, Expr *lhs, Expr *rhs, Token op, Pos oppos);
bool check_comparison_ok(Checker *c, Operand *x, Operand *y, Token op, bool switchcase);
void check_type_assertion(Checker *c, Expr *e, Operand *x, Type *t, bool typeswitch);

/* --- call.c ------------------------------------------------------------- */

/* Values of an expression list, where a single multi-valued call or
 * (with allowcommaok) comma-ok expression stands for several. v points
 * into buf for short lists; release with operand_list_free. */
typedef struct OperandList {
	Operand *v;
	int n;
	bool commaok;              /* a comma-ok pair was produced */
	Operand buf[4];
} OperandList;
void check_expr_list(Checker *c, OperandList *out, ExprList list, bool allowcommaok);
void operand_list_free(OperandList *l);
ExprClass check_call(Checker *c, Operand *x, Expr *call);
void check_func_inst(Checker *c, Operand *x, Expr *ix);         /* f[T] without a call */
/* Checks call arguments against sig; returns the (instantiated) signature. */
Type *check_arguments(Checker *c, Expr *call, Type *sig, TypeList targs, Operand *args, int nargs,
                      ExprList xlist);
void check_selector(Checker *c, Operand *x, Expr *e, Type *def, bool wantType);
void check_use(Checker *c, ExprList args);                      /* check for errors only */
void check_use_expr(Checker *c, Expr *e);                       /* one expression, may be NULL */
void check_use_lhs(Checker *c, ExprList args);                  /* go/types: lhs vars stay unused */
/* "(int, number, string)": types as gc lists them in have/want errors */
const char *check_types_summary(Checker *c, Type **list, int n, bool variadic);

/* --- builtins.c, conversions.c, index.c ----------------------------------- */

bool check_builtin(Checker *c, Operand *x, Expr *call, BuiltinId id);
bool operand_convertible_to(Checker *c, Operand *x, Type *t, const char **cause);
void check_conversion(Checker *c, Operand *x, Type *t);
void check_notinheap_conversion(Checker *c, Expr *call, Expr *arg, Type *src, Type *dst);
bool check_index_expr(Checker *c, Operand *x, Expr *e);   /* true: generic function instantiation */
void check_slice_expr(Checker *c, Operand *x, Expr *e);
/* An index (0 <= index < max when max >= 0): its constant value or -1;
 * *typ (may be NULL) gets its type, or the invalid type. */
int64_t check_index(Checker *c, Expr *index, int64_t max, Type **typ);
bool check_valid_index(Checker *c, Operand *x, const char *what, bool allownegative);
/* Elements of an array or slice literal; returns the literal's length. */
int64_t check_indexed_elts(Checker *c, ExprList elts, Type *elem, int64_t length);

/* --- lookup.c, methodset.c ---------------------------------------------- */

/* The method of interface T missing from V, or NULL when V has them
 * all (for interface V, unless is_static, only methods present in both
 * must agree). *alt (may be NULL) gets a method found with the wrong
 * type, on *V, or under another case. c may be NULL. */
Object *missing_method(Checker *c, Type *v, Type *t, bool is_static, Object **alt);
/* gc's "(missing M method)"-style explanation. */
const char *missing_method_reason(Checker *c, Type *v, Type *t, Object *m, Object *alt);
/* The method that makes x.(T) impossible for interface V, or NULL. */
Object *assertable_to(Checker *c, Type *v, Type *t, Object **alt);
bool is_interface_ptr(Type *t);
const char *interface_ptr_error(Checker *c, Type *t);
Type *deref_struct_ptr(Type *t);
int field_index(Object **fields, int n, Pkg *pkg, const char *name);
bool func_has_ptr_recv(Object *f);                     /* method with a *T receiver */
/* index + [i] (a selection path; one-step paths are shared, read-only) */
int *path_append(const int *index, int n, int i);

/* --- generics ----------------------------------------------------------- */

Object **replace_recv_type(Object **methods, int n, Type *old, Type *new);   /* NULL: none had old */
/* instantiate.c: instances (deduplicated), verification of constraints */
Type *instantiate(Checker *c, Pos pos, Type *orig, TypeList targs, bool validate);
bool check_implements(Checker *c, Type *v, Type *t, bool constraint, const char **cause);
Type *check_instantiated_type(Checker *c, Expr *x, ExprList targs, Type *def);
/* xlist: the explicit type argument expressions (maybe fewer than targs) */
Type *check_instantiate_signature(Checker *c, Pos pos, Type *sig, TypeList targs, ExprList xlist);
/* infer.c, unify.c: function argument type inference. targs may be
 * shorter than tparams; params has one variable per argument. */
TypeList infer_type_args(Checker *c, Pos pos, TypeList tparams, TypeList targs, Type *params,
                         Operand **args, int nargs, bool *ok);
TypeList infer_type_args_with(Checker *c, Pos pos, TypeList tparams, TypeList targs, Type *params,
                              Operand **args, int nargs, bool bidirectional, bool *ok);
bool is_parameterized(TypeList tparams, Type *t);      /* t mentions one of tparams */
int tparam_index(TypeList list, Type *tp);             /* or -1 */
typedef struct Unifier Unifier;
Unifier *unifier_new(TypeList tparams, bool exact);
void unifier_bidirectional(Unifier *u);                /* type parameters on both sides */
bool unify(Unifier *u, Type *x, Type *y);
Type *unifier_at(Unifier *u, int i);
void unifier_set(Unifier *u, int i, Type *t);
int unifier_unknowns(Unifier *u);
TypeList unifier_types(Unifier *u, int *index);        /* *index: first unknown, or -1 */
/* mono.c: instantiation cycles (call mono_check after checking, when
 * there were no errors) */
typedef struct MonoGraph MonoGraph;
void mono_record_canon(Checker *c, Type *mpar, Type *tpar);   /* receiver type parameter -> type's */
void mono_record_instance(Checker *c, Pos pos, TypeList tparams, TypeList targs, ExprList xlist);
void mono_check(Checker *c);
/* genlimits.c: gc's noder refuses type declarations inside generic
 * functions; call after a package checked without errors (after
 * mono_check, which must not have reported either) */
void check_generic_limits(Checker *c);
/* termlist.c: type terms and their unions. A Term with type NULL is
 * every type (term_all); a NULL Term is the empty set. Results are in
 * normal form: disjoint terms, every type as the single term_all. */
typedef struct TermList { Term **v; int n; } TermList;
extern Term term_all;
TermList termlist_all(void);
bool term_disjoint(const Term *x, const Term *y);     /* both have types */
bool term_equal(const Term *x, const Term *y);
bool term_includes(const Term *x, Type *t);
bool term_subset(const Term *x, const Term *y);
bool termlist_is_empty(TermList l);
bool termlist_is_all(TermList l);
TermList termlist_norm(TermList l);
TermList termlist_union(TermList x, TermList y);
TermList termlist_intersect(TermList x, TermList y);
bool termlist_includes(TermList l, Type *t);
bool termlist_subset(TermList x, TermList y);
bool termlist_equal(TermList x, TermList y);
void termlist_write(Buf *b, TermList l, Qualifier q, void *qctx);   /* "int | ~string" */
/* typeset.c */
TypeSet *union_type_set(Checker *c, Pos pos, Type *u);
TermList typeset_terms(const TypeSet *s);
bool typeset_is_all(const TypeSet *s);
bool typeset_is_empty(const TypeSet *s);
bool typeset_is_method_set(const TypeSet *s);          /* described by its methods alone */
bool typeset_has_terms(const TypeSet *s);              /* specific terms: neither all nor none */
bool typeset_is_comparable(TypeSet *s, PtrMap *seen);
bool typeset_terms_equal(TypeSet *a, TypeSet *b);     /* same type terms (as sets) */
Object *typeset_lookup_method(TypeSet *s, Pkg *pkg, const char *name, int *index);
/* calls f for each type in t's type set (t itself when not a type
 * parameter); stops when f returns false; returns false then. For a type
 * parameter without specific terms, f is called once with NULL, NULL. */
bool typeset_each(Type *t, bool (*f)(Type *t, Type *under, void *ctx), void *ctx);
bool typeset_under_is(TypeSet *s, bool (*f)(Type *u, void *ctx), void *ctx);
Type *typeparam_iface(Type *tp);      /* constraint interface (wraps a non-interface bound once) */
Term *core_term(Type *tp, bool *single);
int obj_id_cmp(const Object *a, const Object *b);      /* go/types' order of method Ids */
void sort_methods(Object **list, int n);               /* by Id, as go/types sorts them */
/* union.c */
Type *check_union(Checker *c, Expr *e);
/* named.c */
Type *check_new_named(Checker *c, Object *obj, Type *underlying);
void type_cleanup(Type *t);
Type *named_expand_underlying(Type *t);
Object *named_expand_method(Type *t, int i);
Object *named_lookup_method(Type *t, Pkg *pkg, const char *name, int *index);
/* go/types' Named.Underlying: instances expanded, chains not followed
 * (may be a named type), no cycle reported; validType uses this */
Type *named_resolved_underlying(Type *t);

#endif
