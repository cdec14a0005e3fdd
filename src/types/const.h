/* const.h: Go's untyped constants, with the precision gc's type checker
 * gives them.
 *
 * A Const is an immutable value: unknown, bool, string, int, float or
 * complex. Numbers are held the way gc 1.19's checker holds them, and
 * every operation switches between representations at the same points,
 * so that results (rounding, overflow to unknown, printed forms) agree
 * bit for bit with gc's:
 *
 *   int      int64 while it fits, else an exact big integer
 *   float    an exact fraction while numerator and denominator stay
 *            below 4096 bits, else a 512-bit binary float; once a value
 *            is a binary float, results computed from it stay binary
 *   complex  a pair of the above
 *
 * Consts live in the perm arena as long as the process. Functions that
 * take an operation panic through BUG() when the operation is not
 * defined for the operands' kinds (the checker reports those first);
 * division by zero is likewise the caller's check.
 *
 * Internals: constant.c (values, arithmetic, conversions), constlit.c
 * (literals), constfmt.c (printed forms), base/isprint.c (the table of
 * printable runes used to quote strings). */
#ifndef GOESCAPE_CONST_H
#define GOESCAPE_CONST_H

#include "syntax/syntax.h"

typedef enum ConstKind {
	CONST_UNKNOWN,
	CONST_BOOL,
	CONST_STRING,
	CONST_INT,
	CONST_FLOAT,
	CONST_COMPLEX
} ConstKind;

typedef struct Const Const;

/* --- making values --------------------------------------------------------- */

Const *const_unknown(void);
Const *const_bool(bool b);
Const *const_string(const char *s, size_t n);     /* copies s */
Const *const_int64(int64_t v);
Const *const_uint64(uint64_t v);
Const *const_float64(double v);      /* -0 becomes 0; Inf and NaN become unknown */
/* A literal as the scanner returns it (INT, FLOAT, IMAG, CHAR, STRING);
 * unknown when it is malformed. */
Const *const_from_literal(const char *lit, size_t n, Token tok);
Const *const_make_imag(Const *x);    /* x*i; x is int, float or unknown */
/* string(x) for an integer constant x: the UTF-8 encoding of the rune,
 * or of U+FFFD when x is not a valid code point. */
Const *const_string_from_rune(Const *x);

/* --- reading values --------------------------------------------------------- */

ConstKind const_kind(const Const *x);
bool const_bool_val(const Const *x);                     /* unknown: false */
const char *const_string_val(const Const *x, size_t *n); /* unknown: "" */
/* The value and whether it is exact; x is an int or unknown. When not
 * exact the value is still the one gc would compute (the low bits). */
bool const_int64_val(const Const *x, int64_t *v);
bool const_uint64_val(const Const *x, uint64_t *v);
/* Nearest float64/float32 (infinite when too large, zero with x's sign
 * when too small); x is an int, float or unknown. exact may be NULL. */
double const_float64_val(const Const *x, bool *exact);
float const_float32_val(const Const *x, bool *exact);
/* -1, 0, +1; for complex 0 iff both parts are 0; unknown gives 1. */
int const_sign(const Const *x);
int const_bitlen(const Const *x);                        /* |x| of an int */

/* --- conversions and parts (unknown when not representable) ---------------- */

Const *const_to_int(Const *x);       /* accepts floats within rounding error of an integer */
Const *const_to_float(Const *x);
Const *const_to_complex(Const *x);
Const *const_real(Const *x);
Const *const_imag(Const *x);

/* --- operations ------------------------------------------------------------ */

/* op is TOK_ADD, TOK_SUB, TOK_XOR or TOK_NOT. prec is the bit width
 * that ^x is cut to for unsigned types, 0 otherwise. */
Const *const_unary(Token op, Const *x, unsigned prec);
/* Arithmetic (+ - * / % & | ^ &^), && and ||, + on strings. TOK_QUO on
 * two ints gives an exact fraction (a float); TOK_QUO_ASSIGN is integer
 * division (truncated). Unknown if either operand is unknown, or when a
 * result overflows the binary float range. */
Const *const_binary(Const *x, Token op, Const *y);
Const *const_shift(Const *x, Token op, unsigned s);    /* TOK_SHL, TOK_SHR on ints */
bool const_compare(Const *x, Token op, Const *y);      /* false if either is unknown */
bool const_equal(Const *x, Const *y);                  /* same kind class and value */
/* Agrees with const_equal (equal values hash equal, across representations). */
uint64_t const_hash(Const *x);

/* --- printed forms ---------------------------------------------------------- */

/* Short form: floats to 6 significant digits, strings quoted and cut
 * after 72 characters. The result lives in perm (and is cached). */
const char *const_str(const Const *x);
/* Exact form: ints in decimal, fractions as "a/b", binary floats in
 * hexadecimal ("0x.8p+1"), strings quoted in full. */
const char *const_exact_str(const Const *x);
/* How gc prints a constant's value in diagnostics: complex values as
 * "(1+2i)" rather than "(1 + 2i)"; with untyped_rune set (x is then an
 * int), an untyped rune constant as a character literal ('a',
 * '\u00e9'). Excludes the "T(...)" wrapper gc adds for typed
 * constants. */
const char *const_gc_str(const Const *x, bool untyped_rune);

/* --- representability (Go spec "Representability") ------------------------- */

/* Whether the int x fits a two's complement (or unsigned) integer of
 * the given width. */
bool const_fits_int(const Const *x, int bits, bool is_unsigned);
/* x (a number) rounded to float32/float64, or NULL when it overflows. */
Const *const_round_float32(Const *x);
Const *const_round_float64(Const *x);
Const *const_round_complex64(Const *x);
Const *const_round_complex128(Const *x);
/* True when x is a float or complex whose value is an exact integer. */
bool const_is_int_valued(const Const *x);

/* The targets of const_representable: gc's basic types (int, uint and
 * uintptr are 64 bits wide) and the untyped kinds. */
typedef enum ConstTarget {
	CT_INT, CT_INT8, CT_INT16, CT_INT32, CT_INT64,
	CT_UINT, CT_UINT8, CT_UINT16, CT_UINT32, CT_UINT64, CT_UINTPTR,
	CT_FLOAT32, CT_FLOAT64, CT_COMPLEX64, CT_COMPLEX128,
	CT_STRING, CT_BOOL,
	CT_UNTYPED_INT, CT_UNTYPED_FLOAT, CT_UNTYPED_COMPLEX,
	NCONSTTARGETS
} ConstTarget;

/* Whether x can be represented as a value of type t. When it can and
 * rounded is not NULL, *rounded is set to the value converted to t's
 * class: an int for integer types, the rounded value for float and
 * complex types. For integer types *rounded is also set when x is
 * integral but out of range. An unknown x is representable. */
bool const_representable(Const *x, ConstTarget t, Const **rounded);

/* For tests: the internal representation ("int64", "int", "rat",
 * "float", "complex(...)", "string", "bool", "unknown"). */
const char *const_rep_name(const Const *x);

#endif
