/* constcheck: the goescape side of the constant tests.
 *
 *   constcheck run < ops     evaluate an operation list (tests/goconst
 *                            machine.go describes it) and print one line
 *                            per operation, as "goconst run" does
 *   constcheck unit          fixed checks of the printed forms and of
 *                            the functions go/constant has no twin for
 *
 * Links with the constant layer only (and the base layer under it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "types/const.h"

/* --- run ------------------------------------------------------------------- */

static const struct { const char *text; Token tok; } ops[] = {
	{"INT", TOK_INT}, {"FLOAT", TOK_FLOAT}, {"IMAG", TOK_IMAG}, {"CHAR", TOK_CHAR},
	{"STRING", TOK_STRING}, {"+", TOK_ADD}, {"-", TOK_SUB}, {"*", TOK_MUL}, {"/", TOK_QUO},
	{"%", TOK_REM}, {"&", TOK_AND}, {"|", TOK_OR}, {"^", TOK_XOR}, {"&^", TOK_AND_NOT},
	{"&&", TOK_LAND}, {"||", TOK_LOR}, {"/=", TOK_QUO_ASSIGN}, {"<<", TOK_SHL}, {">>", TOK_SHR},
	{"==", TOK_EQL}, {"!=", TOK_NEQ}, {"<", TOK_LSS}, {"<=", TOK_LEQ}, {">", TOK_GTR},
	{">=", TOK_GEQ}, {"!", TOK_NOT},
};

static const char *targets[NCONSTTARGETS] = {
	"int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"string", "bool",
	"untyped-int", "untyped-float", "untyped-complex",
};

static Token tok(const char *s)
{
	int i;
	for (i = 0; i < NELEM(ops); i++)
		if (strcmp(ops[i].text, s) == 0)
			return ops[i].tok;
	fprintf(stderr, "constcheck: unknown operator %s\n", s);
	exit(2);
}

static Vec regs;

static Const *reg(const char *s)
{
	int i = atoi(s);
	if (i < 0 || i >= regs.n) {
		fprintf(stderr, "constcheck: bad register %s\n", s);
		exit(2);
	}
	return regs.v[i];
}

static char *unhex(const char *s, size_t *n)
{
	size_t len = strlen(s), i;
	char *out = xmalloc(len / 2 + 1);
	for (i = 0; i + 1 < len; i += 2) {
		char b[3] = {s[i], s[i + 1], 0};
		out[i / 2] = (char)strtol(b, NULL, 16);
	}
	*n = len / 2;
	out[*n] = 0;
	return out;
}

static void describe(Buf *b, Const *v)
{
	ConstKind k = const_kind(v);
	buf_printf(b, "%s | %s | %s | %s", const_rep_name(v), const_exact_str(v), const_str(v),
	           const_gc_str(v, false));
	if (k == CONST_INT || k == CONST_FLOAT || k == CONST_COMPLEX || k == CONST_UNKNOWN)
		buf_printf(b, " | sign=%d", const_sign(v));
	if (k == CONST_INT || k == CONST_FLOAT || k == CONST_UNKNOWN) {
		bool e64, e32;
		double f64 = const_float64_val(v, &e64);
		float f32 = const_float32_val(v, &e32);
		uint64_t b64;
		uint32_t b32;
		memcpy(&b64, &f64, sizeof b64);
		memcpy(&b32, &f32, sizeof b32);
		buf_printf(b, " f64=%016llx/%d f32=%08lx/%d", (unsigned long long)b64, e64,
		           (unsigned long)b32, e32);
	}
	if (k == CONST_INT || k == CONST_UNKNOWN) {
		int64_t i;
		uint64_t u;
		bool ei = const_int64_val(v, &i), eu = const_uint64_val(v, &u);
		buf_printf(b, " bitlen=%d i64=%lld/%d u64=%llu/%d", const_bitlen(v), (long long)i, ei,
		           (unsigned long long)u, eu);
	}
	if (k == CONST_INT)
		buf_printf(b, " rune=%s", const_gc_str(v, true));
	if (k == CONST_FLOAT || k == CONST_COMPLEX)
		buf_printf(b, " toint=%s", const_exact_str(const_to_int(v)));
	if (k == CONST_STRING) {
		size_t n;
		const_string_val(v, &n);
		buf_printf(b, " len=%zu", n);
	}
	if (k == CONST_BOOL)
		buf_printf(b, " val=%s", const_bool_val(v) ? "true" : "false");
}

static void repr_line(Buf *b, Const *x)
{
	int t;
	for (t = 0; t < NCONSTTARGETS; t++) {
		Const *r = NULL;
		bool ok = const_representable(x, (ConstTarget)t, &r);
		buf_printf(b, "%s%s=%d", t ? " " : "", targets[t], ok);
		if (r)
			buf_printf(b, ":%s:%s", const_rep_name(r), const_exact_str(r));
	}
}

/* Runs one line, appending what it prints to out. */
static void exec_line(char *line, Buf *out)
{
	char *f[6] = {0};
	int nf = 0;
	char *p = line, *save = NULL;
	Const *v = NULL;
	size_t n;
	while (nf < 6 && (p = strtok_r(nf ? NULL : line, " ", &save)))
		f[nf++] = p;
	if (nf == 0)
		return;
	if (strcmp(f[0], "lit") == 0) {
		char *s = unhex(f[2] ? f[2] : "", &n);
		v = const_from_literal(s, n, tok(f[1]));
		free(s);
	} else if (strcmp(f[0], "i64") == 0) {
		v = const_int64(strtoll(f[1], NULL, 10));
	} else if (strcmp(f[0], "u64") == 0) {
		v = const_uint64(strtoull(f[1], NULL, 10));
	} else if (strcmp(f[0], "f64") == 0) {
		uint64_t bits = strtoull(f[1], NULL, 16);
		double d;
		memcpy(&d, &bits, sizeof d);
		v = const_float64(d);
	} else if (strcmp(f[0], "bool") == 0) {
		v = const_bool(strcmp(f[1], "1") == 0);
	} else if (strcmp(f[0], "str") == 0) {
		char *s = unhex(f[1] ? f[1] : "", &n);
		v = const_string(s, n);
		free(s);
	} else if (strcmp(f[0], "imag") == 0) {
		v = const_make_imag(reg(f[1]));
	} else if (strcmp(f[0], "un") == 0) {
		v = const_unary(tok(f[1]), reg(f[2]), (unsigned)atoi(f[3]));
	} else if (strcmp(f[0], "bin") == 0) {
		v = const_binary(reg(f[1]), tok(f[2]), reg(f[3]));
	} else if (strcmp(f[0], "shift") == 0) {
		v = const_shift(reg(f[1]), tok(f[2]), (unsigned)strtoul(f[3], NULL, 10));
	} else if (strcmp(f[0], "toint") == 0) {
		v = const_to_int(reg(f[1]));
	} else if (strcmp(f[0], "tofloat") == 0) {
		v = const_to_float(reg(f[1]));
	} else if (strcmp(f[0], "tocomplex") == 0) {
		v = const_to_complex(reg(f[1]));
	} else if (strcmp(f[0], "real") == 0) {
		v = const_real(reg(f[1]));
	} else if (strcmp(f[0], "imagpart") == 0) {
		v = const_imag(reg(f[1]));
	} else if (strncmp(f[0], "round", 5) == 0) {
		Const *x = reg(f[1]);
		if (strcmp(f[0], "round32") == 0)
			v = const_round_float32(x);
		else if (strcmp(f[0], "round64") == 0)
			v = const_round_float64(x);
		else if (strcmp(f[0], "roundc64") == 0)
			v = const_round_complex64(x);
		else
			v = const_round_complex128(x);
		if (!v) {
			vec_push(&regs, const_unknown());
			buf_printf(out, "r%d: nil\n", regs.n - 1);
			return;
		}
	} else if (strcmp(f[0], "strrune") == 0) {
		v = const_string_from_rune(reg(f[1]));
	} else if (strcmp(f[0], "cmp") == 0) {
		buf_printf(out, "%s\n", const_compare(reg(f[1]), tok(f[2]), reg(f[3])) ? "true" : "false");
		return;
	} else if (strcmp(f[0], "eq") == 0) {
		Const *x = reg(f[1]), *y = reg(f[2]);
		bool eq = const_equal(x, y);
		/* equal values must hash alike; go/constant has no hash, so a
		 * failure shows as a line of its own */
		if (eq && const_hash(x) != const_hash(y))
			buf_puts(out, "HASH-MISMATCH ");
		buf_printf(out, "%s\n", eq ? "true" : "false");
		return;
	} else if (strcmp(f[0], "repr") == 0) {
		repr_line(out, reg(f[1]));
		buf_putc(out, '\n');
		return;
	} else {
		fprintf(stderr, "constcheck: unknown operation %s\n", f[0]);
		exit(2);
	}
	vec_push(&regs, v);
	buf_printf(out, "r%d: ", regs.n - 1);
	describe(out, v);
	buf_putc(out, '\n');
}

static int run(void)
{
	Buf line = {0}, out = {0};
	int c;
	for (;;) {
		buf_reset(&line);
		while ((c = getchar()) != EOF && c != '\n')
			buf_putc(&line, c);
		if (line.n == 0 && c == EOF)
			break;
		if (line.n > 0 && line.s[0] != '#') {
			exec_line((char *)buf_cstr(&line), &out);
			fwrite(out.s, 1, out.n, stdout);
			buf_reset(&out);
		}
		if (c == EOF)
			break;
	}
	buf_free(&line);
	buf_free(&out);
	vec_free(&regs);
	return 0;
}

/* --- unit checks ------------------------------------------------------------- */

static int npass, nfail;

static void check_str(const char *what, const char *got, const char *want)
{
	if (strcmp(got, want) == 0) {
		npass++;
		return;
	}
	nfail++;
	printf("FAIL %s: got %s, want %s\n", what, got, want);
}

static void check(const char *what, bool ok)
{
	if (ok) {
		npass++;
		return;
	}
	nfail++;
	printf("FAIL %s\n", what);
}

static Const *lit(Token t, const char *s)
{
	return const_from_literal(s, strlen(s), t);
}

static const char *gc(Token t, const char *s)
{
	return const_gc_str(lit(t, s), false);
}

static const char *gcrune(const char *s)
{
	return const_gc_str(lit(TOK_CHAR, s), true);
}

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int unit(void)
{
	Const *x, *y, *s;
	int i;
	double t0;

	/* What gc prints for constants that reach a diagnostic without
	 * their source text (seen in gc 1.19's -m output). */
	check_str("float", const_gc_str(const_binary(lit(TOK_FLOAT, "1e100"), TOK_QUO, const_int64(3)), false),
	          "3.33333e+99");
	check_str("float 0.1", gc(TOK_FLOAT, "0.1"), "0.1");
	check_str("float 1e6", gc(TOK_FLOAT, "1e6"), "1e+06");
	check_str("float 100000", gc(TOK_FLOAT, "100000.0"), "100000");
	check_str("float 1e-5", gc(TOK_FLOAT, "1e-5"), "1e-05");
	check_str("float 0.0001", gc(TOK_FLOAT, "0.0001"), "0.0001");
	check_str("float 1.5", gc(TOK_FLOAT, "1.5"), "1.5");
	check_str("float huge", gc(TOK_FLOAT, "1e100000"), "1e+100000");
	check_str("float tiny", gc(TOK_FLOAT, "1.5e-100000"), "1.5e-100000");
	check_str("float32(0.1)", const_gc_str(const_round_float32(lit(TOK_FLOAT, "0.1")), false), "0.1");
	check_str("float64(0x1p-1100)", const_gc_str(const_round_float64(lit(TOK_FLOAT, "0x1p-1100")), false), "0");
	check_str("int", gc(TOK_INT, "4611686018427387904"), "4611686018427387904");
	check_str("big int", gc(TOK_INT, "0x1_0000_0000_0000_0000"), "18446744073709551616");
	check_str("complex", const_gc_str(const_binary(lit(TOK_FLOAT, "1.5"), TOK_SUB, lit(TOK_IMAG, "2i")), false),
	          "(1.5-2i)");
	check_str("complex +", const_gc_str(const_binary(const_int64(1), TOK_ADD, lit(TOK_IMAG, "2i")), false),
	          "(1+2i)");
	check_str("imaginary", gc(TOK_IMAG, "2i"), "2i");
	check_str("complex zero", gc(TOK_IMAG, "0i"), "0");
	check_str("complex real", const_gc_str(const_to_complex(const_int64(3)), false), "3");
	check_str("complex str", const_str(lit(TOK_IMAG, "2i")), "(0 + 2i)");
	check_str("string", gc(TOK_STRING, "\"tab\\there\\xff\""), "\"tab\\there\\xff\"");
	check_str("long string",
	          gc(TOK_STRING, "\"a long string constant that goes on and on and on and on and on and on and on and on\""),
	          "\"a long string constant that goes on and on and on and on and on and ...");
	check_str("72 runes", gc(TOK_STRING, "\"123456789012345678901234567890123456789012345678901234567890123456789a\""),
	          "\"123456789012345678901234567890123456789012345678901234567890123456789a\"");
	check_str("73 runes", gc(TOK_STRING, "\"123456789012345678901234567890123456789012345678901234567890123456789ab\""),
	          "\"12345678901234567890123456789012345678901234567890123456789012345678...");
	check_str("unprintable", gc(TOK_STRING, "\"\\u00ad\\u200b\\U0001F600é\""), "\"\\u00ad\\u200b😀é\"");
	check_str("rune a", gcrune("'a'"), "'a'");
	check_str("rune quote", gcrune("'\\''"), "'\\''");
	check_str("rune dquote", gcrune("'\"'"), "'\"'");
	check_str("rune nul", gcrune("'\\x00'"), "'\\x00'");
	check_str("rune del", gcrune("'\\x7f'"), "'\\x7f'");
	check_str("rune newline", gcrune("'\\n'"), "'\\n'");
	check_str("rune é", gcrune("'é'"), "'\\u00e9'");
	check_str("rune emoji", gcrune("'\\U0001F600'"), "'\\U0001f600'");
	check_str("rune -1", const_gc_str(const_int64(-1), true), "('\\x00' + -1)");
	check_str("rune too big", const_gc_str(const_int64(0x110000), true), "('\\x00' + 1114112)");
	check_str("bool", const_gc_str(const_bool(true), false), "true");
	check_str("unknown", const_gc_str(const_unknown(), false), "unknown");

	/* exact forms */
	check_str("exact rat", const_exact_str(const_binary(const_int64(1), TOK_QUO, const_int64(3))), "1/3");
	check_str("exact float", const_exact_str(lit(TOK_FLOAT, "1e100000")),
	          const_exact_str(lit(TOK_FLOAT, "1e100000")));
	check_str("exact 0x1p-1000000", const_exact_str(lit(TOK_FLOAT, "0x1p-1000000")), "0x.8p-999999");
	check_str("exact integral rat", const_exact_str(lit(TOK_FLOAT, "2.0")), "2");

	/* functions go/constant has no twin for */
	x = lit(TOK_INT, "5");
	y = lit(TOK_FLOAT, "5.0");
	check("equal across kinds", const_equal(x, y) && const_hash(x) == const_hash(y));
	check("equal to complex", const_equal(x, const_to_complex(y)) &&
	      const_hash(x) == const_hash(const_to_complex(y)));
	check("not equal to string", !const_equal(x, const_string("5", 1)));
	check("unknown never equal", !const_equal(const_unknown(), const_unknown()));
	check("strings equal", const_equal(const_string("ab", 2),
	      const_binary(const_string("a", 1), TOK_ADD, const_string("b", 1))));
	check("is_int_valued 5.0", const_is_int_valued(y));
	check("is_int_valued 5.5", !const_is_int_valued(lit(TOK_FLOAT, "5.5")));
	check("is_int_valued 1e1000000", !const_is_int_valued(lit(TOK_FLOAT, "1e1000000")));
	check("fits int8 127", const_fits_int(const_int64(127), 8, false));
	check("fits int8 128", !const_fits_int(const_int64(128), 8, false));
	check("fits uint64 2^64-1", const_fits_int(lit(TOK_INT, "18446744073709551615"), 64, true));
	check("fits int64 2^63", !const_fits_int(lit(TOK_INT, "9223372036854775808"), 64, false));
	check("fits int128 -2^127", const_fits_int(const_unary(TOK_SUB, const_shift(const_int64(1), TOK_SHL, 127), 0), 128, false));
	check("fits int128 2^127", !const_fits_int(const_shift(const_int64(1), TOK_SHL, 127), 128, false));
	{
		size_t n;
		const char *r = const_string_val(const_string_from_rune(const_int64(0xd800)), &n);
		check("string(surrogate)", n == 3 && memcmp(r, "\xef\xbf\xbd", 3) == 0);
		r = const_string_val(const_string_from_rune(const_int64(0x10ffff)), &n);
		check("string(0x10ffff)", n == 4 && memcmp(r, "\xf4\x8f\xbf\xbf", 4) == 0);
	}

	/* a long chain of concatenations costs linear time */
	t0 = seconds();
	s = const_string("", 0);
	for (i = 0; i < 200000; i++)
		s = const_binary(s, TOK_ADD, const_string("xy", 2));
	{
		size_t n;
		const char *r = const_string_val(s, &n);
		check("long concatenation", n == 400000 && r[0] == 'x' && r[399999] == 'y');
	}
	/* quadratic copying would take minutes; the bound is loose so a
	 * busy machine does not fail it */
	check("long concatenation is fast", seconds() - t0 < 10.0);
	printf("info: 200000 concatenations and a flatten: %.3fs\n", seconds() - t0);

	/* speed of the common cases, for the record */
	t0 = seconds();
	x = const_int64(0);
	for (i = 0; i < 1000000; i++)
		x = const_binary(const_binary(x, TOK_ADD, const_int64(7)), TOK_REM, const_int64(1000));
	check("small int arithmetic", const_compare(x, TOK_EQL, const_int64(0)));
	printf("info: 2e6 small int operations: %.3fs\n", seconds() - t0);
	t0 = seconds();
	for (i = 0; i < 100000; i++) {
		static const char *lits[] = {"0", "1", "0x7fffffff", "1 << 3", "1.5", "1e-9", "0.1", "'a'"};
		static const Token toks[] = {TOK_INT, TOK_INT, TOK_INT, TOK_INT, TOK_FLOAT, TOK_FLOAT, TOK_FLOAT, TOK_CHAR};
		lit(toks[i % 8], lits[i % 8]);
	}
	printf("info: 1e5 literals: %.3fs\n", seconds() - t0);
	check("small ints shared", const_int64(5) == const_int64(5));
	check("fits in 0 bits", const_fits_int(const_int64(0), 0, true) && !const_fits_int(const_int64(1), 0, false));

	printf("unit: %d passed, %d failed\n", npass, nfail);
	return nfail ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "run") == 0)
		return run();
	if (argc == 2 && strcmp(argv[1], "unit") == 0)
		return unit();
	fprintf(stderr, "usage: constcheck run | unit\n");
	return 2;
}
