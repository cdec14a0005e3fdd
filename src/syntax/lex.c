/* lex.c: the scanner. Turns a source file into tokens, inserting
 * semicolons at line ends as the spec says, and collects compiler
 * directives (//go:..., //line ...) on the way.
 *
 * It follows gc's scanner in what it accepts and how it complains
 * (the messages, their positions, and skipping a NUL byte, a byte of
 * invalid UTF-8 or a misplaced BOM after reporting it), so that bad
 * input is reported exactly as gc reports it.
 *
 * The reader keeps one current character `ch` (gc's model). Runs of
 * plain ASCII inside identifiers, strings and comments are skipped
 * with tight byte loops; anything else (NUL, bytes >= 0x80) goes
 * through nextch_slow, which is where bad bytes are reported, each
 * exactly once. The source is NUL-terminated, so a NUL byte is either
 * the end or an error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax.h"

/* --- token tables ------------------------------------------------------- */

const char *const token_text[NTOKENS] = {
#define TOK(name, text, prec) text,
#include "tokens.h"
#undef TOK
};

const int token_prec[NTOKENS] = {
#define TOK(name, text, prec) prec,
#include "tokens.h"
#undef TOK
};

bool token_is_keyword(Token t) { return t >= TOK_BREAK && t <= TOK_VAR; }
bool token_is_literal(Token t) { return t >= TOK_IDENT && t <= TOK_STRING; }

/* Keywords by a small perfect hash, checked when the table is built. */
enum { KWBITS = 6 };
static Token kwtab[1 << KWBITS];
static unsigned char kwlen[NTOKENS];
static uint64_t kwhead[NTOKENS];   /* a keyword's first eight bytes */

static unsigned kwhash(const char *s, size_t n)
{
	return ((unsigned)(unsigned char)s[0] + (unsigned)(unsigned char)s[1] * 4u + (unsigned)n * 6u) &
	       ((1u << KWBITS) - 1);
}

static void kw_init(void)
{
	int t;
	if (kwtab[kwhash("if", 2)])
		return;
	for (t = TOK_BREAK; t <= TOK_VAR; t++) {
		unsigned h = kwhash(token_text[t], strlen(token_text[t]));
		if (kwtab[h])
			BUG("keyword hash collides: %s and %s", token_text[t], token_text[kwtab[h]]);
		kwtab[h] = (Token)t;
		kwlen[t] = (unsigned char)strlen(token_text[t]);
		memcpy(&kwhead[t], token_text[t], kwlen[t] < 8 ? kwlen[t] : 8);
	}
}

/* keyword says which keyword s[0:n] is, if any; w holds its first
 * eight bytes (zero-padded). */
static Token keyword(const char *s, size_t n, uint64_t w)
{
	Token t;
	if (n < 2 || n > 11)
		return TOK_IDENT;
	t = kwtab[kwhash(s, n)];
	if (t && kwhead[t] == w && kwlen[t] == n && (n <= 8 || memcmp(token_text[t] + 8, s + 8, n - 8) == 0))
		return t;
	return TOK_IDENT;
}

/* --- character classes -------------------------------------------------- */

enum {
	C_IDENT = 1,     /* ASCII letter, digit or '_' */
	C_PLAIN = 2,     /* ASCII, not NUL, not '\n': ordinary inside comments */
	C_STR = 4,       /* ordinary inside "..." (not '"', '\\', '\n', NUL) */
	C_RAW = 8,       /* ordinary inside `...` (not '`', NUL) */
	C_CMT = 16,      /* ordinary inside a block comment (not '*', '\n', NUL) */
	C_BLANK = 32,    /* ' ', '\t', '\r' */
	C_NL = 64,       /* '\n' */
};
static unsigned char cclass[256];

static void class_init(void)
{
	int c;
	if (cclass['a'])
		return;
	for (c = 1; c < 0x80; c++) {
		unsigned char k = C_PLAIN | C_STR | C_RAW | C_CMT;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
			k |= C_IDENT;
		if (c == '\n')
			k &= (unsigned char)~(C_PLAIN | C_STR | C_CMT);
		if (c == '"' || c == '\\')
			k &= (unsigned char)~C_STR;
		if (c == '`')
			k &= (unsigned char)~C_RAW;
		if (c == '*')
			k &= (unsigned char)~C_CMT;
		if (c == ' ' || c == '\t' || c == '\r')
			k |= C_BLANK;
		if (c == '\n')
			k |= C_NL;
		cclass[c] = k;
	}
}

static inline bool is_letter(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static inline bool is_decimal(int32_t c) { return c >= '0' && c <= '9'; }
static inline int32_t lower(int32_t c) { return ('a' - 'A') | c; }
static inline bool is_hex(int32_t c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

/* --- errors -------------------------------------------------------------- */

static uint32_t choff(const Lexer *lx)   /* offset of ch */
{
	return (uint32_t)(lx->cur - lx->start) - (uint32_t)lx->chw;
}

static void lex_report(Lexer *lx, uint32_t off, const char *msg)
{
	Pos p = src_pos(lx->file, off);
	lx->nerrors++;
	if (lx->errh)
		lx->errh(lx->errctx, p, msg);
	else
		errorf(p, "%s", msg);
}

static void PRINTF(3, 4) lex_errorf(Lexer *lx, uint32_t off, const char *fmt, ...)
{
	Buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	lex_report(lx, off, buf_cstr(&b));
	buf_free(&b);
}

void lex_quote_rune(Buf *b, int32_t r)
{
	char enc[4];
	buf_putc(b, '\'');
	switch (r) {
	case '\a': buf_puts(b, "\\a"); break;
	case '\b': buf_puts(b, "\\b"); break;
	case '\f': buf_puts(b, "\\f"); break;
	case '\n': buf_puts(b, "\\n"); break;
	case '\r': buf_puts(b, "\\r"); break;
	case '\t': buf_puts(b, "\\t"); break;
	case '\v': buf_puts(b, "\\v"); break;
	case '\\': buf_puts(b, "\\\\"); break;
	case '\'': buf_puts(b, "\\'"); break;
	default:
		if (r < 0 || r > RUNE_MAX || (r >= 0xD800 && r <= 0xDFFF))
			r = RUNE_ERROR;
		if (uni_isprint(r))
			buf_put(b, enc, (size_t)utf8_encode(enc, r));
		else if (r < 0x80)
			buf_printf(b, "\\x%02x", (unsigned)r);
		else if (r < 0x10000)
			buf_printf(b, "\\u%04x", (unsigned)r);
		else
			buf_printf(b, "\\U%08x", (unsigned)r);
	}
	buf_putc(b, '\'');
}

void lex_fmt_U(Buf *b, int32_t r)
{
	char enc[4];
	buf_printf(b, "U+%04X", (unsigned)r);
	if (r >= 0 && r <= RUNE_MAX && !(r >= 0xD800 && r <= 0xDFFF) && uni_isprint(r)) {
		buf_puts(b, " '");
		buf_put(b, enc, (size_t)utf8_encode(enc, r));
		buf_putc(b, '\'');
	}
}

/* Reports msg with the rune r formatted by fmt ("%U" or "%q") where
 * the message has "%s". */
static void lex_error_rune(Lexer *lx, uint32_t off, const char *msg, int32_t r, bool U, const char *extra)
{
	Buf rb = {0};
	Buf b = {0};
	if (U)
		lex_fmt_U(&rb, r);
	else
		lex_quote_rune(&rb, r);
	buf_printf(&b, msg, buf_cstr(&rb), extra ? extra : "");
	lex_report(lx, off, buf_cstr(&b));
	buf_free(&rb);
	buf_free(&b);
}

/* --- reading characters ------------------------------------------------- */

/* The general case of nextch: end of file, NUL, non-ASCII. Bad bytes
 * are reported and skipped, as gc does. */
static void nextch_slow(Lexer *lx)
{
	for (;;) {
		const unsigned char *p = (const unsigned char *)lx->cur;
		int32_t r;
		int w;
		if (lx->cur >= lx->end) {
			lx->ch = -1;
			lx->chw = 0;
			return;
		}
		if (*p == 0) {
			lex_report(lx, (uint32_t)(lx->cur - lx->start), "invalid NUL character");
			lx->cur++;
			continue;
		}
		if (*p < 0x80) {
			lx->ch = *p;
			lx->chw = 1;
			lx->cur++;
			return;
		}
		r = utf8_decode(p, (size_t)(lx->end - lx->cur), &w);
		lx->cur += w;
		if (r == RUNE_ERROR && w == 1) {
			lex_report(lx, (uint32_t)(lx->cur - 1 - lx->start), "invalid UTF-8 encoding");
			continue;
		}
		if (r == 0xFEFF) {
			/* a byte order mark is only allowed as the first character */
			if (lx->cur - w != lx->start)
				lex_report(lx, (uint32_t)(lx->cur - w - lx->start), "invalid BOM in the middle of the file");
			continue;
		}
		lx->ch = r;
		lx->chw = w;
		return;
	}
}

/* nextch makes the character at cur the current one. */
static inline void nextch(Lexer *lx)
{
	unsigned char c = (unsigned char)*lx->cur;
	if (c - 1u < 0x7Fu) {
		lx->ch = c;
		lx->chw = 1;
		lx->cur++;
		return;
	}
	nextch_slow(lx);
}

/* skip_class consumes the current character and every following byte
 * of class k, leaving the first other character current. */
static inline void skip_class(Lexer *lx, unsigned char k)
{
	const unsigned char *p = (const unsigned char *)lx->cur;
	while (cclass[*p] & k)
		p++;
	lx->cur = (const char *)p;
	nextch(lx);
}

/* --- tokens ------------------------------------------------------------- */

static void set_lit(Lexer *lx, Token kind, uint32_t start, bool ok)
{
	lx->nlsemi = true;
	lx->tok = kind;
	lx->lit = lx->start + start;
	lx->litlen = (int)(choff(lx) - start);
	lx->badlit = !ok;
}

/* at_ident_char decides whether a non-ASCII ch continues (or starts)
 * an identifier, reporting the runes gc complains about. */
static bool at_ident_char(Lexer *lx, bool first)
{
	int32_t c = lx->ch;
	if (uni_isletter(c) || c == '_')
		return true;
	if (uni_isdigit(c)) {
		if (first)
			lex_error_rune(lx, choff(lx), "identifier cannot begin with digit %s", c, true, NULL);
		return true;
	}
	if (c >= 0x80) {
		lex_error_rune(lx, choff(lx), "invalid character %s in identifier", c, true, NULL);
		return true;
	}
	return false;
}

/* Names repeat a lot; a small direct-mapped cache in front of the
 * interning table answers most lookups from near memory. */
#ifndef IDCACHE_BITS
#define IDCACHE_BITS 12
#endif
enum { IDCACHE = 1 << IDCACHE_BITS };
static struct { uint64_t w; const char *s; size_t n; } idcache[IDCACHE];

/* lex_reset forgets the cached names (with intern_reset). */
void lex_reset(void)
{
	memset(idcache, 0, sizeof idcache);
}

static const char *intern_ident(const char *s, size_t n, uint64_t w)
{
	unsigned h;
	h = (unsigned)(((w ^ ((uint64_t)(unsigned char)s[n - 1] << 56) ^ n) * 0x9e3779b97f4a7c15ull) >> (64 - IDCACHE_BITS));
	if (idcache[h].w == w && idcache[h].n == n && (n <= 8 || memcmp(idcache[h].s + 8, s + 8, n - 8) == 0))
		return idcache[h].s;
	idcache[h].s = intern(s, n);
	idcache[h].w = w;
	idcache[h].n = n;
	return idcache[h].s;
}

static void ident(Lexer *lx, uint32_t start)
{
	size_t n;
	Token t;
	const char *s;
	uint64_t w;
	for (;;) {
		if (lx->ch < 0x80 && lx->ch >= 0 && (cclass[lx->ch] & C_IDENT))
			skip_class(lx, C_IDENT);
		else if (lx->ch >= 0x80 && at_ident_char(lx, false))
			nextch(lx);
		else
			break;
	}
	n = choff(lx) - start;
	s = lx->start + start;
	/* the first eight bytes, zero-padded, compared as a word below */
	if (lx->end - s >= 8) {
		memcpy(&w, s, 8);
		if (n < 8)
			w &= ~0ull >> (64 - 8 * n);
	} else {
		w = 0;
		memcpy(&w, s, n < 8 ? n : 8);
	}
	t = keyword(s, n, w);
	if (t != TOK_IDENT) {
		lx->nlsemi = t == TOK_BREAK || t == TOK_CONTINUE || t == TOK_FALLTHROUGH || t == TOK_RETURN;
		lx->tok = t;
		return;
	}
	lx->nlsemi = true;
	lx->tok = TOK_IDENT;
	lx->lit = intern_ident(s, n, w);
	lx->litlen = (int)n;
}

static const char *base_name(int base)
{
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 10: return "decimal";
	default: return "hexadecimal";
	}
}

/* digits consumes { digit | '_' } and says what it saw: bit 0 digits,
 * bit 1 separators. For base <= 10 any decimal digit is taken, and the
 * offset of the first one too large for base goes to *invalid. */
static int digits(Lexer *lx, int base, uint32_t start, int *invalid)
{
	int digsep = 0;
	if (base <= 10) {
		int32_t max = '0' + base;
		while (is_decimal(lx->ch) || lx->ch == '_') {
			int ds = 1;
			if (lx->ch == '_')
				ds = 2;
			else if (lx->ch >= max && *invalid < 0)
				*invalid = (int)(choff(lx) - start);
			digsep |= ds;
			nextch(lx);
		}
	} else {
		while (is_hex(lx->ch) || lx->ch == '_') {
			digsep |= lx->ch == '_' ? 2 : 1;
			nextch(lx);
		}
	}
	return digsep;
}

/* invalid_sep returns the index of the first misplaced '_' in x, or -1. */
static int invalid_sep(const char *x, int n)
{
	int32_t x1 = ' ', d = '.';
	int i = 0;
	if (n >= 2 && x[0] == '0') {
		x1 = lower((unsigned char)x[1]);
		if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
			d = '0';   /* the prefix counts as a digit */
			i = 2;
		}
	}
	for (; i < n; i++) {
		int32_t p = d;
		d = (unsigned char)x[i];
		if (d == '_') {
			if (p != '0')
				return i;
		} else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
			d = '0';
		} else {
			if (p == '_')
				return i - 1;
			d = '.';
		}
	}
	if (d == '_')
		return n - 1;
	return -1;
}

/* number scans an int, float or imaginary literal; seen_point says the
 * literal began with '.' (already consumed). */
static void number(Lexer *lx, uint32_t start, bool seen_point)
{
	bool ok = true;
	Token kind = TOK_INT;
	int base = 10, digsep = 0, invalid = -1;
	int32_t prefix = 0;   /* 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b' */

	if (!seen_point) {
		if (lx->ch == '0') {
			nextch(lx);
			switch (lower(lx->ch)) {
			case 'x': nextch(lx); base = 16; prefix = 'x'; break;
			case 'o': nextch(lx); base = 8; prefix = 'o'; break;
			case 'b': nextch(lx); base = 2; prefix = 'b'; break;
			default: base = 8; prefix = '0'; digsep = 1; break;   /* the leading 0 */
			}
		}
		digsep |= digits(lx, base, start, &invalid);
		if (lx->ch == '.') {
			if (prefix == 'o' || prefix == 'b') {
				lex_errorf(lx, choff(lx), "invalid radix point in %s literal", base_name(base));
				ok = false;
			}
			nextch(lx);
			seen_point = true;
		}
	}
	if (seen_point) {
		kind = TOK_FLOAT;
		digsep |= digits(lx, base, start, &invalid);
	}
	if ((digsep & 1) == 0 && ok) {
		lex_errorf(lx, choff(lx), "%s literal has no digits", base_name(base));
		ok = false;
	}

	if (lower(lx->ch) == 'e' || lower(lx->ch) == 'p') {
		int32_t e = lower(lx->ch);
		int ign = -1;
		if (ok) {
			if (e == 'e' && prefix != 0 && prefix != '0') {
				lex_error_rune(lx, choff(lx), "%s exponent requires decimal mantissa", lx->ch, false, NULL);
				ok = false;
			} else if (e == 'p' && prefix != 'x') {
				lex_error_rune(lx, choff(lx), "%s exponent requires hexadecimal mantissa", lx->ch, false, NULL);
				ok = false;
			}
		}
		nextch(lx);
		kind = TOK_FLOAT;
		if (lx->ch == '+' || lx->ch == '-')
			nextch(lx);
		digsep = digits(lx, 10, start, &ign) | (digsep & 2);
		if ((digsep & 1) == 0 && ok) {
			lex_errorf(lx, choff(lx), "exponent has no digits");
			ok = false;
		}
	} else if (prefix == 'x' && kind == TOK_FLOAT && ok) {
		lex_errorf(lx, choff(lx), "hexadecimal mantissa requires a 'p' exponent");
		ok = false;
	}

	if (lx->ch == 'i') {
		kind = TOK_IMAG;
		nextch(lx);
	}
	set_lit(lx, kind, start, ok);

	if (kind == TOK_INT && invalid >= 0 && ok) {
		Buf b = {0};
		lex_quote_rune(&b, (unsigned char)lx->lit[invalid]);
		lex_errorf(lx, start + (uint32_t)invalid, "invalid digit %s in %s literal", buf_cstr(&b), base_name(base));
		buf_free(&b);
		ok = false;
	}
	if ((digsep & 2) && ok) {
		int i = invalid_sep(lx->lit, lx->litlen);
		if (i >= 0) {
			lex_errorf(lx, start + (uint32_t)i, "'_' must separate successive digits");
			ok = false;
		}
	}
	lx->badlit = !ok;
}

/* escape checks one escape sequence after the backslash; quote is the
 * literal's delimiter. End of file is left for the caller to report. */
static bool escape(Lexer *lx, int32_t quote)
{
	int n, i;
	uint32_t base, max, x = 0;
	switch (lx->ch) {
	case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
		nextch(lx);
		return true;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		n = 3, base = 8, max = 255;
		break;
	case 'x':
		nextch(lx);
		n = 2, base = 16, max = 255;
		break;
	case 'u':
		nextch(lx);
		n = 4, base = 16, max = RUNE_MAX;
		break;
	case 'U':
		nextch(lx);
		n = 8, base = 16, max = RUNE_MAX;
		break;
	default:
		if (lx->ch == quote) {
			nextch(lx);
			return true;
		}
		if (lx->ch < 0)
			return true;
		lex_errorf(lx, choff(lx), "unknown escape");
		return false;
	}
	for (i = n; i > 0; i--) {
		uint32_t d = base;
		if (lx->ch < 0)
			return true;
		if (is_decimal(lx->ch))
			d = (uint32_t)lx->ch - '0';
		else if (lower(lx->ch) >= 'a' && lower(lx->ch) <= 'f')
			d = (uint32_t)lower(lx->ch) - 'a' + 10;
		if (d >= base) {
			lex_error_rune(lx, choff(lx), "invalid character %s in %s escape", lx->ch, false, base_name((int)base));
			return false;
		}
		x = x * base + d;
		nextch(lx);
	}
	if (x > max && base == 8) {
		lex_errorf(lx, choff(lx), "octal escape value %u > 255", x);
		return false;
	}
	if (x > max || (x >= 0xD800 && x < 0xE000)) {
		lex_error_rune(lx, choff(lx), "escape is invalid Unicode code point %s", (int32_t)x, true, NULL);
		return false;
	}
	return true;
}

static void rune_lit(Lexer *lx, uint32_t start)
{
	bool ok = true;
	int n;
	nextch(lx);
	for (n = 0;; n++) {
		if (lx->ch == '\'') {
			if (ok) {
				if (n == 0) {
					lex_errorf(lx, choff(lx), "empty rune literal or unescaped '");
					ok = false;
				} else if (n != 1) {
					lex_errorf(lx, start, "more than one character in rune literal");
					ok = false;
				}
			}
			nextch(lx);
			break;
		}
		if (lx->ch == '\\') {
			nextch(lx);
			if (!escape(lx, '\''))
				ok = false;
			continue;
		}
		if (lx->ch == '\n') {
			if (ok) {
				lex_errorf(lx, choff(lx), "newline in rune literal");
				ok = false;
			}
			break;
		}
		if (lx->ch < 0) {
			if (ok) {
				lex_errorf(lx, start, "rune literal not terminated");
				ok = false;
			}
			break;
		}
		nextch(lx);
	}
	set_lit(lx, TOK_CHAR, start, ok);
}

static void std_string(Lexer *lx, uint32_t start)
{
	bool ok = true;
	nextch(lx);
	for (;;) {
		if (lx->ch == '"') {
			nextch(lx);
			break;
		}
		if (lx->ch == '\\') {
			nextch(lx);
			if (!escape(lx, '"'))
				ok = false;
			continue;
		}
		if (lx->ch == '\n') {
			lex_errorf(lx, choff(lx), "newline in string");
			ok = false;
			break;
		}
		if (lx->ch < 0) {
			lex_errorf(lx, start, "string not terminated");
			ok = false;
			break;
		}
		if (lx->ch < 0x80)
			skip_class(lx, C_STR);
		else
			nextch(lx);
	}
	set_lit(lx, TOK_STRING, start, ok);
}

static void raw_string(Lexer *lx, uint32_t start)
{
	bool ok = true;
	nextch(lx);
	for (;;) {
		if (lx->ch == '`') {
			nextch(lx);
			break;
		}
		if (lx->ch < 0) {
			lex_errorf(lx, start, "string not terminated");
			ok = false;
			break;
		}
		if (lx->ch < 0x80)
			skip_class(lx, C_RAW);
		else
			nextch(lx);
	}
	/* Carriage returns stay in lit; the parser drops them from the value. */
	set_lit(lx, TOK_STRING, start, ok);
}

/* --- comments and directives -------------------------------------------- */

/* plain_run returns the first byte at or after p that is '\n', NUL or
 * not ASCII, looking at eight bytes at a time while they last. */
static const unsigned char *plain_run(const unsigned char *p, const unsigned char *end)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	while (end - p >= 8) {
		uint64_t x, nl;
		memcpy(&x, p, 8);
		nl = x ^ (ones * '\n');
		if (((x - ones) & ~x & highs) | ((nl - ones) & ~nl & highs) | (x & highs))
			break;
		p += 8;
	}
	while (cclass[*p] & C_PLAIN)
		p++;
	return p;
}

static void skip_line(Lexer *lx)
{
	while (lx->ch >= 0 && lx->ch != '\n') {
		if (lx->ch < 0x80) {
			lx->cur = (const char *)plain_run((const unsigned char *)lx->cur, (const unsigned char *)lx->end);
			nextch(lx);
		} else {
			nextch(lx);
		}
	}
}

/* skip_block consumes a block comment after its opening; reports a
 * missing end at start; returns whether it ended and whether it
 * contained a newline. */
static bool skip_block(Lexer *lx, uint32_t start, bool *multiline)
{
	while (lx->ch >= 0) {
		if (lx->ch == '*') {
			nextch(lx);
			if (lx->ch == '/') {
				nextch(lx);
				return true;
			}
			continue;
		}
		if (lx->ch == '\n')
			*multiline = true;
		if (lx->ch < 0x80 && lx->ch != '\n')
			skip_class(lx, C_CMT);
		else
			nextch(lx);
	}
	lex_errorf(lx, start, "comment not terminated");
	return false;
}

static bool has_prefix(const char *s, size_t n, const char *pre)
{
	size_t k = strlen(pre);
	return n >= k && memcmp(s, pre, k) == 0;
}

static bool parse_uint(const char *s, size_t n, uint64_t *v)
{
	uint64_t x = 0;
	size_t i;
	if (n == 0)
		return false;
	for (i = 0; i < n; i++) {
		if (!is_decimal((unsigned char)s[i]))
			return false;
		if (x > (UINT64_MAX - 9) / 10)
			return false;
		x = x * 10 + (uint64_t)(s[i] - '0');
	}
	*v = x;
	return true;
}

/* trailing_digits looks for ":n" at the end of text[0:n]: it returns
 * the index just past the last ':' (0 if none) and whether the rest is
 * a number. */
static size_t trailing_digits(const char *text, size_t n, uint64_t *val, bool *ok)
{
	size_t i = n;
	while (i > 0 && text[i - 1] != ':')
		i--;
	*ok = false;
	*val = 0;
	if (i == 0)
		return 0;
	*ok = parse_uint(text + i, n - i, val);
	return i;
}

/* Filename of the position base in effect at off. */
static const char *current_filename(SrcFile *f, uint32_t off)
{
	return pos_resolve(src_pos(f, off)).filename;
}

/* line_directive handles "line filename:line[:col]": text starts after
 * "line " at offset toff; the directive takes effect at offset at. */
static void line_directive(Lexer *lx, const char *text, size_t n, uint32_t toff, uint32_t at)
{
	enum { POSMAX = 1 << 30 };
	uint64_t num, num2, line, col = 0;
	bool ok, ok2;
	size_t i, i2;
	const char *filename;

	i = trailing_digits(text, n, &num, &ok);
	if (i == 0)
		return;   /* not a line directive */
	if (!ok) {
		lex_errorf(lx, toff + (uint32_t)i, "invalid line number: %.*s", (int)(n - i), text + i);
		return;
	}
	i2 = trailing_digits(text, i - 1, &num2, &ok2);
	if (ok2) {
		/* filename:line:col */
		size_t t = i;
		i = i2;
		i2 = t;
		line = num2;
		col = num;
		if (col == 0 || col > POSMAX) {
			lex_errorf(lx, toff + (uint32_t)i2, "invalid column number: %.*s", (int)(n - i2), text + i2);
			return;
		}
		n = i2 - 1;
	} else {
		line = num;
	}
	if (line == 0 || line > POSMAX) {
		lex_errorf(lx, toff + (uint32_t)i, "invalid line number: %.*s", (int)(n - i), text + i);
		return;
	}
	if (i - 1 == 0 && ok2)
		filename = current_filename(lx->file, toff);   /* empty name with a column: keep the name */
	else
		filename = intern(text, i - 1);
	src_add_linedir(lx->file, at, filename, (int)line, (int)col);
}

/* first_on_line: only blanks precede offset off on its line, which is
 * what gc asks of a directive (its "blank" line state, computed here
 * when needed rather than for every token). */
static bool first_on_line(const Lexer *lx, uint32_t off)
{
	while (off > 0 && (cclass[(unsigned char)lx->start[off - 1]] & C_BLANK))
		off--;
	return off == 0 || lx->start[off - 1] == '\n';
}

static void add_directive(Lexer *lx, uint32_t off, const char *text, size_t n, bool take)
{
	Arena *a = lx->arena ? lx->arena : perm;
	Directive *d = NEW(a, Directive);
	d->pos = src_pos(lx->file, off);
	d->text = arena_strndup(a, text, n);
	d->blank = first_on_line(lx, off);
	*lx->dirtail = d;
	lx->dirtail = &d->next;
	if (take && !lx->pending)
		lx->pending = d;   /* line directives are never taken */
}

/* line_comment handles a // comment (the slashes consumed; ch is the
 * character after them) that started at off. */
static void line_comment(Lexer *lx, uint32_t off)
{
	const char *text;
	size_t n;
	skip_line(lx);
	text = lx->start + off + 2;
	n = choff(lx) - off - 2;
	if (n > 0 && text[n - 1] == '\r')
		n--;
	if (n == 0 || (text[0] != 'g' && text[0] != 'l' && text[0] != 'e'))
		return;
	if (has_prefix(text, n, "go:")) {
		add_directive(lx, off, text, n, true);
	} else if (has_prefix(text, n, "line ")) {
		bool atcol1 = off == 0 || lx->start[off - 1] == '\n';
		if (!atcol1)
			return;   /* //line must start its line */
		add_directive(lx, off, text, n, false);
		line_directive(lx, text + 5, n - 5, off + 7, choff(lx) + 1);
	} else if (has_prefix(text, n, "export ") || has_prefix(text, n, "extern ")) {
		add_directive(lx, off, text, n, true);
	}
}

/* A block comment starting "line " is a line directive too, wherever
 * it is. */
static void block_directive(Lexer *lx, uint32_t off)
{
	const char *text = lx->start + off + 2;
	size_t n = choff(lx) - off - 4;
	if (!has_prefix(text, n, "line "))
		return;
	add_directive(lx, off, text, n, false);
	line_directive(lx, text + 5, n - 5, off + 7, choff(lx));
}

Directive *lex_take_directives(Lexer *lx)
{
	Directive *d, *head = NULL, **tail = &head;
	Arena *a = lx->arena ? lx->arena : perm;
	for (d = lx->pending; d; d = d->next) {
		Directive *c;
		if (has_prefix(d->text, strlen(d->text), "line "))
			continue;
		c = arena_dup(a, d, sizeof *d);
		c->next = NULL;
		*tail = c;
		tail = &c->next;
	}
	lx->pending = NULL;
	return head;
}

/* --- the scanner proper --------------------------------------------------- */

void lex_init(Lexer *lx, SrcFile *f)
{
	kw_init();
	class_init();
	memset(lx, 0, sizeof *lx);
	lx->file = f;
	lx->start = f->data;
	lx->cur = f->data;
	lx->end = f->data + f->size;
	lx->dirtail = &lx->dirs;
	lx->ch = ' ';   /* as if a blank preceded the file: the first lex_next skips it */
	lx->chw = 0;
}

static void semi(Lexer *lx, const char *what)
{
	lx->tok = TOK_SEMICOLON;
	lx->semilit = what;
	lx->autosemi = what[0] != 's';
}

void lex_next(Lexer *lx)
{
	bool nlsemi = lx->nlsemi;
	uint32_t off;
	Pos firstcomment = NOPOS;

	lx->nlsemi = false;
	lx->autosemi = false;
	if (lx->stop) {
		lx->tok = TOK_EOF;
		lx->pos = lx->astpos = src_pos(lx->file, lx->file->size);
		return;
	}
redo:
	/* white space, and newlines unless one ends the statement */
	if ((uint32_t)lx->ch < 0x80 && (cclass[lx->ch] & (nlsemi ? C_BLANK : C_BLANK | C_NL)))
		skip_class(lx, nlsemi ? C_BLANK : C_BLANK | C_NL);
	off = choff(lx);
	lx->pos = src_pos(lx->file, off);
	lx->astpos = lx->pos;

	if (is_letter(lx->ch)) {
		skip_class(lx, C_IDENT);
		ident(lx, off);
		return;
	}
	if (lx->ch >= 0x80) {
		if (at_ident_char(lx, true)) {
			nextch(lx);
			ident(lx, off);
			return;
		}
	}

	switch (lx->ch) {
	case -1:
		if (nlsemi) {
			semi(lx, "EOF");
			if (firstcomment)
				lx->astpos = firstcomment;
			break;
		}
		lx->tok = TOK_EOF;
		break;
	case '\n':
		nextch(lx);
		semi(lx, "newline");
		if (firstcomment)
			lx->astpos = firstcomment;
		break;
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		number(lx, off, false);
		break;
	case '"':
		std_string(lx, off);
		break;
	case '`':
		raw_string(lx, off);
		break;
	case '\'':
		rune_lit(lx, off);
		break;
	case '(': nextch(lx); lx->tok = TOK_LPAREN; break;
	case '[': nextch(lx); lx->tok = TOK_LBRACK; break;
	case '{': nextch(lx); lx->tok = TOK_LBRACE; break;
	case ',': nextch(lx); lx->tok = TOK_COMMA; break;
	case ';': nextch(lx); semi(lx, "semicolon"); break;
	case ')': nextch(lx); lx->nlsemi = true; lx->tok = TOK_RPAREN; break;
	case ']': nextch(lx); lx->nlsemi = true; lx->tok = TOK_RBRACK; break;
	case '}': nextch(lx); lx->nlsemi = true; lx->tok = TOK_RBRACE; break;
	case ':':
		nextch(lx);
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_DEFINE;
			break;
		}
		lx->tok = TOK_COLON;
		break;
	case '.':
		nextch(lx);
		if (is_decimal(lx->ch)) {
			number(lx, off, true);
			break;
		}
		if (lx->ch == '.' && lx->cur[0] == '.') {
			/* "..." (gc rewinds on ".." followed by something else; a
			 * peek at the raw byte is the same thing) */
			nextch(lx);
			nextch(lx);
			lx->tok = TOK_ELLIPSIS;
			break;
		}
		lx->tok = TOK_PERIOD;
		break;
	case '+':
		nextch(lx);
		if (lx->ch == '+') {
			nextch(lx);
			lx->nlsemi = true;
			lx->tok = TOK_INC;
		} else if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_ADD_ASSIGN;
		} else
			lx->tok = TOK_ADD;
		break;
	case '-':
		nextch(lx);
		if (lx->ch == '-') {
			nextch(lx);
			lx->nlsemi = true;
			lx->tok = TOK_DEC;
		} else if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_SUB_ASSIGN;
		} else
			lx->tok = TOK_SUB;
		break;
	case '*':
		nextch(lx);
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_MUL_ASSIGN;
		} else
			lx->tok = TOK_MUL;
		break;
	case '/':
		nextch(lx);
		if (lx->ch == '/') {
			nextch(lx);
			line_comment(lx, off);
			if (nlsemi && !firstcomment)
				firstcomment = src_pos(lx->file, off);
			goto redo;
		}
		if (lx->ch == '*') {
			bool multiline = false;
			nextch(lx);
			if (skip_block(lx, off, &multiline))
				block_directive(lx, off);
			if (multiline && nlsemi) {
				/* a comment spanning lines acts like a newline */
				semi(lx, "newline");
				break;
			}
			if (nlsemi && !firstcomment)
				firstcomment = src_pos(lx->file, off);
			goto redo;
		}
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_QUO_ASSIGN;
		} else
			lx->tok = TOK_QUO;
		break;
	case '%':
		nextch(lx);
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_REM_ASSIGN;
		} else
			lx->tok = TOK_REM;
		break;
	case '&':
		nextch(lx);
		if (lx->ch == '&') {
			nextch(lx);
			lx->tok = TOK_LAND;
			break;
		}
		if (lx->ch == '^') {
			nextch(lx);
			if (lx->ch == '=') {
				nextch(lx);
				lx->tok = TOK_AND_NOT_ASSIGN;
			} else
				lx->tok = TOK_AND_NOT;
			break;
		}
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_AND_ASSIGN;
		} else
			lx->tok = TOK_AND;
		break;
	case '|':
		nextch(lx);
		if (lx->ch == '|') {
			nextch(lx);
			lx->tok = TOK_LOR;
		} else if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_OR_ASSIGN;
		} else
			lx->tok = TOK_OR;
		break;
	case '^':
		nextch(lx);
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_XOR_ASSIGN;
		} else
			lx->tok = TOK_XOR;
		break;
	case '<':
		nextch(lx);
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_LEQ;
		} else if (lx->ch == '<') {
			nextch(lx);
			if (lx->ch == '=') {
				nextch(lx);
				lx->tok = TOK_SHL_ASSIGN;
			} else
				lx->tok = TOK_SHL;
		} else if (lx->ch == '-') {
			nextch(lx);
			lx->tok = TOK_ARROW;
		} else
			lx->tok = TOK_LSS;
		break;
	case '>':
		nextch(lx);
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_GEQ;
		} else if (lx->ch == '>') {
			nextch(lx);
			if (lx->ch == '=') {
				nextch(lx);
				lx->tok = TOK_SHR_ASSIGN;
			} else
				lx->tok = TOK_SHR;
		} else
			lx->tok = TOK_GTR;
		break;
	case '=':
		nextch(lx);
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_EQL;
		} else
			lx->tok = TOK_ASSIGN;
		break;
	case '!':
		nextch(lx);
		if (lx->ch == '=') {
			nextch(lx);
			lx->tok = TOK_NEQ;
		} else
			lx->tok = TOK_NOT;
		break;
	case '~':
		nextch(lx);
		lx->tok = TOK_TILDE;
		break;
	default:
		lex_error_rune(lx, off, "invalid character %s", lx->ch, true, NULL);
		nextch(lx);
		goto redo;
	}
}
