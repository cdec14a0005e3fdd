/* ir.h: the ir layer: the intermediate representation escape analysis
 * works on, and lowering into it.
 *
 * Owns: the IR (nodes, names, functions, packages), its printing as gc
 * prints nodes in -m messages (fmt.c), lowering of checked syntax into
 * it in gc's order (lower*.c), generic code as gc 1.19 stencils it
 * (lower_inst.c), and the removal of code dead by constant conditions
 * (deadcode.c).
 * Needs: checked syntax trees and the type model (types), base.
 * Gives: lower_package and the IR to the passes above it: inlining,
 * devirtualization, escape analysis and gc's back-end checks.
 *
 * Lowering (lower*.c) turns each type-checked function into this IR,
 * shaped as gc's IR is after type checking: implicit conversions are
 * explicit nodes, method calls take their receiver as an argument,
 * variadic arguments are gathered into a slice literal, closures carry
 * their captured variables, and so on. The shape matters because gc's
 * diagnostics print these nodes, at their positions, in the order the
 * analysis meets them.
 *
 * A Node is one operation; which fields it uses depends on its op (see
 * the table below). Names (variables, functions) are Nodes with op
 * ONAME and an IrName; functions are IrFuncs. Everything lives in the
 * arena of the package being analysed. */
#ifndef GOESCAPE_IR_H
#define GOESCAPE_IR_H

#include "types/types.h"

typedef enum Op {
#define OP(name, text, prec) O##name,
#include "ops.h"
#undef OP
	NOPS
} Op;

extern const char *const op_text[NOPS];
extern const int op_prec[NOPS];
extern const char *const op_name[NOPS];   /* "ADDR", for debugging dumps */

typedef struct Node Node;
typedef struct IrName IrName;
typedef struct IrFunc IrFunc;

/* A list that can grow while it is built; storage is in the arena. */
typedef struct NodeList {
	Node **v;
	int n, cap;
} NodeList;

/* Storage classes of names, as gc's. */
typedef enum NameClass {
	PXXX,
	PEXTERN,         /* package-level variable */
	PAUTO,           /* local variable */
	PAUTOHEAP,       /* closure variable (a captured outer variable) */
	PPARAM,          /* parameter, receiver */
	PPARAMOUT,       /* result */
	PFUNC,           /* function or method */
} NameClass;

/* Node flags. */
enum {
	NF_IMPLICIT = 1 << 0,    /* inserted by the compiler: printed as its operand */
	NF_ISDDD = 1 << 1,       /* call with f(xs...) */
	NF_DEF = 1 << 2,         /* assignment that declares (:=) */
	NF_INCDEC = 1 << 3,      /* x++ / x-- as an ASOP */
	NF_BOUNDED = 1 << 4,     /* index known in range */
	NF_TRANSIENT = 1 << 5,   /* escape: storage may be reused after the statement */
	NF_GOWRAP = 1 << 6,      /* closure wrapping a go statement's call */
	NF_NOESCAPE_CONV = 1 << 7,
	NF_DISTINCTVARS = 1 << 9, /* OFOR, ORANGE (go1.22 on): each iteration has its own variables */
	NF_DEFERAT = 1 << 8,     /* defer of a range-over-func body: y names the enclosing function's defers */
	NF_ARGINIT = 1 << 10,    /* OAS2FUNC of f(g())'s results in the call's init, which unified IR
	                          * evaluates with the first argument, after the callee */
};

/* Escape results on a node, as gc's Esc(). */
enum { ESC_UNKNOWN, ESC_HEAP, ESC_NONE, ESC_NEVER };

/* Field use by op (X = x, Y = y, Z = z):
 *   ONAME        name                   OLITERAL  val, orig (what was folded)
 *   OTYPE        type                   ONIL
 *   unary ops    x                      binary ops x, y
 *   OADDSTR      list                   OANDAND/OOROR x, y
 *   ODOT...      x, sel (field/method Object), name
 *   OMETHVALUE   x, sel                 OMETHEXPR  x (OTYPE), sel
 *   ODOTTYPE(2)  x (type = asserted)    OINDEX/OINDEXMAP x, y
 *   OSLICE...    x, y (low), z (high), w (max)
 *   conversions  x                      OEFACE x, y
 *   OCALLFUNC... x (callee), list (args); NF_ISDDD
 *   OAPPEND, ODELETE, OPRINT, OPRINTN, ORECOVER, OMAKE: list
 *   OCOPY, OCOMPLEX, OUNSAFEADD, OUNSAFESLICE, OUNSAFESTRING: x, y
 *   OMIN, OMAX: list; OCLEAR, OUNSAFESTRINGDATA, OUNSAFESLICEDATA: x
 *   OLEN, OCAP, OREAL, OIMAG, OCLOSE, ONEW, OPANIC: x
 *   OMAKESLICE   y (len), z (cap)       OMAKEMAP, OMAKECHAN y (len/size)
 *   OPTRLIT      x (the literal)        O*LIT list (OKEY/OSTRUCTKEY or values)
 *   OKEY         x (key), y (value)     OSTRUCTKEY sel (field), y (value)
 *   OCLOSURE     func
 *   OINLCALL     body, rlist (result vars)
 * Statements:
 *   OBLOCK       list                   ODCL x (the name)
 *   OAS          x, y (y NULL: zero)    OASOP x, y, asop
 *   OAS2*        list (lhs), rlist (rhs)
 *   OIF          x (cond), body, els    OFOR x (cond), y (post stmt), body
 *   ORANGE       x (ranged), y (key), z (value), body, def via NF_DEF
 *   OSWITCH      x (tag or NULL), list (OCASEs)
 *   OTYPESW      x (guard expr), sel? no: name (the symbolic variable name), list (OCASEs)
 *   OCASE        list (values), body, x (the clause's type switch variable)
 *   OSELECT      list (OCASEs whose x is the comm stmt)
 *   OSEND        x (chan), y (value)    ORETURN rlist (results)
 *   OGO, ODEFER  x (the call)           OLABEL/OGOTO/OBREAK/OCONTINUE label
 */
struct Node {
	Op op;
	uint16_t flags;
	uint8_t esc;             /* ESC_* */
	Pos pos;
	Type *type;
	Node *orig;              /* printed instead of this node (gc's Orig) */
	NodeList init;           /* statements run before this node */
	Node *x, *y, *z, *w;
	NodeList list, rlist, body, els;
	Const *val;              /* OLITERAL */
	Object *sel;             /* selected field or method; OCASE's implicit object */
	const char *name;        /* selector name, label name */
	Op asop;                 /* OASOP */
	IrName *nm;              /* ONAME */
	IrFunc *func;            /* OCLOSURE; ONAME of class PFUNC */
	void *opt;               /* escape analysis: the node's location */
	Node *rawtext;           /* unused */
	const char *raw;         /* printed verbatim when set (gc's RawOrigExpr) */
};

struct IrName {
	const char *sym;         /* as printed: "x", "~r0", ".autotmp_3", "_" */
	NameClass class;
	Object *obj;             /* the checker's object, if any */
	IrFunc *curfn;           /* declaring function (locals, params) */
	Node *defn;              /* defining statement; closure var: the canonical outer name */
	Node *outer;             /* closure var: the captured name one level out */
	Node *innermost;         /* lowering: the innermost capture of this name so far */
	int vargen;
	bool closurevar;         /* a captured variable inside a closure */
	bool byval;              /* captured by value (set by escape analysis) */
	bool addrtaken;
	bool autotmp;            /* compiler temporary */
	bool used;
	bool isddd;              /* variadic parameter */
	bool dictparam;          /* the dictionary parameter of a shaped instance */
	struct Pkg *pkg;         /* the package of a name without obj (.dict), for printing */
};

/* Function flags. */
enum {
	FN_WRAPPER = 1 << 0,       /* compiler-made wrapper: no diagnostics for its params */
	FN_DUPOK = 1 << 1,
	FN_HIDDENCLOSURE = 1 << 2, /* a closure: analysed with its enclosing function */
	FN_CLOSURECALLED = 1 << 3, /* a closure called where it is defined */
	FN_NOBODY = 1 << 4,        /* declared without body (assembly) */
	FN_GENERIC = 1 << 5,       /* a generic function: not analysed itself */
	FN_RESULTSLOST = 1 << 6,   /* escape (go1.22 on): a closure called where its results are not tracked */
	FN_INSTANCE = 1 << 7,      /* a shaped instance of a generic function or method */
	FN_MAPINIT = 1 << 8,       /* map.init.N: a package-level map literal's initialisation, outlined */
};

struct IrFunc {
	Node *nname;             /* ONAME, class PFUNC; nname->nm->sym is the printed name */
	Pos pos;                 /* gc's position of the function: its name, or "func" of a literal */
	Pos endpos;
	Pos dddpos;              /* the "..." of an unnamed variadic parameter */
	Object *obj;             /* the checker's Func, if any */
	Object *generic;         /* an instance: the generic function or method it instantiates */
	Type *type;              /* signature */
	Node *recv;              /* receiver name (also first in dcl), or NULL */
	NodeList params;         /* parameter names (ONAME), receiver excluded */
	NodeList results;        /* result names */
	NodeList dcl;            /* every local name in declaration order: receiver, params, results, locals */
	NodeList closurevars;    /* captured variables (ONAME, closurevar) */
	NodeList deadclosures;   /* OCLOSUREs deadlocals removed from the body (outermost function) */
	NodeList body;
	Node *oclosure;          /* OCLOSURE, for function literals */
	IrFunc *outer;           /* enclosing function of a closure */
	IrFunc *rangeparent;     /* a range-over-func body: the first enclosing function that is not one */
	int rangegen;            /* numbering of range-over-func bodies inside */
	IrFunc *wrapped;         /* go/defer wrapper: the function it calls */
	IrFunc *creator;         /* an instance: the function whose body first needed it (NULL: a declaration) */
	PragmaFlags pragma;
	uint32_t flags;          /* FN_* */
	int closgen;             /* numbering of closures inside */
	int esc;                 /* escape analysis progress */
	int sccid;               /* bottom-up visit */
	int tmpgen;              /* numbering of .autotmp_N */
	struct Leaks *tags;      /* escape: leak tag per parameter (receiver first), once analysed */
	int ntags;
};

/* A package lowered to IR: its functions in gc's declaration order. */
typedef struct IrPackage {
	Pkg *pkg;
	IrFunc **funcs;          /* top-level functions, methods, then init and wrappers */
	int nfuncs, capfuncs;
	IrFunc *initfn;          /* the generated init function, if any */
	Type **staticitabs;      /* static initialisation's itabs: (concrete type, interface) pairs */
	int nstaticitabs, capstaticitabs;
	Type **dictitabs;        /* the itabs of the dictionaries made, in gc's order: pairs */
	int ndictitabs, capdictitabs;
	/* methods of the generic types' instances the package meets, in
	 * gc's order: the shaped function and the dictionary calls use */
	struct InstMethod { Type *t; Object *gm; IrFunc *fn; Node *dict; Node *callee; } *instmethods;
	int ninstmethods;
	Type **insttypes;        /* the instances themselves, interfaces included */
	int ninsttypes;
	Arena *arena;
} IrPackage;

/* --- ir.c: construction ------------------------------------------------------ */

void ir_set_arena(Arena *a);
Arena *ir_arena(void);
Node *ir_node(Op op, Pos pos, Type *t);
Node *ir_node1(Op op, Pos pos, Type *t, Node *x);
Node *ir_node2(Op op, Pos pos, Type *t, Node *x, Node *y);
Node *ir_name(Pos pos, const char *sym, NameClass class, Type *t, IrFunc *curfn);
Node *ir_temp(IrFunc *fn, Pos pos, Type *t);   /* .autotmp_N, added to fn's dcl */
Node *ir_literal(Pos pos, Type *t, Const *val);
IrFunc *ir_func(Pos pos, Type *sig);
void nl_push(NodeList *l, Node *n);
void nl_insert(NodeList *l, int i, Node *n);
Node *ir_canonical(Node *name);                 /* closure var -> outermost variable */
Node *ir_closure_var(Pos pos, IrFunc *fn, Node *outer);   /* fn's capture of outer */
void ir_name_closure(IrFunc *clo, IrFunc *outer, bool rangebody);   /* "F.func1", "glob..func2", "F-range1" */
bool ir_has_unique_pos(Node *n);
bool ir_is_blank(const Node *n);
const char *ir_func_name(const IrFunc *fn);
void ir_visit(Node *n, void (*f)(Node *n, void *ctx), void *ctx);    /* preorder, not into closures' bodies */
Node *ir_outer_value(Node *n);                   /* x of x.f, x[i] of an array, (x): what is assigned */
Node *ir_static_value(Node *n);                 /* follows single-assigned locals, as gc's StaticValue */
bool ir_func_assignments(Node *name, NodeList *out);   /* a func local's plain assignments, if it has only those */
IrFunc *ir_method_expr_func(Node *n);           /* function of a method expression / selection, if known */
void ir_register_func(Object *obj, IrFunc *fn);  /* obj's body is fn (same package) */
IrFunc *ir_func_of(Object *obj);
void ir_reset_package_closgen(void);
void ir_forget_funcs(void);                    /* after a package is analysed */

/* --- ir/fmt.c: printing as gc prints ------------------------------------------- */

void ir_fmt_node(Buf *b, Node *n);              /* gc's %v of a node */
const char *ir_node_string(Node *n);
const char *gc_type_string(Type *t);          /* gc_fmt_type, into the IR arena */

/* --- lower*.c: type-checked syntax lowered to IR ------------------------------ */

/* Lowering walks each function as gc's front end does after type
 * checking, and in the same order, because that order is visible: it
 * numbers closures and temporaries, orders each function's declared
 * names (and so the "moved to heap" lines), and decides the positions
 * of implicit nodes. gc gives an implicit node (an interface
 * conversion, a temporary) its "current position": the position of the
 * last expression it visited, or of the last node with a position of
 * its own; `curpos` reproduces that. */
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
	/* unified IR (go1.20 on) puts an implicit conversion at the syntax
	 * position of the expression converted: a node's own, a name's last
	 * use, or (convpos, for the next conversion) a call argument's */
	PtrMap usepos;           /* Node -> syntax Pos of its last use (unified IR), as a pointer-sized int */
	Pos convpos;
	ExprList *callargs;      /* the arguments of the call being converted, or NULL */
	bool incomm;             /* lowering a select case's communication */
	int mapinitgen;          /* numbering of map.init.N */
} Lower;

/* lower.c */
IrPackage *lower_package(Pkg *pkg, File **files, int nfiles, Arena *a);
Node *lower_obj(Lower *L, Object *o, Pos pos);         /* the name for o, made on first use */
Node *lower_use(Lower *L, Expr *ident);                  /* a use, captured into closures */
Node *lower_def(Lower *L, Expr *ident);                  /* a definition */
void lower_precapture(Lower *L, Expr *e);               /* unified IR: e's captures, at their first use */
IrFunc *lower_func_lit(Lower *L, Expr *e);
void lower_set_pos(Lower *L, Node *n);                   /* gc's ir.SetPos */

void lower_func_body(Lower *L, IrFunc *fn, Expr *ftype, Stmt *body);
void lower_add_func(Lower *L, IrFunc *fn);               /* appended to the package's functions */

/* lower_inst.c: generic code as gc 1.19 compiles it (GC-shape
 * stenciling). gc does not analyse a generic function itself. It
 * compiles one instance per tuple of "shapes" of the type arguments
 * (types/shape.c), each taking a dictionary (its type arguments'
 * runtime data, sub-dictionaries, itabs, method closures) as a hidden
 * first parameter, and those instances are what escape analysis sees:
 * their diagnostics sit at the generic source's positions, print shape
 * types ("go.shape.int_0"), and their parameter tags serve their
 * callers. lower_inst.c makes the instances, lowered from the generic
 * source with type parameters replaced by shapes, rewrites every use of
 * a generic function or method, and lowers the dictionary operations
 * (method calls on type parameters, conversions to interfaces, type
 * assertions and switches). Inside an instance, every type taken from
 * the checked syntax goes through lower_type, which replaces type
 * parameters by their shapes. */
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
void lower_attach_multi_init(Lower *L, Node *n, NodeList *vals, int first);

/* lower_init.c */
void lower_pkg_var_spec(Lower *L, Spec *sp, PtrMap *defs);
/* A package of the FIPS 140 module (go1.24 on), whose data may hold no
 * relocations: static initialisation takes no addresses. */
bool lower_fips_package(Pkg *pkg);
IrFunc *lower_pkg_init(Lower *L, PtrMap *defs);

/* deadcode.c: code dead by constant conditions, removed as gc does */
void deadcode_package(IrPackage *p);
/* loopvar.c: loop variables a closure or an address may keep, made
 * per-iteration (go1.22 on) */
void loopvar_package(IrPackage *p);
/* deadlocals.c: assignments to locals nothing uses become "_ = 0" */
void deadlocals_package(IrPackage *p);

/* lower_stmt.c */
void lower_block(Lower *L, StmtList *list, NodeList *out);
void lower_stmt(Lower *L, Stmt *s, NodeList *out);
void lower_local_decl(Lower *L, Decl *d, NodeList *out);

#endif
