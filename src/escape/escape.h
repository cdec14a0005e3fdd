/* escape.h: the escape layer: escape analysis, and what gc's back end
 * decides and checks after it.
 *
 * Owns: the analysis (escape.c, graph.c, expr.c, stmt.c, call.c,
 * solve.c: locations, flows, solving, leak tags, the -m and -m=2
 * messages), gc's back-end checks that follow it (bounds.c: bounds
 * checks elided; nowb.c: write barriers in the runtime; framesize.c:
 * frames too large; the notinheap checks), and what gc writes for a
 * package that -m=2 explains: method and ABI wrappers (methwrap.c,
 * asmsyms.c) and generated equality and hash functions (algfunc.c).
 * Needs: the IR (ir), types, base; the package's assembly files (load).
 * Gives: esc_package, which tags every function's parameters (importers
 * read the tags) and reports; the back-end checks.
 *
 * Each variable and each allocating expression is a location; each
 * assignment is an edge from its source to its destination location,
 * weighted by derefs: p = &q is -1, p = q is 0, p = *q is 1. A hole is
 * the context an expression is evaluated in: the location its value
 * flows to, with the derefs to apply. Solving finds, for every root
 * location, the minimal derefs from every other location to it; a
 * location whose address reaches a root that outlives it must live in
 * the heap, and a parameter reaching the heap or a result is recorded
 * in the parameter's leak tag, which callers use.
 *
 * Functions are analysed in batches: the strongly connected components
 * of the static call graph, bottom-up, each with its closures. */
#ifndef GOESCAPE_ESCAPE_H
#define GOESCAPE_ESCAPE_H

#include "ir/ir.h"

enum { NUM_ESC_RESULTS = 7 };

/* A parameter's leaks: to the heap and to each of the first results,
 * stored as derefs+1 (0: no leak), saturating at 255. */
typedef struct Leaks {
	uint8_t v[1 + NUM_ESC_RESULTS];
	uint8_t mutator, callee;   /* go1.22 on: pointers it reaches are written, closures called */
} Leaks;

/* How many results a tag can name: 7 in go1.19, 5 from go1.22 (the
 * tag's two new leaks take their room). */
int esc_num_results(void);
int leaks_mutator(const Leaks *l);
int leaks_callee(const Leaks *l);
void leaks_add_mutator(Leaks *l, int derefs);
void leaks_add_callee(Leaks *l, int derefs);

int leaks_heap(const Leaks *l);             /* derefs, or -1 */
int leaks_result(const Leaks *l, int i);
void leaks_add_heap(Leaks *l, int derefs);
void leaks_add_result(Leaks *l, int i, int derefs);
void leaks_optimize(Leaks *l);
bool leaks_empty(const Leaks *l);
Leaks leaks_all_heap(void);                 /* what an unknown function does */

typedef struct Location Location;
typedef struct Note Note;

/* Why a value flows where it does, for -m=2 explanations. */
struct Note {
	Note *next;
	Node *where;
	const char *why;
};

typedef struct Edge {
	Location *src;
	int derefs;              /* >= -1 */
	Note *notes;
} Edge;

struct Location {
	Node *n;                 /* the variable or expression, or NULL (temporary) */
	IrFunc *curfn;
	Edge *edges;             /* incoming */
	int nedges, capedges;
	int loopdepth;
	int resultindex;         /* 1-based for results, 0 otherwise */
	/* walk state */
	int derefs;
	uint32_t walkgen;
	Location *dst;
	int dstedge;
	bool queued;
	uint32_t queuedone;      /* go1.22's walk: the walk it is queued for */
	/* facts */
	bool escapes;
	bool transient;          /* (go1.22: !persists) */
	bool mutates;            /* go1.22 on: what it points to may be written */
	bool calls;              /* go1.22 on: it may be called */
	bool captured;
	bool reassigned;
	bool addrtaken;
	Leaks paramesc;
};

typedef struct Hole {
	Location *dst;
	int derefs;
	Note *notes;
	bool addrtaken;
} Hole;

typedef struct Closure {
	Hole k;
	Node *clo;
} Closure;

typedef enum LabelState { LABEL_NONE, LABEL_LOOPING, LABEL_NONLOOPING } LabelState;

/* State shared by the functions of one batch. */
typedef struct Batch {
	Location **locs;         /* every location, in creation order */
	int nlocs, caplocs;
	Closure *closures;
	int nclosures, capclosures;
	Location heaploc;
	Location blankloc;
	Location mutatorloc;     /* go1.22 on: pseudo-locations for writes through */
	Location calleeloc;      /* pointers and calls of unknown closures */
	Arena *arena;
	int mflag;               /* -m level */
	struct EscContext *ctx;
} Batch;

/* State for one function being walked. */
typedef struct Escape {
	Batch *b;
	IrFunc *curfn;
	PtrMap labels;           /* label name -> LabelState (as pointer-sized int) */
	int loopdepth;
	/* go/defer (go1.21 on): the temporaries lowering reserved for the
	 * wrapper's operands, and how many are taken */
	NodeList *reserved;
	int nreserved;
	Pos reservedpos;         /* the statement's */
	Node *reservedas;        /* the assignment copying them */
} Escape;

/* How the analysis finds other packages' tags and reports. */
typedef struct EscContext {
	int mflag;
	bool runtime;            /* gc's -+: escapes to the heap are errors */
	bool checkptr_heap;      /* gc's -d=checkptr=2 or -asan: conversions of pointers to unsafe.Pointer escape */
	bool escmutcalls;        /* gc's -d=escapemutationscalls: parameters' writes and calls reported */
	/* the leak tag of parameter i (receiver first) of a function in
	 * another package or an already analysed batch */
	Leaks (*param_tag)(struct EscContext *c, IrFunc *fn, Object *f, int i);
	void *user;
	struct MethWrap *mw;     /* -m=2: the method wrappers gc makes (methwrap.c) */
} EscContext;

/* escape.c */
void esc_package(IrPackage *p, EscContext *ctx);
/* The errors gc's back end finds once escape analysis is done: values
 * of //go:notinheap types made by new, make or append and, compiling
 * the runtime (-+), closures that capture variables and live in the
 * heap. */
void esc_walk_checks(IrPackage *p, bool runtime);
/* nowb.c: compiling the runtime, //go:nowritebarrier and
 * //go:nowritebarrierrec functions that write barriers (may) reach */
void esc_nowb_check(IrPackage *p);
/* The positions of the slice literals escape analysis keeps on the
 * stack, sorted (*out is malloc'd; NULL when there are none). */
int esc_stack_slicelits(IrPackage *p, Pos **out);
void esc_batch(EscContext *ctx, IrFunc **fns, int n, bool recursive);
/* literals.c: constant static values put in conversions and makes */
void esc_rewrite_literals(Batch *b);
bool esc_in_mutual_batch(IrFunc *fn);
/* A closure analysed with its enclosing function (gc's IsClosure): from
 * go1.22, only one that captures variables; one that captures nothing is
 * a function of its own. */
bool esc_is_closure(const IrFunc *fn);
void esc_set_smallframes(bool on);
/* bounds.c: gc's "index bounds check elided" */
/* solve.c: a function as -m=2 names it ("for F", "in F") */
const char *esc_func_name(const IrFunc *fn);

void bounds_package(IrPackage *p);
/* The same walk, calling hook on each node once its operands are walked
 * (the method wrappers gc makes while walking). */
void bounds_package_hook(IrPackage *p, void (*hook)(Node *n, void *ctx), void *ctx);
/* framesize.c: functions whose stack frame gc refuses (over 1GB); call
 * after late_checks found nothing. */
void check_frame_sizes(File **files, int nfiles);
/* ... again after escape analysis, for the functions holding slice
 * literals kept on the stack (the '{' of each, sorted) */
void check_frame_sizes_escaped(File **files, int nfiles, const Pos *stacklits, int nstacklits);
/* methwrap.c: with -m=2, the explanations of the method wrappers gc
 * makes: while it walks the functions (methwrap_walk_node, the hook of
 * bounds_package_hook), then with the type descriptors (methwrap_end). */
typedef struct MethWrap MethWrap;
/* asmsyms.c: from the package's assembly, symbol ("path.name") ->
 * ASM_* flags; from its go:linkname directives, local name -> symbol.
 * Reports whether it has assembly. */
enum { ASM_SEEN = 1, ASM_REF_ABI0 = 2, ASM_DEF_ABIINTERNAL = 4, ASM_DEF_ABI0 = 8,
       ASM_CGO_EXPORT = 16 /* go:cgo_export_*: no wrappers */ };
struct Package;
bool asm_scan(struct Package *p, PtrMap *syms, PtrMap *linknames);
MethWrap *methwrap_begin(IrPackage *ir, EscContext *ctx, bool runtime);
void methwrap_dict(MethWrap *mw, IrPackage *ir);     /* dictionaries' itabs, before init */
void methwrap_static(MethWrap *mw, IrPackage *ir);   /* static init's itabs, after init */
void methwrap_abi(MethWrap *mw, IrPackage *ir);      /* wrappers between calling conventions */
void methwrap_set_asm(MethWrap *mw, PtrMap *syms, PtrMap *linknames);
void methwrap_walk_node(Node *n, void *mw);
void methwrap_end(MethWrap *mw);

/* algfunc.c: the equality and hash functions gc makes for descriptors
 * (geneq, genhash), analysed at once. */
typedef struct AlgGen AlgGen;
struct Lower;
AlgGen *alggen_new(EscContext *ctx, struct Lower *L, Pos autopos);
void alggen_eq(AlgGen *g, Type *t);
void alggen_hash(AlgGen *g, Type *t);
void alggen_mark_bucket(AlgGen *g, Type *key, Type *elem);
void alggen_free(AlgGen *g);     /* gc's -smallframes */

/* graph.c */
Hole loc_hole(Location *l);
Hole heap_hole(Escape *e);
Hole mutator_hole(Escape *e);
Hole callee_hole(Escape *e);
Hole discard_hole(Escape *e);
Hole hole_note(Escape *e, Hole k, Node *where, const char *why);
Hole hole_shift(Hole k, int delta);
Hole hole_deref(Escape *e, Hole k, Node *where, const char *why);
Hole hole_addr(Escape *e, Hole k, Node *where, const char *why);
Hole hole_dottype(Escape *e, Hole k, Type *t, Node *where, const char *why);
void esc_flow(Batch *b, Hole k, Location *src);
Location *new_loc(Escape *e, Node *n, bool transient);
Location *old_loc(Node *name);
Hole tee_hole(Escape *e, Hole *ks, int n);
Hole later_hole(Escape *e, Hole k);
Hole spill(Escape *e, Hole k, Node *n);
void loc_leak_to(Location *l, Location *sink, int derefs);

/* solve.c */
void esc_walk_all(Batch *b);
const char *explain_loc(Batch *b, Location *l);
void explain_flow(Batch *b, const char *pos, Location *dst, Location *src, int derefs, Note *notes);

/* expr.c */
void esc_expr(Escape *e, Hole k, Node *n);
void esc_expr_skip_init(Escape *e, Hole k, Node *n);
void esc_discard(Escape *e, Node *n);
void esc_discards(Escape *e, NodeList *l);
void esc_unsafe_value(Escape *e, Hole k, Node *n);
void esc_walk_func(Escape *e, IrFunc *fn);

/* stmt.c */
void esc_stmt(Escape *e, Node *n);
void esc_stmts(Escape *e, NodeList *l);
void esc_block(Escape *e, NodeList *l);
Hole esc_dcl(Escape *e, Node *n);
Hole esc_addr(Escape *e, Node *n);
void esc_assign_heap(Escape *e, Node *src, const char *why, Node *where);
void esc_assign_list(Escape *e, NodeList *dsts, NodeList *srcs, const char *why, Node *where);
void esc_reassigned(Escape *e, Hole *ks, int nks, Node *where);

/* call.c */
void esc_call(Escape *e, Hole *ks, int nks, Node *call);
void esc_go_defer(Escape *e, Node *n);
Hole esc_tag_hole(Escape *e, Hole *ks, int nks, IrFunc *fn, int param, Object *f);
void esc_record_tags(IrFunc *fn);
void esc_fix_variadic_call(Node *call);

#endif
