/* errors.c: type errors, worded and placed as gc prints them.
 *
 * gc's checker (types2) reports an error at the leftmost position of
 * the node it blames (syntax.StartPos), formats operands, types and
 * objects with a qualifier that names other packages by their package
 * name (by quoted path when two imported packages share a name), drops
 * follow-on errors that mention "invalid operand" or "invalid type",
 * and gc then keeps one copy of equal messages on the same line. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* --- positions ---------------------------------------------------------------- */

/* gc's syntax.StartPos: its nodes carry the operator or bracket
 * position, and only these kinds are corrected to their leftmost part. */
Pos expr_start_pos(Expr *e)
{
	for (;;) {
		switch (e->kind) {
		case EXPR_COMPOSITE:
			if (!e->u.composite.type)
				return e->pos;
			e = e->u.composite.type;
			break;
		case EXPR_SELECTOR:
			e = e->u.selector.x;
			break;
		case EXPR_INDEX:
			e = e->u.index.x;
			break;
		case EXPR_INDEXLIST:
			e = e->u.indexlist.x;
			break;
		case EXPR_TYPEASSERT:
			e = e->u.typeassert.x;
			break;
		case EXPR_BINARY:
			e = e->u.binary.x;
			break;
		case EXPR_CALL:
			e = e->u.call.fun;
			break;
		default:
			return e->pos;
		}
	}
}

Pos stmt_start_pos(Stmt *s)
{
	switch (s->kind) {
	case STMT_SEND:
		return expr_start_pos(s->u.send.chan);
	case STMT_ASSIGN:
		if (s->u.assign.lhs.n > 0)
			return expr_start_pos(s->u.assign.lhs.v[0]);
		return s->pos;
	case STMT_INCDEC:
		return expr_start_pos(s->u.incdec.x);
	case STMT_EXPR:
		/* gc gives an expression statement its expression's own position */
		return s->u.expr.x->pos;
	default:
		return s->pos;
	}
}

/* The package being checked, for check_pos_string. */
static Checker *current;

void check_set_current(Checker *c)
{
	current = c;
}

/* "file:line:col" as types2 writes a position inside a message (always
 * with the column, whatever -C says). A position in another package
 * comes from gc's export data, where GOROOT files are $GOROOT/src/... */
const char *check_pos_string(Pos p)
{
	Position pp = pos_resolve(p);
	const char *name;
	int i;
	if (!pp.file)
		return "<unknown position>";
	name = pp.filename;
	if (current && current->conf->goroot && pp.file->path) {
		size_t n = strlen(current->conf->goroot);
		const char *path = pp.file->path;
		for (i = 0; i < current->nfiles; i++)
			if (current->files[i]->src == pp.file)
				break;
		if (i == current->nfiles && strncmp(path, current->conf->goroot, n) == 0 && path[n] == '/' &&
		    pp.filename == pp.file->name)
			name = arena_printf(types_arena(), "$GOROOT%s", path + n);
	}
	return arena_printf(types_arena(), "%s:%d:%d", name, pp.line, pp.col);
}

/* --- the qualifier -------------------------------------------------------------- */

/* For each package name, the import paths seen under it (types2 walks
 * the import graph from the package being checked, once, when the first
 * message needs it). */
typedef struct NamePaths {
	const char **paths;
	int n, cap;
} NamePaths;

typedef struct QualState {
	PtrMap seen;       /* Pkg -> non-NULL */
	PtrMap byname;     /* interned name -> NamePaths */
} QualState;

static void mark_imports(QualState *q, Pkg *p)
{
	NamePaths *np;
	int i;
	if (ptrmap_get(&q->seen, p))
		return;
	ptrmap_put(&q->seen, p, p);
	np = ptrmap_get(&q->byname, p->name);
	if (!np) {
		np = NEW(types_arena(), NamePaths);
		ptrmap_put(&q->byname, p->name, np);
	}
	for (i = 0; i < np->n; i++)
		if (np->paths[i] == p->path)
			break;
	if (i == np->n) {
		if (np->n == np->cap) {
			int cap = np->cap ? 2 * np->cap : 2;
			const char **n = NEWARRAY(types_arena(), const char *, cap);
			if (np->n)
				memcpy(n, np->paths, sizeof *n * (size_t)np->n);
			np->paths = n;
			np->cap = cap;
		}
		np->paths[np->n++] = p->path;
	}
	for (i = 0; i < p->nimports; i++)
		mark_imports(q, p->imports[i]);
}

/* The checker's qualifier state lives with the checker (allocated on
 * first use). */
static QualState *qual_state(Checker *c, bool create)
{
	QualState *q = c->qualstate;
	if (!q && create) {
		q = xcalloc(1, sizeof *q);
		c->qualstate = q;
		mark_imports(q, c->pkg);
	}
	return q;
}

/* An import made after the first message still counts for later ones. */
void check_qualifier_note_import(Checker *c, Pkg *imp)
{
	QualState *q = qual_state(c, false);
	if (q)
		mark_imports(q, imp);
}

void check_free_qualifier(Checker *c)
{
	QualState *q = qual_state(c, false);
	if (q) {
		ptrmap_free(&q->seen);
		ptrmap_free(&q->byname);
		free(q);
	}
	c->qualstate = NULL;
}

const char *check_qualifier(Pkg *pkg, void *checker)
{
	Checker *c = checker;
	NamePaths *np;
	if (!c)
		return pkg->path;
	if (pkg == c->pkg)
		return NULL;
	np = ptrmap_get(&qual_state(c, true)->byname, pkg->name);
	if (np && np->n > 1) {
		Buf b = {0};
		const char *s;
		go_quote(&b, pkg->path, strlen(pkg->path));
		s = arena_strndup(types_arena(), b.s, b.n);
		buf_free(&b);
		return s;
	}
	return pkg->name;
}

/* --- formatting --------------------------------------------------------------------- */

/* printf with the checker's verbs: %O operand, %T type, %E expression,
 * %B object (ObjectString), %Q object name qualified by its package. */
static void vformat(Buf *b, Checker *c, const char *fmt, va_list ap)
{
	const char *p = fmt;
	while (*p) {
		const char *start;
		char spec[32];
		size_t n;
		if (*p != '%') {
			const char *q = strchr(p, '%');
			size_t len = q ? (size_t)(q - p) : strlen(p);
			buf_put(b, p, len);
			p += len;
			continue;
		}
		start = p++;
		if (*p == '%') {
			buf_putc(b, '%');
			p++;
			continue;
		}
		switch (*p) {
		case 'O':
			buf_puts(b, operand_string(c, va_arg(ap, Operand *)));
			p++;
			continue;
		case 'T':
			type_write(b, va_arg(ap, Type *), check_qualifier, c);
			p++;
			continue;
		case 'E':
			expr_write(b, va_arg(ap, Expr *));
			p++;
			continue;
		case 'B':
			obj_write(b, va_arg(ap, Object *), check_qualifier, c);
			p++;
			continue;
		case 'Q': {
			Object *o = va_arg(ap, Object *);
			if (o->pkg) {
				const char *q = check_qualifier(o->pkg, c);
				if (q && *q) {
					buf_puts(b, q);
					buf_putc(b, '.');
				}
			}
			buf_puts(b, o->name);
			p++;
			continue;
		}
		default:
			break;
		}
		/* an ordinary conversion: flags, width, precision, length */
		while (*p && strchr("-+ #0123456789.*", *p))
			p++;
		while (*p && strchr("hlLqjzt", *p))
			p++;
		if (!*p)
			BUG("bad format %s", fmt);
		n = (size_t)(p - start + 1);
		if (n >= sizeof spec || memchr(start, '*', n))
			BUG("unsupported format %s", fmt);
		memcpy(spec, start, n);
		spec[n] = 0;
		switch (*p) {
		case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c':
			if (strstr(spec, "ll") || strchr(spec, 'j'))
				buf_printf(b, spec, va_arg(ap, long long));
			else if (strchr(spec, 'l') || strchr(spec, 'z'))
				buf_printf(b, spec, va_arg(ap, long));
			else
				buf_printf(b, spec, va_arg(ap, int));
			break;
		case 's':
			buf_printf(b, spec, va_arg(ap, const char *));
			break;
		case 'p':
			buf_printf(b, spec, va_arg(ap, void *));
			break;
		case 'f': case 'g': case 'e': case 'G': case 'E':
			buf_printf(b, spec, va_arg(ap, double));
			break;
		default:
			BUG("unsupported conversion in %s", fmt);
		}
		p++;
	}
}

const char *check_sprintf(Checker *c, const char *fmt, ...)
{
	Buf b = {0};
	va_list ap;
	const char *s;
	va_start(ap, fmt);
	vformat(&b, c, fmt, ap);
	va_end(ap);
	s = arena_strndup(types_arena(), b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

/* --- reporting ------------------------------------------------------------------------ */

/* gc keeps one of several equal messages on a line; the last reported
 * message is remembered across packages, as gc's is. */
static Pos last_pos;
static char *last_msg;

static bool same_line(Pos a, Pos b)
{
	Position pa, pb;
	if (!a || !b)
		return false;
	pa = pos_resolve(a);
	pb = pos_resolve(b);
	return pa.file == pb.file && pa.filename == pb.filename && pa.line == pb.line;
}

/* gc's ErrorfAt: one copy of equal messages on a line */
static void gc_report(Pos pos, const char *msg)
{
	if (last_msg && same_line(last_pos, pos) && strcmp(last_msg, msg) == 0)
		return;
	free(last_msg);
	last_msg = xmalloc(strlen(msg) + 1);
	strcpy(last_msg, msg);
	last_pos = pos;
	errorf(pos, "%s", msg);
}

/* gc's noder hints at the -lang of every error matching "requires
 * go[0-9]+\.[0-9]+ or later" */
static bool needs_version_hint(const char *msg)
{
	const char *s = msg;
	while ((s = strstr(s, "requires go")) != NULL) {
		const char *p = s + 11;
		s++;
		if (!isdigit((unsigned char)*p))
			continue;
		while (isdigit((unsigned char)*p))
			p++;
		if (*p++ != '.' || !isdigit((unsigned char)*p))
			continue;
		while (isdigit((unsigned char)*p))
			p++;
		if (strncmp(p, " or later", 9) == 0)
			return !strstr(msg, "(-lang was set to");
	}
	return false;
}

static void report(Checker *c, Pos pos, const char *msg)
{
	const char *s;
	/* follow-on errors mentioning invalid operands or types add nothing */
	if (c->nerrors > 0 && (((s = strstr(msg, "invalid operand")) && s != msg) ||
	                       ((s = strstr(msg, "invalid type")) && s != msg)))
		return;
	/* an error in an inherited constant initializer is placed at the constant */
	if (c->env.errpos)
		pos = c->env.errpos;
	c->nerrors++;
	if (release_has(FEAT_VERSION_HINT_ALL) && needs_version_hint(msg)) {
		const SrcFile *sf = src_file(pos);
		char *m;
		int fmajor, fminor;
		/* the file's own //go:build version, when it is the one used */
		if (file_lang_version(sf, &fmajor, &fminor) && sf->buildgo == fminor)
			m = arena_printf(c->tmp, "%s (file declares //go:build go%d.%d)", msg, fmajor, fminor);
		else
			m = arena_printf(c->tmp, "%s (-lang was set to %s; check go.mod)", msg, c->conf->lang ? c->conf->lang : "");
		gc_report(pos, m);
		return;
	}
	gc_report(pos, msg);
}

void check_verrorf(Checker *c, Pos pos, bool soft, const char *fmt, va_list ap)
{
	Buf b = {0};
	(void)soft;   /* gc reports soft errors like any other */
	vformat(&b, c, fmt, ap);
	report(c, pos, b.s ? b.s : "");
	buf_free(&b);
}

void check_version_errorf(Checker *c, Pos pos, const char *goversion, const char *fmt, ...)
{
	Buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	vformat(&b, c, fmt, ap);
	va_end(ap);
	if (release_has(FEAT_VERSION_HINT_ALL))
		check_softerrorf(c, pos, "%s requires %s or later", buf_cstr(&b), goversion);   /* report() adds the hint */
	else
		check_softerrorf(c, pos, "%s requires %s or later (-lang was set to %s; check go.mod)", buf_cstr(&b), goversion,
		                 c->conf->lang ? c->conf->lang : "");
	buf_free(&b);
}

void check_errorf(Checker *c, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	check_verrorf(c, pos, false, fmt, ap);
	va_end(ap);
}

void check_softerrorf(Checker *c, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	check_verrorf(c, pos, true, fmt, ap);
	va_end(ap);
}

/* An error with a second line pointing at another declaration:
 * "x redeclared in this block\n\tfile:line:col: other declaration of x". */
void check_error_alt(Checker *c, Pos pos, const char *msg, Object *alt)
{
	if (alt && alt->pos)
		msg = arena_printf(types_arena(), "%s\n\t%s: other declaration of %s", msg,
		                   check_pos_string(alt->pos), alt->name);
	report(c, pos, msg);
}
