/* diag.c: diagnostics for the user, and the plain death of internal bugs.
 *
 * Errors are collected and printed sorted by position with exact
 * duplicates removed, as gc does, so the order does not depend on the
 * order in which passes happen to find them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

typedef struct Diag {
	Pos pos;
	int seq;
	char *msg;
} Diag;

static Diag *diags;
static int ndiags, capdiags, nerrs, nsyntax, limit = 10;
static int unit_start;         /* nerrs when the current unit began */
static bool unit_over;         /* the unit reached the limit: its errors are dropped */
static const char *err_header; /* printed above the unit's first error */
static bool columns = true;

void diag_set_limit(int n) { limit = n; }

/* A unit is what gc compiles at once, one package: the limit of errors
 * counts per unit. */
void diag_begin_unit(void)
{
	unit_start = nerrs;
	unit_over = false;
	err_header = NULL;
}

/* go build prints "# path" above a package's errors (NULL: nothing, as
 * for files on the command line). */
void diag_set_error_header(const char *header)
{
	err_header = header;
}
void diag_set_columns(bool on) { columns = on; }
bool diag_columns(void) { return columns; }
int nerrors(void) { return nerrs; }
int nsyntaxerrors(void) { return nsyntax; }
bool diag_pending(void) { return ndiags > 0; }

/* Sorted as gc sorts: by raw position (file, then raw line and column;
 * //line directives do not reorder), which is Pos order since files
 * own consecutive ranges. Errors without a position come first. */
static int diag_cmp(const void *a, const void *b)
{
	const Diag *x = a, *y = b;
	if (x->pos != y->pos) {
		if (!x->pos || !y->pos)
			return x->pos ? 1 : -1;
		return x->pos < y->pos ? -1 : 1;
	}
	return x->seq - y->seq;
}

void diag_flush(void)
{
	int i;
	char pbuf[512];
	const char *last = NULL;
	Pos lastpos = NOPOS;
	if (ndiags > 1)
		qsort(diags, (size_t)ndiags, sizeof *diags, diag_cmp);
	fflush(stdout);
	if (ndiags && err_header) {
		fprintf(stderr, "# %s\n", err_header);
		err_header = NULL;
	}
	for (i = 0; i < ndiags; i++) {
		if (last && diags[i].pos == lastpos && strcmp(last, diags[i].msg) == 0)
			continue;
		if (diags[i].pos)
			fprintf(stderr, "%s: %s\n", pos_str(diags[i].pos, pbuf, sizeof pbuf), diags[i].msg);
		else
			fprintf(stderr, "%s\n", diags[i].msg);
		last = diags[i].msg;
		lastpos = diags[i].pos;
	}
	for (i = 0; i < ndiags; i++)
		free(diags[i].msg);
	ndiags = 0;
	fflush(stderr);
}

/* diag_reset drops the collected errors unprinted and zeroes the
 * counts (a fuzzer parses input after input). */
void diag_reset(void)
{
	int i;
	for (i = 0; i < ndiags; i++)
		free(diags[i].msg);
	ndiags = 0;
	nerrs = 0;
	nsyntax = 0;
	unit_start = 0;
	unit_over = false;
	err_header = NULL;
}

void verrorf(Pos p, const char *fmt, va_list ap)
{
	Buf b = {0};
	char pbuf[512];
	if (unit_over)
		return;   /* gc has stopped compiling this package */
	buf_vprintf(&b, fmt, ap);
	if (ndiags == capdiags) {
		capdiags = capdiags ? 2 * capdiags : 32;
		diags = xrealloc(diags, sizeof *diags * (size_t)capdiags);
	}
	diags[ndiags].pos = p;
	diags[ndiags].seq = ndiags;
	diags[ndiags].msg = b.s ? b.s : calloc(1, 1);
	ndiags++;
	nerrs++;
	if (strncmp(diags[ndiags - 1].msg, "syntax error", 12) == 0)
		nsyntax++;
	if (limit > 0 && nerrs - unit_start >= limit) {
		diag_flush();
		fprintf(stderr, "%s: too many errors\n", pos_str(p, pbuf, sizeof pbuf));
		fflush(stderr);
		unit_over = true;
	}
}

void errorf(Pos p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	verrorf(p, fmt, ap);
	va_end(ap);
}

/* go build prints a package's "# importpath" line only above output:
 * it is held until the package's first message. */
static const char *pending_header;

void warn_set_header(const char *path)
{
	pending_header = path;
}

void warn_out_header(void)
{
	if (pending_header) {
		printf("# %s\n", pending_header);
		pending_header = NULL;
	}
}

static bool cgo_names;

void warn_set_cgo_names(bool on) { cgo_names = on; }

static bool is_word(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* The go command's cgoTypeSigRe, \b_C2?(type|func|var|macro)_\B,
 * replaced by "C.". */
static void print_cgo_names(const char *s)
{
	static const char *const kinds[] = {"type_", "func_", "var_", "macro_"};
	const char *p = s;
	while (*p) {
		if (p[0] == '_' && p[1] == 'C' && (p == s || !is_word((unsigned char)p[-1]))) {
			const char *q = p + 2;
			size_t k;
			if (*q == '2')
				q++;
			for (k = 0; k < NELEM(kinds); k++) {
				size_t n = strlen(kinds[k]);
				if (strncmp(q, kinds[k], n) == 0 && is_word((unsigned char)q[n])) {
					fputs("C.", stdout);
					p = q + n;
					break;
				}
			}
			if (k < NELEM(kinds))
				continue;
		}
		putchar(*p++);
	}
}

/* An -m message goes to standard output at once, in the order the
 * passes find them (gc's order); errors found so far are printed first,
 * as gc prints them. */
void warnf(Pos pos, const char *fmt, ...)
{
	va_list ap;
	char pbuf[512];
	Buf b = {0};
	if (unit_over)
		return;   /* gc has stopped at too many errors */
	if (diag_pending())
		diag_flush();
	warn_out_header();
	if (pos) {   /* gc prints no position where it has none */
		pos_str(pos, pbuf, sizeof pbuf);
		buf_printf(&b, "%s: ", pbuf);
	}
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (cgo_names)
		print_cgo_names(buf_cstr(&b));
	else
		fputs(buf_cstr(&b), stdout);
	putchar('\n');
	buf_free(&b);
}

void fatalf(const char *fmt, ...)
{
	va_list ap;
	diag_flush();
	fflush(stdout);
	fprintf(stderr, "goescape: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	exit(1);
}

void bugf(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	diag_flush();
	fflush(stdout);
	fprintf(stderr, "goescape: internal error at %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	abort();
}
