/* release.c: the Go release whose gc goescape emulates, and every
 * difference between the supported releases, in one table.
 *
 * A release is chosen once per run (load/env.c reads it from GOROOT's
 * VERSION file; -release names it). Passes never compare release
 * numbers themselves: they ask release_has(feature), or for a language
 * feature feature_lang(feature) (the language version that brings it,
 * to compare with the file's), so that adding a release means adding a
 * column here and deciding each row. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

static const int releases[] = {19, 26, 27};   /* the supported go1.N */

/* For each feature: the language version that brings it (0: not a
 * language feature), and the first release that has it (where a change
 * is not dated more precisely, the first supported release that has
 * it). */
static const struct {
	const char *name;
	int lang;
	int since;
	int until;                 /* the last release that has it; 0: every later one */
} features[NFEATURES] = {
	[FEAT_ALWAYS]           = {"", 0, 0, 0},
	/* language: types2's version checks (verifyVersionf, allowVersion) */
	[FEAT_SLICE_TO_ARRAY]   = {"conversion from slice to array", 20, 20, 0},
	[FEAT_UNSAFE_STRING]    = {"unsafe.String, unsafe.StringData, unsafe.SliceData", 20, 20, 0},
	[FEAT_COMPARABLE_LOOSE] = {"comparable satisfied by interfaces", 20, 20, 0},
	[FEAT_MIN_MAX]          = {"built-ins min and max", 21, 21, 0},
	[FEAT_CLEAR]            = {"built-in clear", 21, 21, 0},
	[FEAT_INFER_21]         = {"inference of partially instantiated and argument functions", 21, 21, 0},
	[FEAT_FILE_VERSION]     = {"a file's //go:build go1.N sets its language version (at least go1.21)", 0, 21, 0},
	[FEAT_RANGE_INT]        = {"range over int", 22, 22, 0},
	[FEAT_LOOPVAR]          = {"per-iteration loop variables", 22, 22, 0},
	[FEAT_RANGE_FUNC]       = {"range over func", 23, 23, 0},
	[FEAT_GENERIC_ALIAS]    = {"generic type alias", 23, 24, 0},
	[FEAT_NEW_EXPR]         = {"new(expr)", 26, 26, 0},
	[FEAT_PROMOTED_LITERAL] = {"promoted fields in struct literals", 27, 27, 0},
	[FEAT_GENERIC_METHOD]   = {"generic methods", 27, 27, 0},
	/* the type checker's presentation (go/types and types2) */
	[FEAT_UNION_SPACED]     = {"unions printed \"A | B\"", 0, 26, 0},
	[FEAT_FLOAT_ALL_DIGITS] = {"a float constant that is not an integer but prints as one (1e-09) is printed with all its digits (go/constant, go.dev/issue/56220)", 0, 20, 0},
	[FEAT_EMBEDDED_POS]     = {"an embedded field's object at its type name", 0, 26, 0},
	[FEAT_GOTYPES_GCSIZES]  = {"go/types' gc sizes are the compiler's", 0, 26, 0},
	[FEAT_ALIAS_MATERIALIZED] = {"aliases are types of their own (gotypesalias=1): one used while its right side is checked is no cycle", 0, 26, 0},
	/* the go command and go tool compile */
	[FEAT_COMPILE_ABS_NAMES] = {"go tool compile names its files by absolute paths", 0, 26, 0},
	[FEAT_GOROOT_TRIMMED]   = {"other packages' files named $GOROOT/... (GOROOT_FINAL)", 0, 0, 21},
	[FEAT_CGO_TRIMMED]      = {"cgo's generated files named without the work directory (-trimpath $WORK/b001=>)", 0, 26, 0},
	[FEAT_NOT_IN_STD]       = {"a missing standard package \"is not in std\" (before: \"is not in GOROOT\")", 0, 26, 0},
	[FEAT_GOMOD_ERR_SHORT]  = {"go.mod errors name the file relative to the working directory", 0, 26, 0},
	[FEAT_GOMOD_TOOLCHAIN]  = {"go.mod's toolchain line", 0, 21, 0},
	[FEAT_GOMOD_GO_PATCH]   = {"go.mod's go line with a patch release or prerelease (1.21.0, 1.21rc1)", 0, 21, 0},
	[FEAT_GODEBUG_DIRECTIVE] = {"the go command checks //go:debug lines (known setting, once each)", 0, 21, 0},
	[FEAT_GODEBUG_REMOVED_OLD] = {"a removed GODEBUG setting is an error only with an old value", 0, 27, 0},
	[FEAT_GOMOD_GODEBUG]    = {"go.mod's godebug lines", 0, 23, 0},
	[FEAT_GOMOD_TOOL]       = {"go.mod's tool lines", 0, 24, 0},
	[FEAT_GOMOD_IGNORE]     = {"go.mod's ignore lines", 0, 25, 0},
	[FEAT_GOOS_WASIP1]      = {"GOOS wasip1 (file names, build tags)", 0, 21, 0},
	/* the compiler */
	[FEAT_WASMIMPORT]       = {"//go:wasmimport", 0, 21, 0},
	[FEAT_WASMEXPORT]       = {"//go:wasmexport", 0, 24, 0},
	[FEAT_GOFIX]            = {"//go:fix allowed in the standard library", 0, 26, 0},
	[FEAT_LINKNAMESTD]      = {"//go:linknamestd", 0, 27, 0},
	/* escape analysis */
	[FEAT_SMALLFRAMES_64K]  = {"-smallframes limits stack variables to 64kB (before: 128kB)", 0, 26, 0},
	[FEAT_STACKVAR_128K]    = {"variables above 128kB are moved to the heap (before: 10MB)", 0, 24, 0},
	[FEAT_ESCAPE_NONSTRING] = {"internal/abi.EscapeNonString: its argument reaches the heap only if it holds a non-string pointer", 0, 25, 0},
	[FEAT_MAKESLICE_HYBRID] = {"make with a non-constant size: a stack buffer when small", 0, 25, 0},
	[FEAT_APPEND_BACKING]   = {"append's backing store a location of its own", 0, 25, 0},
	[FEAT_LITERAL_REWRITE]  = {"interface conversions and make sizes of constant static values rewritten", 0, 25, 0},
	[FEAT_LITERAL_DEFAULT_BARE] = {"-m prints a literal of its default type without the type", 0, 26, 0},
	/* what goescape reproduces of gc's back end, per release */
	[FEAT_CONST_AS_VALUE]   = {"-m prints a constant expression or name as its value", 0, 20, 0},
	[FEAT_PARAM_NUMBERED]   = {"unnamed and blank parameters are named ~p0, ~p1, ... (receiver first), blank results ~r0, ~r1, ...", 0, 20, 0},
	[FEAT_QUAL_BY_NAME]     = {"-m qualifies names by package name even where two imports share it", 0, 20, 0},
	[FEAT_CLOSURE_ROOTS]    = {"a closure capturing nothing is analysed as a function of its own", 0, 22, 0},
	[FEAT_FIPS_MODULE]      = {"crypto/internal/fips140/...: static data without relocations", 0, 24, 0},
	[FEAT_INIT_FIRST]       = {"the package's initialisation, then its package-level function literals, are analysed before its functions", 0, 20, 0},
	[FEAT_ESCAPE_ATTRS]     = {"escape analysis tracks writes and calls (zero-copy string->[]byte, closures' lost results)", 0, 22, 0},
	[FEAT_DIRECT_IFACE_SIZE] = {"a value is stored in an interface directly when it is exactly one pointer word", 0, 25, 0},
	[FEAT_DEADLOCALS]       = {"assignments to unused locals removed before escape analysis", 0, 23, 0},
	[FEAT_NOWB_EMULATED]    = {"//go:nowritebarrier(rec) checked as gc's SSA back end does", 0, 19, 19},
	[FEAT_UNIFIED_IR]       = {"generics through unified IR (not 1.18's stenciling)", 0, 20, 0},
	[FEAT_STATIC_BOOL]      = {"dead code: unified IR's static conditions and terminating statements (not the deadcode pass)", 0, 21, 0},
	[FEAT_RANGEFUNC_REWRITE] = {"range-over-func loops rewritten into closures", 0, 23, 0},
	[FEAT_MAP_INIT_OUTLINE] = {"large package-level map literals initialised in functions of their own (map.init.N), analysed first", 0, 21, 0},
	[FEAT_FLOW_ARROW]       = {"-m=2 writes a flow as \"dst \u2190 src\"", 0, 26, 0},
	[FEAT_GODEFER_NORMAL]   = {"go and defer calls wrapped before escape analysis: the operands evaluated at the statement come first", 0, 21, 0},
	[FEAT_DEVIRT_CONCRETE]  = {"devirtualization follows local interface variables' assignments and type assertions to one concrete type", 0, 26, 0},
	[FEAT_STATIC_CAPTURED]  = {"a captured variable has its outer variable's static value (a closure called through it is known)", 0, 26, 0},
	[FEAT_MULTI_CALLEE]     = {"a call through a local func variable assigned only known functions takes all their tags", 0, 27, 0},
	[FEAT_TEMPCOPY_DEF]     = {"new(expr)'s temporary is defined by the assignment that initialises it (tmp := expr)", 0, 27, 0},
	[FEAT_CGO_NAMES_C]      = {"the go command writes a cgo package's compiler output with C.x for _Ctype_x, _Cfunc_x, ...", 0, 27, 0},
	[FEAT_VERSION_HINT_ALL] = {"every \"requires goN.M or later\" error names the -lang in effect", 0, 26, 0},
};

/* GOEXPERIMENT: the experiments each release knows (internal/goexperiment),
 * those its baseline turns on (internal/buildcfg; "dwarf5" only where
 * DWARF 5 is supported), and where the register ABI is always on or
 * merely supported. */
static const struct {
	int release;
	const char *known, *on, *regabi_always, *regabi_supported;
} experiments[] = {
	{19, " fieldtrack preemptibleloops staticlockranking boringcrypto unified regabiwrappers regabiargs"
	     " heapminimum512kib ",
	 " ", " amd64 arm64 ppc64le ppc64 ", " riscv64 "},
	{26, " fieldtrack preemptibleloops staticlockranking boringcrypto regabiwrappers regabiargs"
	     " heapminimum512kib arenas cgocheck2 loopvar newinliner dwarf5 jsonv2 greenteagc randomizedheapbase64"
	     " runtimefreegc sizespecializedmalloc goroutineleakprofile simd runtimesecret ",
	 " dwarf5 randomizedheapbase64 greenteagc ", " amd64 arm64 loong64 ppc64le ppc64 riscv64 ", " s390x "},
	{27, " fieldtrack preemptibleloops staticlockranking boringcrypto regabiwrappers regabiargs"
	     " heapminimum512kib arenas cgocheck2 loopvar newinliner dwarf5 jsonv2 greenteagc randomizedheapbase64"
	     " runtimefreegc sizespecializedmalloc simd runtimesecret mapsplitgroup ",
	 " dwarf5 randomizedheapbase64 greenteagc jsonv2 sizespecializedmalloc ",
	 " amd64 arm64 loong64 ppc64le ppc64 riscv64 ", " s390x "},
};

static int current = 19;
static bool explicit;

bool release_explicit(void)
{
	return explicit;
}

int release_minor(void)
{
	return current;
}

const char *release_name(void)
{
	static char buf[16];
	snprintf(buf, sizeof buf, "go1.%d", current);
	return buf;
}

/* The major version of the Unicode tables of the release's unicode and
 * strconv packages (identifiers, exported names, quoting). */
int release_unicode(void)
{
	return current >= 27 ? 17 : current >= 21 ? 15 : 13;
}

const char *release_supported(void)
{
	return "go1.19, go1.26 and go1.27";
}

/* "go1.26.8", "go1.26", "1.26", "go1.27rc1": the minor number, or -1. */
int release_parse(const char *v)
{
	int minor = 0, digits = 0;
	if (strncmp(v, "go", 2) == 0)
		v += 2;
	if (strncmp(v, "1.", 2) != 0)
		return -1;
	for (v += 2; *v >= '0' && *v <= '9' && digits < 4; v++, digits++)
		minor = minor * 10 + (*v - '0');
	if (digits == 0 || digits == 4)
		return -1;
	if (*v && *v != '.' && strncmp(v, "rc", 2) != 0 && strncmp(v, "beta", 4) != 0 && *v != '\n' && *v != ' ')
		return -1;
	return minor;
}

bool release_set(int minor)
{
	int i;
	for (i = 0; i < NELEM(releases); i++)
		if (releases[i] == minor) {
			current = minor;
			return true;
		}
	return false;
}

bool release_set_explicit(int minor)
{
	return (explicit = release_set(minor));
}

/* What is not emulated yet for the current release, or NULL. */
const char *release_caveat(void)
{
	if (current == 19)
		return NULL;
	return "the language and gc changes since go1.19 are not all in place yet, "
	       "so its answers may differ from gc's";
}

static bool in_words(const char *words, const char *s, size_t n)
{
	const char *p = words;
	while ((p = strstr(p, " ")) != NULL && p[1]) {
		p++;
		if (strncmp(p, s, n) == 0 && p[n] == ' ')
			return true;
	}
	return false;
}

static int exp_row(void)
{
	int i;
	for (i = 0; i < NELEM(experiments); i++)
		if (experiments[i].release == current)
			return i;
	BUG("release go1.%d has no experiments row", current);
}

int release_experiment(const char *s, size_t n, const char *goos)
{
	int r = exp_row();
	if (!in_words(experiments[r].known, s, n))
		return -1;
	if (n == 6 && memcmp(s, "dwarf5", 6) == 0 &&
	    (!strcmp(goos, "darwin") || !strcmp(goos, "ios") || !strcmp(goos, "aix")))
		return 0;
	return in_words(experiments[r].on, s, n);
}

int release_regabi(const char *goarch)
{
	int r = exp_row();
	size_t n = strlen(goarch);
	if (in_words(experiments[r].regabi_always, goarch, n))
		return 2;
	return in_words(experiments[r].regabi_supported, goarch, n);
}

/* go build's exit status when a package does not compile. */
int release_build_failure(void)
{
	return current == 19 ? 2 : 1;
}

/* go tool compile's exit status after errors: 1, then 2 */
int release_compile_failure(void)
{
	return current == 19 ? 1 : 2;
}

bool release_has(Feature f)
{
	return current >= features[f].since && (!features[f].until || current <= features[f].until);
}

int feature_lang(Feature f)
{
	return features[f].lang;
}

const char *feature_name(Feature f)
{
	return features[f].name;
}
