/* parse.c: the parser's machinery (tokens, errors, recovery, lists),
 * source files, declarations and compiler directives.
 *
 * The parser makes gc's decisions (cmd/compile/internal/syntax) and
 * reports gc's syntax errors at gc's positions, but builds the tree
 * go/parser builds, with go/ast's positions beside gc's. Expressions
 * are in parse_expr.c, types and parameter lists in parse_type.c,
 * statements in parse_stmt.c.
 *
 * Leaves: a File whose nodes live in the arena given to parse_file;
 * errors reported through errorf. Nesting is bounded (MAXDEPTH and the
 * stack actually left): past it, one error and the parse winds down. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "syntax.h"

enum { MAXDEPTH = 100000 };

/* --- tokens ----------------------------------------------------------------- */

/* gc's token classes: gc lumps operators together, and its follow sets
 * and messages are written in these terms. */
enum {
	G_EOF, G_NAME, G_LITERAL, G_OPERATOR, G_ASSIGNOP, G_INCOP, G_ASSIGN, G_DEFINE,
	G_ARROW, G_STAR, G_LPAREN, G_LBRACK, G_LBRACE, G_RPAREN, G_RBRACK, G_RBRACE,
	G_COMMA, G_SEMI, G_COLON, G_DOT, G_DOTDOTDOT, G_KEYWORD0, G_OTHER = 63
};

static int gc_class(Token t)
{
	switch (t) {
	case TOK_EOF: return G_EOF;
	case TOK_IDENT: return G_NAME;
	case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING: return G_LITERAL;
	case TOK_MUL: return G_STAR;
	case TOK_ADD_ASSIGN: case TOK_SUB_ASSIGN: case TOK_MUL_ASSIGN: case TOK_QUO_ASSIGN:
	case TOK_REM_ASSIGN: case TOK_AND_ASSIGN: case TOK_OR_ASSIGN: case TOK_XOR_ASSIGN:
	case TOK_SHL_ASSIGN: case TOK_SHR_ASSIGN: case TOK_AND_NOT_ASSIGN: return G_ASSIGNOP;
	case TOK_INC: case TOK_DEC: return G_INCOP;
	case TOK_ASSIGN: return G_ASSIGN;
	case TOK_DEFINE: return G_DEFINE;
	case TOK_ARROW: return G_ARROW;
	case TOK_LPAREN: return G_LPAREN;
	case TOK_LBRACK: return G_LBRACK;
	case TOK_LBRACE: return G_LBRACE;
	case TOK_RPAREN: return G_RPAREN;
	case TOK_RBRACK: return G_RBRACK;
	case TOK_RBRACE: return G_RBRACE;
	case TOK_COMMA: return G_COMMA;
	case TOK_SEMICOLON: return G_SEMI;
	case TOK_COLON: return G_COLON;
	case TOK_PERIOD: return G_DOT;
	case TOK_ELLIPSIS: return G_DOTDOTDOT;
	case TOK_ILLEGAL: case TOK_COMMENT: return G_OTHER;
	default:
		if (token_is_keyword(t))
			return G_KEYWORD0 + (t - TOK_BREAK);
		return G_OPERATOR;
	}
}

TokSet tokset(Token t)
{
	return (TokSet)1 << gc_class(t);
}

/* The keywords that start statements: where recovery stops inside a
 * function body. */
static TokSet stopset(void)
{
	return TS(BREAK) | TS(CONST) | TS(CONTINUE) | TS(DEFER) | TS(FALLTHROUGH) | TS(FOR) |
	       TS(GO) | TS(GOTO) | TS(IF) | TS(RETURN) | TS(SELECT) | TS(SWITCH) | TS(TYPE) | TS(VAR);
}

/* p_tokstring names a token in "expecting X" messages. */
const char *p_tokstring(Token t)
{
	if (t == TOK_COMMA)
		return "comma";
	if (t == TOK_SEMICOLON)
		return "semicolon or newline";
	if (t == TOK_IDENT)
		return "name";
	if (token_is_literal(t))
		return "literal";
	return token_text[t];
}

void p_want(Parser *p, Token t)
{
	if (!p_got(p, t)) {
		p_syntax_error(p, "expecting %s", p_tokstring(t));
		p_advance(p, 0);
	}
}

/* p_got_assign takes '=', and ':=' with a complaint. */
bool p_got_assign(Parser *p)
{
	switch (p->lx.tok) {
	case TOK_DEFINE:
		p_syntax_error(p, "expecting =");
		/* fall through */
	case TOK_ASSIGN:
		p_next(p);
		return true;
	default:
		return false;
	}
}

/* --- errors ------------------------------------------------------------------ */

static int raw_line(Pos pos)
{
	return pos_resolve_raw(pos).line;
}

/* report applies gc's filter (one syntax error per line; one of equal
 * other errors per line) and passes the error on. */
static void report(Parser *p, Pos pos, const char *msg)
{
	int line = raw_line(pos);
	p->errcnt++;
	if (strncmp(msg, "syntax error", 12) == 0) {
		if (line == p->synline)
			return;
		p->synline = line;
	} else {
		if (line == p->othline && p->othmsg && strcmp(p->othmsg, msg) == 0)
			return;
		p->othline = line;
		free(p->othmsg);
		p->othmsg = strdup(msg);
	}
	errorf(pos, "%s", msg);
}

static void lex_error(void *ctx, Pos pos, const char *msg)
{
	report(ctx, pos, msg);
}

void p_error_at(Parser *p, Pos pos, const char *fmt, ...)
{
	Buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	report(p, pos, buf_cstr(&b));
	buf_free(&b);
}

static bool has_prefix(const char *s, const char *pre)
{
	return strncmp(s, pre, strlen(pre)) == 0;
}

/* describe_token names the current token as gc's messages do. */
static void describe_token(Parser *p, Buf *b)
{
	Lexer *lx = &p->lx;
	switch (lx->tok) {
	case TOK_IDENT:
		buf_puts(b, lx->lit);
		break;
	case TOK_SEMICOLON:
		buf_puts(b, lx->semilit);
		break;
	case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
		buf_puts(b, "literal ");
		buf_put(b, lx->lit, (size_t)lx->litlen);
		break;
	default:
		buf_puts(b, p_tokstring(lx->tok));
	}
}

static void vsyntax_error_at(Parser *p, Pos pos, const char *fmt, va_list ap)
{
	Buf msg = {0}, b = {0};
	if (p->lx.tok == TOK_EOF && p->errcnt > 0)
		return;   /* nothing useful to add at the end */
	buf_vprintf(&msg, fmt, ap);
	buf_puts(&b, "syntax error: ");
	if (msg.n == 0 || has_prefix(msg.s, "in ") || has_prefix(msg.s, "at ") || has_prefix(msg.s, "after ") ||
	    has_prefix(msg.s, "expecting ")) {
		buf_puts(&b, "unexpected ");
		describe_token(p, &b);
		if (msg.n) {
			buf_puts(&b, has_prefix(msg.s, "expecting ") ? ", " : " ");
			buf_puts(&b, msg.s);
		}
	} else {
		buf_puts(&b, msg.s);
	}
	report(p, pos, buf_cstr(&b));
	buf_free(&msg);
	buf_free(&b);
}

void p_syntax_error_at(Parser *p, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsyntax_error_at(p, pos, fmt, ap);
	va_end(ap);
}

void p_syntax_error(Parser *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsyntax_error_at(p, p->lx.pos, fmt, ap);
	va_end(ap);
}

/* p_advance skips to a token of follow (or of the statement keywords,
 * inside a function); with an empty follow set it skips one token. */
void p_advance(Parser *p, TokSet follow)
{
	TokSet set = TS(EOF);
	if (follow) {
		if (p->fnest > 0)
			set |= stopset();
		set |= follow;
	}
	while (!(set & tokset(p->lx.tok))) {
		p_next(p);
		if (!follow)
			break;
	}
}

/* --- nesting --------------------------------------------------------------- */

/* p_enter guards recursion: the tree's depth and the machine stack
 * both stay bounded. Past the limit the lexer delivers EOF, so every
 * production returns at once. Only a successful p_enter is paired with
 * p_leave. */
bool p_enter(Parser *p)
{
	char here;
	if (p->depth < MAXDEPTH && (uintptr_t)&here > p->stacklimit) {
		p->depth++;
		return true;
	}
	if (!p->lx.stop) {
		p_error_at(p, p->lx.pos, "exceeded max nesting depth");
		p->lx.stop = true;
		p->lx.tok = TOK_EOF;
	}
	return false;
}

void p_leave(Parser *p)
{
	p->depth--;
}

static void init_stack_limit(Parser *p)
{
	static uintptr_t rlimit;   /* asked once: a parse per file must not cost a system call */
	char here;
	struct rlimit rl;
	uintptr_t budget = (uintptr_t)8 << 20;
	if (!rlimit)
		rlimit = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? (uintptr_t)rl.rlim_cur : 1;
	if (rlimit > 1)
		budget = rlimit;
	if (budget > (uintptr_t)1 << 30)
		budget = (uintptr_t)1 << 30;
	/* leave room for the frames above us and for error reporting */
	budget = budget > (1u << 20) ? budget - (512u << 10) - budget / 8 : budget / 2;
	p->stacklimit = (uintptr_t)&here - budget;
}

/* --- lists and nodes ------------------------------------------------------- */

int p_mark(Parser *p)
{
	return p->sn;
}

void p_push(Parser *p, void *x)
{
	if (p->sn == p->scap) {
		p->scap = p->scap ? 2 * p->scap : 256;
		p->sv = xrealloc(p->sv, sizeof *p->sv * (size_t)p->scap);
	}
	p->sv[p->sn++] = x;
}

/* p_alloc hands out zeroed memory from the file's arena (whose blocks
 * are cleared in one piece when they are recycled, not per node). */
void *p_alloc(Parser *p, size_t n)
{
	return arena_alloc(p->a, n);
}

/* p_popto moves the items pushed since mark into the arena. */
void **p_popto(Parser *p, int mark, int *n)
{
	void **v = NULL;
	*n = p->sn - mark;
	if (*n > 0) {
		v = p_alloc(p, sizeof *v * (size_t)*n);
		memcpy(v, p->sv + mark, sizeof *v * (size_t)*n);
	}
	p->sn = mark;
	return v;
}

/* p_list parses [ f { sep f } [ sep ] ] close, calling f for each
 * element until it returns true; it returns the position of close.
 *
 * list = [ f { sep f } [sep] ] close . */
Pos p_list(Parser *p, const char *context, Token sep, Token close, bool (*f)(Parser *, void *), void *ctx)
{
	bool done = false;
	Pos pos;
	while (p->lx.tok != TOK_EOF && p->lx.tok != close && !done) {
		done = f(p, ctx);
		if (!p_got(p, sep) && p->lx.tok != close) {
			p_syntax_error(p, "in %s; possibly missing %s or %s", context, p_tokstring(sep), p_tokstring(close));
			p_advance(p, TS(RPAREN) | TS(RBRACK) | TS(RBRACE));
			if (p->lx.tok != close)
				return p->lx.pos;
		}
	}
	pos = p->lx.pos;
	p_want(p, close);
	return pos;
}

Expr *p_newexpr(Parser *p, ExprKind k, Pos pos)
{
	Expr *e = p_alloc(p, sizeof *e);
	e->kind = k;
	e->pos = pos;
	return e;
}

Stmt *p_newstmt(Parser *p, StmtKind k, Pos pos)
{
	Stmt *s = p_alloc(p, sizeof *s);
	s->kind = k;
	s->pos = pos;
	return s;
}

Expr *p_badexpr(Parser *p, Pos from)
{
	Expr *e = p_newexpr(p, EXPR_BAD, from);
	e->u.bad.from = from;
	e->u.bad.to = p->lx.pos > from ? p->lx.pos : from;
	return e;
}

/* --- compiler directives --------------------------------------------------- */

static size_t verb_len(const char *text)
{
	size_t n = 0;
	while (text[n] && text[n] != ' ' && text[n] != '\t')
		n++;
	return n;
}

/* What gc makes of one //go: verb: the flag it records (with the flags
 * it implies), or 0. */
static PragmaFlags gc_pragma_flag(const char *verb, size_t n)
{
#define IS(s) (n == sizeof(s) - 1 && memcmp(verb, s, n) == 0)
	if (IS("go:build")) return PRAGMA_BUILD;
	if (IS("go:noescape")) return PRAGMA_NOESCAPE;
	if (IS("go:norace")) return PRAGMA_NORACE;
	if (IS("go:nosplit")) return PRAGMA_NOSPLIT | PRAGMA_NOCHECKPTR;
	if (IS("go:noinline")) return PRAGMA_NOINLINE;
	if (IS("go:nocheckptr")) return PRAGMA_NOCHECKPTR;
	if (IS("go:systemstack")) return PRAGMA_SYSTEMSTACK;
	if (IS("go:nowritebarrier")) return PRAGMA_NOWRITEBARRIER;
	if (IS("go:nowritebarrierrec")) return PRAGMA_NOWRITEBARRIERREC | PRAGMA_NOWRITEBARRIER;
	if (IS("go:yeswritebarrierrec")) return PRAGMA_YESWRITEBARRIERREC;
	if (IS("go:cgo_unsafe_args")) return PRAGMA_CGO_UNSAFE_ARGS | PRAGMA_NOCHECKPTR;
	if (IS("go:uintptrkeepalive")) return PRAGMA_UINTPTRKEEPALIVE;
	if (IS("go:uintptrescapes")) return PRAGMA_UINTPTRESCAPES | PRAGMA_UINTPTRKEEPALIVE;
	if (IS("go:registerparams")) return PRAGMA_REGISTERPARAMS;
	if (IS("go:notinheap")) return PRAGMA_NOTINHEAP;
#undef IS
	return 0;
}

PragmaFlags parse_gc_pragma_flag(const Directive *d)
{
	if (!d->blank || strncmp(d->text, "go:", 3) != 0)
		return 0;
	return gc_pragma_flag(d->text, verb_len(d->text));
}

/* The flag goescape records for a verb gc keeps elsewhere (embed,
 * linkname, ...): consumers find them in Decl.pragmas too. */
static PragmaFlags other_pragma_flag(const char *verb, size_t n)
{
	static const struct { const char *text; PragmaFlags flag; } tab[] = {
#define PRAGMA(name, text) {text, PRAGMA_##name},
#include "pragmas.h"
#undef PRAGMA
	};
	int i;
	for (i = 0; i < NELEM(tab); i++)
		if (strlen(tab[i].text) == n && memcmp(tab[i].text, verb, n) == 0)
			return tab[i].flag;
	return 0;
}

static bool embed_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* embed_args splits //go:embed's patterns as gc does: unquoted words,
 * or "..." / `...` Go strings. Sets *n to the number of patterns and
 * returns NULL, or returns the text from a bad quote on. */
static const char *embed_args(const char *s, int *n)
{
	*n = 0;
	for (;;) {
		while (embed_space(*s))
			s++;
		if (!*s)
			return NULL;
		if (*s == '`') {
			const char *e = strchr(s + 1, '`');
			if (!e)
				return s;
			s = e + 1;
		} else if (*s == '"') {
			const char *e = s + 1;
			while (*e && *e != '"') {
				if (*e == '\\' && e[1])
					e++;
				e++;
			}
			if (!*e)
				return s;
			s = e + 1;
		} else {
			while (*s && !embed_space(*s))
				s++;
		}
		(*n)++;
		if (*s && !embed_space(*s))
			return s;
	}
}

/* check_embed_args reports a bad quote in //go:embed's patterns.
 * Returns the number of patterns, or -1 after reporting. */
static int check_embed_args(Parser *p, Pos pos, const char *s)
{
	int n;
	const char *bad = embed_args(s, &n);
	if (bad) {
		p_error_at(p, pos, "invalid quoted string in //go:embed: %s", bad);
		return -1;
	}
	return n;
}

static bool is_embed_directive(const char *text)
{
	return strcmp(text, "go:embed") == 0 || has_prefix(text, "go:embed ");
}

int parse_embed_patterns(const Directive *d)
{
	int n;
	if (!d->blank || !is_embed_directive(d->text) || embed_args(d->text + 8, &n))
		return 0;
	return n;
}

/* pragma_fields splits a directive into fields at blanks, keeping a
 * "..." region whole (quotes included) and apart from its neighbours,
 * as gc's pragma field splitter; an unclosed quote ends the list.
 * Returns the number of fields, at most max stored in f/fn. */
static int pragma_fields(const char *s, const char **f, size_t *fn, int max)
{
	int n = 0;
	const char *start = NULL;
	bool inquote = false;
	for (; *s; s++) {
		if (*s == '"') {
			if (inquote) {
				if (n < max)
					f[n] = start, fn[n] = (size_t)(s + 1 - start);
				n++;
				inquote = false;
				start = NULL;
			} else {
				if (start && n < max)
					f[n] = start, fn[n] = (size_t)(s - start);
				if (start)
					n++;
				inquote = true;
				start = s;
			}
		} else if (!inquote && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f')) {
			if (start && n < max)
				f[n] = start, fn[n] = (size_t)(s - start);
			if (start)
				n++;
			start = NULL;
		} else if (!start) {
			start = s;
		}
	}
	if (!inquote && start) {
		if (n < max)
			f[n] = start, fn[n] = strlen(start);
		n++;
	}
	return n;
}

static bool is_quoted(const char *f, size_t n)
{
	return n >= 2 && f[0] == '"' && f[n - 1] == '"';
}

/* cgo_generated: the directive's file is one the cgo tool wrote, named
 * _cgo_*; such files may use every //go:cgo_ directive. */
static bool cgo_generated(Pos pos)
{
	Position raw = pos_resolve_raw(pos), adj = pos_resolve(pos);
	const char *names[2] = {raw.filename, adj.filename};
	int i;
	for (i = 0; i < 2; i++) {
		const char *b = names[i] ? strrchr(names[i], '/') : NULL;
		b = b ? b + 1 : names[i];
		if (b && has_prefix(b, "_cgo_"))
			return true;
	}
	return false;
}

/* check_cgo_usage checks the arguments of the //go:cgo_ directives gc
 * passes on to the linker. */
static void check_cgo_usage(Parser *p, Pos pos, const char *text)
{
	const char *f[5];
	size_t fn[5];
	int n = pragma_fields(text, f, fn, 5);
	const char *verb = text + 3, *usage = NULL;
	bool q1 = n > 1 && is_quoted(f[1], fn[1]), q2 = n > 2 && is_quoted(f[2], fn[2]);
	size_t vn = fn[0] - 3;
#define VERB(s) (vn == sizeof(s) - 1 && memcmp(verb, s, vn) == 0)
	if (VERB("cgo_export_static") || VERB("cgo_export_dynamic")) {
		if (!((n == 2 && !q1) || (n == 3 && !q1 && !q2)))
			usage = "local [remote]";
	} else if (VERB("cgo_import_dynamic")) {
		if (!((n == 2 && !q1) || (n == 3 && !q1 && !q2) || (n == 4 && !q1 && !q2 && is_quoted(f[3], fn[3]))))
			usage = "local [remote [\"library\"]]";
	} else if (VERB("cgo_import_static")) {
		if (!(n == 2 && !q1))
			usage = "local";
	} else if (VERB("cgo_dynamic_linker")) {
		if (!(n == 2 && q1))
			usage = "\"path\"";
	} else if (VERB("cgo_ldflag")) {
		if (!(n == 2 && q1))
			usage = "\"arg\"";
	}
#undef VERB
	if (usage)
		p_error_at(p, pos, "usage: //go:%.*s %s", (int)vn, verb, usage);
}

/* The directives gc knows without recording a flag for them, which the
 * standard library may use. */
static bool std_allowed_verb(const char *verb, size_t n)
{
	static const char *const ok[] = {
		"go:cgo_export_static", "go:cgo_export_dynamic", "go:cgo_import_static",
		"go:cgo_import_dynamic", "go:cgo_ldflag", "go:cgo_dynamic_linker",
		"go:embed", "go:generate",
	};
	int i;
	for (i = 0; i < NELEM(ok); i++)
		if (strlen(ok[i]) == n && memcmp(ok[i], verb, n) == 0)
			return true;
	return release_has(FEAT_GOFIX) && n == 6 && memcmp(verb, "go:fix", 6) == 0;
}

/* check_directive_use reports a //go: directive used where gc does not
 * allow it: the cgo ones outside cgo's output (and the standard
 * library), the runtime's own outside the runtime, go:uintptrkeepalive
 * outside the standard library, and unknown ones inside it. The verb
 * runs to the first space, as gc takes it. */
static void check_directive_use(Parser *p, Pos pos, const char *text)
{
	const PragmaFlags runtime_only = PRAGMA_SYSTEMSTACK | PRAGMA_NOWRITEBARRIER |
	                                 PRAGMA_NOWRITEBARRIERREC | PRAGMA_YESWRITEBARRIERREC;
	const char *sp = strchr(text, ' ');
	size_t vn = sp ? (size_t)(sp - text) : strlen(text);
	if (p->mode & PARSE_SYNTAX)
		return;   /* where a directive may appear depends on its package */
	if ((release_has(FEAT_WASMIMPORT) && has_prefix(text, "go:wasmimport ")) ||
	    (release_has(FEAT_WASMEXPORT) && has_prefix(text, "go:wasmexport "))) {
		int n = pragma_fields(text, NULL, NULL, 0);
		bool imp = text[7] == 'i';
		if (n != (imp ? 3 : 2))
			p_error_at(p, pos, imp ? "usage: //go:wasmimport importmodule importname" :
			                         "usage: //go:wasmexport exportname");
		return;
	}
	PragmaFlags flag;
	if (has_prefix(text, "go:cgo_import_dynamic ")) {
		const char *f[5];
		size_t fn[5];
		if (pragma_fields(text, f, fn, 5) >= 4) {
			const char *lib = f[3];
			size_t ln = fn[3];
			while (ln && *lib == '"')
				lib++, ln--;
			while (ln && lib[ln - 1] == '"')
				ln--;
			if (ln && !(isalnum((unsigned char)lib[0]) || lib[0] == '.' || lib[0] == '_' || lib[0] == '/' || (unsigned char)lib[0] >= 0x80) && !cgo_generated(pos)) {
				Buf b = {0};
				go_quote(&b, lib, ln);
				p_error_at(p, pos, "invalid library name %s in cgo_import_dynamic directive", buf_cstr(&b));
				buf_free(&b);
			}
			check_cgo_usage(p, pos, text);
			return;
		}
	}
	if (has_prefix(text, "go:cgo_")) {
		if (!cgo_generated(pos) && !(p->mode & PARSE_STD))
			p_error_at(p, pos, "//%s only allowed in cgo-generated code", text);
		check_cgo_usage(p, pos, text);
	}
	flag = gc_pragma_flag(text, vn);
	if (!(p->mode & PARSE_RUNTIME) && (flag & runtime_only))
		p_error_at(p, pos, "//%.*s only allowed in runtime", (int)vn, text);
	if (flag == PRAGMA_UINTPTRKEEPALIVE && !(p->mode & PARSE_STD))
		p_error_at(p, pos, "//%.*s is only allowed in the standard library", (int)vn, text);
	if (!flag && !std_allowed_verb(text, vn) && (p->mode & PARSE_STD))
		p_error_at(p, pos, "//%.*s is not allowed in the standard library", (int)vn, text);
}

/* gather_pragmas takes the directives seen since the last call and
 * interprets them as gc's pragma handler does, appending to p->pragma. */
static void gather_pragmas(Parser *p)
{
	Directive *d, **tail = &p->pragma;
	if (!p->lx.pending)
		return;
	d = lex_take_directives(&p->lx);
	while (*tail)
		tail = &(*tail)->next;
	*tail = d;
	for (; d; d = d->next) {
		const char *text = d->text;
		Pos pos = d->pos + 2;
		size_t vn = verb_len(text);
		bool std = false;
		if (!has_prefix(text, "go:"))
			continue;   /* //export, //extern: not gc's business */
		if (!d->blank) {
			p_error_at(p, pos, "misplaced compiler directive");
			continue;
		}
		if (release_has(FEAT_LINKNAMESTD) && has_prefix(text, "go:linknamestd ")) {
			/* go1.27: a go:linkname for the standard library's own
			 * use; escape analysis sees a go:linkname */
			d->text = text = arena_printf(perm, "go:linkname %s", text + 15);
			std = true;
		}
		if (has_prefix(text, "go:linkname ")) {
			int nf = 0;
			const char *s = text;
			while (*s) {
				while (*s == ' ' || *s == '\t')
					s++;
				if (!*s)
					break;
				nf++;
				while (*s && *s != ' ' && *s != '\t')
					s++;
			}
			if (nf < 2 || nf > 3)
				p_error_at(p, pos, std ? "usage: //go:linknamestd localname [linkname]" :
				                         "usage: //go:linkname localname [linkname]");
			p->pragflags |= PRAGMA_LINKNAME;
			continue;
		}
		if (is_embed_directive(text)) {
			if (check_embed_args(p, pos, text + 8) <= 0)   /* a bad quote leaves no patterns */
				p_error_at(p, pos, "usage: //go:embed pattern...");
			p->pragflags |= PRAGMA_EMBED;
			continue;
		}
		check_directive_use(p, pos, text);
		p->pragflags |= gc_pragma_flag(text, vn) | other_pragma_flag(text, vn);
	}
}

/* take_pragma hands the pending directives to a declaration. */
static Directive *take_pragma(Parser *p, PragmaFlags *flags)
{
	Directive *d;
	gather_pragmas(p);
	d = p->pragma;
	*flags = p->pragflags;
	p->pragma = NULL;
	p->pragflags = 0;
	return d;
}

/* p_clear_pragma drops directives that no declaration took, reporting
 * those gc reports as misplaced. */
void p_clear_pragma(Parser *p)
{
	Directive *d;
	if (!p->pragma && !p->lx.pending)
		return;
	gather_pragmas(p);
	for (d = p->pragma; d; d = d->next) {
		size_t vn = verb_len(d->text);
		if (!d->blank || !has_prefix(d->text, "go:"))
			continue;
		if (gc_pragma_flag(d->text, vn))
			p_error_at(p, d->pos + 2, "misplaced compiler directive");
		else if (vn == 8 && memcmp(d->text, "go:embed", 8) == 0)
			p_error_at(p, d->pos + 2, "misplaced go:embed directive");
	}
	p->pragma = NULL;
	p->pragflags = 0;
}

/* --- declarations ------------------------------------------------------------ */

static Spec *new_spec(Parser *p, SpecKind k, Pos pos)
{
	Spec *s = PNEW(p, Spec);
	s->kind = k;
	s->pos = pos;
	s->dirs = take_pragma(p, &s->pragmas);
	return s;
}

/* ImportSpec = [ "." | PackageName ] ImportPath .
 * ImportPath = string_lit . */
static Spec *import_spec(Parser *p)
{
	Spec *s = new_spec(p, SPEC_IMPORT, p->lx.pos);
	switch (p->lx.tok) {
	case TOK_IDENT:
		s->u.import.name = p_name(p);
		break;
	case TOK_PERIOD:
		s->u.import.name = p_newexpr(p, EXPR_IDENT, p->lx.pos);
		s->u.import.name->u.ident.name = intern(".", 1);
		p_next(p);
		break;
	default:
		break;
	}
	s->u.import.path = p_oliteral(p);
	if (!s->u.import.path) {
		Expr *e = p_newexpr(p, EXPR_BASICLIT, p->lx.pos);
		e->u.lit.kind = TOK_STRING;
		e->u.lit.value = "";
		s->u.import.path = e;
		p_syntax_error(p, "missing import path");
		p_advance(p, TS(SEMICOLON) | TS(RPAREN));
		return s;
	}
	if (!s->u.import.path->u.lit.bad && s->u.import.path->u.lit.kind != TOK_STRING)
		p_syntax_error(p, "import path must be a string");
	return s;
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
static Spec *const_spec(Parser *p, int iota)
{
	Spec *s = new_spec(p, SPEC_VALUE, p->lx.pos);
	int mark = p_mark(p);
	s->u.value.iota = iota;
	p_push(p, p_name(p));
	while (p_got(p, TOK_COMMA))
		p_push(p, p_name(p));
	s->u.value.names.v = (Expr **)p_popto(p, mark, &s->u.value.names.n);
	if (p->lx.tok != TOK_EOF && p->lx.tok != TOK_SEMICOLON && p->lx.tok != TOK_RPAREN) {
		s->u.value.type = p_type_or_nil(p);
		if (p_got_assign(p))
			s->u.value.values = p_expr_list(p);
	}
	return s;
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static Spec *var_spec(Parser *p)
{
	Spec *s = new_spec(p, SPEC_VALUE, p->lx.pos);
	int mark = p_mark(p);
	p_push(p, p_name(p));
	while (p_got(p, TOK_COMMA))
		p_push(p, p_name(p));
	s->u.value.names.v = (Expr **)p_popto(p, mark, &s->u.value.names.n);
	if (p_got_assign(p)) {
		s->u.value.values = p_expr_list(p);
	} else {
		s->u.value.type = p_type(p);
		if (p_got_assign(p))
			s->u.value.values = p_expr_list(p);
	}
	return s;
}

/* is_type_elem: x is certainly a type element (it could not be a value). */
static bool is_type_elem(const Expr *x)
{
	switch (x->kind) {
	case EXPR_ARRAYTYPE: case EXPR_STRUCTTYPE: case EXPR_FUNCTYPE:
	case EXPR_INTERFACETYPE: case EXPR_MAPTYPE: case EXPR_CHANTYPE:
		return true;
	case EXPR_BINARY:
		return is_type_elem(x->u.binary.x) || is_type_elem(x->u.binary.y);
	case EXPR_UNARY:
		return x->u.unary.op == TOK_TILDE || is_type_elem(x->u.unary.x);
	case EXPR_STAR:
		return is_type_elem(x->u.star.x);
	case EXPR_PAREN:
		return is_type_elem(x->u.paren.x);
	default:
		return false;
	}
}

/* extract_name splits x into a type parameter name and its constraint
 * if x can be read as "name constraint": P *C, P (C), P A|B. It splits
 * only if the constraint is certainly a type, or if force is set. */
static Expr *extract_name(Parser *p, Expr *x, bool force, Expr **ptype)
{
	*ptype = NULL;
	switch (x->kind) {
	case EXPR_IDENT:
		return x;
	case EXPR_BINARY:
		if (x->u.binary.op == TOK_MUL) {
			Expr *name = x->u.binary.x;
			if (name->kind == EXPR_IDENT && (force || is_type_elem(x->u.binary.y))) {
				Expr *s = p_newexpr(p, EXPR_STAR, x->u.binary.oppos);
				s->u.star.star = x->u.binary.oppos;
				s->u.star.x = x->u.binary.y;
				*ptype = s;
				return name;
			}
		} else if (x->u.binary.op == TOK_OR) {
			Expr *lhs, *name = extract_name(p, x->u.binary.x, force || is_type_elem(x->u.binary.y), &lhs);
			if (name && lhs) {
				Expr *op = p_newexpr(p, EXPR_BINARY, x->pos);
				*op = *x;
				op->u.binary.x = lhs;
				*ptype = op;
				return name;
			}
		}
		break;
	case EXPR_CALL:
		if (x->u.call.fun->kind == EXPR_IDENT && x->u.call.args.n == 1 && !x->u.call.ellipsis &&
		    (force || is_type_elem(x->u.call.args.v[0]))) {
			*ptype = x->u.call.args.v[0];
			return x->u.call.fun;
		}
		break;
	default:
		break;
	}
	*ptype = x;
	return NULL;
}

/* TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
static Spec *type_spec(Parser *p)
{
	Spec *s = new_spec(p, SPEC_TYPE, p->lx.pos);
	s->u.type.name = p_name(p);
	if (p->lx.tok == TOK_LBRACK) {
		/* An array type, or a type parameter list. */
		Pos lbrack = p->lx.pos;
		p_next(p);
		if (p->lx.tok == TOK_IDENT) {
			/* Parse an expression and see whether it splits into a
			 * name and a constraint. A name followed by '[' must begin
			 * a constraint ([]E...): index expressions are never
			 * constant, so they cannot be array lengths. */
			Expr *x = p_name(p), *pname, *ptype;
			if (p->lx.tok != TOK_LBRACK) {
				p->xnest++;
				x = p_binary_expr(p, p_pexpr(p, x, false), 0);
				p->xnest--;
			}
			pname = extract_name(p, x, p->lx.tok == TOK_COMMA, &ptype);
			if (pname && (ptype || p->lx.tok != TOK_RBRACK)) {
				Pos apos;
				s->u.type.tparams = p_param_list(p, lbrack, pname, ptype, TOK_RBRACK, true);
				apos = p->lx.pos;
				if (p_got_assign(p))
					s->u.type.assign = apos;
				s->u.type.type = p_type_or_nil(p);
			} else {
				s->u.type.type = p_array_type(p, lbrack, x);
			}
		} else if (p->lx.tok == TOK_RBRACK) {
			Expr *t = p_newexpr(p, EXPR_ARRAYTYPE, lbrack);
			p_next(p);
			t->u.arraytype.lbrack = lbrack;
			t->u.arraytype.elt = p_type(p);
			s->u.type.type = t;
		} else {
			s->u.type.type = p_array_type(p, lbrack, NULL);
		}
	} else {
		Pos apos = p->lx.pos;
		if (p_got_assign(p))
			s->u.type.assign = apos;
		s->u.type.type = p_type_or_nil(p);
	}
	if (!s->u.type.type) {
		s->u.type.type = p_badexpr(p, p->lx.pos);
		p_syntax_error(p, "in type declaration");
		p_advance(p, TS(SEMICOLON) | TS(RPAREN));
	}
	return s;
}

typedef struct GroupCtx {
	Token keyword;
	int iota;
} GroupCtx;

static Spec *one_spec(Parser *p, GroupCtx *g)
{
	switch (g->keyword) {
	case TOK_IMPORT: return import_spec(p);
	case TOK_CONST: return const_spec(p, g->iota++);
	case TOK_TYPE: return type_spec(p);
	default: return var_spec(p);
	}
}

static bool group_elem(Parser *p, void *ctx)
{
	p_push(p, one_spec(p, ctx));
	return false;
}

/* p_gendecl parses the rest of an import, const, type or var
 * declaration; the keyword at tokpos is already consumed.
 *
 *	Decl = keyword ( Spec | "(" { Spec ";" } ")" ) . */
Decl *p_gendecl(Parser *p, Token keyword, Pos tokpos)
{
	Decl *d = PNEW(p, Decl);
	GroupCtx g = {keyword, 0};
	int mark = p_mark(p);
	d->kind = DECL_GEN;
	d->pos = tokpos;
	d->u.gen.tokpos = tokpos;
	d->u.gen.tok = keyword;
	if (p->lx.tok == TOK_LPAREN) {
		d->u.gen.lparen = p->lx.pos;
		p_clear_pragma(p);
		p_next(p);   /* after clearing: directives past '(' belong to the first spec */
		d->u.gen.rparen = p_list(p, "grouped declaration", TOK_SEMICOLON, TOK_RPAREN, group_elem, &g);
	} else {
		Spec *s = one_spec(p, &g);
		d->pragmas = s->pragmas;
		d->dirs = s->dirs;
		p_push(p, s);
	}
	d->u.gen.specs = (Spec **)p_popto(p, mark, &d->u.gen.nspecs);
	return d;
}

/* FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
 * MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
 * Receiver     = Parameters . */
static Decl *func_decl_or_nil(Parser *p, Pos funcpos)
{
	Decl *d = PNEW(p, Decl);
	d->kind = DECL_FUNC;
	d->pos = p->lx.pos;
	d->dirs = take_pragma(p, &d->pragmas);
	if (p->lx.tok == TOK_LPAREN) {
		Pos open = p->lx.pos;
		p_next(p);
		d->u.func.recv = p_param_list(p, open, NULL, NULL, TOK_RPAREN, false);
		if (d->u.func.recv->n == 0)
			p_error_at(p, p->lx.pos, "method has no receiver");
		else if (d->u.func.recv->n > 1 || d->u.func.recv->list[0]->names.n > 1)
			p_error_at(p, p->lx.pos, "method has multiple receivers");
	}
	if (p->lx.tok != TOK_IDENT) {
		p_syntax_error(p, "expecting name or (");
		p_advance(p, TS(LBRACE) | TS(SEMICOLON));
		return NULL;
	}
	d->u.func.name = p_name(p);
	/* gc's parser refuses type parameters on methods until Go 1.27,
	 * whose type checker takes them (at language go1.27) */
	d->u.func.type = p_func_type(p, funcpos, d->u.func.recv && !release_has(FEAT_GENERIC_METHOD) ? "method" : "");
	if (p->lx.tok == TOK_LBRACE)
		d->u.func.body = p_func_body(p);
	return d;
}

/* --- files ------------------------------------------------------------------- */

static PragmaFlags build_flags(const Directive *d)
{
	for (; d; d = d->next)
		if (strcmp(d->text, "go:build") == 0 || has_prefix(d->text, "go:build ") || has_prefix(d->text, "go:build\t"))
			return PRAGMA_BUILD;
	return 0;
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
File *parse_file(SrcFile *sf, Arena *a, ParseMode mode)
{
	Parser p;
	File *f = NEW(a, File);
	int mark, nimp = 0, i;
	PragmaFlags fileflags;

	memset(&p, 0, sizeof p);
	p.a = a;
	p.mode = mode;
	init_stack_limit(&p);
	lex_init(&p.lx, sf);
	p.lx.errh = lex_error;
	p.lx.errctx = &p;
	p.lx.arena = a;
	f->src = sf;
	mark = p_mark(&p);

	p_next(&p);
	f->package = p.lx.pos;
	if (!p_got(&p, TOK_PACKAGE)) {
		p_syntax_error(&p, "package statement must be first");
		f->name = p_newexpr(&p, EXPR_IDENT, p.lx.pos);
		f->name->u.ident.name = intern("_", 1);
		goto done;
	}
	f->pkgdirs = take_pragma(&p, &fileflags);
	f->name = p_name(&p);
	p_want(&p, TOK_SEMICOLON);
	if (p.errcnt)
		goto done;   /* not a Go file, most likely */

	while (p.lx.tok == TOK_IMPORT) {
		Pos pos = p.lx.pos;
		p_next(&p);
		p_push(&p, p_gendecl(&p, TOK_IMPORT, pos));
		p_want(&p, TOK_SEMICOLON);
	}
	if (mode & PARSE_HEADER)
		goto done;

	while (p.lx.tok != TOK_EOF) {
		Pos pos = p.lx.pos;
		Decl *d;
		switch (p.lx.tok) {
		case TOK_CONST: case TOK_TYPE: case TOK_VAR: {
			Token kw = p.lx.tok;
			p_next(&p);
			p_push(&p, p_gendecl(&p, kw, pos));
			break;
		}
		case TOK_FUNC:
			p_next(&p);
			if ((d = func_decl_or_nil(&p, pos)) != NULL)
				p_push(&p, d);
			break;
		default: {
			Decl *last = p.sn > mark ? p.sv[p.sn - 1] : NULL;
			if (p.lx.tok == TOK_LBRACE && last && last->kind == DECL_FUNC && !last->u.func.body)
				p_syntax_error(&p, "unexpected semicolon or newline before {");
			else
				p_syntax_error(&p, "non-declaration statement outside function body");
			p_advance(&p, TS(CONST) | TS(TYPE) | TS(VAR) | TS(FUNC));
			continue;
		}
		}
		/* Clear before taking the ';': directives after it belong to
		 * the next declaration. */
		p_clear_pragma(&p);
		if (p.lx.tok != TOK_EOF && !p_got(&p, TOK_SEMICOLON)) {
			p_syntax_error(&p, "after top level declaration");
			p_advance(&p, TS(CONST) | TS(TYPE) | TS(VAR) | TS(FUNC));
		}
	}
	p_clear_pragma(&p);

done:
	f->decls = (Decl **)p_popto(&p, mark, &f->ndecls);
	for (i = 0; i < f->ndecls; i++)
		if (f->decls[i]->kind == DECL_GEN && f->decls[i]->u.gen.tok == TOK_IMPORT)
			nimp += f->decls[i]->u.gen.nspecs;
	f->nimports = nimp;
	if (nimp) {
		int k = 0;
		f->imports = NEWARRAY(a, Spec *, nimp);
		for (i = 0; i < f->ndecls; i++) {
			Decl *d = f->decls[i];
			int j;
			if (d->kind != DECL_GEN || d->u.gen.tok != TOK_IMPORT)
				continue;
			for (j = 0; j < d->u.gen.nspecs; j++)
				f->imports[k++] = d->u.gen.specs[j];
		}
	}
	f->dirs = p.lx.dirs;
	f->buildflags = build_flags(f->dirs);
	free(p.sv);
	free(p.othmsg);
	return f;
}
