/* modfile.c: go.mod files and vendor/modules.txt.
 *
 * go.mod is a list of lines, each a verb and its arguments, or a block
 * "verb ( lines )". Tokens are runs of printable characters other than
 * space and ( ) [ ] { } , — or "quoted" strings; comments are // only.
 *
 *   module path
 *   go 1.19
 *   require path v1.2.3 [// indirect]
 *   exclude path v1.2.3
 *   replace path [v1.2.3] => path v1.2.3 | => ./dir
 *   retract v1.0.0 | retract [v1.0.0, v1.1.0]
 *
 * The main module's go.mod is read strictly (every directive checked);
 * dependencies' go.mod files only for module, go, require and retract.
 * Errors are reported at the line, with the go command's wording.
 *
 * Also here: semantic versions (validity, order), import path checks,
 * and the module cache's case-encoding of paths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"

/* --- semantic versions --------------------------------------------------- */

typedef struct Semver {
	const char *major, *minor, *patch;   /* digit runs (pointers into the string) */
	size_t nmajor, nminor, npatch;
	const char *pre;                     /* "-..." or NULL */
	size_t npre;
	const char *build;                   /* "+..." or NULL */
	bool shorthand;                      /* v1 or v1.2 */
} Semver;

static bool parse_num(const char **s, const char **start, size_t *n)
{
	const char *p = *s;
	if (*p < '0' || *p > '9')
		return false;
	*start = p;
	while (*p >= '0' && *p <= '9')
		p++;
	*n = (size_t)(p - *start);
	if (*n > 1 && **start == '0')
		return false;
	*s = p;
	return true;
}

static bool ident_char(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}

/* dot-separated identifiers; numeric ones without leading zeros (prerelease only) */
static bool parse_idents(const char **s, bool numcheck)
{
	const char *p = *s;
	for (;;) {
		const char *start = p;
		bool num = true;
		while (ident_char(*p)) {
			if (*p < '0' || *p > '9')
				num = false;
			p++;
		}
		if (p == start)
			return false;
		if (numcheck && num && p - start > 1 && *start == '0')
			return false;
		if (*p != '.')
			break;
		p++;
	}
	*s = p;
	return true;
}

static bool semver_parse(const char *v, Semver *sv)
{
	const char *p = v;
	memset(sv, 0, sizeof *sv);
	if (!v || *p++ != 'v')
		return false;
	if (!parse_num(&p, &sv->major, &sv->nmajor))
		return false;
	if (*p == 0) {
		sv->shorthand = true;
		return true;
	}
	if (*p++ != '.' || !parse_num(&p, &sv->minor, &sv->nminor))
		return false;
	if (*p == 0) {
		sv->shorthand = true;
		return true;
	}
	if (*p++ != '.' || !parse_num(&p, &sv->patch, &sv->npatch))
		return false;
	if (*p == '-') {
		sv->pre = p;
		p++;
		if (!parse_idents(&p, true))
			return false;
		sv->npre = (size_t)(p - sv->pre);
	}
	if (*p == '+') {
		sv->build = p;
		p++;
		if (!parse_idents(&p, false))
			return false;
	}
	return *p == 0;
}

bool modfile_valid_semver(const char *v)
{
	Semver sv;
	return semver_parse(v, &sv);
}

/* canonical form: vX.Y.Z[-pre], keeping only "+incompatible" */
static const char *semver_canonical(const char *v)
{
	Semver sv;
	Buf b = {0};
	const char *r;
	if (!semver_parse(v, &sv))
		return NULL;
	buf_printf(&b, "v%.*s.%.*s.%.*s", (int)sv.nmajor, sv.major, sv.minor ? (int)sv.nminor : 1,
	           sv.minor ? sv.minor : "0", sv.patch ? (int)sv.npatch : 1, sv.patch ? sv.patch : "0");
	if (sv.pre)
		buf_put(&b, sv.pre, sv.npre);
	if (sv.build && !strcmp(sv.build, "+incompatible"))
		buf_puts(&b, "+incompatible");
	r = intern(b.s, b.n);
	buf_free(&b);
	return r;
}

static int cmp_num(const char *a, size_t na, const char *b, size_t nb)
{
	if (na != nb)
		return na < nb ? -1 : 1;
	return memcmp(a, b, na) < 0 ? -1 : memcmp(a, b, na) > 0;
}

static int cmp_prerelease(const char *a, size_t na, const char *b, size_t nb)
{
	/* "" (no prerelease) is greater than any prerelease */
	if (na == 0 || nb == 0)
		return na == nb ? 0 : na == 0 ? 1 : -1;
	a++, na--, b++, nb--;   /* skip '-' */
	while (na > 0 && nb > 0) {
		size_t ea = 0, eb = 0;
		bool numa = true, numb = true;
		int c;
		while (ea < na && a[ea] != '.') {
			if (a[ea] < '0' || a[ea] > '9')
				numa = false;
			ea++;
		}
		while (eb < nb && b[eb] != '.') {
			if (b[eb] < '0' || b[eb] > '9')
				numb = false;
			eb++;
		}
		if (numa && numb)
			c = cmp_num(a, ea, b, eb);
		else if (numa)
			c = -1;
		else if (numb)
			c = 1;
		else {
			c = memcmp(a, b, MIN(ea, eb));
			c = c ? (c < 0 ? -1 : 1) : ea < eb ? -1 : ea > eb;
		}
		if (c)
			return c;
		a += ea, na -= ea, b += eb, nb -= eb;
		if (na)
			a++, na--;
		if (nb)
			b++, nb--;
		if ((na == 0) != (nb == 0))
			return na == 0 ? -1 : 1;
	}
	return 0;
}

/* semver order; invalid versions sort before valid ones */
int modfile_semver_compare(const char *a, const char *b)
{
	Semver x, y;
	bool vx = semver_parse(a, &x), vy = semver_parse(b, &y);
	int c;
	if (!vx || !vy)
		return vx == vy ? 0 : vx ? 1 : -1;
	if ((c = cmp_num(x.major, x.nmajor, y.major, y.nmajor)) != 0)
		return c;
	if ((c = cmp_num(x.minor ? x.minor : "0", x.minor ? x.nminor : 1, y.minor ? y.minor : "0",
	                 y.minor ? y.nminor : 1)) != 0)
		return c;
	if ((c = cmp_num(x.patch ? x.patch : "0", x.patch ? x.npatch : 1, y.patch ? y.patch : "0",
	                 y.patch ? y.npatch : 1)) != 0)
		return c;
	return cmp_prerelease(x.pre, x.npre, y.pre, y.npre);
}

/* --- paths ------------------------------------------------------------------ */

static const char *const windows_names[] = {
	"CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
	"COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
};

/* one element of an import path: ASCII letters, digits and -._~+ */
static const char *check_elem(const char *e, size_t n, char *buf, size_t size)
{
	size_t i, dots = 0, shortn;
	const char *tilde = NULL, *dot;
	int k;
	if (n == 0)
		return "empty path element";
	for (i = 0; i < n; i++)
		if (e[i] == '.')
			dots++;
	if (dots == n) {
		snprintf(buf, size, "invalid path element \"%.*s\"", (int)n, e);
		return buf;
	}
	if (e[n - 1] == '.')
		return "trailing dot in path element";
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)e[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || strchr("-._~+", c))) {
			int sz;
			int32_t r = utf8_decode((const unsigned char *)e + i, n - i, &sz);
			char enc[5] = {0};
			utf8_encode(enc, r);
			snprintf(buf, size, "invalid char '%s'", enc);
			return buf;
		}
	}
	/* names Windows reserves, and its short names (x~1) */
	dot = memchr(e, '.', n);
	shortn = dot ? (size_t)(dot - e) : n;
	for (k = 0; k < NELEM(windows_names); k++) {
		size_t wl = strlen(windows_names[k]);
		if (wl != shortn)
			continue;
		for (i = 0; i < wl; i++)
			if ((e[i] | 0x20) != (windows_names[k][i] | 0x20))
				break;
		if (i == wl) {
			snprintf(buf, size, "\"%.*s\" disallowed as path element component on Windows", (int)shortn, e);
			return buf;
		}
	}
	for (i = 0; i < shortn; i++)
		if (e[i] == '~')
			tilde = e + i;
	if (tilde && tilde < e + shortn - 1) {
		const char *d;
		for (d = tilde + 1; d < e + shortn && *d >= '0' && *d <= '9'; d++)
			;
		if (d == e + shortn)
			return "trailing tilde and digits in path element";
	}
	return NULL;
}

const char *modfile_check_import_path(const char *path)
{
	static char buf[256];
	char why[160];
	const char *err = NULL, *s = path;
	size_t i = 0, n = strlen(path);
	while (i < n) {
		int sz;
		if (utf8_decode((const unsigned char *)path + i, n - i, &sz) == RUNE_ERROR && sz == 1) {
			err = "invalid UTF-8";
			break;
		}
		i += (size_t)sz;
	}
	if (!err && n == 0)
		err = "empty string";
	else if (!err && path[0] == '-')
		err = "leading dash";
	else if (!err && strstr(path, "//"))
		err = "double slash";
	else if (!err && path[n - 1] == '/')
		err = "trailing slash";
	while (!err) {
		const char *e = strchr(s, '/');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		err = check_elem(s, len, why, sizeof why);
		if (!e)
			break;
		s = e + 1;
	}
	if (!err)
		return NULL;
	snprintf(buf, sizeof buf, "malformed import path \"%s\": %s", path, err);
	return buf;
}

const char *modfile_escape(const char *s)
{
	Buf b = {0};
	const char *r;
	for (; *s; s++) {
		if (*s >= 'A' && *s <= 'Z') {
			buf_putc(&b, '!');
			buf_putc(&b, *s - 'A' + 'a');
		} else {
			buf_putc(&b, *s);
		}
	}
	r = intern(b.s ? b.s : "", b.n);
	buf_free(&b);
	return r;
}

/* The /vN suffix of a module path ("" if none); false if the path is not a
 * valid module path at all. gopkg.in paths end in .vN. */
static bool split_path_major(const char *path, const char **major)
{
	size_t n = strlen(path), i;
	*major = "";
	if (!strncmp(path, "gopkg.in/", 9)) {
		const char *dot = strrchr(path, '.');
		if (!dot || dot[1] != 'v' || !dot[2])
			return false;
		for (i = 2; dot[i]; i++)
			if (dot[i] < '0' || dot[i] > '9')
				return false;
		*major = dot;
		return true;
	}
	i = n;
	while (i > 0 && path[i - 1] >= '0' && path[i - 1] <= '9')
		i--;
	if (i < n && i >= 2 && path[i - 1] == 'v' && path[i - 2] == '/') {
		if (path[i] == '0' || (path[i] == '1' && i + 1 == n))
			return false;   /* /v0, /v1, /v01: not a major version suffix */
		*major = path + i - 2;
	}
	return true;
}

/* The version must agree with the path's major version suffix. */
static const char *check_path_major(const char *v, const char *major)
{
	Semver sv;
	static char msg[128];
	if (!semver_parse(v, &sv))
		return "invalid version";
	if (!*major) {
		if ((sv.nmajor == 1 && (sv.major[0] == '0' || sv.major[0] == '1')) ||
		    (sv.build && !strcmp(sv.build, "+incompatible")))
			return NULL;
		snprintf(msg, sizeof msg, "should be v0 or v1, not v%.*s", (int)sv.nmajor, sv.major);
		return msg;
	}
	if (major[0] == '.') {   /* gopkg.in/x.v1 */
		/* old pseudo-versions of gopkg.in/x.v1 were v0.0.0- ones */
		if (!strncmp(v, "v0.0.0-", 7) && !strcmp(major, ".v1"))
			return NULL;
		if (!strncmp(major + 1, v, strlen(major + 1)) && (v[strlen(major + 1)] == '.' || !v[strlen(major + 1)]))
			return NULL;
	} else if (strlen(major + 2) == sv.nmajor && !memcmp(major + 2, sv.major, sv.nmajor) && !sv.build) {
		return NULL;
	}
	snprintf(msg, sizeof msg, "should be %s, not v%.*s", major[0] == '.' ? major + 1 : major + 1,
	         (int)sv.nmajor, sv.major);
	return msg;
}

/* --- go.mod ----------------------------------------------------------------- */

typedef struct MTok {
	int kind;                 /* 'I' ident, 'S' string, '\n', '(', ')', '[', ']', '{', '}', ',', 0 EOF */
	uint32_t off, len;
	bool comment;             /* a // comment follows on this line (for '\n') */
	uint32_t coff, clen;      /* that comment */
} MTok;

typedef struct MParse {
	SrcFile *f;
	const char *s;
	uint32_t n;
	MTok *toks;
	int ntoks, cap, i;
	bool strict;
	bool work;                /* a go.work file */
	bool failed;
	ModFile *mf;
	Vec reqs, excl;
	Vec repl;
	Vec uses;
	Vec godebugs;
} MParse;

static void mp_error(MParse *p, uint32_t off, const char *fmt, ...) PRINTF(3, 4);
/* x/mod's errors: "file:line: msg", with the column only where it is
 * not the first (the scanner's errors); the file as read (go1.26 on:
 * relative to the working directory when that is shorter). */
static const char *short_name(const char *name)
{
	const char *rel = load_has_subdir(load_current_dir(), name);
	return rel && strlen(rel) < strlen(name) ? rel : name;
}

void modfile_error_at(Pos at, const char *msg)
{
	Position pos = pos_resolve_raw(at);
	SrcFile *f = src_file(at);
	const char *name = f ? f->name : "go.mod";
	if (release_has(FEAT_GOMOD_ERR_SHORT))
		name = short_name(name);
	if (pos.col > 1)
		errorf(NOPOS, "%s:%d:%d: %s", name, pos.line, pos.col, msg);
	else
		errorf(NOPOS, "%s:%d: %s", name, pos.line, msg);
}

static void mp_error(MParse *p, uint32_t off, const char *fmt, ...)
{
	va_list ap;
	Buf b = {0};
	/* the main module's go.mod (and go.work): under a header */
	if (p->strict && !p->failed)
		errorf(NOPOS, "errors parsing %s:", short_name(p->f->name));
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	modfile_error_at(src_pos(p->f, off), b.s ? b.s : "");
	buf_free(&b);
	p->failed = true;
}

static void mp_push(MParse *p, int kind, uint32_t off, uint32_t len)
{
	if (p->ntoks == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 64;
		p->toks = xrealloc(p->toks, sizeof *p->toks * (size_t)p->cap);
	}
	memset(&p->toks[p->ntoks], 0, sizeof *p->toks);
	p->toks[p->ntoks].kind = kind;
	p->toks[p->ntoks].off = off;
	p->toks[p->ntoks].len = len;
	p->ntoks++;
}

static bool mod_ident_char(const char *s, uint32_t n, uint32_t *size)
{
	int sz;
	int32_t r = utf8_decode((const unsigned char *)s, n, &sz);
	*size = (uint32_t)sz;
	switch (r) {
	case ' ': case '(': case ')': case '[': case ']': case '{': case '}': case ',':
		return false;
	}
	if (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r == RUNE_ERROR && sz == 1))
		return false;
	if (r == 0x85 || r == 0xa0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 ||
	    r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000)
		return false;
	return true;
}

/* Splits the file into tokens; false after a lexical error. */
static bool mp_lex(MParse *p)
{
	uint32_t i = 0, n = p->n;
	const char *s = p->s;
	while (i < n) {
		char c = s[i];
		uint32_t start = i, size;
		if (c == ' ' || c == '\t' || c == '\r') {
			i++;
			continue;
		}
		if (c == '/' && i + 1 < n && s[i + 1] == '/') {
			/* a comment: alone on its line, or a suffix */
			bool suffix = p->ntoks > 0 && p->toks[p->ntoks - 1].kind != '\n';
			while (i < n && s[i] != '\n')
				i++;
			if (suffix) {
				mp_push(p, '\n', i, 0);
				p->toks[p->ntoks - 1].comment = true;
				p->toks[p->ntoks - 1].coff = start;
				p->toks[p->ntoks - 1].clen = i - start;
				if (i < n)
					i++;
			}
			continue;
		}
		if (c == '/' && i + 1 < n && s[i + 1] == '*') {
			mp_error(p, i, "mod files must use // comments (not /* */ comments)");
			return false;
		}
		if (strchr("\n()[]{},", c)) {
			mp_push(p, c, i, 1);
			i++;
			continue;
		}
		if (c == '"' || c == '`') {
			i++;
			for (;;) {
				if (i >= n) {
					mp_error(p, start, "unexpected EOF in string");
					return false;
				}
				if (s[i] == '\n') {
					mp_error(p, i, "unexpected newline in string");
					return false;
				}
				if (s[i] == c) {
					i++;
					break;
				}
				if (s[i] == '\\' && c == '"') {
					i++;
					if (i >= n) {
						mp_error(p, start, "unexpected EOF in string");
						return false;
					}
				}
				i++;
			}
			mp_push(p, 'S', start, i - start);
			continue;
		}
		if (!mod_ident_char(s + i, n - i, &size)) {
			int sz;
			int32_t r = utf8_decode((const unsigned char *)s + i, n - i, &sz);
			char enc[5] = {0};
			utf8_encode(enc, r);
			mp_error(p, i, "unexpected input character '%s'", enc);
			return false;
		}
		while (i < n && mod_ident_char(s + i, n - i, &size)) {
			if (s[i] == '/' && i + 1 < n && s[i + 1] == '/')
				break;
			if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
				mp_error(p, i, "mod files must use // comments (not /* */ comments)");
				return false;
			}
			i += size;
		}
		mp_push(p, 'I', start, i - start);
	}
	mp_push(p, '\n', n, 0);
	mp_push(p, 0, n, 0);
	return true;
}

static const char *tok_str(MParse *p, MTok *t)
{
	return intern(p->s + t->off, t->len);
}

/* A quoted or bare string argument; NULL after reporting a bad one. */
static const char *mp_string(MParse *p, MTok *t, uint32_t lineoff)
{
	const char *s = tok_str(p, t);
	if (s[0] == '"') {
		/* the lexer checked the quotes; go.mod strings rarely hold escapes */
		Buf b = {0};
		const char *r;
		size_t i;
		for (i = 1; i + 1 < strlen(s); i++) {
			if (s[i] == '\\') {
				i++;
				switch (s[i]) {
				case 'n': buf_putc(&b, '\n'); break;
				case 't': buf_putc(&b, '\t'); break;
				case '\\': case '"': case '\'': buf_putc(&b, s[i]); break;
				default:
					mp_error(p, lineoff, "invalid quoted string: invalid syntax");
					buf_free(&b);
					return NULL;
				}
			} else {
				buf_putc(&b, s[i]);
			}
		}
		r = intern(b.s ? b.s : "", b.n);
		buf_free(&b);
		return r;
	}
	if (strpbrk(s, "\"'`")) {
		mp_error(p, lineoff, "invalid quoted string: unquoted string cannot contain quote");
		return NULL;
	}
	return s;
}

/* A version argument: canonical in a strict file, canonicalized otherwise. */
static const char *mp_version(MParse *p, const char *verb, const char *path, MTok *t, uint32_t lineoff)
{
	const char *v = tok_str(p, t), *cv;
	if (v[0] == '"') {
		v = mp_string(p, t, lineoff);
		if (!v)
			return NULL;
	}
	cv = semver_canonical(v);
	if (!cv || (p->strict && strcmp(cv, v) != 0)) {
		mp_error(p, lineoff, "%s %s: version \"%s\" invalid: must be of the form v1.2.3", verb, path, v);
		return NULL;
	}
	return cv;
}

static bool is_dir_path(const char *s)
{
	return !strncmp(s, "./", 2) || !strncmp(s, "../", 3) || s[0] == '/' || !strncmp(s, ".\\", 2) ||
	       !strncmp(s, "..\\", 3) || s[0] == '\\' ||
	       (strlen(s) >= 2 && ((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')) && s[1] == ':');
}

static const char *skip_num(const char *p)
{
	/* 0|[1-9][0-9]* ; NULL when there is none */
	if (*p == '0')
		return p + 1;
	if (*p < '1' || *p > '9')
		return NULL;
	while (*p >= '0' && *p <= '9')
		p++;
	return p;
}

/* The go line's version: major.minor, and from Go 1.21 on an optional
 * .patch and a prerelease suffix such as rc1. A lax (dependency's) file
 * may also carry a leading v and trailing text after the minor number,
 * which are dropped. */
static bool go_version_ok(const char *v, bool strict, const char **fixed)
{
	const char *p = v, *q;
	const char *start;
	*fixed = v;
	if ((p = skip_num(p)) != NULL && *v != '0' && *p == '.' && (p = skip_num(p + 1)) != NULL) {
		if (release_has(FEAT_GOMOD_GO_PATCH)) {
			if (*p == '.' && (q = skip_num(p + 1)) != NULL)
				p = q;
			if (*p >= 'a' && *p <= 'z') {
				q = p;
				while (*q >= 'a' && *q <= 'z')
					q++;
				if (*q >= '0' && *q <= '9') {
					while (*q >= '0' && *q <= '9')
						q++;
					p = q;
				}
			}
		}
		if (*p == 0)
			return true;
	}
	if (strict)
		return false;
	p = v;
	if (*p == 'v')
		p++;
	start = p;
	if ((p = skip_num(p)) == NULL || *start == '0' || *p != '.' || (p = skip_num(p + 1)) == NULL)
		return false;
	if (*p == 0 || (*p >= '0' && *p <= '9'))
		return false;
	*fixed = intern(start, (size_t)(p - start));
	return true;
}

static void mp_directive(MParse *p, const char *verb, MTok *args, int nargs, uint32_t lineoff, MTok *eol)
{
	ModFile *mf = p->mf;
	const char *major;
	int i;
	if (!p->strict && strcmp(verb, "go") != 0 && strcmp(verb, "module") != 0 && strcmp(verb, "retract") != 0 &&
	    strcmp(verb, "require") != 0)
		return;
	/* go.work: go, toolchain, godebug, use and replace */
	if (p->work && strcmp(verb, "go") != 0 && strcmp(verb, "toolchain") != 0 && strcmp(verb, "godebug") != 0 &&
	    strcmp(verb, "use") != 0 && strcmp(verb, "replace") != 0) {
		mp_error(p, lineoff, "unknown directive: %s", verb);
		return;
	}
	if (p->work && !strcmp(verb, "use")) {
		const char *dir;
		if (nargs != 1) {
			mp_error(p, lineoff, "usage: use local/dir");
			return;
		}
		if ((dir = mp_string(p, &args[0], lineoff)) == NULL)
			return;
		vec_push(&p->uses, (void *)dir);
		return;
	}
	if (!strcmp(verb, "go")) {
		const char *v, *fixed;
		if (mf->go) {
			mp_error(p, lineoff, "repeated go statement");
			return;
		}
		if (nargs != 1) {
			mp_error(p, lineoff, "go directive expects exactly one argument");
			return;
		}
		v = tok_str(p, &args[0]);
		if (!go_version_ok(v, p->strict, &fixed)) {
			mp_error(p, lineoff, "invalid go version '%s': must match format %s", v,
			         release_has(FEAT_GOMOD_GO_PATCH) ? "1.23.0" : "1.23");
			return;
		}
		mf->go = fixed;
	} else if (!strcmp(verb, "module")) {
		const char *s;
		if (mf->module) {
			mp_error(p, lineoff, "repeated module statement");
			return;
		}
		if (nargs != 1) {
			mp_error(p, lineoff, "usage: module module/path");
			return;
		}
		if ((s = mp_string(p, &args[0], lineoff)) == NULL)
			return;
		mf->module = s;
		mf->modulepos = src_pos(p->f, lineoff);
	} else if (!strcmp(verb, "require") || !strcmp(verb, "exclude")) {
		const char *path, *v, *err;
		Module *m;
		if (nargs != 2) {
			mp_error(p, lineoff, "usage: %s module/path v1.2.3", verb);
			return;
		}
		if ((path = mp_string(p, &args[0], lineoff)) == NULL)
			return;
		if ((v = mp_version(p, verb, path, &args[1], lineoff)) == NULL)
			return;
		if (!split_path_major(path, &major)) {
			mp_error(p, lineoff, "invalid module path");
			return;
		}
		if ((err = check_path_major(v, major)) != NULL) {
			mp_error(p, lineoff, "%s %s: version \"%s\" invalid: %s", verb, path, v, err);
			return;
		}
		m = NEW(perm, Module);
		m->path = path;
		m->version = v;
		if (eol && eol->comment) {
			/* "// indirect" or "// indirect; ..." */
			const char *c = p->s + eol->coff + 2;
			size_t n = eol->clen - 2;
			while (n && (*c == ' ' || *c == '\t'))
				c++, n--;
			if (n >= 8 && !memcmp(c, "indirect", 8) && (n == 8 || c[8] == ';' || c[8] == ' ' || c[8] == '\t'))
				m->indirect = true;
		}
		vec_push(!strcmp(verb, "require") ? &p->reqs : &p->excl, m);
	} else if (!strcmp(verb, "replace")) {
		int arrow = (nargs >= 2 && args[1].len == 2 && !memcmp(p->s + args[1].off, "=>", 2)) ? 1 : 2;
		ModReplace *r;
		const char *old, *ov = "", *nw, *nv = "", *err;
		if (nargs < arrow + 2 || nargs > arrow + 3 || strcmp(tok_str(p, &args[arrow]), "=>") != 0) {
			mp_error(p, lineoff, "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory");
			return;
		}
		if ((old = mp_string(p, &args[0], lineoff)) == NULL)
			return;
		if (!split_path_major(old, &major)) {
			mp_error(p, lineoff, "replace %s: invalid module path", old);
			return;
		}
		if (arrow == 2) {
			if ((ov = mp_version(p, verb, old, &args[1], lineoff)) == NULL)
				return;
			if ((err = check_path_major(ov, major)) != NULL) {
				mp_error(p, lineoff, "replace %s: version \"%s\" invalid: %s", old, ov, err);
				return;
			}
		}
		if ((nw = mp_string(p, &args[arrow + 1], lineoff)) == NULL)
			return;
		if (nargs == arrow + 2) {
			if (!is_dir_path(nw)) {
				mp_error(p, lineoff, "replacement module without version must be directory path (rooted or starting with ./ or ../)");
				return;
			}
			if (strchr(nw, '\\')) {
				mp_error(p, lineoff, "replacement directory appears to be Windows path (on a non-windows system)");
				return;
			}
		} else {
			if ((nv = mp_version(p, verb, nw, &args[arrow + 2], lineoff)) == NULL)
				return;
			if (is_dir_path(nw)) {
				mp_error(p, lineoff, "replacement module directory path \"%s\" cannot have version", nw);
				return;
			}
		}
		r = NEW(perm, ModReplace);
		r->oldpath = old;
		r->oldversion = ov;
		r->newpath = nw;
		r->newversion = nv;
		r->pos = src_pos(p->f, lineoff);
		vec_push(&p->repl, r);
	} else if (!strcmp(verb, "retract")) {
		/* retract v1.2.3 | retract [v1.0.0, v1.2.0] */
		int k = 0;
		if (nargs == 0 || args[0].kind == '(') {
			if (p->strict)
				mp_error(p, lineoff, "expected '[' or version");
			return;
		}
		if (args[0].kind != '[') {
			if (!mp_version(p, verb, "", &args[0], lineoff))
				return;
			k = 1;
		} else {
			static const char *const expect[] = {
				"expected version after '['", "expected ',' after version",
				"expected version after ','", "expected ']' after version",
			};
			for (i = 1; i <= 4; i++) {
				bool ok = i < nargs && ((i == 2 && args[i].kind == ',') || (i == 4 && args[i].kind == ']') ||
				                        ((i == 1 || i == 3) && args[i].kind != ',' && args[i].kind != ']'));
				if (!ok) {
					if (p->strict)
						mp_error(p, lineoff, "%s", expect[i - 1]);
					return;
				}
				if ((i == 1 || i == 3) && !mp_version(p, verb, "", &args[i], lineoff))
					return;
			}
			k = 5;
		}
		if (k < nargs && p->strict) {
			mp_error(p, lineoff, "unexpected token after version: \"%s\"", tok_str(p, &args[k]));
			return;
		}
		mf->nretracts++;
	} else if (!strcmp(verb, "toolchain") && release_has(FEAT_GOMOD_TOOLCHAIN)) {
		const char *v;
		if (nargs != 1) {
			mp_error(p, lineoff, "toolchain directive expects exactly one argument");
			return;
		}
		v = tok_str(p, &args[0]);
		if (strcmp(v, "default") != 0 && !(strncmp(v, "go1", 3) == 0 && (v[3] == 0 || v[3] == '.'))) {
			mp_error(p, lineoff, "invalid toolchain version '%s': must match format go1.23.0 or default", v);
			return;
		}
		mf->toolchain = v;
	} else if (!strcmp(verb, "godebug") && release_has(FEAT_GOMOD_GODEBUG)) {
		const char *kv, *eq;
		if (nargs != 1 || !(kv = tok_str(p, &args[0])) || !(eq = strchr(kv, '=')) || eq == kv) {
			mp_error(p, lineoff, "usage: godebug key=value");
			return;
		}
		if (strpbrk(kv, " \t\"'`,")) {
			mp_error(p, lineoff, "invalid key: %.*s", (int)(eq - kv), kv);
			return;
		}
		{
			ModGodebug *g = NEW(perm, ModGodebug);
			g->key = intern(kv, (size_t)(eq - kv));
			g->value = intern_cstr(eq + 1);
			g->pos = src_pos(p->f, lineoff);
			vec_push(&p->godebugs, g);
		}
	} else if ((!strcmp(verb, "tool") && release_has(FEAT_GOMOD_TOOL)) ||
	           (!strcmp(verb, "ignore") && release_has(FEAT_GOMOD_IGNORE))) {
		if (nargs != 1) {
			mp_error(p, lineoff, "%s directive expects exactly one argument", verb);
			return;
		}
	} else {
		mp_error(p, lineoff, "unknown directive: %s", verb);
	}
}

static void mp_parse(MParse *p)
{
	MTok *t = p->toks;
	int i = 0;
	while (t[i].kind != 0) {
		int start = i, nargs, k;
		uint32_t lineoff;
		if (t[i].kind == '\n') {
			i++;
			continue;
		}
		lineoff = t[i].off;
		/* one line: tokens up to the end of line */
		while (t[i].kind != '\n' && t[i].kind != 0 && !(t[i].kind == '(' && t[i + 1].kind == '\n') &&
		       !(t[i].kind == '(' && t[i + 1].kind == ')' && t[i + 2].kind == '\n'))
			i++;
		if (t[i].kind == '(') {
			/* a block: "verb (" lines ")" */
			const char *verb = tok_str(p, &t[start]);
			bool known = !strcmp(verb, "module") || !strcmp(verb, "require") || !strcmp(verb, "exclude") ||
			             !strcmp(verb, "replace") || !strcmp(verb, "retract") ||
			             (!strcmp(verb, "godebug") && release_has(FEAT_GOMOD_GODEBUG)) ||
			             (!strcmp(verb, "tool") && release_has(FEAT_GOMOD_TOOL)) ||
			             (!strcmp(verb, "ignore") && release_has(FEAT_GOMOD_IGNORE)) ||
			             (!strcmp(verb, "use") && p->work);
			int blockstart = start;
			if (t[i + 1].kind == ')') {
				i += 3;
				continue;
			}
			if (i - start != 1 || !known) {
				if (p->strict) {
					Buf b = {0};
					for (k = start; k < i; k++)
						buf_printf(&b, k > start ? " %s" : "%s", tok_str(p, &t[k]));
					mp_error(p, lineoff, "unknown block type: %s", b.s ? b.s : "");
					buf_free(&b);
				}
				known = false;
			}
			i += 2;
			for (;;) {
				int ls;
				if (t[i].kind == 0) {
					Position pos = pos_resolve_raw(src_pos(p->f, t[blockstart].off));
					mp_error(p, p->n, "syntax error (unterminated block started at %s:%d:%d)", p->f->name,
					         pos.line, pos.col);
					return;
				}
				if (t[i].kind == '\n') {
					i++;
					continue;
				}
				if (t[i].kind == ')') {
					if (t[i + 1].kind != '\n') {
						mp_error(p, t[i + 1].off, "syntax error (expected newline after closing paren)");
						return;
					}
					i += 2;
					break;
				}
				ls = i;
				while (t[i].kind != '\n' && t[i].kind != 0)
					i++;
				if (known)
					mp_directive(p, verb, &t[ls], i - ls, t[ls].off, &t[i]);
			}
			continue;
		}
		nargs = i - start - 1;
		mp_directive(p, tok_str(p, &t[start]), &t[start + 1], nargs, lineoff, &t[i]);
	}
}

static ModFile *parse(SrcFile *f, bool strict, bool work)
{
	MParse p;
	ModFile *mf = NEW(perm, ModFile);
	int i;
	memset(&p, 0, sizeof p);
	p.f = f;
	p.s = f->data;
	p.n = f->size;
	p.strict = strict;
	p.work = work;
	p.mf = mf;
	if (mp_lex(&p))
		mp_parse(&p);
	free(p.toks);
	mf->requires = (Module **)vec_finish(&p.reqs, perm, &mf->nrequires);
	mf->excludes = (Module **)vec_finish(&p.excl, perm, &mf->nexcludes);
	mf->nreplaces = p.repl.n;
	mf->replaces = NEWARRAY(perm, ModReplace, p.repl.n + 1);
	for (i = 0; i < p.repl.n; i++)
		mf->replaces[i] = *(ModReplace *)p.repl.v[i];
	mf->uses = (const char **)vec_finish(&p.uses, perm, &mf->nuses);
	mf->godebugs = (ModGodebug **)vec_finish(&p.godebugs, perm, &mf->ngodebugs);
	vec_free(&p.reqs);
	vec_free(&p.excl);
	vec_free(&p.repl);
	vec_free(&p.uses);
	vec_free(&p.godebugs);
	return p.failed ? NULL : mf;
}

ModFile *modfile_parse(SrcFile *f, bool strict)
{
	return parse(f, strict, false);
}

ModFile *modfile_parse_work(SrcFile *f)
{
	return parse(f, true, true);
}

/* --- vendor/modules.txt ------------------------------------------------------- */

/* "# path version [=> rpath [rversion]]" starts a module; "## explicit;
 * go 1.17" annotates it; other lines name its vendored packages. */
VendorList *modfile_read_vendor(const char *path)
{
	const char *err;
	SrcFile *f = src_read(path, path, &err);
	VendorList *vl;
	VendorModule *cur = NULL;
	Vec mods = {0}, pkgs = {0};
	const char *s, *end;
	if (!f)
		return NULL;
	vl = NEW(perm, VendorList);
	s = f->data;
	end = s + f->size;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *le = nl ? nl : end;
		const char *fields[8];
		size_t flen[8];
		int nf = 0;
		const char *q = s;
		/* split into space-separated fields */
		while (q < le && nf < 8) {
			while (q < le && (*q == ' ' || *q == '\t' || *q == '\r'))
				q++;
			if (q >= le)
				break;
			fields[nf] = q;
			while (q < le && *q != ' ' && *q != '\t' && *q != '\r')
				q++;
			flen[nf] = (size_t)(q - fields[nf]);
			nf++;
		}
		if (le - s >= 2 && s[0] == '#' && s[1] == ' ') {
			const char *v;
			if (cur)
				cur->pkgs = (const char **)vec_finish(&pkgs, perm, &cur->npkgs);
			cur = NULL;
			if (nf >= 3) {
				int k;
				v = intern(fields[2], flen[2]);
				if (modfile_valid_semver(v)) {
					cur = NEW(perm, VendorModule);
					cur->path = intern(fields[1], flen[1]);
					cur->version = v;
					k = 3;
				} else if (flen[2] == 2 && !memcmp(fields[2], "=>", 2)) {
					cur = NEW(perm, VendorModule);
					cur->path = intern(fields[1], flen[1]);
					cur->version = "";
					k = 2;
				} else {
					k = nf;
				}
				if (cur && nf - k >= 2 && flen[k] == 2 && !memcmp(fields[k], "=>", 2)) {
					if (nf - k == 2) {
						cur->rpath = intern(fields[k + 1], flen[k + 1]);
						cur->rversion = "";
						cur->replaced = true;
					} else if (nf - k == 3 && modfile_valid_semver(intern(fields[k + 2], flen[k + 2]))) {
						cur->rpath = intern(fields[k + 1], flen[k + 1]);
						cur->rversion = intern(fields[k + 2], flen[k + 2]);
						cur->replaced = true;
					}
				}
				if (cur)
					vec_push(&mods, cur);
			}
		} else if (cur && le - s >= 3 && !memcmp(s, "## ", 3)) {
			const char *e = s + 3;
			while (e < le) {
				const char *semi = memchr(e, ';', (size_t)(le - e));
				const char *ee = semi ? semi : le;
				const char *a = e, *b = ee;
				while (a < b && (*a == ' ' || *a == '\t'))
					a++;
				while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
					b--;
				if (b - a == 8 && !memcmp(a, "explicit", 8))
					cur->explicit = true;
				e = semi ? semi + 1 : le;
			}
		} else if (cur && nf == 1) {
			const char *pkg = intern(fields[0], flen[0]);
			if (!modfile_check_import_path(pkg)) {
				vec_push(&pkgs, (void *)pkg);
				ptrmap_put(&vl->pkgmod, pkg, cur);
			}
		}
		s = nl ? nl + 1 : end;
	}
	if (cur)
		cur->pkgs = (const char **)vec_finish(&pkgs, perm, &cur->npkgs);
	vl->mods = (VendorModule **)vec_finish(&mods, perm, &vl->nmods);
	vec_free(&mods);
	vec_free(&pkgs);
	return vl;
}
