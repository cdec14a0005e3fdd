/* syntax.h: the syntax layer: tokens, the lexer, the syntax tree and
 * the parser.
 *
 * Owns: Go source text turned into syntax trees, file by file, with
 * gc's syntax errors and the compiler directives (//go:...) attached to
 * what they precede; the canonical text form of a tree (dump.c).
 * Needs: source files, positions, arenas and diagnostics (base).
 * Gives: File and the tree's nodes, which the type checker annotates
 * and lowering reads; parse_file. (The loader reads file headers with
 * its own small scanner, so that it needs nothing from here.)
 *
 * The tree mirrors go/ast node for node, with go/ast's position fields,
 * so that it can be checked against go/parser exactly. Each node also
 * carries `pos`, the position gc's own parser gives the node (the
 * operator of an operation, the '.' of a selector, the '(' of a call,
 * the '{' of a composite literal): that is where diagnostics point.
 *
 * The type checker fills in the slots marked "checker". */
#ifndef GOESCAPE_SYNTAX_H
#define GOESCAPE_SYNTAX_H

#include "base/base.h"

/* --- tokens --------------------------------------------------------------- */

typedef enum Token {
#define TOK(name, text, prec) TOK_##name,
#include "tokens.h"
#undef TOK
	NTOKENS
} Token;

extern const char *const token_text[NTOKENS];   /* "+", "func", "IDENT" */
extern const int token_prec[NTOKENS];           /* binary precedence, 0 if none */
bool token_is_keyword(Token t);
bool token_is_literal(Token t);

/* --- pragmas (//go: directives) ------------------------------------------- */

enum {
#define PRAGMA(name, text) PRAGMA_BIT_##name,
#include "pragmas.h"
#undef PRAGMA
	NPRAGMAS
};
enum {
#define PRAGMA(name, text) PRAGMA_##name = 1u << PRAGMA_BIT_##name,
#include "pragmas.h"
#undef PRAGMA
};
typedef uint32_t PragmaFlags;

/* One //go: (or //line, //export, //extern) comment, as written. */
typedef struct Directive {
	Pos pos;                 /* of the "//" */
	const char *text;        /* after "//", e.g. "go:linkname a b" */
	struct Directive *next;
	bool blank;              /* nothing but white space before it on its line */
} Directive;

/* --- lexer (lex.c) -------------------------------------------------------- */

typedef struct Lexer {
	SrcFile *file;
	const char *start, *cur, *end;   /* cur: just past the current character */
	Token tok;               /* current token */
	Pos pos;                 /* its position */
	const char *lit;         /* IDENT: interned name; literals: raw text (see litlen) */
	int litlen;
	bool autosemi;           /* SEMICOLON was inserted at a newline or EOF */
	bool nlsemi;             /* a newline here would end the statement */
	bool badlit;             /* the literal just scanned had an error */
	Directive *dirs, **dirtail;   /* every directive seen, in order */
	int nerrors;
	/* scanner state */
	int32_t ch;              /* current character (-1 at EOF); starts at cur - chw */
	int chw;
	const char *semilit;     /* SEMICOLON: "semicolon", "newline" or "EOF" (gc's words) */
	Pos astpos;              /* go/scanner's position of the token: differs from pos
	                          * for a SEMICOLON inserted before a comment */
	Directive *pending;      /* first directive not yet taken */
	Arena *arena;            /* directives live here (perm when NULL) */
	void (*errh)(void *ctx, Pos pos, const char *msg);  /* errorf when NULL */
	void *errctx;
	bool stop;               /* deliver EOF from now on */
} Lexer;

void lex_init(Lexer *lx, SrcFile *f);
void lex_reset(void);        /* forget cached names, after intern_reset */
void lex_next(Lexer *lx);
/* Takes the directives gathered since the last call, as a fresh list
 * (copies: the full list stays in lx->dirs). Line directives are not
 * included; they only move positions. */
Directive *lex_take_directives(Lexer *lx);
/* Appends r formatted as Go's %#U ("U+0040 '@'") or %q ('@') to b. */
void lex_fmt_U(Buf *b, int32_t r);
void lex_quote_rune(Buf *b, int32_t r);

/* --- the syntax tree ------------------------------------------------------- */

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Decl Decl;
typedef struct Spec Spec;
typedef struct Field Field;
typedef struct FieldList FieldList;
typedef struct File File;

/* Where `pos` points (gc's choice, as its syntax package makes it):
 *   expressions: a name or literal itself; the operator of a unary or
 *     binary expression (the '*' of *x too); '.' of a selector and of a
 *     type assertion; '(' of a call and of a parenthesized expression;
 *     '[' of an index, slice, instantiation, array or slice type; '{' of
 *     a composite literal; ':' of key: value; the keyword of func
 *     literals, struct, interface, map and chan types ('<-' of <-chan);
 *     '(' (or '[' of type parameters) of a function's signature;
 *     '...' of a variadic parameter or [...] length.
 *   statements: the keyword; the operator of an assignment, ++/-- and
 *     send; the expression's own pos for an expression statement; ':'
 *     of a labeled statement; 'range' for a range loop (forpos keeps
 *     'for'); '{' of a block; the ';' (or '}') of an empty statement.
 *   declarations: a GenDecl's keyword; a spec's first token; a function
 *     declaration's token after "func" (its name, or '(' of a receiver).
 * go/ast's own positions are in the fields named after them. */

/* filled in by the type checker; opaque here */
struct Type;
struct Object;
struct Const;
struct Scope;
struct Selection;
struct Instance;

typedef struct ExprList { Expr **v; int n; } ExprList;
typedef struct StmtList { Stmt **v; int n; } StmtList;

typedef enum ExprKind {
	EXPR_BAD,
	EXPR_IDENT,
	EXPR_ELLIPSIS,
	EXPR_BASICLIT,
	EXPR_FUNCLIT,
	EXPR_COMPOSITE,
	EXPR_PAREN,
	EXPR_SELECTOR,
	EXPR_INDEX,
	EXPR_INDEXLIST,
	EXPR_SLICE,
	EXPR_TYPEASSERT,
	EXPR_CALL,
	EXPR_STAR,
	EXPR_UNARY,
	EXPR_BINARY,
	EXPR_KEYVALUE,
	EXPR_ARRAYTYPE,
	EXPR_STRUCTTYPE,
	EXPR_FUNCTYPE,
	EXPR_INTERFACETYPE,
	EXPR_MAPTYPE,
	EXPR_CHANTYPE,
	NEXPRKINDS
} ExprKind;

/* Channel directions, as go/ast's ChanDir bits. */
enum { CHAN_SEND = 1, CHAN_RECV = 2, CHAN_BOTH = 3 };

/* What an expression denotes, set by the checker (go/types' operand modes). */
typedef enum ExprMode {
	MODE_INVALID,
	MODE_NOVALUE,    /* call of a function without results */
	MODE_BUILTIN,    /* a builtin function name */
	MODE_TYPEXPR,    /* a type */
	MODE_CONSTANT,
	MODE_VARIABLE,   /* addressable */
	MODE_MAPINDEX,
	MODE_VALUE,
	MODE_COMMAOK,    /* value that may be used in a comma-ok assignment */
	MODE_PACKAGE,
} ExprMode;

struct Expr {
	ExprKind kind;
	Pos pos;                   /* gc's position for this node */
	/* checker */
	uint8_t mode;              /* ExprMode */
	struct Type *type;
	struct Const *val;         /* MODE_CONSTANT */
	union {
		/* An identifier either defines an object (def, as go/types' Defs;
		 * isdef may be set with def NULL, e.g. the package clause's name) or
		 * uses one (use, as Uses). An embedded struct field's type name
		 * does both: it defines the field and uses the type. inst is set
		 * for an instantiated generic function or type (Instances). */
		struct { const char *name; struct Object *def, *use; bool isdef; struct Instance *inst; } ident;  /* NamePos = pos */
		struct { Pos ellipsis; Expr *elt; } ellipsis;                        /* elt may be NULL */
		struct { Token kind; const char *value; int len; bool bad; } lit;    /* raw text; ValuePos = pos;
		                                                                        * bad: malformed, already reported */
		struct { Expr *type; Stmt *body; struct Object *fn; bool rangebody; } funclit;   /* type is EXPR_FUNCTYPE;
		                                        * rangebody: a range-over-func loop's body, rewritten */
		struct { Expr *type; Pos lbrace; ExprList elts; Pos rbrace; bool incomplete; } composite;
		struct { Pos lparen; Expr *x; Pos rparen; } paren;
		struct { Expr *x; Expr *sel; struct Selection *selection; } selector;   /* pos: the '.' */
		struct { Expr *x; Pos lbrack; Expr *index; Pos rbrack; } index;
		struct { Expr *x; Pos lbrack; ExprList indices; Pos rbrack; } indexlist;
		struct { Expr *x; Pos lbrack; Expr *low, *high, *max; bool slice3; Pos rbrack; } slice;
		struct { Expr *x; Pos lparen; Expr *type; Pos rparen; } typeassert; /* pos: the '.'; type NULL for .(type) */
		struct { Expr *fun; Pos lparen; ExprList args; Pos ellipsis; Pos rparen; struct Instance *inst; } call;
		struct { Pos star; Expr *x; } star;
		struct { Pos oppos; Token op; Expr *x; } unary;
		struct { Expr *x; Pos oppos; Token op; Expr *y; } binary;
		struct { Expr *key; Pos colon; Expr *value; } keyvalue;
		struct { Pos lbrack; Expr *len; Expr *elt; } arraytype;          /* len NULL: slice; EXPR_ELLIPSIS: [...]T */
		struct { Pos structpos; FieldList *fields; bool incomplete; } structtype;
		struct { Pos func; FieldList *tparams, *params, *results; } functype; /* func NOPOS in method specs */
		struct { Pos interfacepos; FieldList *methods; bool incomplete; } interfacetype;
		struct { Pos mappos; Expr *key; Expr *value; } maptype;
		struct { Pos begin; Pos arrow; int dir; Expr *value; } chantype;
		struct { Pos from, to; } bad;
	} u;
};

struct Field {
	ExprList names;            /* EXPR_IDENTs; empty for anonymous/embedded */
	Expr *type;
	Expr *tag;                 /* EXPR_BASICLIT or NULL */
};

struct FieldList {
	Pos opening;               /* '(' '{' '[' or NOPOS */
	Field **list;
	int n;
	Pos closing;
};

typedef enum StmtKind {
	STMT_BAD,
	STMT_DECL,
	STMT_EMPTY,
	STMT_LABELED,
	STMT_EXPR,
	STMT_SEND,
	STMT_INCDEC,
	STMT_ASSIGN,
	STMT_GO,
	STMT_DEFER,
	STMT_RETURN,
	STMT_BRANCH,
	STMT_BLOCK,
	STMT_IF,
	STMT_CASE,
	STMT_SWITCH,
	STMT_TYPESWITCH,
	STMT_COMM,
	STMT_SELECT,
	STMT_FOR,
	STMT_RANGE,
	NSTMTKINDS
} StmtKind;

struct Stmt {
	StmtKind kind;
	Pos pos;                   /* gc's position for this node */
	struct Scope *scope;       /* checker: blocks, clauses, if/for/switch */
	union {
		struct { Pos from, to; } bad;
		struct { Decl *decl; } decl;
		struct { Pos semicolon; bool implicit; } empty;
		struct { Expr *label; Pos colon; Stmt *stmt; } labeled;
		struct { Expr *x; } expr;
		struct { Expr *chan; Pos arrow; Expr *value; } send;
		struct { Expr *x; Pos tokpos; Token tok; } incdec;
		struct { ExprList lhs; Pos tokpos; Token tok; ExprList rhs; } assign;  /* pos: tokpos */
		struct { Pos gopos; Expr *call; } go;
		struct { Pos defer; Expr *call; Expr *deferat; } defer;   /* deferat: runs at the end of
		                                        * the function deferat names (range-over-func bodies) */
		struct { Pos ret; ExprList results; } ret;
		struct { Pos tokpos; Token tok; Expr *label; struct Stmt *target; } branch;
		struct { Pos lbrace; StmtList list; Pos rbrace; } block;
		struct { Pos ifpos; Stmt *init; Expr *cond; Stmt *body; Stmt *els; } ifs;
		struct { Pos casepos; ExprList list; Pos colon; StmtList body; bool isdefault; struct Object *implicit; } caseclause; /* list empty for default; implicit: the type switch variable of this clause */
		struct { Pos switchpos; Stmt *init; Expr *tag; Stmt *body; } switchs;
		struct { Pos switchpos; Stmt *init; Stmt *assign; Stmt *body; } typeswitch; /* assign: x := y.(type) or y.(type) */
		struct { Pos casepos; Stmt *comm; Pos colon; StmtList body; } comm;       /* comm NULL for default */
		struct { Pos selectpos; Stmt *body; } select;
		struct { Pos forpos; Stmt *init; Expr *cond; Stmt *post; Stmt *body; } fors;
		struct { Pos forpos; Expr *key, *value; Pos tokpos; Token tok; Pos rangepos; Expr *x; Stmt *body;
		         Expr *extra; } range;    /* extra: a third variable, an error the checker reports */
	} u;
};

typedef enum SpecKind { SPEC_IMPORT, SPEC_VALUE, SPEC_TYPE } SpecKind;

struct Spec {
	SpecKind kind;
	Pos pos;
	PragmaFlags pragmas;       /* directives just before this spec */
	Directive *dirs;
	union {
		struct { Expr *name; Expr *path; Pos endpos; struct Object *pkgname; } import;
		struct { ExprList names; Expr *type; ExprList values; int iota; } value;
		struct { Expr *name; FieldList *tparams; Pos assign; Expr *type; } type;
	} u;
};

typedef enum DeclKind { DECL_BAD, DECL_GEN, DECL_FUNC } DeclKind;

struct Decl {
	DeclKind kind;
	Pos pos;
	PragmaFlags pragmas;       /* directives just before the declaration */
	Directive *dirs;
	union {
		struct { Pos from, to; } bad;
		struct { Pos tokpos; Token tok; Pos lparen; Spec **specs; int nspecs; Pos rparen; } gen;
		struct { FieldList *recv; Expr *name; Expr *type; Stmt *body; struct Object *fn; } func; /* type: EXPR_FUNCTYPE */
	} u;
};

struct File {
	SrcFile *src;
	Pos package;               /* the "package" keyword */
	Expr *name;
	Decl **decls;
	int ndecls;
	Spec **imports;            /* every import spec, in order */
	int nimports;
	Directive *dirs;           /* every directive in the file */
	Directive *pkgdirs;        /* those just before the package clause */
	PragmaFlags buildflags;    /* PRAGMA_BUILD when a //go:build line is present */
	struct Scope *scope;       /* checker: file scope */
	struct Package *pkg;       /* loader */
};

/* --- ast.c: positions and helpers ----------------------------------------- */

Pos ast_expr_start(const Expr *e);   /* go/ast Pos() */
Pos ast_expr_end(const Expr *e);     /* go/ast End() */
Pos ast_stmt_start(const Stmt *s);
Pos ast_stmt_end(const Stmt *s);
Pos ast_field_start(const Field *f);
Pos ast_field_end(const Field *f);
Pos ast_fieldlist_start(const FieldList *fl);
Pos ast_fieldlist_end(const FieldList *fl);
Pos ast_spec_start(const Spec *s);
Pos ast_spec_end(const Spec *s);
Pos ast_decl_start(const Decl *d);
Pos ast_decl_end(const Decl *d);
Expr *ast_unparen(Expr *e);
/* Appends e as gc's syntax printer shows it in messages (short form:
 * function bodies and composite literal contents become "…"). */
void ast_expr_string(Buf *b, const Expr *e);
void ast_stmt_string(Buf *b, const Stmt *s);
const char *ast_expr_kind_name(ExprKind k);
const char *ast_stmt_kind_name(StmtKind k);

/* --- parse.c ---------------------------------------------------------------- */

typedef enum ParseMode {
	PARSE_FULL = 0,
	PARSE_HEADER = 1,          /* stop after the import declarations */
	/* Where the file's package belongs, for the directives gc allows
	 * only there (or-ed in): */
	PARSE_STD = 2,             /* the standard library (gc's -std) */
	PARSE_RUNTIME = 4,         /* the runtime and its helpers (gc's -+) */
	PARSE_SYNTAX = 8,          /* files outside any package: syntax only, no such checks */
} ParseMode;

/* Parses one file. Syntax errors go to errorf(); the result is always a
 * File (possibly with bad nodes). a owns every node. */
File *parse_file(SrcFile *f, Arena *a, ParseMode mode);
/* The flag gc records for directive d ("go:nosplit" gives NOSPLIT and
 * the NOCHECKPTR it implies; 0 for what gc keeps elsewhere, such as
 * go:linkname and go:embed, or does not know). gc reports a directive
 * whose flag a declaration does not allow as "misplaced compiler
 * directive" (at d->pos + 2), after type checking. */
PragmaFlags parse_gc_pragma_flag(const Directive *d);
/* The number of patterns of d, a well-formed //go:embed directive on a
 * line of its own; 0 for anything else. */
int parse_embed_patterns(const Directive *d);

/* --- parser internals, shared by parse*.c ------------------------------------
 *
 * The parser follows gc's parser (cmd/compile/internal/syntax) in every
 * decision and error message, and builds go/ast's tree shape. */

typedef struct Parser {
	Lexer lx;
	Arena *a;
	ParseMode mode;
	int xnest;               /* expression nesting; < 0 in a control clause header,
	                          * where '{' cannot start a composite literal */
	int fnest;               /* function nesting (error recovery) */
	int depth;               /* nesting of the descent and of the tree built */
	uintptr_t stacklimit;    /* the parser's stack must stay above this */
	int errcnt;              /* errors reported for this file */
	int synline;             /* raw line of the last syntax error (one per line) */
	int othline;             /* line and text of the last other error */
	char *othmsg;
	Directive *pragma;       /* directives for the next declaration */
	PragmaFlags pragflags;
	Expr *lastguard;         /* x := y.(type) just parsed as a switch header */
	void **sv;               /* scratch stack for building lists */
	int sn, scap;
} Parser;

/* Token sets over gc's token classes (parse.c). */
typedef uint64_t TokSet;
TokSet tokset(Token t);
#define TS(t) tokset(TOK_##t)

/* parse.c */
static inline void p_next(Parser *p) { lex_next(&p->lx); }
static inline bool p_got(Parser *p, Token t)
{
	if (p->lx.tok != t)
		return false;
	lex_next(&p->lx);
	return true;
}
void p_want(Parser *p, Token t);
bool p_got_assign(Parser *p);
void p_error_at(Parser *p, Pos pos, const char *fmt, ...) PRINTF(3, 4);
void p_syntax_error_at(Parser *p, Pos pos, const char *fmt, ...) PRINTF(3, 4);
void p_syntax_error(Parser *p, const char *fmt, ...) PRINTF(2, 3);
void p_advance(Parser *p, TokSet follow);
const char *p_tokstring(Token t);
bool p_enter(Parser *p);          /* false: too deep (reported; the parse winds down) */
void p_leave(Parser *p);
int p_mark(Parser *p);
void p_push(Parser *p, void *x);
void **p_popto(Parser *p, int mark, int *n);
Pos p_list(Parser *p, const char *context, Token sep, Token close, bool (*f)(Parser *, void *), void *ctx);
void *p_alloc(Parser *p, size_t n);   /* zeroed, from the file's arena */
#define PNEW(p, T) ((T *)p_alloc((p), sizeof(T)))
#define PNEWARRAY(p, T, n) ((T *)p_alloc((p), sizeof(T) * (size_t)(n)))
Expr *p_newexpr(Parser *p, ExprKind k, Pos pos);
Stmt *p_newstmt(Parser *p, StmtKind k, Pos pos);
Expr *p_badexpr(Parser *p, Pos from);
void p_clear_pragma(Parser *p);
Decl *p_gendecl(Parser *p, Token keyword, Pos tokpos);

/* parse_expr.c */
Expr *p_expr(Parser *p);
Expr *p_binary_expr(Parser *p, Expr *x, int prec);
Expr *p_unary_expr(Parser *p);
Expr *p_pexpr(Parser *p, Expr *x, bool keep_parens);
Expr *p_name(Parser *p);
Expr *p_oliteral(Parser *p);
ExprList p_expr_list(Parser *p);
ExprList p_type_list(Parser *p, bool *comma);
Expr *p_index_expr(Parser *p, Expr *x, Pos lbrack, ExprList list, Pos rbrack);
Expr *p_complit(Parser *p, Expr *type);
bool p_is_value(const Expr *x);

/* parse_type.c */
Expr *p_type(Parser *p);
Expr *p_type_or_nil(Parser *p);
Expr *p_qualified_name(Parser *p, Expr *name);
Expr *p_array_type(Parser *p, Pos lbrack, Expr *len);
Expr *p_func_type(Parser *p, Pos funcpos, const char *context);
FieldList *p_param_list(Parser *p, Pos open, Expr *name, Expr *typ, Token close, bool require_names);
Expr *p_struct_type(Parser *p);
Expr *p_interface_type(Parser *p);

/* parse_branches.c */
void p_check_branches(Parser *p, Stmt *body);

/* parse_stmt.c */
Stmt *p_block_stmt(Parser *p, const char *context);
Stmt *p_func_body(Parser *p);
Stmt *p_stmt_or_nil(Parser *p);

/* --- syntax/dump.c: the canonical dump compared against go/parser -------------- */

struct Buf;
void ast_dump_file(Buf *out, const File *f);

#endif
