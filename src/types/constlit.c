/* constlit.c: the value of a literal.
 *
 * Accepts what gc's checker accepts when it evaluates a literal: Go's
 * literal syntax (digit separators '_', 0b/0o/0x prefixes, legacy octal
 * ints, hexadecimal floats, imaginary literals, rune and string
 * escapes, raw strings), and for numbers also a leading sign. Anything
 * else is malformed and gives unknown.
 *
 * Floats are worked out twice, as gc does: first as a 512-bit binary
 * float (a decimal exponent is applied by one multiplication or
 * division by a power of five computed at 576 bits), and then, when
 * that float's binary exponent is modest, once more as an exact
 * fraction, which is the value kept. Only literals too large or too
 * small for a fraction keep the binary float. */
#include <string.h>

#include "constimpl.h"

typedef struct Scan {
	const char *s;
	size_t i, n;
} Scan;

static int peek(const Scan *sc)
{
	return sc->i < sc->n ? (unsigned char)sc->s[sc->i] : -1;
}

static bool scan_sign(Scan *sc)
{
	int c = peek(sc);
	if (c == '+' || c == '-') {
		sc->i++;
		return c == '-';
	}
	return false;
}

static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/* The digits of a number, before the exponent. */
typedef struct Mantissa {
	int base;          /* 2, 8, 10 or 16 */
	Buf digits;        /* without '_' and '.' */
	long count;        /* digits seen; a leading 0 counts */
	long dp;           /* count at the radix point, or -1 */
} Mantissa;

/* Scans digits with an optional base prefix. For ints (frac false) a
 * lone leading 0 makes the rest octal; for floats it is just a digit
 * and a single '.' may appear. A '_' must sit between two digits, or
 * between the prefix and a digit. */
static bool scan_mantissa(Scan *sc, bool frac, Mantissa *m)
{
	char prev = '.';   /* last of: '0' digit or prefix, '_', '.' anything else */
	bool badsep = false;
	char prefix = 0;
	int c = peek(sc);
	m->base = 10;
	m->count = 0;
	m->dp = -1;
	if (c == '0') {
		prev = '0';
		m->count = 1;
		buf_putc(&m->digits, '0');
		sc->i++;
		c = peek(sc);
		if (c >= 0) {
			switch (c) {
			case 'b': case 'B': m->base = 2; prefix = 'b'; break;
			case 'o': case 'O': m->base = 8; prefix = 'o'; break;
			case 'x': case 'X': m->base = 16; prefix = 'x'; break;
			default:
				if (!frac) {
					m->base = 8;
					prefix = '0';
				}
			}
			if (prefix) {
				m->count = 0;
				if (prefix != '0')
					sc->i++;
			}
		}
	}
	for (; (c = peek(sc)) >= 0; sc->i++) {
		if (c == '.' && frac) {
			frac = false;
			if (prev == '_')
				badsep = true;
			prev = '.';
			m->dp = m->count;
		} else if (c == '_') {
			if (prev != '0')
				badsep = true;
			prev = '_';
		} else {
			if (digit_value(c) >= m->base)
				break;
			prev = '0';
			m->count++;
			buf_putc(&m->digits, (char)c);
		}
	}
	if (badsep || prev == '_')
		return false;
	if (m->count == 0) {
		/* "0" then something that is not an octal digit: the value 0
		 * (what follows then makes the literal malformed) */
		if (prefix == '0') {
			m->base = 10;
			m->count = 1;
			return true;
		}
		return false;
	}
	return true;
}

/* The exponent: [eEpP] [+-] decimal digits, which must fit int64. No
 * exponent at all is exponent 0 in base 10. */
static bool scan_exponent(Scan *sc, int64_t *exp, int *ebase)
{
	char prev = '.';
	bool badsep = false, neg = false, any = false, overflow = false;
	uint64_t v = 0, limit;
	int c = peek(sc);
	*exp = 0;
	*ebase = 10;
	if (c == 'e' || c == 'E')
		*ebase = 10;
	else if (c == 'p' || c == 'P')
		*ebase = 2;
	else
		return true;
	sc->i++;
	neg = scan_sign(sc);
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	for (; (c = peek(sc)) >= 0; sc->i++) {
		if (c >= '0' && c <= '9') {
			if (v > (limit - (uint64_t)(c - '0')) / 10)
				overflow = true;
			else
				v = v * 10 + (uint64_t)(c - '0');
			prev = '0';
			any = true;
		} else if (c == '_') {
			if (prev != '0')
				badsep = true;
			prev = '_';
		} else {
			break;
		}
	}
	if (!any || overflow || badsep || prev == '_')
		return false;
	*exp = neg ? (int64_t)(0 - v) : (int64_t)v;
	return true;
}

static void digits_value(mpz_t z, Mantissa *m)
{
	mpz_set_str(z, buf_cstr(&m->digits), m->base);
}

static Const *int_literal(const char *lit, size_t n)
{
	Scan sc = {lit, 0, n};
	Mantissa m = {0};
	Const *c = const_unknown();
	bool neg = scan_sign(&sc);
	if (scan_mantissa(&sc, false, &m) && sc.i == n) {
		uint64_t v = 0;
		size_t i;
		bool small = m.digits.n <= 15;   /* 15 hex digits fit in 63 bits */
		for (i = 0; small && i < m.digits.n; i++)
			v = v * (uint64_t)m.base + (uint64_t)digit_value((unsigned char)m.digits.s[i]);
		if (small) {
			c = const_int64(neg ? -(int64_t)v : (int64_t)v);
		} else {
			mpz_t z;
			const_init();
			mpz_init(z);
			digits_value(z, &m);
			if (neg)
				mpz_neg(z, z);
			c = const_from_mpz(z);
			mpz_clear(z);
		}
	}
	buf_free(&m.digits);
	return c;
}

/* 5^n at the precision of z, as gc computes it for decimal exponents:
 * exact up to 5^27, beyond that by repeated squaring with 64 more bits
 * for the running square than for the result. */
static void pow5(mpfr_t z, uint64_t n)
{
	mpz_t t;
	mpfr_t f;
	const_init();
	mpz_init(t);
	mpz_ui_pow_ui(t, 5, n <= 27 ? (unsigned long)n : 27);
	mpfr_set_z(z, t, MPFR_RNDN);
	mpz_clear(t);
	if (n <= 27)
		return;
	n -= 27;
	const_mpfr_init(f, mpfr_get_prec(z) + 64);
	mpfr_set_ui(f, 5, MPFR_RNDN);
	while (n > 0) {
		if (n & 1)
			const_bf_fix(z, mpfr_mul(z, z, f, MPFR_RNDN));
		const_bf_fix(f, mpfr_sqr(f, f, MPFR_RNDN));
		n >>= 1;
	}
	mpfr_clear(f);
}

/* Go's int64 arithmetic wraps; so does this. */
static int64_t wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static int64_t wrap_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }
static uint64_t abs64(int64_t v) { return v < 0 ? 0 - (uint64_t)v : (uint64_t)v; }

/* The exact fraction M * 5^exp5 * 2^exp2, or NULL when the exponents
 * are too large to be worth it (the binary float is kept then). */
static Const *float_literal_rat(mpz_srcptr mant, int64_t exp5, int64_t exp2)
{
	Const *c;
	mpq_t q;
	mpz_t p;
	if (exp5 == INT64_MIN || abs64(exp5) > 1000000 || exp2 < -10000000 || exp2 > 10000000)
		return NULL;
	const_init();
	mpq_init(q);
	mpz_init(p);
	mpz_set(mpq_numref(q), mant);
	mpz_set_ui(mpq_denref(q), 1);
	if (exp5 != 0) {
		mpz_ui_pow_ui(p, 5, (unsigned long)abs64(exp5));
		if (exp5 > 0)
			mpz_mul(mpq_numref(q), mpq_numref(q), p);
		else
			mpz_set(mpq_denref(q), p);
	}
	if (exp2 > 0)
		mpz_mul_2exp(mpq_numref(q), mpq_numref(q), (mp_bitcnt_t)exp2);
	else if (exp2 < 0)
		mpz_mul_2exp(mpq_denref(q), mpq_denref(q), (mp_bitcnt_t)-exp2);
	mpq_canonicalize(q);
	c = const_rat_from_mpq(q);
	mpq_clear(q);
	mpz_clear(p);
	return c;
}

static bool is_inf_word(const char *s, size_t n)
{
	return n == 3 && (memcmp(s, "Inf", 3) == 0 || memcmp(s, "inf", 3) == 0);
}

/* A float literal's value; NULL when malformed. */
static Const *float_literal(const char *lit, size_t n)
{
	Scan sc = {lit, 0, n};
	Mantissa m = {0};
	Const *c = NULL;
	int64_t exp, exp2, exp5 = 0, frac2 = 0, frac5 = 0;
	int ebase;
	bool neg;
	mpz_t mant;
	mpfr_t mf, f;
	size_t bits;

	/* an infinite float is not a constant */
	if (is_inf_word(lit, n) || (n == 4 && (lit[0] == '+' || lit[0] == '-') && is_inf_word(lit + 1, 3)))
		return const_unknown();
	neg = scan_sign(&sc);
	if (!scan_mantissa(&sc, true, &m) || !scan_exponent(&sc, &exp, &ebase) || sc.i != n) {
		buf_free(&m.digits);
		return NULL;
	}
	const_init();
	mpz_init(mant);
	digits_value(mant, &m);
	if (neg)
		mpz_neg(mant, mant);
	if (mpz_sgn(mant) == 0) {
		c = const_float64(0);
		goto done;
	}

	/* value = mant * base^(digits after the point) * ebase^exp */
	if (m.dp >= 0 && m.dp - m.count < 0) {
		int64_t d = m.dp - m.count;
		switch (m.base) {
		case 10: frac5 = d; frac2 = d; break;
		case 2: frac2 = d; break;
		case 8: frac2 = wrap_mul(d, 3); break;
		case 16: frac2 = wrap_mul(d, 4); break;
		}
	}
	exp5 = ebase == 10 ? wrap_add(frac5, exp) : frac5;
	exp2 = wrap_add(frac2, exp);
	bits = mpz_sizeinbase(mant, 2);
	{
		int64_t e = wrap_add((int64_t)bits, exp2);
		if (e < INT32_MIN || e > INT32_MAX)
			goto done;   /* malformed: the exponent overflows */
		/* mf = 0.mant * 2^e, exactly */
		const_mpfr_init(mf, (mpfr_prec_t)MAX(bits, 2));
		mpfr_set_z(mf, mant, MPFR_RNDN);
		mpfr_set_exp(mf, (mpfr_exp_t)e);
	}
	const_mpfr_init(f, CONST_PREC);
	if (exp5 == 0) {
		const_bf_fix(f, mpfr_set(f, mf, MPFR_RNDN));
	} else {
		mpfr_t p;
		const_mpfr_init(p, CONST_PREC + 64);
		pow5(p, abs64(exp5));
		if (exp5 < 0)
			const_bf_fix(f, mpfr_div(f, mf, p, MPFR_RNDN));
		else
			const_bf_fix(f, mpfr_mul(f, mf, p, MPFR_RNDN));
		mpfr_clear(p);
	}

	if (mpfr_zero_p(f)) {
		/* underflow: the fraction would be 0 too, and costly to find */
		c = const_float64(0);
	} else if (mpfr_number_p(f) && mpfr_get_exp(f) > -CONST_MAXEXP && mpfr_get_exp(f) < CONST_MAXEXP) {
		c = float_literal_rat(mant, exp5, exp2);
	}
	if (!c)
		c = const_from_mpfr(f);
	mpfr_clear(f);
	mpfr_clear(mf);
done:
	mpz_clear(mant);
	buf_free(&m.digits);
	return c;
}

/* --- runes and strings ------------------------------------------------------------- */

static int hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* One character or escape sequence at the start of s[0:n], in a
 * literal quoted with quote. Sets *r, *multibyte (the value is a code
 * point to encode, not a single byte) and *len (bytes used). Bytes
 * that are not UTF-8 read as U+FFFD. */
static bool unquote_char(const char *s, size_t n, char quote, int32_t *r, bool *multibyte, size_t *len)
{
	int i, k = 0, size;
	uint32_t v = 0;
	unsigned char c;
	if (n == 0)
		return false;
	c = (unsigned char)s[0];
	*multibyte = false;
	if (c == (unsigned char)quote && (quote == '\'' || quote == '"'))
		return false;
	if (c >= 0x80) {
		*r = utf8_decode((const unsigned char *)s, n, &size);
		*multibyte = true;
		*len = (size_t)size;
		return true;
	}
	if (c != '\\') {
		*r = c;
		*len = 1;
		return true;
	}
	if (n <= 1)
		return false;
	c = (unsigned char)s[1];
	*len = 2;
	switch (c) {
	case 'a': *r = '\a'; return true;
	case 'b': *r = '\b'; return true;
	case 'f': *r = '\f'; return true;
	case 'n': *r = '\n'; return true;
	case 'r': *r = '\r'; return true;
	case 't': *r = '\t'; return true;
	case 'v': *r = '\v'; return true;
	case '\\': *r = '\\'; return true;
	case '\'':
	case '"':
		if (c != (unsigned char)quote)
			return false;
		*r = c;
		return true;
	case 'x': k = 2; break;
	case 'u': k = 4; break;
	case 'U': k = 8; break;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		if (n < 4)
			return false;
		v = c - '0';
		for (i = 2; i < 4; i++) {
			if (s[i] < '0' || s[i] > '7')
				return false;
			v = v << 3 | (uint32_t)(s[i] - '0');
		}
		if (v > 255)
			return false;
		*r = (int32_t)v;
		*len = 4;
		return true;
	default:
		return false;
	}
	if (n < (size_t)(2 + k))
		return false;
	for (i = 0; i < k; i++) {
		int h = hex_value((unsigned char)s[2 + i]);
		if (h < 0)
			return false;
		v = v << 4 | (uint32_t)h;
	}
	*len = (size_t)(2 + k);
	if (c != 'x') {
		/* \u and \U must name a code point, not a surrogate */
		if (v > RUNE_MAX || (v >= 0xD800 && v <= 0xDFFF))
			return false;
		*multibyte = true;
	}
	*r = (int32_t)v;
	return true;
}

static bool valid_utf8(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		int size;
		if (utf8_decode((const unsigned char *)s + i, n - i, &size) == RUNE_ERROR && size == 1)
			return false;
		i += (size_t)size;
	}
	return true;
}

/* The value of a string literal ("..." or `...`, or for the odd caller
 * '...' holding one character); NULL when malformed. */
static Const *string_literal(const char *lit, size_t n)
{
	char quote;
	const char *end;
	Buf b = {0};
	Const *c = NULL;
	size_t i;
	if (n < 2)
		return NULL;
	quote = lit[0];
	if (quote != '"' && quote != '\'' && quote != '`')
		return NULL;
	end = memchr(lit + 1, quote, n - 1);
	if (!end)
		return NULL;
	if (quote == '`') {
		/* raw: up to the next backquote, which must end the literal;
		 * carriage returns are dropped */
		if ((size_t)(end - lit) != n - 1)
			return NULL;
		for (i = 1; i < n - 1; i++)
			if (lit[i] != '\r')
				buf_putc(&b, lit[i]);
		c = const_string(b.s, b.n);
		buf_free(&b);
		return c;
	}
	/* without escapes or newlines, valid UTF-8 is taken as it is */
	if (!memchr(lit + 1, '\\', (size_t)(end - lit) - 1) && !memchr(lit + 1, '\n', (size_t)(end - lit) - 1)) {
		size_t len = (size_t)(end - lit) - 1;
		bool ok;
		if (quote == '"') {
			ok = valid_utf8(lit + 1, len);
		} else {
			int size = 0;
			int32_t r = len ? utf8_decode((const unsigned char *)lit + 1, len, &size) : RUNE_ERROR;
			ok = (size_t)size == len && !(r == RUNE_ERROR && size == 1);
		}
		if (ok)
			return (size_t)(end - lit) == n - 1 ? const_string(lit + 1, len) : NULL;
	}
	for (i = 1; i < n && lit[i] != quote;) {
		int32_t r;
		bool multibyte;
		size_t len;
		if (lit[i] == '\n' || !unquote_char(lit + i, n - i, quote, &r, &multibyte, &len)) {
			buf_free(&b);
			return NULL;
		}
		i += len;
		if (r < 0x80 || !multibyte) {
			buf_putc(&b, (char)r);
		} else {
			char enc[4];
			buf_put(&b, enc, (size_t)utf8_encode(enc, r));
		}
		if (quote == '\'')
			break;
	}
	if (i == n - 1 && lit[i] == quote)
		c = const_string(b.s, b.n);
	buf_free(&b);
	return c;
}

Const *const_from_literal(const char *lit, size_t n, Token tok)
{
	Const *c = NULL;
	int32_t r;
	bool multibyte;
	size_t len;
	switch (tok) {
	case TOK_INT:
		return int_literal(lit, n);
	case TOK_FLOAT:
		c = float_literal(lit, n);
		break;
	case TOK_IMAG:
		if (n > 0 && lit[n - 1] == 'i' && (c = float_literal(lit, n - 1)))
			c = const_complex(const_int64(0), c);
		break;
	case TOK_CHAR:
		/* the first character between the quotes; gc's scanner has
		 * already checked that there is exactly one */
		if (n >= 2 && unquote_char(lit + 1, n - 2, '\'', &r, &multibyte, &len))
			c = const_int64(r);
		break;
	case TOK_STRING:
		c = string_literal(lit, n);
		break;
	default:
		BUG("const_from_literal: token %d is not a literal", (int)tok);
	}
	return c ? c : const_unknown();
}
