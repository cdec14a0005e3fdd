/* constant.c: values, arithmetic and conversions of Go constants.
 *
 * The numbers follow the representations of const.h: int64, big int,
 * fraction, 512-bit binary float, complex pair. Each operation first
 * brings both operands to the larger of their two representations and
 * then works there; results are normalised the same way each time (an
 * int that fits int64 becomes int64, a fraction whose numerator or
 * denominator reaches 4096 bits becomes a binary float, a binary float
 * that is zero becomes the shared zero and one that is infinite becomes
 * unknown). Doing it at the same points as gc is what makes rounding
 * and overflow come out identical.
 *
 * Binary floats are MPFR numbers at 512 bits, rounded to nearest-even
 * like gc's. gc's floats have a 32-bit exponent where MPFR's is wider,
 * so every MPFR result passes through const_bf_fix, which overflows to
 * infinity and underflows to zero where gc would.
 *
 * Requires: nothing but base.h. Leaves: Consts in perm; temporaries
 * are cleared before each function returns. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "constimpl.h"

/* --- set-up and memory --------------------------------------------------------- */

static void *gmp_alloc(size_t n) { return xmalloc(n); }
static void *gmp_realloc(void *p, size_t old, size_t n) { (void)old; return xrealloc(p, n); }
static void gmp_free(void *p, size_t n) { (void)n; free(p); }

static bool initialised;

/* GMP (and MPFR, which allocates through GMP) die cleanly on
 * out-of-memory through xmalloc. MPFR gets the widest exponent range so
 * that const_bf_fix, not MPFR, decides what overflows. */
void const_init(void)
{
	if (initialised)
		return;
	initialised = true;
	mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
	mpfr_set_emin(mpfr_get_emin_min());
	mpfr_set_emax(mpfr_get_emax_max());
}

void const_mpfr_init(mpfr_t x, mpfr_prec_t prec)
{
	const_init();
	mpfr_init2(x, prec);
}

static void zinit(mpz_t z)
{
	const_init();
	mpz_init(z);
}

static void qinit(mpq_t q)
{
	const_init();
	mpq_init(q);
}

/* gc's binary floats keep their exponent (value = 0.m * 2^exp, with
 * 0.5 <= 0.m < 1) in 32 bits. A result whose exact exponent is above
 * that range is infinite, one below it is zero. MPFR reports the
 * exponent after rounding; a result that rounded up to exactly a power
 * of two started one binade lower, which matters only at the very
 * bottom of the range. */
void const_bf_fix(mpfr_t x, int ternary)
{
	mpfr_exp_t e;
	int sign;
	if (!mpfr_regular_p(x))
		return;
	e = mpfr_get_exp(x);
	sign = mpfr_signbit(x) ? -1 : 1;
	if (e > INT32_MAX) {
		mpfr_set_inf(x, sign);
	} else if (e < INT32_MIN) {
		mpfr_set_zero(x, sign);
	} else if (e == INT32_MIN && ternary != 0 && (ternary > 0) == (sign > 0)) {
		mpz_t m;
		zinit(m);
		mpfr_get_z_2exp(m, x);
		mpz_abs(m, m);
		if (mpz_popcount(m) == 1)
			mpfr_set_zero(x, sign);
		mpz_clear(m);
	}
}

/* --- int64 helpers (GMP's long may be narrower than int64) ---------------------- */

static void z_set_u64(mpz_t z, uint64_t u)
{
#if ULONG_MAX >= UINT64_MAX
	mpz_set_ui(z, (unsigned long)u);
#else
	mpz_set_ui(z, (unsigned long)(u >> 32));
	mpz_mul_2exp(z, z, 32);
	mpz_add_ui(z, z, (unsigned long)(u & 0xffffffffu));
#endif
}

static void z_set_i64(mpz_t z, int64_t v)
{
	z_set_u64(z, v < 0 ? -(uint64_t)v : (uint64_t)v);
	if (v < 0)
		mpz_neg(z, z);
}

/* The low 64 bits of |z|. */
static uint64_t z_low64(mpz_srcptr z)
{
#if GMP_NUMB_BITS >= 64
	return (uint64_t)mpz_getlimbn(z, 0);
#else
	return (uint64_t)mpz_getlimbn(z, 0) | (uint64_t)mpz_getlimbn(z, 1) << 32;
#endif
}

static size_t z_bitlen(mpz_srcptr z)
{
	return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

static bool z_fits_i64(mpz_srcptr z)
{
	size_t n = z_bitlen(z);
	if (n <= 63)
		return true;
	/* -2^63 is the one 64-bit magnitude that fits */
	return n == 64 && mpz_sgn(z) < 0 && mpz_scan1(z, 0) == 63;
}

static int64_t z_get_i64(mpz_srcptr z)
{
	uint64_t u = z_low64(z);
	return mpz_sgn(z) < 0 ? (int64_t)(0 - u) : (int64_t)u;
}

static bool z_is_pow2(mpz_srcptr z)
{
	return mpz_sgn(z) > 0 && mpz_popcount(z) == 1;
}

/* --- making Consts --------------------------------------------------------------- */

static Const unknown_val = { .rep = REP_UNKNOWN };
static Const true_val = { .rep = REP_BOOL, .b = true };
static Const false_val = { .rep = REP_BOOL, .b = false };
static Const *float_zero;

/* Small ints are shared: they are most constants. */
enum { SMALL_MIN = -128, SMALL_MAX = 1024 };
static Const *small_ints[SMALL_MAX - SMALL_MIN];

static Const *new_const(Rep rep)
{
	Const *c = NEW(perm, Const);
	c->rep = (uint8_t)rep;
	return c;
}

Const *const_unknown(void) { return &unknown_val; }
Const *const_bool(bool b) { return b ? &true_val : &false_val; }

Const *const_int64(int64_t v)
{
	Const *c;
	if (v >= SMALL_MIN && v < SMALL_MAX) {
		Const **slot = &small_ints[v - SMALL_MIN];
		if (!*slot) {
			*slot = new_const(REP_INT64);
			(*slot)->u.i64 = v;
		}
		return *slot;
	}
	c = new_const(REP_INT64);
	c->u.i64 = v;
	return c;
}

/* Points dst, read-only, at a perm copy of src's limbs. */
static void z_view(mpz_t dst, mpz_srcptr src)
{
	static const mp_limb_t zero_limb;
	size_t n = mpz_size(src);
	const mp_limb_t *d = &zero_limb;
	if (n)
		d = arena_dup(perm, mpz_limbs_read(src), n * sizeof(mp_limb_t));
	mpz_roinit_n(dst, d, mpz_sgn(src) < 0 ? -(mp_size_t)n : (mp_size_t)n);
}

static Const *big_int_const(mpz_srcptr z)
{
	Const *c = new_const(REP_INT);
	z_view(c->u.z, z);
	return c;
}

Const *const_from_mpz(mpz_srcptr z)
{
	if (z_fits_i64(z))
		return const_int64(z_get_i64(z));
	return big_int_const(z);
}

Const *const_uint64(uint64_t v)
{
	Const *c;
	mpz_t z;
	if (v <= INT64_MAX)
		return const_int64((int64_t)v);
	zinit(z);
	z_set_u64(z, v);
	c = big_int_const(z);
	mpz_clear(z);
	return c;
}

Const *const_rat_from_mpq(mpq_srcptr q)
{
	Const *c = new_const(REP_RAT);
	z_view(mpq_numref(c->u.q), mpq_numref(q));
	z_view(mpq_denref(c->u.q), mpq_denref(q));
	return c;
}

/* A REP_FLOAT holding f (which has precision CONST_PREC), as is. */
static Const *float_const(mpfr_srcptr f)
{
	Const *c = new_const(REP_FLOAT);
	void *sig = arena_alloc(perm, mpfr_custom_get_size(CONST_PREC));
	ASSERT(mpfr_get_prec(f) == CONST_PREC);
	mpfr_custom_init(sig, CONST_PREC);
	mpfr_custom_init_set(c->u.f, MPFR_ZERO_KIND, 0, CONST_PREC, sig);
	mpfr_set(c->u.f, f, MPFR_RNDN);
	return c;
}

static Const *get_float_zero(void)
{
	if (!float_zero) {
		mpfr_t z;
		const_mpfr_init(z, CONST_PREC);
		mpfr_set_zero(z, 1);
		float_zero = float_const(z);
		mpfr_clear(z);
	}
	return float_zero;
}

/* Binary float results: -0 and 0 are the shared zero; an infinity
 * means the value overflowed and is unknown. There is no way back to a
 * fraction: a binary float is an approximation, and turning it into a
 * fraction would claim an exactness that is not there. */
Const *const_from_mpfr(mpfr_srcptr f)
{
	if (mpfr_zero_p(f))
		return get_float_zero();
	if (!mpfr_number_p(f))
		return const_unknown();
	return float_const(f);
}

/* Fraction results: small enough numerator and denominator stay
 * exact, larger ones become a binary float. */
static Const *rat_result(mpq_srcptr q)
{
	Const *c;
	mpfr_t f;
	if (z_bitlen(mpq_numref(q)) < CONST_MAXEXP && z_bitlen(mpq_denref(q)) < CONST_MAXEXP)
		return const_rat_from_mpq(q);
	const_mpfr_init(f, CONST_PREC);
	const_bf_fix(f, mpfr_set_q(f, q, MPFR_RNDN));
	c = float_const(f);
	mpfr_clear(f);
	return c;
}

Const *const_complex(Const *re, Const *im)
{
	Const *c;
	if (re->rep == REP_UNKNOWN || im->rep == REP_UNKNOWN)
		return const_unknown();
	c = new_const(REP_COMPLEX);
	c->u.c.re = re;
	c->u.c.im = im;
	return c;
}

/* MakeFloat64: any finite double is an exact fraction of modest size. */
Const *const_float64(double v)
{
	Const *c;
	mpq_t q;
	if (isinf(v) || isnan(v))
		return const_unknown();
	qinit(q);
	mpq_set_d(q, v + 0.0);   /* + 0.0 turns -0 into 0 */
	c = const_rat_from_mpq(q);
	mpq_clear(q);
	return c;
}

Const *const_string(const char *s, size_t n)
{
	Const *c = new_const(REP_STRING);
	c->u.s.s = arena_strndup(perm, s ? s : "", n);
	c->u.s.n = n;
	return c;
}

Const *const_make_imag(Const *x)
{
	switch (x->rep) {
	case REP_UNKNOWN:
		return x;
	case REP_INT64:
	case REP_INT:
	case REP_RAT:
	case REP_FLOAT:
		return const_complex(const_int64(0), x);
	default:
		BUG("const_make_imag of %s", const_rep_name(x));
	}
}

Const *const_string_from_rune(Const *x)
{
	uint64_t u;
	char buf[4];
	int32_t r = RUNE_ERROR;
	if (const_uint64_val(x, &u) && u <= RUNE_MAX)
		r = (int32_t)u;
	return const_string(buf, (size_t)utf8_encode(buf, r));
}

/* --- strings --------------------------------------------------------------------- */

static void string_append(Buf *b, Const *x);

/* A concatenation chain a+b+c+d is ((a+b)+c)+d: walk its left spine
 * with a loop and handle the right operands (usually plain strings)
 * one by one, so long chains do not recurse deeply. */
static void string_append(Buf *b, Const *x)
{
	Vec rights = {0};
	int i;
	while (x->u.s.l) {
		vec_push(&rights, x->u.s.r);
		x = x->u.s.l;
	}
	buf_put(b, x->u.s.s, x->u.s.n);
	for (i = rights.n - 1; i >= 0; i--)
		string_append(b, rights.v[i]);
	vec_free(&rights);
}

/* Flattening changes how the value is held, not what it is, so it is
 * allowed on a Const reached through a const pointer. */
static void flatten_string(const Const *cx)
{
	Const *x = (Const *)cx;
	Buf b = {0};
	if (x->rep != REP_STRING || !x->u.s.l)
		return;
	string_append(&b, x);
	ASSERT(b.n == x->u.s.n);
	x->u.s.s = arena_strndup(perm, b.s ? b.s : "", b.n);
	x->u.s.l = x->u.s.r = NULL;
	buf_free(&b);
}

static Const *string_concat(Const *x, Const *y)
{
	Const *c = new_const(REP_STRING);
	c->u.s.n = x->u.s.n + y->u.s.n;
	c->u.s.l = x;
	c->u.s.r = y;
	return c;
}

/* --- reading values ---------------------------------------------------------------- */

ConstKind const_kind(const Const *x)
{
	switch (x->rep) {
	case REP_UNKNOWN: return CONST_UNKNOWN;
	case REP_BOOL: return CONST_BOOL;
	case REP_STRING: return CONST_STRING;
	case REP_INT64:
	case REP_INT: return CONST_INT;
	case REP_RAT:
	case REP_FLOAT: return CONST_FLOAT;
	case REP_COMPLEX: return CONST_COMPLEX;
	}
	BUG("bad constant representation %d", x->rep);
}

const char *const_rep_name(const Const *x)
{
	switch (x->rep) {
	case REP_UNKNOWN: return "unknown";
	case REP_BOOL: return "bool";
	case REP_STRING: return "string";
	case REP_INT64: return "int64";
	case REP_INT: return "int";
	case REP_RAT: return "rat";
	case REP_FLOAT: return "float";
	case REP_COMPLEX:
		return arena_printf(perm, "complex(%s,%s)", const_rep_name(x->u.c.re),
		                    const_rep_name(x->u.c.im));
	}
	BUG("bad constant representation %d", x->rep);
}

bool const_bool_val(const Const *x)
{
	if (x->rep == REP_UNKNOWN)
		return false;
	if (x->rep != REP_BOOL)
		BUG("const_bool_val of %s", const_rep_name(x));
	return x->b;
}

const char *const_string_val(const Const *x, size_t *n)
{
	if (x->rep == REP_UNKNOWN) {
		*n = 0;
		return "";
	}
	if (x->rep != REP_STRING)
		BUG("const_string_val of %s", const_rep_name(x));
	flatten_string(x);
	*n = x->u.s.n;
	return x->u.s.s;
}

bool const_int64_val(const Const *x, int64_t *v)
{
	switch (x->rep) {
	case REP_INT64:
		*v = x->u.i64;
		return true;
	case REP_INT:
		*v = z_get_i64(x->u.z);   /* the low bits, with the sign applied */
		return false;
	case REP_UNKNOWN:
		*v = 0;
		return false;
	default:
		BUG("const_int64_val of %s", const_rep_name(x));
	}
}

bool const_uint64_val(const Const *x, uint64_t *v)
{
	switch (x->rep) {
	case REP_INT64:
		*v = (uint64_t)x->u.i64;
		return x->u.i64 >= 0;
	case REP_INT:
		*v = z_low64(x->u.z);     /* the low bits of the magnitude */
		return mpz_sgn(x->u.z) >= 0 && z_bitlen(x->u.z) <= 64;
	case REP_UNKNOWN:
		*v = 0;
		return false;
	default:
		BUG("const_uint64_val of %s", const_rep_name(x));
	}
}

int const_sign(const Const *x)
{
	switch (x->rep) {
	case REP_INT64: return (x->u.i64 > 0) - (x->u.i64 < 0);
	case REP_INT: return mpz_sgn(x->u.z);
	case REP_RAT: return mpq_sgn(x->u.q);
	case REP_FLOAT: return mpfr_sgn(x->u.f);
	/* any nonzero part makes it nonzero; the bits of -1|1 keep it so */
	case REP_COMPLEX: return const_sign(x->u.c.re) | const_sign(x->u.c.im);
	case REP_UNKNOWN: return 1;   /* no division-by-zero errors on top of another error */
	default: BUG("const_sign of %s", const_rep_name(x));
	}
}

int const_bitlen(const Const *x)
{
	switch (x->rep) {
	case REP_INT64: {
		uint64_t u = x->u.i64 < 0 ? 0 - (uint64_t)x->u.i64 : (uint64_t)x->u.i64;
		int n = 0;
		while (u) {
			n++;
			u >>= 1;
		}
		return n;
	}
	case REP_INT: return (int)z_bitlen(x->u.z);
	case REP_UNKNOWN: return 0;
	default: BUG("const_bitlen of %s", const_rep_name(x));
	}
}

/* --- conversions to machine floats ------------------------------------------------- */

/* x (an int, fraction or binary float) as a 512-bit float, rounded the
 * way operands are brought to the binary float representation. */
static void get_mpfr(mpfr_t out, const Const *x)
{
	mpz_t z;
	switch (x->rep) {
	case REP_INT64:
		zinit(z);
		z_set_i64(z, x->u.i64);
		mpfr_set_z(out, z, MPFR_RNDN);
		mpz_clear(z);
		break;
	case REP_INT:
		const_bf_fix(out, mpfr_set_z(out, x->u.z, MPFR_RNDN));
		break;
	case REP_RAT:
		const_bf_fix(out, mpfr_set_q(out, x->u.q, MPFR_RNDN));
		break;
	case REP_FLOAT:
		mpfr_set(out, x->u.f, MPFR_RNDN);
		break;
	default:
		BUG("get_mpfr of %s", const_rep_name(x));
	}
}

/* gc converts a binary float to a machine float through its exponent
 * minus one, in 32 bits. At the very bottom of the exponent range that
 * wraps around: the value then comes out infinite, or zero when
 * rounding to the machine precision carries into the next binade.
 * Returns whether f is such a value, and sets *d. */
static bool bottom_exponent(mpfr_srcptr f, int mbits, double *d)
{
	mpfr_t r;
	bool carry;
	if (!mpfr_regular_p(f) || mpfr_get_exp(f) != INT32_MIN)
		return false;
	const_mpfr_init(r, mbits + 1);
	mpfr_set(r, f, MPFR_RNDN);
	carry = mpfr_get_exp(r) != INT32_MIN;
	mpfr_clear(r);
	*d = carry ? 0.0 : HUGE_VAL;
	if (mpfr_signbit(f))
		*d = -*d;
	return true;
}

double const_mpfr_to_double(mpfr_srcptr f, bool *exact)
{
	double d;
	if (bottom_exponent(f, 52, &d)) {
		if (exact)
			*exact = false;
		return d;
	}
	d = mpfr_get_d(f, MPFR_RNDN);
	if (exact)
		*exact = !isinf(d) && mpfr_cmp_d(f, d) == 0;
	return d;
}

static float mpfr_to_float(mpfr_srcptr f, bool *exact)
{
	float d;
	double dd;
	if (bottom_exponent(f, 23, &dd)) {
		if (exact)
			*exact = false;
		return (float)dd;
	}
	d = mpfr_get_flt(f, MPFR_RNDN);
	if (exact)
		*exact = !isinf(d) && mpfr_cmp_d(f, (double)d) == 0;
	return d;
}

/* Nearest machine float to a fraction, rounding once, half to even.
 * mbits is the stored mantissa width (52 or 23), emin the smallest
 * normal exponent (-1022 or -126). Fractions far below the smallest
 * denormal come out as zero that is still called exact when the value
 * has at most mbits+1 significant bits: gc answers so, and the answer
 * must be the same. */
static double rat_to_float(mpq_srcptr q, int mbits, int emin, bool *exact)
{
	mpz_t a, t;
	mpz_srcptr b = mpq_denref(q);
	long la, lb, e, p;
	double d;
	bool ex;
	if (mpq_sgn(q) == 0) {
		*exact = true;
		return 0;
	}
	zinit(a);
	zinit(t);
	mpz_abs(a, mpq_numref(q));
	la = (long)z_bitlen(a);
	lb = (long)z_bitlen(b);
	/* |q| lies in [2^(e-1), 2^e) */
	e = la - lb;
	if (e >= 0) {
		mpz_mul_2exp(t, b, (mp_bitcnt_t)e);
		if (mpz_cmp(a, t) >= 0)
			e++;
	} else {
		mpz_mul_2exp(t, a, (mp_bitcnt_t)-e);
		if (mpz_cmp(t, b) >= 0)
			e++;
	}
	/* p: the bits of precision the float has at this magnitude */
	p = e >= emin + 1 ? mbits + 1 : mbits - emin + e;
	if (p >= 1) {
		mpfr_t r;
		const_mpfr_init(r, (mpfr_prec_t)p);
		ex = mpfr_set_q(r, q, MPFR_RNDN) == 0;
		d = mbits == 52 ? mpfr_get_d(r, MPFR_RNDN) : (double)mpfr_get_flt(r, MPFR_RNDN);
		mpfr_clear(r);
		if (isinf(d))
			ex = false;
	} else {
		ex = false;
		d = 0;
		if (p == 0) {
			/* [2^(e-1), 2^e) where 2^e is the smallest denormal:
			 * above the midpoint rounds up, the midpoint to even (0) */
			if (!(mpz_cmp_ui(a, 1) == 0 && z_is_pow2(b)))
				d = ldexp(1, (int)e);
		} else {
			ex = z_is_pow2(b) && la <= mbits + 1;
		}
		if (mpq_sgn(q) < 0)
			d = -d;
	}
	mpz_clear(a);
	mpz_clear(t);
	*exact = ex;
	return d;
}

/* float64(v) compared back: conversions to int64 of 2^63 and beyond
 * give the most negative int64 on the machines gc targets, so they
 * never compare equal to a positive v. */
static bool i64_float_exact(double d, int64_t v)
{
	if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
		return false;
	return (int64_t)d == v;
}

double const_float64_val(const Const *x, bool *exact)
{
	bool ex = false;
	double d = 0;
	mpfr_t f;
	switch (x->rep) {
	case REP_INT64:
		d = (double)x->u.i64;
		ex = i64_float_exact(d, x->u.i64);
		break;
	case REP_INT:
		const_mpfr_init(f, CONST_PREC);
		get_mpfr(f, x);
		d = const_mpfr_to_double(f, &ex);
		mpfr_clear(f);
		break;
	case REP_RAT:
		d = rat_to_float(x->u.q, 52, -1022, &ex);
		break;
	case REP_FLOAT:
		d = const_mpfr_to_double(x->u.f, &ex);
		break;
	case REP_UNKNOWN:
		break;
	default:
		BUG("const_float64_val of %s", const_rep_name(x));
	}
	if (exact)
		*exact = ex;
	return d;
}

float const_float32_val(const Const *x, bool *exact)
{
	bool ex = false;
	float d = 0;
	mpfr_t f;
	switch (x->rep) {
	case REP_INT64:
		d = (float)x->u.i64;
		ex = i64_float_exact((double)d, x->u.i64);
		break;
	case REP_INT:
		const_mpfr_init(f, CONST_PREC);
		get_mpfr(f, x);
		d = mpfr_to_float(f, &ex);
		mpfr_clear(f);
		break;
	case REP_RAT:
		d = (float)rat_to_float(x->u.q, 23, -126, &ex);
		break;
	case REP_FLOAT:
		d = mpfr_to_float(x->u.f, &ex);
		break;
	case REP_UNKNOWN:
		break;
	default:
		BUG("const_float32_val of %s", const_rep_name(x));
	}
	if (exact)
		*exact = ex;
	return d;
}

/* --- conversions between kinds ------------------------------------------------------ */

static bool float_is_small(mpfr_srcptr f)
{
	mpfr_exp_t e;
	if (mpfr_inf_p(f))
		return false;
	e = mpfr_zero_p(f) ? 0 : mpfr_get_exp(f);
	return -CONST_MAXEXP < e && e < CONST_MAXEXP;
}

/* An int from a binary float that is integral at precision prec when
 * rounded in mode rnd, or NULL. */
static Const *float_to_int_at(mpfr_srcptr f, mpfr_prec_t prec, mpfr_rnd_t rnd)
{
	Const *c = NULL;
	mpfr_t t;
	const_mpfr_init(t, prec);
	const_bf_fix(t, mpfr_set(t, f, rnd));
	if (mpfr_integer_p(t)) {
		mpz_t z;
		zinit(z);
		mpfr_get_z(z, t, MPFR_RNDZ);
		c = const_from_mpz(z);
		mpz_clear(z);
	}
	mpfr_clear(t);
	return c;
}

Const *const_to_int(Const *x)
{
	Const *c;
	switch (x->rep) {
	case REP_INT64:
	case REP_INT:
		return x;
	case REP_RAT:
		if (mpz_cmp_ui(mpq_denref(x->u.q), 1) == 0)
			return const_from_mpz(mpq_numref(x->u.q));
		break;
	case REP_FLOAT:
		/* huge exponents would make huge ints */
		if (!float_is_small(x->u.f))
			break;
		if ((c = float_to_int_at(x->u.f, CONST_PREC, MPFR_RNDZ)))
			return c;
		/* A value a few bits short of an integer is taken to be
		 * one that earlier rounding moved off it: look again at
		 * slightly lower precision, rounding either way. */
		if ((c = float_to_int_at(x->u.f, CONST_PREC - 4, MPFR_RNDZ)))
			return c;
		if ((c = float_to_int_at(x->u.f, CONST_PREC - 4, MPFR_RNDA)))
			return c;
		break;
	case REP_COMPLEX:
		c = const_to_float(x);
		if (c->rep != REP_UNKNOWN)
			return const_to_int(c);
		break;
	default:
		break;
	}
	return const_unknown();
}

Const *const_to_float(Const *x)
{
	Const *c;
	mpq_t q;
	mpfr_t f;
	switch (x->rep) {
	case REP_INT64:
		qinit(q);
		z_set_i64(mpq_numref(q), x->u.i64);
		c = const_rat_from_mpq(q);
		mpq_clear(q);
		return c;
	case REP_INT:
		if (z_bitlen(x->u.z) < CONST_MAXEXP) {
			qinit(q);
			mpq_set_z(q, x->u.z);
			c = const_rat_from_mpq(q);
			mpq_clear(q);
			return c;
		}
		const_mpfr_init(f, CONST_PREC);
		get_mpfr(f, x);
		c = float_const(f);
		mpfr_clear(f);
		return c;
	case REP_RAT:
	case REP_FLOAT:
		return x;
	case REP_COMPLEX:
		if (const_sign(x->u.c.im) == 0)
			return const_to_float(x->u.c.re);
		break;
	default:
		break;
	}
	return const_unknown();
}

Const *const_to_complex(Const *x)
{
	switch (x->rep) {
	case REP_INT64:
	case REP_INT:
	case REP_RAT:
	case REP_FLOAT:
		return const_complex(x, const_int64(0));
	case REP_COMPLEX:
		return x;
	default:
		return const_unknown();
	}
}

Const *const_real(Const *x)
{
	switch (x->rep) {
	case REP_UNKNOWN:
	case REP_INT64:
	case REP_INT:
	case REP_RAT:
	case REP_FLOAT:
		return x;
	case REP_COMPLEX:
		return x->u.c.re;
	default:
		BUG("const_real of %s", const_rep_name(x));
	}
}

Const *const_imag(Const *x)
{
	switch (x->rep) {
	case REP_UNKNOWN:
		return x;
	case REP_INT64:
	case REP_INT:
	case REP_RAT:
	case REP_FLOAT:
		return const_int64(0);
	case REP_COMPLEX:
		return x->u.c.im;
	default:
		BUG("const_imag of %s", const_rep_name(x));
	}
}

/* --- bringing two operands to one representation ----------------------------------- */

static bool is_number(const Const *x)
{
	return x->rep >= REP_INT64;
}

/* The representation both operands are worked in, or REP_UNKNOWN when
 * either is unknown. Anything else that mixes kinds is a caller bug.
 * An unknown meeting a complex becomes the real part of a complex,
 * as in gc: a comparison then sees parts that differ, so unknown !=
 * (1+2i) holds, while arithmetic still comes out unknown. */
static Rep common_rep(const Const *x, const Const *y, const char *what)
{
	if (x->rep == REP_COMPLEX || y->rep == REP_COMPLEX)
		if (x->rep == REP_UNKNOWN || y->rep == REP_UNKNOWN)
			return REP_COMPLEX;
	if (x->rep == REP_UNKNOWN || y->rep == REP_UNKNOWN)
		return REP_UNKNOWN;
	if (x->rep == y->rep)
		return (Rep)x->rep;
	if (is_number(x) && is_number(y))
		return (Rep)MAX(x->rep, y->rep);
	BUG("%s of %s and %s", what, const_rep_name(x), const_rep_name(y));
}

static void get_mpz(mpz_t out, const Const *x)
{
	if (x->rep == REP_INT64)
		z_set_i64(out, x->u.i64);
	else
		mpz_set(out, x->u.z);
}

static void get_mpq(mpq_t out, const Const *x)
{
	if (x->rep == REP_RAT) {
		mpq_set(out, x->u.q);
	} else {
		get_mpz(mpq_numref(out), x);
		mpz_set_ui(mpq_denref(out), 1);
	}
}

static Const *complex_re(Const *x) { return x->rep == REP_COMPLEX ? x->u.c.re : x; }
static Const *complex_im(Const *x) { return x->rep == REP_COMPLEX ? x->u.c.im : const_int64(0); }

/* --- unary operations ------------------------------------------------------------------ */

/* For messages about bugs; token_text lives with the lexer, which this
 * layer does not need. */
static const char *op_name(Token op)
{
	switch (op) {
	case TOK_ADD: return "+";
	case TOK_SUB: return "-";
	case TOK_MUL: return "*";
	case TOK_QUO: return "/";
	case TOK_QUO_ASSIGN: return "/=";
	case TOK_REM: return "%";
	case TOK_AND: return "&";
	case TOK_OR: return "|";
	case TOK_XOR: return "^";
	case TOK_AND_NOT: return "&^";
	case TOK_SHL: return "<<";
	case TOK_SHR: return ">>";
	case TOK_LAND: return "&&";
	case TOK_LOR: return "||";
	case TOK_NOT: return "!";
	case TOK_EQL: return "==";
	case TOK_NEQ: return "!=";
	case TOK_LSS: return "<";
	case TOK_LEQ: return "<=";
	case TOK_GTR: return ">";
	case TOK_GEQ: return ">=";
	default: return "operator";
	}
}

Const *const_unary(Token op, Const *x, unsigned prec)
{
	Const *c;
	mpz_t z;
	mpq_t q;
	mpfr_t f;
	if (x->rep == REP_UNKNOWN)
		return x;
	switch (op) {
	case TOK_ADD:
		if (is_number(x))
			return x;
		break;
	case TOK_SUB:
		switch (x->rep) {
		case REP_INT64:
			if (x->u.i64 != INT64_MIN)
				return const_int64(-x->u.i64);
			/* fallthrough */
		case REP_INT:
			zinit(z);
			get_mpz(z, x);
			mpz_neg(z, z);
			c = const_from_mpz(z);
			mpz_clear(z);
			return c;
		case REP_RAT:
			qinit(q);
			mpq_neg(q, x->u.q);
			c = rat_result(q);
			mpq_clear(q);
			return c;
		case REP_FLOAT:
			const_mpfr_init(f, CONST_PREC);
			mpfr_neg(f, x->u.f, MPFR_RNDN);
			c = const_from_mpfr(f);
			mpfr_clear(f);
			return c;
		case REP_COMPLEX:
			return const_complex(const_unary(TOK_SUB, x->u.c.re, 0),
			                     const_unary(TOK_SUB, x->u.c.im, 0));
		default:
			break;
		}
		break;
	case TOK_XOR:
		if (x->rep != REP_INT64 && x->rep != REP_INT)
			break;
		zinit(z);
		get_mpz(z, x);
		mpz_com(z, z);
		/* For unsigned types ^x is negative here, so too large: keep
		 * only the type's bits. */
		if (prec > 0)
			mpz_fdiv_r_2exp(z, z, prec);
		c = const_from_mpz(z);
		mpz_clear(z);
		return c;
	case TOK_NOT:
		if (x->rep == REP_BOOL)
			return const_bool(!x->b);
		break;
	default:
		break;
	}
	BUG("invalid unary operation %s on %s", op_name(op), const_rep_name(x));
}

/* --- binary operations ---------------------------------------------------------------- */

static bool fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }
static bool fits63(int64_t v) { return v >= -(INT64_C(1) << 62) && v < (INT64_C(1) << 62); }

static Const *int_binary(const Const *x, Token op, const Const *y);

static Const *int64_binary(const Const *x, Token op, const Const *y)
{
	int64_t a = x->u.i64, b = y->u.i64;
	switch (op) {
	case TOK_ADD:
		if (!fits63(a) || !fits63(b))
			return int_binary(x, op, y);
		return const_int64(a + b);
	case TOK_SUB:
		if (!fits63(a) || !fits63(b))
			return int_binary(x, op, y);
		return const_int64(a - b);
	case TOK_MUL:
		if (!fits32(a) || !fits32(b))
			return int_binary(x, op, y);
		return const_int64(a * b);
	case TOK_QUO:
		return int_binary(x, op, y);
	case TOK_QUO_ASSIGN:
		if (b == 0)
			BUG("constant division by zero");
		/* the most negative int64 divided by -1 wraps to itself, as
		 * int64 division does in Go */
		if (b == -1)
			return const_int64(a == INT64_MIN ? a : -a);
		return const_int64(a / b);
	case TOK_REM:
		if (b == 0)
			BUG("constant division by zero");
		if (b == -1)
			return const_int64(0);
		return const_int64(a % b);
	case TOK_AND: return const_int64(a & b);
	case TOK_OR: return const_int64(a | b);
	case TOK_XOR: return const_int64(a ^ b);
	case TOK_AND_NOT: return const_int64(a & ~b);
	default:
		BUG("invalid binary operation %s on ints", op_name(op));
	}
}

static Const *int_binary(const Const *x, Token op, const Const *y)
{
	Const *c;
	mpz_t a, b, r;
	mpq_t q;
	zinit(a);
	zinit(b);
	zinit(r);
	get_mpz(a, x);
	get_mpz(b, y);
	if ((op == TOK_QUO || op == TOK_QUO_ASSIGN || op == TOK_REM) && mpz_sgn(b) == 0)
		BUG("constant division by zero");
	switch (op) {
	case TOK_ADD: mpz_add(r, a, b); break;
	case TOK_SUB: mpz_sub(r, a, b); break;
	case TOK_MUL: mpz_mul(r, a, b); break;
	case TOK_QUO_ASSIGN: mpz_tdiv_q(r, a, b); break;
	case TOK_REM: mpz_tdiv_r(r, a, b); break;
	case TOK_AND: mpz_and(r, a, b); break;
	case TOK_OR: mpz_ior(r, a, b); break;
	case TOK_XOR: mpz_xor(r, a, b); break;
	case TOK_AND_NOT:
		mpz_com(b, b);
		mpz_and(r, a, b);
		break;
	case TOK_QUO:
		qinit(q);
		mpz_set(mpq_numref(q), a);
		mpz_set(mpq_denref(q), b);
		mpq_canonicalize(q);
		c = rat_result(q);
		mpq_clear(q);
		goto done;
	default:
		BUG("invalid binary operation %s on ints", op_name(op));
	}
	c = const_from_mpz(r);
done:
	mpz_clear(a);
	mpz_clear(b);
	mpz_clear(r);
	return c;
}

static Const *rat_binary(const Const *x, Token op, const Const *y)
{
	Const *c;
	mpq_t a, b, r;
	qinit(a);
	qinit(b);
	qinit(r);
	get_mpq(a, x);
	get_mpq(b, y);
	switch (op) {
	case TOK_ADD: mpq_add(r, a, b); break;
	case TOK_SUB: mpq_sub(r, a, b); break;
	case TOK_MUL: mpq_mul(r, a, b); break;
	case TOK_QUO:
		if (mpq_sgn(b) == 0)
			BUG("constant division by zero");
		mpq_div(r, a, b);
		break;
	default:
		BUG("invalid binary operation %s on floats", op_name(op));
	}
	c = rat_result(r);
	mpq_clear(a);
	mpq_clear(b);
	mpq_clear(r);
	return c;
}

static Const *float_binary(const Const *x, Token op, const Const *y)
{
	Const *c;
	mpfr_t a, b, r;
	int t;
	const_mpfr_init(a, CONST_PREC);
	const_mpfr_init(b, CONST_PREC);
	const_mpfr_init(r, CONST_PREC);
	get_mpfr(a, x);
	get_mpfr(b, y);
	switch (op) {
	case TOK_ADD: t = mpfr_add(r, a, b, MPFR_RNDN); break;
	case TOK_SUB: t = mpfr_sub(r, a, b, MPFR_RNDN); break;
	case TOK_MUL: t = mpfr_mul(r, a, b, MPFR_RNDN); break;
	case TOK_QUO:
		/* A zero divisor passes the caller's check when it is the
		 * underflowed denominator of a complex division; the
		 * quotient is then infinite (or NaN), so unknown, as in gc. */
		t = mpfr_div(r, a, b, MPFR_RNDN);
		break;
	default:
		BUG("invalid binary operation %s on floats", op_name(op));
	}
	const_bf_fix(r, t);
	c = const_from_mpfr(r);
	mpfr_clear(a);
	mpfr_clear(b);
	mpfr_clear(r);
	return c;
}

/* Complex arithmetic is done on the parts with the ordinary operations,
 * so each part keeps its own representation. */
static Const *complex_binary(Const *x, Token op, Const *y)
{
	Const *a = complex_re(x), *b = complex_im(x);
	Const *c = complex_re(y), *d = complex_im(y);
	Const *re, *im, *ac, *bd, *bc, *ad, *s;
	switch (op) {
	case TOK_ADD:
		re = const_binary(a, TOK_ADD, c);
		im = const_binary(b, TOK_ADD, d);
		break;
	case TOK_SUB:
		re = const_binary(a, TOK_SUB, c);
		im = const_binary(b, TOK_SUB, d);
		break;
	case TOK_MUL:
		/* (ac - bd) + (bc + ad)i */
		ac = const_binary(a, TOK_MUL, c);
		bd = const_binary(b, TOK_MUL, d);
		bc = const_binary(b, TOK_MUL, c);
		ad = const_binary(a, TOK_MUL, d);
		re = const_binary(ac, TOK_SUB, bd);
		im = const_binary(bc, TOK_ADD, ad);
		break;
	case TOK_QUO:
		/* ((ac + bd) + (bc - ad)i) / (cc + dd) */
		ac = const_binary(a, TOK_MUL, c);
		bd = const_binary(b, TOK_MUL, d);
		bc = const_binary(b, TOK_MUL, c);
		ad = const_binary(a, TOK_MUL, d);
		s = const_binary(const_binary(c, TOK_MUL, c), TOK_ADD, const_binary(d, TOK_MUL, d));
		re = const_binary(const_binary(ac, TOK_ADD, bd), TOK_QUO, s);
		im = const_binary(const_binary(bc, TOK_SUB, ad), TOK_QUO, s);
		break;
	default:
		BUG("invalid binary operation %s on complex values", op_name(op));
	}
	return const_complex(re, im);
}

Const *const_binary(Const *x, Token op, Const *y)
{
	switch (common_rep(x, y, "binary operation")) {
	case REP_UNKNOWN:
		return const_unknown();
	case REP_BOOL:
		if (op == TOK_LAND)
			return const_bool(x->b && y->b);
		if (op == TOK_LOR)
			return const_bool(x->b || y->b);
		break;
	case REP_STRING:
		if (op == TOK_ADD)
			return string_concat(x, y);
		break;
	case REP_INT64:
		return int64_binary(x, op, y);
	case REP_INT:
		return int_binary(x, op, y);
	case REP_RAT:
		return rat_binary(x, op, y);
	case REP_FLOAT:
		return float_binary(x, op, y);
	case REP_COMPLEX:
		return complex_binary(x, op, y);
	}
	BUG("invalid binary operation %s on %s", op_name(op), const_rep_name(x));
}

Const *const_shift(Const *x, Token op, unsigned s)
{
	Const *c;
	mpz_t z;
	if (x->rep == REP_UNKNOWN)
		return x;
	if (x->rep != REP_INT64 && x->rep != REP_INT)
		BUG("invalid shift of %s", const_rep_name(x));
	if (s == 0)
		return x;
	if (op == TOK_SHR && x->rep == REP_INT64) {
		int64_t v = x->u.i64;
		if (s >= 63)
			return const_int64(v < 0 ? -1 : 0);
		/* arithmetic shift, spelled without relying on >> of negatives */
		return const_int64(v < 0 ? -1 - (int64_t)((uint64_t)(-1 - v) >> s) : v >> s);
	}
	zinit(z);
	get_mpz(z, x);
	if (op == TOK_SHL)
		mpz_mul_2exp(z, z, s);
	else if (op == TOK_SHR)
		mpz_fdiv_q_2exp(z, z, s);   /* rounds toward -inf, like >> */
	else
		BUG("invalid shift operator %s", op_name(op));
	c = const_from_mpz(z);
	mpz_clear(z);
	return c;
}

/* --- comparison ------------------------------------------------------------------------- */

static bool cmp_result(int c, Token op)
{
	switch (op) {
	case TOK_EQL: return c == 0;
	case TOK_NEQ: return c != 0;
	case TOK_LSS: return c < 0;
	case TOK_LEQ: return c <= 0;
	case TOK_GTR: return c > 0;
	case TOK_GEQ: return c >= 0;
	default: BUG("invalid comparison operator %s", op_name(op));
	}
}

bool const_compare(Const *x, Token op, Const *y)
{
	int c = 0;
	Rep rep = common_rep(x, y, "comparison");
	switch (rep) {
	case REP_UNKNOWN:
		return false;
	case REP_BOOL:
		if (op != TOK_EQL && op != TOK_NEQ)
			BUG("invalid comparison %s of bools", op_name(op));
		c = x->b != y->b;
		break;
	case REP_STRING: {
		size_t nx, ny;
		const char *sx = const_string_val(x, &nx), *sy = const_string_val(y, &ny);
		c = memcmp(sx, sy, MIN(nx, ny));
		if (c == 0)
			c = (nx > ny) - (nx < ny);
		break;
	}
	case REP_INT64:
		c = (x->u.i64 > y->u.i64) - (x->u.i64 < y->u.i64);
		break;
	case REP_INT: {
		mpz_t a, b;
		zinit(a);
		zinit(b);
		get_mpz(a, x);
		get_mpz(b, y);
		c = mpz_cmp(a, b);
		mpz_clear(a);
		mpz_clear(b);
		break;
	}
	case REP_RAT: {
		mpq_t a, b;
		qinit(a);
		qinit(b);
		get_mpq(a, x);
		get_mpq(b, y);
		c = mpq_cmp(a, b);
		mpq_clear(a);
		mpq_clear(b);
		break;
	}
	case REP_FLOAT: {
		mpfr_t a, b;
		const_mpfr_init(a, CONST_PREC);
		const_mpfr_init(b, CONST_PREC);
		get_mpfr(a, x);
		get_mpfr(b, y);
		c = mpfr_cmp(a, b);
		mpfr_clear(a);
		mpfr_clear(b);
		break;
	}
	case REP_COMPLEX: {
		bool eq = const_compare(complex_re(x), TOK_EQL, complex_re(y)) &&
		          const_compare(complex_im(x), TOK_EQL, complex_im(y));
		if (op == TOK_EQL)
			return eq;
		if (op == TOK_NEQ)
			return !eq;
		BUG("invalid comparison %s of complex values", op_name(op));
	}
	}
	return cmp_result(c, op);
}

static int kind_class(const Const *x)
{
	return is_number(x) ? REP_INT64 : x->rep;
}

bool const_equal(Const *x, Const *y)
{
	if (x->rep == REP_UNKNOWN || y->rep == REP_UNKNOWN || kind_class(x) != kind_class(y))
		return false;
	return const_compare(x, TOK_EQL, y);
}

/* Numbers hash by their value rounded to 512 bits and then to 53: the
 * comparison rounds operands to 512 bits where representations differ,
 * so values it calls equal always meet here. */
static uint64_t real_hash(Const *x)
{
	mpfr_t f;
	double d;
	uint64_t h;
	const_mpfr_init(f, CONST_PREC);
	get_mpfr(f, x);
	d = mpfr_get_d(f, MPFR_RNDN) + 0.0;
	mpfr_clear(f);
	memcpy(&h, &d, sizeof h);
	return h * 0x9E3779B97F4A7C15u;
}

uint64_t const_hash(Const *x)
{
	size_t n;
	const char *s;
	switch (x->rep) {
	case REP_UNKNOWN: return 0;
	case REP_BOOL: return x->b ? 2 : 1;
	case REP_STRING:
		s = const_string_val(x, &n);
		return hash_bytes(s, n);
	default:
		return real_hash(complex_re(x)) * 31 + real_hash(complex_im(x));
	}
}

/* --- representability (types2's representableConst) -------------------------------------- */

bool const_fits_int(const Const *x, int bits, bool is_unsigned)
{
	int64_t v;
	mpz_t lim;
	bool ok;
	if (bits <= 0)
		return const_sign(x) == 0;
	if (x->rep == REP_INT64) {
		v = x->u.i64;
		if (is_unsigned)
			return v >= 0 && (bits >= 63 || v <= (int64_t)((UINT64_C(1) << bits) - 1));
		if (bits >= 64)
			return true;
		return v >= -(INT64_C(1) << (bits - 1)) && v <= (INT64_C(1) << (bits - 1)) - 1;
	}
	if (x->rep != REP_INT)
		BUG("const_fits_int of %s", const_rep_name(x));
	if (is_unsigned)
		return mpz_sgn(x->u.z) >= 0 && z_bitlen(x->u.z) <= (size_t)bits;
	/* -2^(bits-1) <= x < 2^(bits-1) */
	zinit(lim);
	mpz_setbit(lim, (mp_bitcnt_t)(bits - 1));
	ok = mpz_cmp(x->u.z, lim) < 0;
	mpz_neg(lim, lim);
	ok = ok && mpz_cmp(x->u.z, lim) >= 0;
	mpz_clear(lim);
	return ok;
}

Const *const_round_float32(Const *x)
{
	float f = const_float32_val(x, NULL);
	if (isinf(f))
		return NULL;
	return const_float64((double)f);
}

Const *const_round_float64(Const *x)
{
	double f = const_float64_val(x, NULL);
	if (isinf(f))
		return NULL;
	return const_float64(f);
}

static Const *round_complex(Const *x, Const *(*round)(Const *))
{
	Const *re = round(const_real(x)), *im = round(const_imag(x));
	if (!re || !im)
		return NULL;
	return const_binary(re, TOK_ADD, const_make_imag(im));
}

Const *const_round_complex64(Const *x) { return round_complex(x, const_round_float32); }
Const *const_round_complex128(Const *x) { return round_complex(x, const_round_float64); }

bool const_is_int_valued(const Const *x)
{
	switch (x->rep) {
	case REP_INT64:
	case REP_INT:
		return true;
	case REP_RAT:
	case REP_FLOAT:
	case REP_COMPLEX:
		return const_to_int((Const *)x)->rep != REP_UNKNOWN;
	default:
		return false;
	}
}

static const struct { int bits; bool is_unsigned; } int_targets[] = {
	[CT_INT] = {64, false}, [CT_INT8] = {8, false}, [CT_INT16] = {16, false},
	[CT_INT32] = {32, false}, [CT_INT64] = {64, false},
	[CT_UINT] = {64, true}, [CT_UINT8] = {8, true}, [CT_UINT16] = {16, true},
	[CT_UINT32] = {32, true}, [CT_UINT64] = {64, true}, [CT_UINTPTR] = {64, true},
};

bool const_representable(Const *x, ConstTarget t, Const **rounded)
{
	Const *y, *r;
	if (x->rep == REP_UNKNOWN)
		return true;   /* an error was reported already */
	switch (t) {
	case CT_INT: case CT_INT8: case CT_INT16: case CT_INT32: case CT_INT64:
	case CT_UINT: case CT_UINT8: case CT_UINT16: case CT_UINT32: case CT_UINT64:
	case CT_UINTPTR: case CT_UNTYPED_INT:
		y = const_to_int(x);
		if (y->rep == REP_UNKNOWN)
			return false;
		if (rounded)
			*rounded = y;
		if (t == CT_UNTYPED_INT)
			return true;
		return const_fits_int(y, int_targets[t].bits, int_targets[t].is_unsigned);
	case CT_FLOAT32: case CT_FLOAT64: case CT_UNTYPED_FLOAT:
		y = const_to_float(x);
		if (y->rep == REP_UNKNOWN)
			return false;
		if (t == CT_UNTYPED_FLOAT)
			return true;
		r = t == CT_FLOAT32 ? const_round_float32(y) : const_round_float64(y);
		if (!r)
			return false;
		if (rounded)
			*rounded = r;
		return true;
	case CT_COMPLEX64: case CT_COMPLEX128: case CT_UNTYPED_COMPLEX:
		y = const_to_complex(x);
		if (y->rep == REP_UNKNOWN)
			return false;
		if (t == CT_UNTYPED_COMPLEX)
			return true;
		r = t == CT_COMPLEX64 ? const_round_complex64(y) : const_round_complex128(y);
		if (!r)
			return false;
		if (rounded)
			*rounded = r;
		return true;
	case CT_STRING:
		return x->rep == REP_STRING;
	case CT_BOOL:
		return x->rep == REP_BOOL;
	default:
		BUG("bad representability target %d", t);
	}
}
