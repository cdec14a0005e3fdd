/* buildcons.c: build constraints. Whether a file belongs to the build
 * for a target, as Go 1.19 decides it:
 *
 *   - its name: *_GOOS, *_GOARCH, *_GOOS_GOARCH (before an optional
 *     _test), for the operating systems and architectures Go 1.19 knows;
 *   - a //go:build line among the leading comments, which wins;
 *   - otherwise the "// +build" lines in the leading run of // comments
 *     and blank lines, a run that must end with a blank line (so that a
 *     package doc comment is never taken for constraints).
 *
 * A tag is satisfied by GOOS, GOARCH, "gc", "unix" on Unix systems,
 * "cgo" when cgo is enabled, go1.1 to go1.19, the goexperiment.* tags
 * of the target and the user's -tags. */
#include <stdio.h>
#include <string.h>

#include "load.h"

static const char *const known_os[] = {
	"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
	"linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos",
};

static const char *const unix_os[] = {
	"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
	"linux", "netbsd", "openbsd", "solaris",
};

static const char *const known_arch[] = {
	"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
	"mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
	"riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
};

/* the targets for which cgo is on by default (for native builds) */
static const char *const cgo_targets[] = {
	"aix/ppc64", "android/386", "android/amd64", "android/arm", "android/arm64",
	"darwin/amd64", "darwin/arm64", "dragonfly/amd64", "freebsd/386", "freebsd/amd64",
	"freebsd/arm", "freebsd/arm64", "illumos/amd64", "ios/amd64", "ios/arm64",
	"linux/386", "linux/amd64", "linux/arm", "linux/arm64", "linux/loong64", "linux/mips",
	"linux/mips64", "linux/mips64le", "linux/mipsle", "linux/ppc64le", "linux/riscv64",
	"linux/s390x", "linux/sparc64", "netbsd/386", "netbsd/amd64", "netbsd/arm",
	"netbsd/arm64", "openbsd/386", "openbsd/amd64", "openbsd/arm", "openbsd/arm64",
	"openbsd/mips64", "solaris/amd64", "windows/386", "windows/amd64", "windows/arm64",
};

/* GOEXPERIMENT names of Go 1.19 */

static bool in_list(const char *const *list, int n, const char *s, size_t len)
{
	int i;
	for (i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
			return true;
	return false;
}

static bool eq(const char *s, size_t n, const char *lit)
{
	return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

bool build_known_os(const char *s, size_t n)
{
	return in_list(known_os, NELEM(known_os), s, n) || (release_has(FEAT_GOOS_WASIP1) && eq(s, n, "wasip1"));
}
bool build_known_arch(const char *s, size_t n) { return in_list(known_arch, NELEM(known_arch), s, n); }

bool build_cgo_default(const char *goos, const char *goarch)
{
	char buf[64];
	if (strlen(goos) + strlen(goarch) + 2 > sizeof buf)
		return false;
	strcpy(buf, goos);
	strcat(buf, "/");
	strcat(buf, goarch);
	return in_list(cgo_targets, NELEM(cgo_targets), buf, strlen(buf));
}


/* go1.1 ... go1.N: the release tags of the release emulated */
static bool release_tag(const char *s, size_t n)
{
	int v = 0;
	size_t i;
	if (n < 5 || memcmp(s, "go1.", 4) != 0 || s[4] == '0')
		return false;
	for (i = 4; i < n; i++) {
		if (s[i] < '0' || s[i] > '9' || v > 100)
			return false;
		v = v * 10 + (s[i] - '0');
	}
	return v >= 1 && v <= release_minor();
}

/* Whether the experiment named s[0:n] is on: the release's baseline
 * (base/release.c), where the register ABI is on by default where
 * supported (and cannot be turned off where always on), then
 * GOEXPERIMENT's additions and removals. */
static bool experiment_on(const BuildConfig *c, const char *s, size_t n)
{
	int abi = release_regabi(c->goarch), def = release_experiment(s, n, c->goos);
	bool always = abi == 2;
	bool supported = abi > 0;
	bool regabi = eq(s, n, "regabiwrappers") || eq(s, n, "regabiargs");
	bool on = regabi ? supported : def > 0;
	const char *e = c->goexperiment;
	if (def < 0)
		return false;
	while (e && *e) {
		const char *end = strchr(e, ',');
		const char *f = e;
		size_t len = end ? (size_t)(end - e) : strlen(e);
		bool val = true;
		e = end ? end + 1 : NULL;
		if (eq(f, len, "none")) {
			on = false;   /* "none": everything off, the baseline too */
			continue;
		}
		if (len >= 2 && memcmp(f, "no", 2) == 0) {
			val = false;
			f += 2;
			len -= 2;
		}
		if (eq(f, len, "") )
			continue;
		if ((len == n && memcmp(f, s, n) == 0) || (regabi && eq(f, len, "regabi")))
			on = val;
	}
	if (regabi)
		on = always || (on && supported);
	return on;
}

bool build_tag_ok(const BuildConfig *c, const char *tag, size_t n)
{
	int i;
	if (c->cgo_enabled && eq(tag, n, "cgo"))
		return true;
	if (eq(tag, n, c->goos) || eq(tag, n, c->goarch) || eq(tag, n, "gc"))
		return true;
	if (!strcmp(c->goos, "android") && eq(tag, n, "linux"))
		return true;
	if (!strcmp(c->goos, "illumos") && eq(tag, n, "solaris"))
		return true;
	if (!strcmp(c->goos, "ios") && eq(tag, n, "darwin"))
		return true;
	if (eq(tag, n, "unix") && in_list(unix_os, NELEM(unix_os), c->goos, strlen(c->goos)))
		return true;
	if (eq(tag, n, "boringcrypto")) {
		tag = "goexperiment.boringcrypto";
		n = strlen(tag);
	}
	for (i = 0; i < c->ntags; i++)
		if (eq(tag, n, c->tags[i]))
			return true;
	if (n > 13 && memcmp(tag, "goexperiment.", 13) == 0 && experiment_on(c, tag + 13, n - 13))
		return true;
	return release_tag(tag, n);
}

/* name_GOOS.*, name_GOARCH.*, name_GOOS_GOARCH.*, each optionally
 * followed by _test; the part before the first '_' never counts, so
 * "linux.go" is not constrained. */
bool build_good_os_arch_file(const BuildConfig *c, const char *name)
{
	const char *dot = strchr(name, '.');
	size_t len = dot ? (size_t)(dot - name) : strlen(name);
	const char *us = memchr(name, '_', len);
	const char *elem[64];
	size_t elen[64];
	int n = 0;
	const char *p, *end = name + len;
	if (!us)
		return true;
	/* split name[us:len] at '_'; the first element is empty */
	for (p = us; p <= end && n < 64;) {
		const char *q = p + 1;
		while (q < end && *q != '_')
			q++;
		elem[n] = p + 1;
		elen[n] = (size_t)(q - (p + 1));
		n++;
		p = q;
		if (q >= end)
			break;
	}
	if (n > 0 && eq(elem[n - 1], elen[n - 1], "test"))
		n--;
	if (n >= 2 && build_known_os(elem[n - 2], elen[n - 2]) && build_known_arch(elem[n - 1], elen[n - 1]))
		return build_tag_ok(c, elem[n - 1], elen[n - 1]) && build_tag_ok(c, elem[n - 2], elen[n - 2]);
	if (n >= 1 && (build_known_os(elem[n - 1], elen[n - 1]) || build_known_arch(elem[n - 1], elen[n - 1])))
		return build_tag_ok(c, elem[n - 1], elen[n - 1]);
	return true;
}

/* --- text helpers with Go's notion of white space ------------------------ */

/* the length of the white space rune at s (0 if none), as unicode.IsSpace */
static int space_len(const char *s, size_t n)
{
	int32_t r;
	int size;
	if (n == 0)
		return 0;
	switch ((unsigned char)s[0]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return 1;
	}
	if ((unsigned char)s[0] < 0x80)
		return 0;
	r = utf8_decode((const unsigned char *)s, n, &size);
	if (r == 0x85 || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 ||
	    r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000)
		return size;
	return 0;
}

static bool is_space_end(const char *s, size_t n, size_t *size)
{
	/* a space rune ending at s[n]: try the possible lengths */
	size_t k;
	for (k = 1; k <= 3 && k <= n; k++) {
		if (space_len(s + n - k, k) == (int)k) {
			*size = k;
			return true;
		}
	}
	return false;
}

static void trim_space(const char **s, size_t *n)
{
	int k;
	size_t sz;
	while (*n > 0 && (k = space_len(*s, *n)) > 0) {
		*s += k;
		*n -= (size_t)k;
	}
	while (*n > 0 && is_space_end(*s, *n, &sz))
		*n -= sz;
}

static bool contains(const char *s, size_t n, const char *sub)
{
	size_t k = strlen(sub), i;
	for (i = 0; i + k <= n; i++)
		if (memcmp(s + i, sub, k) == 0)
			return true;
	return false;
}

static bool has_prefix(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);
	return n >= k && memcmp(s, p, k) == 0;
}

/* --- //go:build expressions ----------------------------------------------- */

/* expr = or ; or = and { "||" and } ; and = not { "&&" not } ;
 * not = "!" atom | atom ; atom = "(" or ")" | tag ;
 * tags are runs of letters, digits, '_' and '.'. Both operands are always
 * parsed (and checked), as go/build does. */
typedef struct ExprParser {
	const BuildConfig *c;
	const char *s;
	size_t n, i;
	int tok;                  /* 0 end, 'T' tag, '(' ')' '!' '&' '|' */
	const char *tag;
	size_t taglen;
	const char *err;
	int depth;
	char errbuf[64];
} ExprParser;

static bool tag_rune(int32_t r)
{
	return uni_isletter(r) || uni_isdigit(r) || r == '_' || r == '.';
}

static void expr_fail(ExprParser *p, const char *msg)
{
	if (!p->err)
		p->err = msg;
}

static void expr_lex(ExprParser *p)
{
	size_t start;
	if (p->err)
		return;
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t'))
		p->i++;
	if (p->i >= p->n) {
		p->tok = 0;
		return;
	}
	switch (p->s[p->i]) {
	case '(': case ')': case '!':
		p->tok = p->s[p->i++];
		return;
	case '&': case '|':
		if (p->i + 1 >= p->n || p->s[p->i + 1] != p->s[p->i]) {
			snprintf(p->errbuf, sizeof p->errbuf, "invalid syntax at %c", p->s[p->i]);
			expr_fail(p, p->errbuf);
			p->tok = 0;
			return;
		}
		p->tok = p->s[p->i];
		p->i += 2;
		return;
	}
	start = p->i;
	while (p->i < p->n) {
		int size;
		int32_t r = utf8_decode((const unsigned char *)p->s + p->i, p->n - p->i, &size);
		if (!tag_rune(r) || (r == RUNE_ERROR && size == 1))
			break;
		p->i += (size_t)size;
	}
	if (p->i == start) {
		int size;
		int32_t r = utf8_decode((const unsigned char *)p->s + p->i, p->n - p->i, &size);
		char enc[5] = {0};
		utf8_encode(enc, r);
		snprintf(p->errbuf, sizeof p->errbuf, "invalid syntax at %s", enc);
		expr_fail(p, p->errbuf);
		p->tok = 0;
		return;
	}
	p->tok = 'T';
	p->tag = p->s + start;
	p->taglen = p->i - start;
}

static bool expr_or(ExprParser *p);

static const char *tok_text(ExprParser *p, char *buf, size_t size)
{
	if (p->tok == 'T')
		snprintf(buf, size, "%.*s", (int)MIN(p->taglen, size - 1), p->tag);
	else if (p->tok == '&' || p->tok == '|')
		snprintf(buf, size, "%c%c", p->tok, p->tok);
	else
		snprintf(buf, size, "%c", p->tok);
	return buf;
}

static bool expr_atom(ExprParser *p)
{
	char buf[40];
	if (p->err)
		return false;
	if (p->tok == '(') {
		bool v;
		if (++p->depth > 1000) {
			expr_fail(p, "expression nested too deeply");
			return false;
		}
		v = expr_or(p);
		p->depth--;
		if (p->err) {
			if (!strcmp(p->err, "unexpected end of expression"))
				p->err = "missing close paren";
			return false;
		}
		if (p->tok != ')') {
			expr_fail(p, "missing close paren");
			return false;
		}
		expr_lex(p);
		return v;
	}
	if (p->tok != 'T') {
		if (p->tok == 0) {
			expr_fail(p, "unexpected end of expression");
		} else {
			snprintf(p->errbuf, sizeof p->errbuf, "unexpected token %s", tok_text(p, buf, sizeof buf));
			expr_fail(p, p->errbuf);
		}
		return false;
	}
	{
		bool v = build_tag_ok(p->c, p->tag, p->taglen);
		expr_lex(p);
		return v;
	}
}

static bool expr_not(ExprParser *p)
{
	expr_lex(p);
	if (p->tok == '!') {
		expr_lex(p);
		if (p->tok == '!') {
			expr_fail(p, "double negation not allowed");
			return false;
		}
		return !expr_atom(p);
	}
	return expr_atom(p);
}

static bool expr_and(ExprParser *p)
{
	bool x = expr_not(p);
	while (!p->err && p->tok == '&') {
		bool y = expr_not(p);
		x = x && y;
	}
	return x;
}

static bool expr_or(ExprParser *p)
{
	bool x = expr_and(p);
	while (!p->err && p->tok == '|') {
		bool y = expr_and(p);
		x = x || y;
	}
	return x;
}

bool build_eval_expr(const BuildConfig *c, const char *s, size_t n, bool *val, const char **err)
{
	static char errcopy[96];
	ExprParser p;
	char buf[40];
	memset(&p, 0, sizeof p);
	p.c = c;
	p.s = s;
	p.n = n;
	*val = expr_or(&p);
	if (!p.err && p.tok != 0) {
		snprintf(p.errbuf, sizeof p.errbuf, "unexpected token %s", tok_text(&p, buf, sizeof buf));
		p.err = p.errbuf;
	}
	if (p.err) {
		snprintf(errcopy, sizeof errcopy, "%s", p.err);
		*err = errcopy;
		return false;
	}
	return true;
}

/* The minimum go1.N a //go:build expression implies (go/build/constraint's
 * GoVersion): AND takes the larger, OR the smaller, a negation implies
 * nothing, and a tag that is not go1.N implies nothing. -1 for nothing
 * (or a malformed expression), 0 for go1. */
static int ver_or(ExprParser *p, int sign);

static int ver_and_op(int x, int y) { return x > y ? x : y; }
static int ver_or_op(int x, int y) { return x < y ? x : y; }

static int ver_atom(ExprParser *p, int sign)
{
	int v = -1;
	if (p->err)
		return -1;
	if (p->tok == '(') {
		if (++p->depth > 1000) {
			expr_fail(p, "expression nested too deeply");
			return -1;
		}
		v = ver_or(p, sign);
		p->depth--;
		if (p->err || p->tok != ')') {
			expr_fail(p, "missing close paren");
			return -1;
		}
		expr_lex(p);
		return v;
	}
	if (p->tok != 'T') {
		expr_fail(p, "unexpected token");
		return -1;
	}
	if (sign > 0) {
		if (p->taglen == 3 && memcmp(p->tag, "go1", 3) == 0)
			v = 0;
		else if (p->taglen > 4 && memcmp(p->tag, "go1.", 4) == 0) {
			size_t i;
			v = 0;
			for (i = 4; i < p->taglen && v >= 0; i++)
				v = p->tag[i] >= '0' && p->tag[i] <= '9' && v < 100000 ? v * 10 + (p->tag[i] - '0') : -1;
		}
	}
	expr_lex(p);
	return v;
}

static int ver_not(ExprParser *p, int sign)
{
	expr_lex(p);
	if (p->tok == '!') {
		expr_lex(p);
		return ver_atom(p, -sign);
	}
	return ver_atom(p, sign);
}

static int ver_and(ExprParser *p, int sign)
{
	int x = ver_not(p, sign);
	while (!p->err && p->tok == '&') {
		int y = ver_not(p, sign);
		x = sign > 0 ? ver_and_op(x, y) : ver_or_op(x, y);
	}
	return x;
}

static int ver_or(ExprParser *p, int sign)
{
	int x = ver_and(p, sign);
	while (!p->err && p->tok == '|') {
		int y = ver_and(p, sign);
		x = sign > 0 ? ver_or_op(x, y) : ver_and_op(x, y);
	}
	return x;
}

int build_expr_go_version(const char *s, size_t n)
{
	ExprParser p;
	int v;
	memset(&p, 0, sizeof p);
	p.s = s;
	p.n = n;
	v = ver_or(&p, +1);
	return p.err || p.tok != 0 ? -1 : v;
}

/* --- // +build lines ------------------------------------------------------- */

static bool valid_plus_tag(const char *s, size_t n)
{
	size_t i = 0;
	if (n == 0)
		return false;
	while (i < n) {
		int size;
		int32_t r = utf8_decode((const unsigned char *)s + i, n - i, &size);
		if (!tag_rune(r) || (r == RUNE_ERROR && size == 1))
			return false;
		i += (size_t)size;
	}
	return true;
}

/* "// +build A,B C": OR over space-separated options, AND over commas.
 * Malformed terms turn into the tag "ignore". */
static bool eval_plus_build(const BuildConfig *c, const char *s, size_t n)
{
	bool any = false, result = false;
	size_t i = 0;
	while (i < n) {
		size_t start, k;
		bool clause = true;
		int sp;
		while (i < n && (sp = space_len(s + i, n - i)) > 0)
			i += (size_t)sp;
		if (i >= n)
			break;
		start = i;
		while (i < n && space_len(s + i, n - i) == 0)
			i++;
		/* the clause s[start:i], split at commas */
		for (k = start; k <= i;) {
			size_t e = k;
			const char *lit;
			size_t len;
			bool v, neg = false;
			while (e < i && s[e] != ',')
				e++;
			lit = s + k;
			len = e - k;
			if ((len >= 2 && lit[0] == '!' && lit[1] == '!') || (len == 1 && lit[0] == '!')) {
				v = build_tag_ok(c, "ignore", 6);
			} else {
				if (len > 0 && lit[0] == '!') {
					neg = true;
					lit++;
					len--;
				}
				v = valid_plus_tag(lit, len) ? build_tag_ok(c, lit, len) : build_tag_ok(c, "ignore", 6);
				if (neg)
					v = !v;
			}
			clause = clause && v;
			k = e + 1;
		}
		any = true;
		result = result || clause;
	}
	if (!any)
		return build_tag_ok(c, "ignore", 6);
	return result;
}

/* "// +build ..." with the text after +build starting with a space (or empty) */
static bool split_plus_build(const char *line, size_t n, const char **text, size_t *tlen)
{
	const char *s = line;
	size_t k = n, before;
	if (!has_prefix(s, k, "//"))
		return false;
	s += 2;
	k -= 2;
	trim_space(&s, &k);
	if (!has_prefix(s, k, "+build"))
		return false;
	s += 6;
	k -= 6;
	before = k;
	trim_space(&s, &k);
	if (before == k && before != 0)
		return false;
	*text = s;
	*tlen = k;
	return true;
}

static bool is_go_build_line(const char *line, size_t n)
{
	const char *rest;
	size_t rn, tn;
	const char *t;
	if (!has_prefix(line, n, "//go:build"))
		return false;
	rest = line + 10;
	rn = n - 10;
	t = rest;
	tn = rn;
	trim_space(&t, &tn);
	return rn == 0 || tn < rn;
}

bool build_should_build(const BuildConfig *c, const char *data, size_t n, bool *ok,
                        const char **err, uint32_t *erroff)
{
	size_t pos = 0, end = 0;
	bool ended = false, inslashstar = false;
	const char *gobuild = NULL;
	size_t gobuildlen = 0;

	*ok = true;
	/* the leading comments: where // +build lines may be (up to the last
	 * blank line before other text), and the //go:build line */
	while (pos < n) {
		const char *nl = memchr(data + pos, '\n', n - pos);
		size_t lend = nl ? (size_t)(nl - data) : n;
		const char *line = data + pos;
		size_t len = lend - pos;
		size_t linestart = pos;
		pos = nl ? lend + 1 : n;
		trim_space(&line, &len);
		if (len == 0 && !ended) {
			end = pos;
			continue;
		}
		if (!has_prefix(line, len, "//"))
			ended = true;
		if (!inslashstar && is_go_build_line(line, len)) {
			if (gobuild) {
				*err = "multiple //go:build comments";
				*erroff = (uint32_t)(line - data);
				return false;
			}
			gobuild = line;
			gobuildlen = len;
			(void)linestart;
		}
		/* does non-comment text begin on this line? */
		for (;;) {
			if (len == 0)
				break;
			if (inslashstar) {
				const char *e = NULL;
				size_t i;
				for (i = 0; i + 1 < len; i++)
					if (line[i] == '*' && line[i + 1] == '/') {
						e = line + i;
						break;
					}
				if (!e)
					break;
				inslashstar = false;
				len -= (size_t)(e + 2 - line);
				line = e + 2;
				trim_space(&line, &len);
				continue;
			}
			if (has_prefix(line, len, "//"))
				break;
			if (has_prefix(line, len, "/*")) {
				inslashstar = true;
				line += 2;
				len -= 2;
				trim_space(&line, &len);
				continue;
			}
			goto done;
		}
	}
done:
	if (gobuild) {
		const char *t = gobuild + 10;
		size_t tn = gobuildlen - 10;
		static char msg[160];
		const char *e;
		trim_space(&t, &tn);
		if (!build_eval_expr(c, t, tn, ok, &e)) {
			snprintf(msg, sizeof msg, "parsing //go:build line: %s", e);
			*err = msg;
			*erroff = (uint32_t)(gobuild - data);
			*ok = false;
			return false;
		}
		return true;
	}
	/* // +build lines in data[0:end] */
	pos = 0;
	while (pos < end) {
		const char *nl = memchr(data + pos, '\n', end - pos);
		size_t lend = nl ? (size_t)(nl - data) : end;
		const char *line = data + pos, *text;
		size_t len = lend - pos, tlen;
		pos = nl ? lend + 1 : end;
		trim_space(&line, &len);
		if (!has_prefix(line, len, "//") || !contains(line, len, "+build"))
			continue;
		if (!split_plus_build(line, len, &text, &tlen))
			continue;
		if (!eval_plus_build(c, text, tlen))
			*ok = false;
	}
	return true;
}
