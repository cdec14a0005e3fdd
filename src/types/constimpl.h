/* constimpl.h: the inside of a Const, shared by constant.c, constlit.c
 * and constfmt.c only. Everyone else goes through const.h.
 *
 * Big numbers are GMP and MPFR values whose limbs live in the perm
 * arena: ints and fractions are read-only mpz views (mpz_roinit_n),
 * binary floats are MPFR "custom" floats over an arena significand.
 * Temporaries are ordinary GMP/MPFR variables, cleared after each
 * operation. */
#ifndef GOESCAPE_CONSTIMPL_H
#define GOESCAPE_CONSTIMPL_H

#include <gmp.h>
#include <mpfr.h>

#include "const.h"

/* Precision of binary floats, and the bit size past which fractions
 * and ints turn into binary floats. */
enum { CONST_PREC = 512, CONST_MAXEXP = 4096 };

/* The representations, in the order used to bring two operands to a
 * common one (the lower is converted up). */
typedef enum Rep {
	REP_UNKNOWN,
	REP_BOOL,
	REP_STRING,
	REP_INT64,
	REP_INT,      /* an int that does not fit int64 (or a literal's big form) */
	REP_RAT,
	REP_FLOAT,    /* nonzero unless it is the shared zero */
	REP_COMPLEX,
} Rep;

struct Const {
	uint8_t rep;
	bool b;
	union {
		int64_t i64;
		mpz_t z;
		mpq_t q;
		mpfr_t f;                   /* precision CONST_PREC */
		struct { Const *re, *im; } c;
		/* A string is either flat (l == NULL) or the pending
		 * concatenation l + r, flattened on first look so that long
		 * chains of + cost linear time. */
		struct { const char *s; size_t n; Const *l, *r; } s;
	} u;
	const char *str, *exact;        /* cached printed forms */
};

/* constant.c */
void const_init(void);                   /* idempotent; before any GMP/MPFR use */
void const_mpfr_init(mpfr_t x, mpfr_prec_t prec);
void const_bf_fix(mpfr_t x, int ternary);    /* clamp to the 32-bit exponent range */
Const *const_from_mpz(mpz_srcptr z);     /* int64 when it fits */
Const *const_rat_from_mpq(mpq_srcptr q); /* REP_RAT, whatever its size */
Const *const_from_mpfr(mpfr_srcptr f);   /* zero -> shared zero, Inf -> unknown */
Const *const_complex(Const *re, Const *im);
double const_mpfr_to_double(mpfr_srcptr f, bool *exact);

#endif
