/* header.c: the header of a .go file, read without the parser.
 *
 * The loader needs, for every file of every directory it looks at, the
 * leading comments (for build constraints), the package name and the
 * imports. Reading only that much keeps loading std fast: a file is read
 * in growing chunks until the import declarations are over.
 *
 *   Header     = PackageClause ";" { ImportDecl ";" } .
 *   ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) .
 *   ImportSpec = [ "." | identifier ] string .
 *
 * Semicolons are inserted at line ends as the Go lexer does. The first
 * token after the imports ends the header and is never an error, even if
 * it would not scan: the parser reports the rest of the file. Errors in
 * the header itself come with their byte offset and go/parser's wording. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "load.h"

enum { CHUNK = 8192, MAXHEADER = 1 << 30 };

typedef enum HTok {
	H_EOF, H_IDENT, H_KEYWORD, H_STRING, H_LITERAL, H_SEMI, H_LPAREN, H_RPAREN,
	H_PERIOD, H_OTHER, H_ILLEGAL,
} HTok;

typedef struct HScan {
	const char *src;
	size_t n, off;
	HTok tok;
	size_t pos, end;          /* the token's bytes */
	bool newline_semi;        /* the semicolon was a line end (or EOF) */
	bool nlsemi;              /* a newline would end the statement here */
	const char *err;          /* first error */
	size_t erroff;
	bool hit_end;             /* some token ran into the end of the data */
	int ncalls;               /* tokens scanned so far */
	int errcall;              /* the scan (ncalls) during which err was found */
	bool parse_err;           /* err is a grammar error, not a scanning one */
	char msg[96];
} HScan;

static const char *const keywords[] = {
	"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
	"map", "package", "range", "return", "select", "struct", "switch", "type", "var",
};

static void hs_error(HScan *s, size_t off, const char *msg)
{
	if (!s->err) {
		s->err = msg;
		s->erroff = off;
		s->errcall = s->ncalls;
	}
}

static bool is_letter(int32_t r)
{
	return r == '_' || uni_isletter(r);
}

static int32_t rune_at(HScan *s, size_t off, int *size)
{
	unsigned char c;
	if (off >= s->n) {
		*size = 0;
		return -1;
	}
	c = (unsigned char)s->src[off];
	if (c < 0x80) {
		*size = 1;
		return c;
	}
	return utf8_decode((const unsigned char *)s->src + off, s->n - off, size);
}

static void skip_escape(HScan *s, char quote)
{
	int size;
	int32_t c = rune_at(s, s->off, &size);
	int ndig = 0, base = 0;
	uint32_t max = 0, x = 0;
	switch (c) {
	case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
		s->off++;
		return;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		ndig = 3, base = 8, max = 255;
		break;
	case 'x':
		s->off++, ndig = 2, base = 16, max = 255;
		break;
	case 'u':
		s->off++, ndig = 4, base = 16, max = RUNE_MAX;
		break;
	case 'U':
		s->off++, ndig = 8, base = 16, max = RUNE_MAX;
		break;
	default:
		if (c == quote) {
			s->off++;
			return;
		}
		if (c < 0)
			hs_error(s, s->off, "escape sequence not terminated");
		else
			hs_error(s, s->off - 1, "unknown escape sequence");
		return;
	}
	while (ndig-- > 0) {
		int d = -1;
		c = rune_at(s, s->off, &size);
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		if (d < 0 || d >= base) {
			if (c < 0)
				hs_error(s, s->off, "escape sequence not terminated");
			else
				hs_error(s, s->off, "illegal character in escape sequence");
			return;
		}
		x = x * (uint32_t)base + (uint32_t)d;
		s->off++;
	}
	if (x > max || (base == 16 && max == RUNE_MAX && x >= 0xD800 && x < 0xE000))
		hs_error(s, s->off, "escape sequence is invalid Unicode code point");
}

/* Scans one token. Comments and white space are skipped; a newline (or
 * a comment containing one, or EOF) after a token that can end a
 * statement is a semicolon. */
static void hs_next(HScan *s)
{
	int size;
	int32_t c;
	bool nl = s->nlsemi;
	s->ncalls++;
	s->nlsemi = false;
	s->newline_semi = false;
	for (;;) {
		if (s->off >= s->n) {
			s->pos = s->end = s->off;
			s->hit_end = true;
			if (nl) {
				s->tok = H_SEMI;
				s->newline_semi = true;
			} else {
				s->tok = H_EOF;
			}
			return;
		}
		c = (unsigned char)s->src[s->off];
		if (c == ' ' || c == '\t' || c == '\r') {
			s->off++;
			continue;
		}
		if (c == '\n') {
			if (nl) {
				s->tok = H_SEMI;
				s->newline_semi = true;
				s->pos = s->off;
				s->end = ++s->off;
				return;
			}
			s->off++;
			continue;
		}
		if (c == '/' && s->off + 1 < s->n && s->src[s->off + 1] == '/') {
			const char *e = memchr(s->src + s->off, '\n', s->n - s->off);
			s->off = e ? (size_t)(e - s->src) : s->n;
			continue;
		}
		if (c == '/' && s->off + 1 < s->n && s->src[s->off + 1] == '*') {
			size_t start = s->off, i;
			bool hasnl = false, closed = false;
			for (i = s->off + 2; i + 1 < s->n; i++) {
				if (s->src[i] == '\n')
					hasnl = true;
				if (s->src[i] == '*' && s->src[i + 1] == '/') {
					closed = true;
					break;
				}
			}
			if (!closed) {
				s->hit_end = true;
				hs_error(s, start, "comment not terminated");
				s->parse_err = true;   /* go reports it even after the imports */
				s->off = s->n;
				s->tok = H_EOF;
				s->pos = s->end = s->n;
				return;
			}
			s->off = i + 2;
			if (hasnl && nl) {
				s->tok = H_SEMI;
				s->newline_semi = true;
				s->pos = start;
				s->end = s->off;
				return;
			}
			continue;
		}
		break;
	}
	s->pos = s->off;
	c = rune_at(s, s->off, &size);
	if (c == 0) {
		hs_error(s, s->off, "unexpected NUL in input");
		s->tok = H_ILLEGAL;
		s->off++;
	} else if (is_letter(c)) {
		int i;
		size_t len;
		while (s->off < s->n) {
			c = rune_at(s, s->off, &size);
			if (!(is_letter(c) || uni_isdigit(c)) || (c == RUNE_ERROR && size == 1))
				break;
			s->off += (size_t)size;
		}
		len = s->off - s->pos;
		s->tok = H_IDENT;
		s->nlsemi = true;
		for (i = 0; i < NELEM(keywords); i++) {
			if (strlen(keywords[i]) == len && memcmp(keywords[i], s->src + s->pos, len) == 0) {
				const char *k = keywords[i];
				s->tok = H_KEYWORD;
				s->nlsemi = !strcmp(k, "break") || !strcmp(k, "continue") ||
				            !strcmp(k, "fallthrough") || !strcmp(k, "return");
				break;
			}
		}
	} else if (c >= '0' && c <= '9') {
		/* a number: only its extent matters here */
		while (s->off < s->n && (isalnum((unsigned char)s->src[s->off]) || s->src[s->off] == '.' ||
		                         s->src[s->off] == '_'))
			s->off++;
		s->tok = H_LITERAL;
		s->nlsemi = true;
	} else if (c == '"') {
		s->off++;
		for (;;) {
			c = rune_at(s, s->off, &size);
			if (c < 0 || c == '\n') {
				if (c < 0)
					s->hit_end = true;
				hs_error(s, s->pos, "string literal not terminated");
				break;
			}
			if (c == RUNE_ERROR && size == 1)
				hs_error(s, s->off, "illegal UTF-8 encoding");
			if (c == 0)
				hs_error(s, s->off, "unexpected NUL in input");
			s->off += (size_t)size;
			if (c == '"')
				break;
			if (c == '\\')
				skip_escape(s, '"');
		}
		s->tok = H_STRING;
		s->nlsemi = true;
	} else if (c == '`') {
		s->off++;
		for (;;) {
			c = rune_at(s, s->off, &size);
			if (c < 0) {
				s->hit_end = true;
				hs_error(s, s->pos, "raw string literal not terminated");
				break;
			}
			if (c == RUNE_ERROR && size == 1)
				hs_error(s, s->off, "illegal UTF-8 encoding");
			if (c == 0)
				hs_error(s, s->off, "unexpected NUL in input");
			s->off += (size_t)size;
			if (c == '`')
				break;
		}
		s->tok = H_STRING;
		s->nlsemi = true;
	} else if (c == '\'') {
		s->off++;
		for (;;) {
			c = rune_at(s, s->off, &size);
			if (c < 0 || c == '\n') {
				hs_error(s, s->pos, "rune literal not terminated");
				break;
			}
			s->off += (size_t)size;
			if (c == '\'')
				break;
			if (c == '\\')
				skip_escape(s, '\'');
		}
		s->tok = H_LITERAL;
		s->nlsemi = true;
	} else if (c == ';') {
		s->off++;
		s->tok = H_SEMI;
	} else if (c == '(') {
		s->off++;
		s->tok = H_LPAREN;
	} else if (c == ')') {
		s->off++;
		s->tok = H_RPAREN;
		s->nlsemi = true;
	} else if (c == '.' && !(s->off + 1 < s->n && s->src[s->off + 1] >= '0' && s->src[s->off + 1] <= '9')) {
		s->off++;
		s->tok = H_PERIOD;
	} else if (c == 0xFEFF) {
		hs_error(s, s->off, "illegal byte order mark");
		s->off += (size_t)size;
		s->tok = H_ILLEGAL;
	} else if (c == RUNE_ERROR && size == 1) {
		hs_error(s, s->off, "illegal UTF-8 encoding");
		s->off++;
		s->tok = H_ILLEGAL;
	} else if (c < 0x80 && strchr("+-*/%&|^<>=!{}[],:~", (int)c)) {
		s->off++;
		s->tok = H_OTHER;
		s->nlsemi = c == ']' || c == '}';
	} else {
		snprintf(s->msg, sizeof s->msg, "illegal character U+%04X", (unsigned)c);
		if (c >= 0x20 && c < 0x7f)
			snprintf(s->msg, sizeof s->msg, "illegal character U+%04X '%c'", (unsigned)c, (int)c);
		hs_error(s, s->off, s->msg);
		s->off += size > 0 ? (size_t)size : 1;
		s->tok = H_ILLEGAL;
	}
	s->end = s->off;
	if (s->off >= s->n)
		s->hit_end = true;
}

/* the token as go/parser names it after "found" */
static void found_text(HScan *s, char *buf, size_t size)
{
	int len = (int)MIN(s->end - s->pos, 40);
	switch (s->tok) {
	case H_EOF:
		snprintf(buf, size, "'EOF'");
		break;
	case H_SEMI:
		snprintf(buf, size, s->newline_semi ? "newline" : "';'");
		break;
	case H_IDENT: case H_STRING: case H_LITERAL:
		snprintf(buf, size, "%.*s", len, s->src + s->pos);
		break;
	default:
		snprintf(buf, size, "'%.*s'", len, s->src + s->pos);
		break;
	}
}

static void expected(HScan *s, const char *what, char *msg, size_t size)
{
	char found[64];
	if (s->err)
		return;
	found_text(s, found, sizeof found);
	snprintf(msg, size, "expected %s, found %s", what, found);
	hs_error(s, s->pos, msg);
	s->parse_err = true;
}

/* Unquotes a string literal the scanner accepted; NULL if it is bad. */
static const char *unquote(const char *lit, size_t n)
{
	Buf b = {0};
	const char *r;
	size_t i;
	if (n < 2)
		return NULL;
	if (lit[0] == '`') {
		for (i = 1; i + 1 < n; i++)
			if (lit[i] != '\r')
				buf_putc(&b, lit[i]);
	} else {
		for (i = 1; i + 1 < n;) {
			char c = lit[i++];
			uint32_t x = 0;
			int ndig = 0, base = 16;
			bool byte = false;
			if (c != '\\') {
				buf_putc(&b, c);
				continue;
			}
			c = lit[i++];
			switch (c) {
			case 'a': buf_putc(&b, '\a'); continue;
			case 'b': buf_putc(&b, '\b'); continue;
			case 'f': buf_putc(&b, '\f'); continue;
			case 'n': buf_putc(&b, '\n'); continue;
			case 'r': buf_putc(&b, '\r'); continue;
			case 't': buf_putc(&b, '\t'); continue;
			case 'v': buf_putc(&b, '\v'); continue;
			case '\\': buf_putc(&b, '\\'); continue;
			case '"': buf_putc(&b, '"'); continue;
			case 'x': ndig = 2, byte = true; break;
			case 'u': ndig = 4; break;
			case 'U': ndig = 8; break;
			default:
				if (c >= '0' && c <= '7') {
					i--;
					ndig = 3, base = 8, byte = true;
					break;
				}
				buf_free(&b);
				return NULL;
			}
			while (ndig-- > 0 && i + 1 < n) {
				char d = lit[i++];
				x = x * (uint32_t)base + (uint32_t)(d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
			}
			if (byte) {
				buf_putc(&b, (int)(x & 0xff));
			} else {
				char enc[4];
				buf_put(&b, enc, (size_t)utf8_encode(enc, (int32_t)x));
			}
		}
	}
	r = intern(b.s ? b.s : "", b.n);
	buf_free(&b);
	return r;
}

/* go/parser's rule for import paths: non-empty, graphic, no spaces, none
 * of a few punctuation characters. */
static bool valid_import(const char *s)
{
	size_t n = strlen(s), i = 0;
	if (n == 0)
		return false;
	while (i < n) {
		int size;
		int32_t r = utf8_decode((const unsigned char *)s + i, n - i, &size);
		if (r == RUNE_ERROR || r < 0x21 || r == 0x7f || (r >= 0x80 && r < 0xa1) || r == 0xad ||
		    strchr("!\"#$%&'()*,:;<=>?[\\]^{|}`", (int)(r < 0x80 ? r : 'a')) ||
		    r == 0x1680 || (r >= 0x2000 && r <= 0x200f) || (r >= 0x2028 && r <= 0x202f) ||
		    r == 0x205f || r == 0x3000 || r == 0xfeff)
			return false;
		i += (size_t)size;
	}
	return true;
}

static bool is_import_kw(HScan *s)
{
	return s->tok == H_KEYWORD && s->end - s->pos == 6 && memcmp(s->src + s->pos, "import", 6) == 0;
}

/* After a package clause or a whole import declaration: a ';' goes on
 * to the next declaration; "import" without one is an error; anything
 * else ends the header (go/build would not have read that far). True if
 * the header goes on, with the token after the ';' current. */
static bool decl_end(HScan *s)
{
	char msg[128];
	if (s->tok == H_SEMI) {
		hs_next(s);
		return true;
	}
	if (is_import_kw(s)) {
		expected(s, "';'", msg, sizeof msg);
		s->err = arena_strndup(perm, msg, strlen(msg));
	}
	return false;
}

/* Returns whether a ';' ended the spec (so the current token is the
 * first one after it). */
static bool import_spec(HScan *s, Arena *a, Vec *out, bool group)
{
	size_t start = s->pos;
	char msg[128];
	if (s->tok == H_PERIOD || s->tok == H_IDENT)
		hs_next(s);
	if (s->tok == H_STRING) {
		const char *path = unquote(s->src + s->pos, s->end - s->pos);
		if (!path || !valid_import(path)) {
			snprintf(msg, sizeof msg, "invalid import path: %.*s", (int)MIN(s->end - s->pos, 80),
			         s->src + s->pos);
			hs_error(s, s->pos, arena_strndup(perm, msg, strlen(msg)));
			s->parse_err = true;
		} else if (!s->err) {
			ScanImport *imp = NEW(a, ScanImport);
			imp->path = path;
			imp->site.off = (uint32_t)start;
			vec_push(out, imp);
		}
		hs_next(s);
	} else {
		expected(s, "'STRING'", msg, sizeof msg);
		if (s->err && s->err == msg)
			s->err = arena_strndup(perm, msg, strlen(msg));
		return false;
	}
	if (!group)
		return decl_end(s);
	/* expectSemi: ')' may close the group without one */
	if (s->tok == H_SEMI) {
		hs_next(s);
		return true;
	}
	if (s->tok != H_RPAREN) {
		expected(s, "';'", msg, sizeof msg);
		if (s->err == msg)
			s->err = arena_strndup(perm, msg, strlen(msg));
	}
	return false;
}

/* An import comment after the package name, on the same line:
 *   package foo // import "example.org/foo"
 * (GOPATH mode checks that the package is imported by that path). */
static void import_comment(const char *s, size_t n, FileHeader *h)
{
	const char *c, *end;
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	if (n - i < 2 || s[i] != '/' || (s[i + 1] != '/' && s[i + 1] != '*'))
		return;
	c = s + i + 2;
	if (s[i + 1] == '/') {
		end = memchr(c, '\n', n - i - 2);
		if (!end)
			end = s + n;
	} else {
		const char *nl;
		for (end = c; end + 1 < s + n && !(end[0] == '*' && end[1] == '/'); end++)
			;
		if (end + 1 >= s + n)
			return;
		nl = memchr(c, '\n', (size_t)(end - c));
		if (nl)
			return;
	}
	while (c < end && (*c == ' ' || *c == '\t' || *c == '\r'))
		c++;
	while (end > c && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	if (end - c < 7 || memcmp(c, "import", 6) != 0 || (c[6] != ' ' && c[6] != '\t'))
		return;
	for (c += 6; c < end && (*c == ' ' || *c == '\t'); c++)
		;
	h->importcomment = intern(c, (size_t)(end - c));
	h->importcommentpath = NULL;
	if (end - c >= 2 && (*c == '"' || *c == '`') && end[-1] == *c && !memchr(c + 1, *c == '`' ? '`' : '\n', (size_t)(end - c - 2)))
		h->importcommentpath = unquote(c, (size_t)(end - c));
}

void header_scan(const char *data, size_t n, Arena *a, FileHeader *h)
{
	HScan s;
	Vec imps = {0};
	char msg[128];
	const char *nul;
	bool top;
	memset(h, 0, sizeof *h);
	memset(&s, 0, sizeof s);
	s.src = data;
	s.n = n;
	if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		s.off = 3;
	hs_next(&s);
	if (!(s.tok == H_KEYWORD && s.end - s.pos == 7 && memcmp(data + s.pos, "package", 7) == 0)) {
		expected(&s, "'package'", msg, sizeof msg);
		goto out;
	}
	hs_next(&s);
	if (s.tok != H_IDENT) {
		expected(&s, "'IDENT'", msg, sizeof msg);
		goto out;
	}
	h->pkgname = intern(data + s.pos, s.end - s.pos);
	h->pkgoff = (uint32_t)s.pos;
	import_comment(data + s.end, n - s.end, h);
	hs_next(&s);
	/* top: the current token is the first after a declaration's ';' */
	top = decl_end(&s);
	while (top && is_import_kw(&s) && !s.err) {
		top = false;
		hs_next(&s);
		if (s.tok != H_LPAREN) {
			top = import_spec(&s, a, &imps, false);
			continue;
		}
		hs_next(&s);
		while (s.tok != H_RPAREN && s.tok != H_EOF && !s.err)
			import_spec(&s, a, &imps, true);
		if (s.err)
			break;
		if (s.tok != H_RPAREN) {
			expected(&s, "')'", msg, sizeof msg);
			break;
		}
		hs_next(&s);
		top = decl_end(&s);
	}
	/* The current token ends the header. Scanning errors inside it
	 * belong to the rest of the file, which the parser reads. */
	if (s.err && top && !s.parse_err && s.errcall == s.ncalls)
		s.err = NULL;
	if (!s.err && (nul = memchr(data, 0, s.pos)) != NULL)
		hs_error(&s, (size_t)(nul - data), "unexpected NUL in input");
out:
	if (s.err == msg)
		s.err = arena_strndup(perm, msg, strlen(msg));
	h->err = s.err;
	h->erroff = (uint32_t)s.erroff;
	h->hit_end = s.hit_end;
	/* a file whose header does not parse contributes no imports */
	if (imps.n && !s.err) {
		int i;
		h->imports = NEWARRAY(a, ScanImport, imps.n);
		for (i = 0; i < imps.n; i++) {
			h->imports[i] = *(ScanImport *)imps.v[i];
			if (strcmp(h->imports[i].path, "C") == 0)
				h->importsC = true;
		}
		h->nimports = imps.n;
	}
	vec_free(&imps);
}

char *header_read(const char *path, size_t *np, const char **ioerr, Arena *a, FileHeader *h)
{
	size_t cap = CHUNK, n = 0;
	char *buf = xmalloc(cap + 1);
	bool eof = false;
	int fd = open(path, O_RDONLY | O_NONBLOCK);   /* a FIFO must not block the loader */
	if (fd < 0) {
		*ioerr = strerror(errno);
		free(buf);
		return NULL;
	}
	for (;;) {
		while (n < cap && !eof) {
			ssize_t k = read(fd, buf + n, cap - n);
			if (k < 0) {
				if (errno == EINTR)
					continue;
				*ioerr = strerror(errno);
				close(fd);
				free(buf);
				return NULL;
			}
			if (k == 0)
				eof = true;
			n += (size_t)k;
		}
		buf[n] = 0;
		header_scan(buf, n, a, h);
		if (eof || !h->hit_end)
			break;
		if (cap >= MAXHEADER) {
			h->err = "file header too large";
			h->erroff = 0;
			break;
		}
		cap *= 2;
		buf = xrealloc(buf, cap + 1);
	}
	close(fd);
	*np = n;
	return buf;
}
