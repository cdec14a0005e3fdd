/* gcflags.c: gc's own flags, as go tool compile takes them and as a
 * user copies them from go build -gcflags.
 *
 * Every flag of the release's gc is accepted, with its value where it
 * takes one (-flag=value or -flag value, Go's flag syntax). Those that
 * change gc's -m output are followed (-m, -l, -N, -e, -C, -+, -lang,
 * -p, -smallframes, -complete, -asan, -d=checkptr, -d=nodeadlocals and
 * -d=escapemutationscalls);
 * the others change only what gc writes after escape analysis (code,
 * object files, profiles) and are taken and ignored. A -d setting that
 * would make gc print more or decide differently, and that goescape does
 * not reproduce, is refused with the reason, never silently ignored. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"

typedef enum { F_COUNT, F_BOOL, F_VALUE } FlagKind;

/* The flags of gc's base.CmdFlags, by release: name, kind, and the
 * releases that have it (0: every one). */
static const struct {
	const char *name;
	FlagKind kind;
	int since;
} gcflags[] = {
	{"B", F_COUNT, 0}, {"C", F_COUNT, 0}, {"D", F_VALUE, 0}, {"E", F_COUNT, 0}, {"I", F_VALUE, 0},
	{"K", F_COUNT, 0}, {"L", F_COUNT, 0}, {"N", F_COUNT, 0}, {"S", F_COUNT, 0}, {"W", F_COUNT, 0},
	{"V", F_BOOL, 0}, {"c", F_VALUE, 0}, {"d", F_VALUE, 0}, {"e", F_COUNT, 0}, {"h", F_COUNT, 0},
	{"j", F_COUNT, 0}, {"l", F_COUNT, 0}, {"m", F_COUNT, 0}, {"o", F_VALUE, 0}, {"p", F_VALUE, 0},
	{"r", F_COUNT, 0}, {"t", F_BOOL, 0}, {"u", F_COUNT, 27}, {"v", F_BOOL, 0}, {"w", F_COUNT, 0},
	{"+", F_BOOL, 0}, {"asmhdr", F_VALUE, 0}, {"asan", F_BOOL, 0}, {"bench", F_VALUE, 0},
	{"blockprofile", F_VALUE, 0}, {"buildid", F_VALUE, 0}, {"cpuprofile", F_VALUE, 0},
	{"complete", F_BOOL, 0}, {"clobberdead", F_BOOL, 0}, {"clobberdeadreg", F_BOOL, 0},
	{"dwarf", F_BOOL, 0}, {"dwarfbasentries", F_BOOL, 0}, {"dwarflocationlists", F_BOOL, 0},
	{"dynlink", F_BOOL, 0}, {"embedcfg", F_VALUE, 0}, {"env", F_VALUE, 20}, {"gendwarfinl", F_VALUE, 0},
	{"goversion", F_VALUE, 0}, {"importcfg", F_VALUE, 0}, {"installsuffix", F_VALUE, 0},
	{"json", F_VALUE, 0}, {"lang", F_VALUE, 0}, {"linkobj", F_VALUE, 0}, {"linkshared", F_BOOL, 0},
	{"live", F_COUNT, 0}, {"msan", F_BOOL, 0}, {"memprofile", F_VALUE, 0}, {"memprofilerate", F_VALUE, 0},
	{"mutexprofile", F_VALUE, 0}, {"nolocalimports", F_BOOL, 0}, {"coveragecfg", F_VALUE, 20},
	{"pack", F_BOOL, 0}, {"race", F_BOOL, 0}, {"shared", F_BOOL, 0}, {"smallframes", F_BOOL, 0},
	{"spectre", F_VALUE, 0}, {"std", F_BOOL, 0}, {"symabis", F_VALUE, 0}, {"traceprofile", F_VALUE, 0},
	{"trimpath", F_VALUE, 0}, {"wb", F_BOOL, 0}, {"pgoprofile", F_VALUE, 20}, {"errorurl", F_BOOL, 24},
};

/* gc's -d keys (base.DebugFlags), by release, and what goescape does
 * with each: D_IGNORE changes nothing -m prints; D_DEFAULT is refused
 * unless set to gc's default (def); D_FOLLOW is followed. */
typedef enum { D_IGNORE, D_DEFAULT, D_FOLLOW } DebugUse;

static const struct {
	const char *name;
	int since, until;          /* releases that have it (0: no bound) */
	DebugUse use;
	const char *def;           /* the default value, for D_DEFAULT */
} debugkeys[] = {
	/* followed */
	{"checkptr", 0, 0, D_FOLLOW, NULL},
	{"nodeadlocals", 23, 0, D_FOLLOW, NULL},
	{"escapemutationscalls", 22, 0, D_FOLLOW, NULL},
	/* print more, or decide escapes or names differently */
	{"append", 0, 0, D_DEFAULT, "0"}, {"closure", 0, 0, D_DEFAULT, "0"}, {"defer", 0, 0, D_DEFAULT, "0"},
	{"dwarfinl", 0, 0, D_DEFAULT, "0"}, {"export", 0, 0, D_DEFAULT, "0"}, {"gcprog", 0, 0, D_DEFAULT, "0"},
	{"locationlists", 0, 0, D_DEFAULT, "0"}, {"nil", 0, 0, D_DEFAULT, "0"}, {"pctab", 0, 0, D_DEFAULT, ""},
	{"slice", 0, 0, D_DEFAULT, "0"}, {"typeassert", 0, 0, D_DEFAULT, "0"}, {"wb", 0, 0, D_DEFAULT, "0"},
	{"abiwrap", 0, 0, D_DEFAULT, "0"}, {"dclstack", 0, 19, D_DEFAULT, "0"},
	{"typecheckinl", 0, 19, D_DEFAULT, "0"}, {"unified", 0, 19, D_DEFAULT, "0"},
	{"escapedebug", 26, 0, D_DEFAULT, "0"},
	{"escapealias", 26, 0, D_DEFAULT, "0"}, {"freeappend", 26, 0, D_DEFAULT, "1"},
	{"loopvar", 21, 0, D_DEFAULT, "0"}, {"loopvarhash", 21, 0, D_DEFAULT, ""},
	{"literalallochash", 25, 0, D_DEFAULT, ""}, {"variablemakehash", 25, 0, D_DEFAULT, ""},
	{"variablemakethreshold", 25, 0, D_DEFAULT, "32"}, {"zerocopy", 22, 0, D_DEFAULT, "1"},
	{"rangefunccheck", 23, 0, D_DEFAULT, "1"}, {"maxshapelen", 21, 0, D_DEFAULT, "500"},
	{"reshape", 21, 0, D_DEFAULT, "0"}, {"shapify", 21, 0, D_DEFAULT, "0"},
	{"staticcopy", 21, 0, D_DEFAULT, "0"}, {"tailcall", 21, 0, D_DEFAULT, "0"},
	{"wrapglobalmapdbg", 21, 0, D_DEFAULT, "0"}, {"wrapglobalmapctl", 21, 0, D_DEFAULT, "0"},
	{"mergelocalstrace", 23, 0, D_DEFAULT, "0"}, {"mergelocalshtrace", 23, 0, D_DEFAULT, "0"},
	{"pgodebug", 21, 0, D_DEFAULT, "0"}, {"astdump", 27, 0, D_DEFAULT, ""},
	{"interfacecycles", 27, 0, D_DEFAULT, "0"}, {"simd", 27, 0, D_DEFAULT, "1"},
	/* what gc does after escape analysis, or inlining (off with -l) */
	{"alignhot", 21, 0, D_IGNORE, NULL}, {"compressinstructions", 26, 0, D_IGNORE, NULL},
	{"converthash", 26, 0, D_IGNORE, NULL}, {"disablenil", 0, 0, D_IGNORE, NULL},
	{"dumpinlfuncprops", 22, 0, D_IGNORE, NULL}, {"dumpinlcallsitescores", 22, 0, D_IGNORE, NULL},
	{"inlscoreadj", 22, 0, D_IGNORE, NULL}, {"inlbudgetslack", 22, 0, D_IGNORE, NULL},
	{"dumpptrs", 0, 0, D_IGNORE, NULL}, {"escapealiascheck", 26, 0, D_IGNORE, NULL},
	{"fipshash", 24, 0, D_IGNORE, NULL}, {"fmahash", 21, 0, D_IGNORE, NULL},
	{"gcadjust", 21, 0, D_IGNORE, NULL}, {"gccheck", 21, 0, D_IGNORE, NULL}, {"gcstart", 21, 0, D_IGNORE, NULL},
	{"gossahash", 21, 0, D_IGNORE, NULL}, {"inlfuncswithclosures", 0, 0, D_IGNORE, NULL},
	{"inlstaticinit", 21, 0, D_IGNORE, NULL}, {"libfuzzer", 0, 0, D_IGNORE, NULL},
	{"mergelocals", 23, 0, D_IGNORE, NULL}, {"mergelocalsdumpfunc", 23, 0, D_IGNORE, NULL},
	{"mergelocalshash", 23, 0, D_IGNORE, NULL}, {"noopendefer", 0, 0, D_IGNORE, NULL},
	{"norefname", 0, 0, D_IGNORE, NULL}, {"panic", 0, 0, D_IGNORE, NULL}, {"softfloat", 0, 0, D_IGNORE, NULL},
	{"syncframes", 0, 0, D_IGNORE, NULL}, {"maymorestack", 0, 0, D_IGNORE, NULL},
	{"pgohash", 21, 0, D_IGNORE, NULL}, {"pgoinline", 21, 0, D_IGNORE, NULL},
	{"pgoinlinecdfthreshold", 21, 0, D_IGNORE, NULL}, {"pgoinlinebudget", 21, 0, D_IGNORE, NULL},
	{"pgodevirtualize", 21, 0, D_IGNORE, NULL}, {"concurrentok", 21, 0, D_IGNORE, NULL},
	{"any", 0, 19, D_IGNORE, NULL},
};

static bool in_release(int since, int until)
{
	int r = release_minor();
	return (!since || r >= since) && (!until || r <= until);
}

void gcflags_init(GcFlags *f)
{
	memset(f, 0, sizeof *f);
	f->checkptr = -1;
}

static bool parse_count(const char *v, int *n)
{
	char *end;
	long x;
	if (!v || strcmp(v, "true") == 0) {
		(*n)++;
		return true;
	}
	if (strcmp(v, "false") == 0) {
		*n = 0;
		return true;
	}
	x = strtol(v, &end, 0);
	if (!*v || *end || x < 0 || x > 1000)
		return false;
	*n = (int)x;
	return true;
}

static bool parse_bool(const char *v, bool *b)
{
	static const char *const yes[] = {"1", "t", "T", "true", "TRUE", "True"};
	static const char *const no[] = {"0", "f", "F", "false", "FALSE", "False"};
	int i;
	if (!v) {
		*b = true;
		return true;
	}
	for (i = 0; i < NELEM(yes); i++)
		if (strcmp(v, yes[i]) == 0) {
			*b = true;
			return true;
		}
	for (i = 0; i < NELEM(no); i++)
		if (strcmp(v, no[i]) == 0) {
			*b = false;
			return true;
		}
	return false;
}

/* One -d key=value. */
static bool debug_setting(GcFlags *f, const char *flag, const char *key, size_t klen, const char *val)
{
	char name[64];
	int i;
	if (klen >= sizeof name) {
		fprintf(stderr, "goescape: invalid value \"%.*s\" for flag -%s: unknown debug key %.*s\n",
		        (int)klen, key, flag, (int)klen, key);
		return false;
	}
	memcpy(name, key, klen);
	name[klen] = 0;
	if (strncmp(name, "ssa/", 4) == 0) {
		/* the SSA passes run after escape analysis; their debug
		 * output is extra text gc prints */
		const char *opt = strrchr(name, '/');
		if (opt && strcmp(opt, "/debug") == 0 && val && strcmp(val, "0") != 0) {
			fprintf(stderr, "goescape: -%s=%s=%s: gc's SSA back end would print its own diagnostics, which goescape "
			        "does not reproduce\n", flag, name, val);
			return false;
		}
		return true;
	}
	for (i = 0; i < NELEM(debugkeys); i++) {
		if (strcmp(debugkeys[i].name, name) != 0 || !in_release(debugkeys[i].since, debugkeys[i].until))
			continue;
		switch (debugkeys[i].use) {
		case D_IGNORE:
			return true;
		case D_FOLLOW:
			if (strcmp(name, "checkptr") == 0) {
				int n = 0;
				if (!parse_count(val ? val : "1", &n))
					goto badvalue;
				f->checkptr = n;
			} else if (strcmp(name, "nodeadlocals") == 0) {
				int n = 0;
				if (!parse_count(val ? val : "1", &n))
					goto badvalue;
				f->nodeadlocals = n != 0;
			} else if (strcmp(name, "escapemutationscalls") == 0) {
				int n = 0;
				if (!parse_count(val ? val : "1", &n))
					goto badvalue;
				f->escmutcalls = n != 0;
			}
			return true;
		case D_DEFAULT:
			if (strcmp(val ? val : "1", debugkeys[i].def) == 0)
				return true;
			fprintf(stderr, "goescape: -%s=%s%s%s: changes what gc prints or decides at -m, which goescape does not "
			        "reproduce (gc's default is %s%s)\n", flag, name, val ? "=" : "", val ? val : "", name,
			        *debugkeys[i].def ? "=" : " unset");
			if (*debugkeys[i].def)
				fprintf(stderr, "goescape: (that is, -%s=%s=%s)\n", flag, name, debugkeys[i].def);
			return false;
		}
	}
	fprintf(stderr, "goescape: invalid value \"%s\" for flag -%s: unknown debug key %s\n", name, flag, name);
	return false;
badvalue:
	fprintf(stderr, "goescape: invalid value \"%s=%s\" for flag -%s: invalid debug value %s\n", name, val, flag, val);
	return false;
}

/* -d=key[=value],key... */
static bool debug_list(GcFlags *f, const char *flag, const char *list)
{
	const char *s = list;
	if (strcmp(list, "help") == 0) {
		int i;
		printf("usage: -d arg[,arg]* and arg is <key>[=<value>]\n\n<key> is one of:\n\n");
		for (i = 0; i < NELEM(debugkeys); i++)
			if (in_release(debugkeys[i].since, debugkeys[i].until))
				printf("\t%-22s %s\n", debugkeys[i].name,
				       debugkeys[i].use == D_IGNORE   ? "accepted; no effect on -m"
				       : debugkeys[i].use == D_FOLLOW ? "followed"
				                                      : "refused unless gc's default");
		printf("\tssa/<phase>/<flag>      accepted; ssa/<phase>/debug refused\n");
		exit(0);
	}
	while (*s) {
		const char *comma = strchr(s, ','), *end = comma ? comma : s + strlen(s), *eq;
		char val[256];
		size_t klen;
		eq = memchr(s, '=', (size_t)(end - s));
		klen = (size_t)((eq ? eq : end) - s);
		if (klen == 0) {
			s = comma ? comma + 1 : end;
			continue;
		}
		if (eq) {
			size_t vlen = (size_t)(end - eq - 1);
			if (vlen >= sizeof val)
				vlen = sizeof val - 1;
			memcpy(val, eq + 1, vlen);
			val[vlen] = 0;
		}
		if (!debug_setting(f, flag, s, klen, eq ? val : NULL))
			return false;
		s = comma ? comma + 1 : end;
	}
	return true;
}

/* The effect of one gc flag on what goescape does. */
static bool apply(GcFlags *f, const char *name, const char *v)
{
	bool b;
	if (strcmp(name, "m") == 0)
		return parse_count(v, &f->m);
	if (strcmp(name, "l") == 0)
		return parse_count(v, &f->l);
	if (strcmp(name, "N") == 0)
		return parse_count(v, &f->N);
	if (strcmp(name, "e") == 0) {
		int n = f->e;
		if (!parse_count(v, &n))
			return false;
		f->e = n;
		return true;
	}
	if (strcmp(name, "C") == 0) {
		int n = f->C;
		if (!parse_count(v, &n))
			return false;
		f->C = n;
		return true;
	}
	if (strcmp(name, "d") == 0)
		return debug_list(f, name, v);
	if (strcmp(name, "lang") == 0) {
		f->lang = v;
		return true;
	}
	if (strcmp(name, "p") == 0) {
		f->pkgpath = v;
		return true;
	}
	if (strcmp(name, "V") == 0) {
		if (!parse_bool(v && strcmp(v, "full") == 0 ? "true" : v, &b))
			return false;
		f->version = b;
		return true;
	}
	if (strcmp(name, "+") == 0)
		return parse_bool(v, &f->runtime);
	if (strcmp(name, "smallframes") == 0)
		return parse_bool(v, &f->smallframes);
	if (strcmp(name, "complete") == 0)
		return parse_bool(v, &f->complete);
	if (strcmp(name, "asan") == 0)
		return parse_bool(v, &f->asan);
	if (strcmp(name, "race") == 0)
		return parse_bool(v, &f->race);
	if (strcmp(name, "msan") == 0)
		return parse_bool(v, &f->msan);
	if (strcmp(name, "c") == 0 || strcmp(name, "memprofilerate") == 0 || strcmp(name, "gendwarfinl") == 0 ||
	    (strcmp(name, "%") == 0 && release_minor() < 20)) {
		char *end;
		if (!v || !*v || (strtol(v, &end, 0), *end))
			return false;
		return true;
	}
	return true;   /* taken; no effect on -m */
}

bool gcflag_takes_value(const char *a)
{
	int i;
	if (a[0] != '-' || strchr(a, '='))
		return false;
	a += a[1] == '-' ? 2 : 1;
	for (i = 0; i < NELEM(gcflags); i++)
		if (strcmp(gcflags[i].name, a) == 0)
			return gcflags[i].kind == F_VALUE;
	return false;
}

int gcflags_parse(GcFlags *f, int argc, char **argv, int *ip)
{
	const char *a = argv[*ip], *eq, *v = NULL;
	char name[64];
	size_t n;
	int i;
	if (a[0] != '-')
		return 0;
	a++;
	if (a[0] == '-')
		a++;
	eq = strchr(a, '=');
	n = eq ? (size_t)(eq - a) : strlen(a);
	if (n == 0 || n >= sizeof name)
		return 0;
	memcpy(name, a, n);
	name[n] = 0;
	for (i = 0; i < NELEM(gcflags); i++) {
		FlagKind kind = gcflags[i].kind;
		if (strcmp(gcflags[i].name, name) != 0 || !in_release(gcflags[i].since, 0))
			continue;
		if (strcmp(name, "%") == 0 && release_minor() < 20)
			kind = F_VALUE;   /* an int before go1.20 */
		if (eq)
			v = eq + 1;
		else if (kind == F_VALUE) {
			if (*ip + 1 >= argc) {
				fprintf(stderr, "goescape: flag needs an argument: -%s\n", name);
				return -1;
			}
			v = argv[++*ip];
		}
		if (!apply(f, name, v)) {
			if (strcmp(name, "d") != 0)
				fprintf(stderr, "goescape: invalid value \"%s\" for flag -%s\n", v ? v : "", name);
			return -1;
		}
		return 1;
	}
	return 0;
}

/* --- go build's -gcflags ----------------------------------------------------- */

/* The words of a flag list, as the go command splits it (cmd/internal/
 * quoted: spaces separate, single or double quotes group). NULL with a
 * message when a quote is left open. */
char **gcflags_split(const char *s, int *n)
{
	char **v = xcalloc(strlen(s) + 1, sizeof *v);
	Buf w = {0};
	*n = 0;
	for (;;) {
		char q;
		bool any = false;
		while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
			s++;
		if (!*s)
			break;
		buf_reset(&w);
		while (*s && !(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
			if (*s == '\'' || *s == '"') {
				q = *s++;
				while (*s && *s != q)
					buf_putc(&w, *s++);
				if (!*s) {
					fprintf(stderr, "goescape: -gcflags: unterminated %c string\n", q);
					buf_free(&w);
					free(v);
					return NULL;
				}
				s++;
			} else {
				buf_putc(&w, *s++);
			}
			any = true;
		}
		if (any) {
			char *word = xmalloc(w.n + 1);
			memcpy(word, w.s, w.n);
			word[w.n] = 0;
			v[(*n)++] = word;
		}
	}
	buf_free(&w);
	return v;
}
