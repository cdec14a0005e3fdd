/* lower.h: lowering type-checked syntax to IR (lower*.c).
 *
 * Lowering walks each function as gc's front end does after type
 * checking, and in the same order, because that order is visible: it
 * numbers closures and temporaries, orders each function's declared
 * names (and so the "moved to heap" lines), and decides the positions
 * of implicit nodes. gc gives an implicit node (an interface
 * conversion, a temporary) its "current position": the position of the
 * last expression it visited, or of the last node with a position of
 * its own; `curpos` reproduces that. */
#ifndef GOESCAPE_LOWER_H
#define GOESCAPE_LOWER_H

#include "check.h"
#include "ir.h"

typedef struct Lower {
	Pkg *pkg;
	IrPackage *ir;
	IrFunc *curfn;           /* function being lowered, NULL at package level */
	IrFunc *initfn;          /* the package's generated init function */
	Pos curpos;              /* gc's current position (base.Pos) */
	PtrMap names;            /* Object -> ONAME Node (locals, params, globals, funcs) */
	PtrMap funcs;            /* Object (func) -> IrFunc, this package's functions */
	Node *blank;             /* the blank name "_" */
	NodeList *out;           /* statement list being built */
	struct InstCtx *inst;    /* lower_inst.c: the shaped instance being lowered, or NULL */
	struct Stencil *stencil; /* lower_inst.c: the package's instances */
	NodeList pkgassigns;     /* package-level var assignments, in declaration order */
} Lower;

/* lower.c */
IrPackage *lower_package(Pkg *pkg, File **files, int nfiles, Arena *a);
Node *lower_obj(Lower *L, Object *o, Pos pos);         /* the name for o, made on first use */
Node *lower_use(Lower *L, Expr *ident);                  /* a use, captured into closures */
Node *lower_def(Lower *L, Expr *ident);                  /* a definition */
IrFunc *lower_func_lit(Lower *L, Expr *e);
void lower_set_pos(Lower *L, Node *n);                   /* gc's ir.SetPos */

void lower_func_body(Lower *L, IrFunc *fn, Expr *ftype, Stmt *body);
void lower_add_func(Lower *L, IrFunc *fn);               /* appended to the package's functions */

/* lower_inst.c: generic code, compiled as gc 1.19 does (inst.h). Inside
 * an instance, every type taken from the checked syntax goes through
 * lower_type, which replaces type parameters by their shapes. */
Type *lower_type(Lower *L, Type *t);
Node *inst_func_ref(Lower *L, Expr *ident, Node *name);   /* F[targs]: an OFUNCINST, or name */
Node *inst_bound_call(Lower *L, Expr *call);             /* x.M(args) with x of type parameter type, or NULL */
Node *inst_bound_method_value(Lower *L, Expr *sel, Node *x);   /* x.M uncalled, same x, or NULL */
Node *inst_builtin_const(Lower *L, Expr *call);           /* unsafe.Sizeof & co. of shaped operands, or NULL */
void inst_closure_begin(Lower *L, IrFunc *fn);
void inst_closure_end(Lower *L, IrFunc *fn);
void inst_switch_tag(Lower *L, Node *sw);                  /* switch on a shaped value: compared as interfaces */
void inst_commaok_conv(Lower *L, Node *stmt, NodeList *lhs, NodeList *rhs);   /* v, ok = shaped into an interface */
void inst_note_var_spec(Lower *L, Spec *sp, PtrMap *defs);
void inst_package_begin(Lower *L, File **files, int nfiles);
void inst_package_stencil(Lower *L);                       /* instances of everything used, before init */
void inst_package_end(Lower *L);                           /* the package is lowered: drop the tables */
bool lower_inst_imported(Lower *L);                        /* lowering another package's generic body */

/* lower_expr.c */
Node *lower_expr(Lower *L, Expr *e);
void lower_exprs(Lower *L, ExprList *l, NodeList *out);
Node *lower_assign_conv(Lower *L, Node *n, Type *t);    /* implicit conversion to t */
Node *lower_type_node(Lower *L, Type *t, Pos pos);
Node *lower_implicit(Node *n);
Node *lower_addr(Lower *L, Pos pos, Node *x);
Node *lower_deref(Lower *L, Pos pos, Type *t, Node *x);
Node *lower_dot_field(Lower *L, Pos pos, Node *x, Object *field);
Node *lower_complit(Lower *L, Type *t, Expr *e);

/* lower_call.c */
Node *lower_call(Lower *L, Expr *e);
Node *lower_conv_op(Lower *L, Pos pos, Node *x, Type *t);   /* explicit conversion T(x) */
void lower_fix_args(Lower *L, Node *call, Type *sig);      /* assignment conversions, variadic */
void lower_multi_value(Lower *L, Node *n, Node *call, NodeList *args);

/* lower_init.c */
void lower_pkg_var_spec(Lower *L, Spec *sp, PtrMap *defs);
IrFunc *lower_pkg_init(Lower *L, PtrMap *defs);

/* escpkgs.c: check, lower and analyse every package of a program;
 * the packages it names report with -m. */
struct Program;
int escape_program(struct Program *prog, const CheckOptions *co, int mflag);

/* deadcode.c: code dead by constant conditions, removed as gc does */
void deadcode_package(IrPackage *p);

/* bounds.c: gc's "index bounds check elided" */
void bounds_package(IrPackage *p);
/* The same walk, calling hook on each node once its operands are walked
 * (the method wrappers gc makes while walking). */
void bounds_package_hook(IrPackage *p, void (*hook)(Node *n, void *ctx), void *ctx);

/* devirt.c */
void devirtualize_package(IrPackage *p, int mflag);

/* lower_stmt.c */
void lower_block(Lower *L, StmtList *list, NodeList *out);
void lower_stmt(Lower *L, Stmt *s, NodeList *out);
void lower_local_decl(Lower *L, Decl *d, NodeList *out);

#endif
