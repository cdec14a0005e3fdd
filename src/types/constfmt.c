/* constfmt.c: the printed forms of constants.
 *
 * Three forms, as gc has them: the short one (floats to six significant
 * digits, long strings cut), the exact one (fractions as a/b, binary
 * floats in hexadecimal), and the one gc's diagnostics use, which is
 * the short form except for complex numbers and untyped runes.
 *
 * Strings are quoted as Go quotes them (go_quote, in the base layer). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "constimpl.h"

/* The short form of a string: quoted, and when the quoted form is more
 * than 72 runes long, its first 69 runes and "...". */
static void put_short_string(Buf *b, const char *s, size_t n)
{
	enum { MAXLEN = 72 };
	Buf q = {0};
	size_t i = 0;
	int runes = 0, size;
	go_quote(&q, s, n);
	while (i < q.n) {
		utf8_decode((const unsigned char *)q.s + i, q.n - i, &size);
		i += (size_t)size;
		runes++;
	}
	if (runes > MAXLEN) {
		for (i = 0, runes = 0; runes < MAXLEN - 3; runes++) {
			utf8_decode((const unsigned char *)q.s + i, q.n - i, &size);
			i += (size_t)size;
		}
		q.n = i;
		buf_puts(&q, "...");
	}
	buf_put(b, q.s, q.n);
	buf_free(&q);
}

/* --- numbers --------------------------------------------------------------------- */

static void put_mpz(Buf *b, mpz_srcptr z)
{
	size_t n = mpz_sizeinbase(z, 10) + 2;
	char *s = xmalloc(n);
	mpz_get_str(s, 10, z);
	buf_puts(b, s);
	free(s);
}

/* Go's %g of a float64: the shortest digits that read back as d, in
 * %e form when the decimal exponent is below -4 or at least 6, else in
 * %f form. */
static void put_shortest_g(Buf *b, double d)
{
	char e[64];
	int nd, exp;
	for (nd = 1; nd < 17; nd++) {
		snprintf(e, sizeof e, "%.*e", nd - 1, d);
		if (strtod(e, NULL) == d)
			break;
	}
	snprintf(e, sizeof e, "%.*e", nd - 1, d);
	exp = atoi(strchr(e, 'e') + 1);
	if (exp < -4 || exp >= 6)
		buf_puts(b, e);
	else
		buf_printf(b, "%.*f", nd - exp - 1 > 0 ? nd - exp - 1 : 0, d);
}

/* The short form of a binary float. Within float64's range it is the
 * nearest float64 printed with %.6g. Outside it, the decimal exponent
 * is estimated from the binary one with float64 arithmetic, so that a
 * value like 1e100000 prints quickly; the digits can then be off in
 * the last place, and they are off exactly as gc's are. */
static void put_float(Buf *b, mpfr_srcptr f)
{
	/* log10(2), to the nearest float64 */
	static const double log10_2 = 0x1.34413509f79ffp-2;
	double d, m, dexp, am;
	int64_t e;
	mpfr_t mant;
	if (mpfr_inf_p(f)) {
		buf_puts(b, mpfr_signbit(f) ? "-Inf" : "+Inf");
		return;
	}
	d = const_mpfr_to_double(f, NULL);
	if ((mpfr_sgn(f) == 0) == (d == 0) && !isinf(d)) {
		char six[64];
		snprintf(six, sizeof six, "%.6g", d);
		/* go1.20 on (go.dev/issue/56220): a value that is not an
		 * integer but reads as one gets all its digits */
		if (release_has(FEAT_FLOAT_ALL_DIGITS) && !mpfr_integer_p(f) && !strchr(six, '.'))
			put_shortest_g(b, d);
		else
			buf_puts(b, six);
		return;
	}
	/* f = mant * 2^exp with 0.5 <= |mant| < 1 */
	const_mpfr_init(mant, mpfr_get_prec(f));
	mpfr_set(mant, f, MPFR_RNDN);
	mpfr_set_exp(mant, 0);
	m = mpfr_get_d(mant, MPFR_RNDN);
	mpfr_clear(mant);
	dexp = (double)mpfr_get_exp(f) * log10_2;
	e = (int64_t)dexp;
	m *= pow(10, dexp - (double)e);
	/* bring |m| into [1, 10), leaving room for %.6g to round up */
	am = fabs(m);
	if (am < 1 - 0.5e-6) {
		m *= 10;
		e--;
	} else if (am >= 10) {
		m /= 10;
		e++;
	}
	buf_printf(b, "%.6ge%+lld", m, (long long)e);
}

static void put_rat_short(Buf *b, mpq_srcptr q)
{
	mpfr_t f;
	const_mpfr_init(f, CONST_PREC);
	const_bf_fix(f, mpfr_set_q(f, q, MPFR_RNDN));
	put_float(b, f);
	mpfr_clear(f);
}

/* Hexadecimal mantissa and binary exponent: 0x.8p+1 is 1. */
static void put_float_exact(Buf *b, mpfr_srcptr f)
{
	mpz_t m;
	char *s;
	size_t n, len;
	if (mpfr_zero_p(f)) {
		buf_putc(b, '0');
		return;
	}
	if (mpfr_inf_p(f)) {
		buf_puts(b, mpfr_signbit(f) ? "-Inf" : "+Inf");
		return;
	}
	if (mpfr_signbit(f))
		buf_putc(b, '-');
	const_init();
	mpz_init(m);
	mpfr_get_z_2exp(m, f);
	mpz_abs(m, m);
	/* the mantissa's bits start right after the point: pad them to
	 * whole hex digits on the right */
	n = mpz_sizeinbase(m, 2);
	mpz_mul_2exp(m, m, (mp_bitcnt_t)((4 - n % 4) % 4));
	len = mpz_sizeinbase(m, 16) + 2;
	s = xmalloc(len);
	mpz_get_str(s, 16, m);
	n = strlen(s);
	while (n > 1 && s[n - 1] == '0')
		n--;
	buf_puts(b, "0x.");
	buf_put(b, s, n);
	buf_printf(b, "p%s%ld", mpfr_get_exp(f) >= 0 ? "+" : "", (long)mpfr_get_exp(f));
	free(s);
	mpz_clear(m);
}

/* --- the three forms ----------------------------------------------------------------- */

static void put_short(Buf *b, const Const *x);

static void put_short(Buf *b, const Const *x)
{
	size_t n;
	const char *s;
	switch (x->rep) {
	case REP_UNKNOWN: buf_puts(b, "unknown"); break;
	case REP_BOOL: buf_puts(b, x->b ? "true" : "false"); break;
	case REP_STRING:
		s = const_string_val(x, &n);
		put_short_string(b, s, n);
		break;
	case REP_INT64: buf_printf(b, "%lld", (long long)x->u.i64); break;
	case REP_INT: put_mpz(b, x->u.z); break;
	case REP_RAT: put_rat_short(b, x->u.q); break;
	case REP_FLOAT: put_float(b, x->u.f); break;
	case REP_COMPLEX:
		buf_putc(b, '(');
		put_short(b, x->u.c.re);
		buf_puts(b, " + ");
		put_short(b, x->u.c.im);
		buf_puts(b, "i)");
		break;
	}
}

static void put_exact(Buf *b, const Const *x)
{
	size_t n;
	const char *s;
	switch (x->rep) {
	case REP_STRING:
		s = const_string_val(x, &n);
		go_quote(b, s, n);
		break;
	case REP_RAT:
		put_mpz(b, mpq_numref(x->u.q));
		if (mpz_cmp_ui(mpq_denref(x->u.q), 1) != 0) {
			buf_putc(b, '/');
			put_mpz(b, mpq_denref(x->u.q));
		}
		break;
	case REP_FLOAT:
		put_float_exact(b, x->u.f);
		break;
	case REP_COMPLEX:
		buf_putc(b, '(');
		put_exact(b, x->u.c.re);
		buf_puts(b, " + ");
		put_exact(b, x->u.c.im);
		buf_puts(b, "i)");
		break;
	default:
		put_short(b, x);
	}
}

/* Results are cached in the Const: computing them does not change
 * the value, so the cache may be filled through a const pointer. */
static const char *finish(Buf *b, const char **cache)
{
	const char *s = arena_strndup(perm, b->s ? b->s : "", b->n);
	buf_free(b);
	if (cache)
		*cache = s;
	return s;
}

const char *const_str(const Const *x)
{
	Buf b = {0};
	if (x->str)
		return x->str;
	put_short(&b, x);
	return finish(&b, &((Const *)x)->str);
}

const char *const_exact_str(const Const *x)
{
	Buf b = {0};
	if (x->exact)
		return x->exact;
	put_exact(&b, x);
	return finish(&b, &((Const *)x)->exact);
}

const char *const_gc_str(const Const *x, bool untyped_rune)
{
	Buf b = {0};
	if (untyped_rune) {
		/* as a rune literal when it is one; otherwise as an offset
		 * from '\x00' so it still reads as a rune */
		uint64_t u;
		if (!const_uint64_val(x, &u) || u > RUNE_MAX) {
			buf_printf(&b, "('\\x00' + %s)", const_str(x));
		} else if (u < 0x80) {
			buf_putc(&b, '\'');
			go_escape_rune(&b, (int32_t)u, '\'');
			buf_putc(&b, '\'');
		} else if (u < 0x10000) {
			buf_printf(&b, "'\\u%04x'", (unsigned)u);
		} else {
			buf_printf(&b, "'\\U%08x'", (unsigned)u);
		}
		return finish(&b, NULL);
	}
	if (x->rep == REP_COMPLEX) {
		/* the parts that are not zero, with no spaces: (1+2i), 2i, 1 */
		Const *re = x->u.c.re, *im = x->u.c.im;
		int sre = const_sign(re), sim = const_sign(im);
		if (sre == 0 && sim == 0)
			return "0";
		if (sre == 0)
			buf_printf(&b, "%si", const_str(im));
		else if (sim == 0)
			buf_puts(&b, const_str(re));
		else
			buf_printf(&b, "(%s%s%si)", const_str(re), sim < 0 ? "" : "+", const_str(im));
		return finish(&b, NULL);
	}
	return const_str(x);
}
