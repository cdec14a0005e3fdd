/* pipeline.c: the per-package pipeline, and the program's packages
 * through it one by one in dependency order:
 *
 *   check -> rangefunc -> lower -> deadcode -> (inline) -> devirtualize -> loopvar
 *         -> deadlocals -> escape
 *         -> back end -> report
 *
 * Every package is analysed, because importers need its parameter
 * tags; only the packages named on the command line report.
 *
 * A package's own state travels in its Unit. What is global, and why:
 *
 * Shared by the whole run, because importers read what their imports
 * left (a package's objects, types, instances and tags outlive it):
 *   base    the permanent arena (perm), interned names, every source file
 *           and its range of positions, the errors collected and their
 *           count (gc's exit status and its limit of 10 are per run);
 *   types   the types arena and the numbering of types and objects, the
 *           universe, the instance table, the shape package and the cache
 *           of link prefixes, the builtins' signature cache, sizes' word
 *           size and model (one target per run);
 *   escape  the leak tags of every analysed function, by object;
 *   load    cgo's temporary directory and configuration.
 *
 * Per package, but set for its duration and reset after it, because
 * every pass deep down reads them and threading them through each
 * call would touch every function:
 *   base    -m's pending "# path" header and the view that spells other
 *           packages' files as $GOROOT/src/... (report_begin/report_end);
 *   types   the local package and ambiguous names of gc's type printer;
 *   ir      the arena of the package being lowered (ir_set_arena), the
 *           numbering of closures and init functions, the method ->
 *           function table, lower_inst.c's closure dictionaries;
 *   escape  bounds.c's walk hook, -smallframes' limits.
 *
 * Two packages of the same dependency level could be analysed on two
 * threads once the second group moves into the Unit (passed down, or
 * thread-local) and the first is made safe to grow from two threads
 * (locks, or an arena and a name table per thread merged at the end of
 * each level). The errors and -m output must keep gc's order, so each
 * package's messages would be buffered and printed in dependency order. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "driver.h"
#include "devirt/devirt.h"
#include "rangefunc/rangefunc.h"
#include "escape/escape.h"
#include "report/report.h"

/* One package on its way through the pipeline. */
typedef struct Unit {
	Package *p;
	const CheckOptions *co;
	Pkg *pkg;                  /* check: the checked package */
	Arena *syntax;             /* check: its syntax trees, kept for importers' instances */
	int errors;                /* errors before this package */
	Report report;
	ReportOptions ropts;
	Arena irmem;               /* lower: the IR, freed once the package is done */
	IrPackage *ir;
	const GcFlags *flags;      /* gc's flags for it (NULL: the defaults) */
	EscContext esc;            /* escape: -m's level for this package, -+ */
	MethWrap *mw;              /* -m=2: the wrappers gc makes */
	PtrMap asmsyms, linknames; /* -m=2: what the assembly says of the functions */
} Unit;

static bool is_root(Program *prog, Package *p)
{
	int i;
	for (i = 0; i < prog->nroots; i++)
		if (prog->roots[i] == p)
			return true;
	return false;
}

/* Parsing, type checking and gc's checks after them (frontend.c). */
static bool check(Unit *u)
{
	u->syntax = NEW(perm, Arena);
	arena_init(u->syntax);
	u->pkg = check_loaded_package(u->p, u->syntax, u->co);
	return u->pkg && nerrors() == u->errors;
}

static void lower(Unit *u)
{
	arena_init(&u->irmem);
	u->ir = lower_package(u->pkg, u->p->files, u->p->nfiles, &u->irmem);
}

static void escape(Unit *u)
{
	if (u->esc.mflag >= 2) {
		u->esc.mw = u->mw = methwrap_begin(u->ir, &u->esc, u->esc.runtime);
		asm_scan(u->p, &u->asmsyms, &u->linknames);
		methwrap_set_asm(u->mw, &u->asmsyms, &u->linknames);
	}
	esc_package(u->ir, &u->esc);
}

/* What gc's back end decides and refuses once escapes are known: the
 * bounds checks it drops, values it cannot allocate, write barriers in
 * the runtime, frames too large, and (-m=2) the wrappers it writes. */
static void backend(Unit *u)
{
	if (u->esc.mflag >= 2)
		bounds_package_hook(u->ir, methwrap_walk_node, u->mw);
	else if (u->esc.mflag)
		bounds_package(u->ir);
	esc_walk_checks(u->ir, u->esc.runtime);
	if (u->esc.runtime && release_has(FEAT_NOWB_EMULATED))
		esc_nowb_check(u->ir);
	if (nerrors() == u->errors) {
		/* the frames hold the backing arrays of these literals */
		Pos *lits;
		int nlits = esc_stack_slicelits(u->ir, &lits);
		if (nlits)
			check_frame_sizes_escaped(u->p->files, u->p->nfiles, lits, nlits);
		free(lits);
	}
	if (u->mw)
		methwrap_end(u->mw);
}

/* The package's IR is done with: its tags are kept by object. */
static void release(Unit *u)
{
	ptrmap_free(&u->asmsyms);
	ptrmap_free(&u->linknames);
	ir_forget_funcs();
	ir_set_arena(NULL);
	arena_free(&u->irmem);
}

/* The pipeline for one package; false when it has errors. */
static bool analyse_package(Unit *u)
{
	if (!check(u))
		return false;
	if (u->pkg == unsafe_pkg)
		return true;
	report_begin(&u->report, u->p, &u->ropts);
	if (release_has(FEAT_RANGEFUNC_REWRITE))
		rangefunc_package(u->pkg, u->p->files, u->p->nfiles, u->syntax);
	lower(u);
	deadcode_package(u->ir);
	/* inlining: not done; goescape gives gc's -l answers */
	devirtualize_package(u->ir, u->esc.mflag);
	if (release_has(FEAT_LOOPVAR))
		loopvar_package(u->ir);
	/* -N and -d=nodeadlocals keep assignments to unused locals */
	if (release_has(FEAT_DEADLOCALS) && !(u->flags && (u->flags->N || u->flags->nodeadlocals)))
		deadlocals_package(u->ir);
	escape(u);
	backend(u);
	report_end(&u->report);
	release(u);
	return true;
}

int escape_program(Program *prog, const CheckOptions *co)
{
	int i;
	bool failed = false;
	types_init();
	sizes_init(co->goarch);
	for (i = 0; i < prog->npkgs; i++) {
		Unit u;
		Package *p = prog->pkgs[i];
		const GcFlags *f = co->pkgflags ? co->pkgflags[i] : NULL;
		if ((p->broken = imports_broken(p)))
			continue;   /* as go build: not compiled, nothing said */
		memset(&u, 0, sizeof u);
		u.p = p;
		u.co = co;
		u.flags = f;
		u.errors = nerrors();
		u.esc.mflag = f ? f->m : 0;
		u.esc.runtime = runtime_package(p);
		u.esc.checkptr_heap = f && (f->checkptr >= 2 || f->asan);
		u.esc.escmutcalls = f && f->escmutcalls && release_has(FEAT_ESCAPE_ATTRS);
		esc_set_smallframes(f && f->smallframes);
		/* a package reports when named, or when -gcflags gives it -m */
		u.ropts.root = is_root(prog, p) || u.esc.mflag > 0;
		u.ropts.mflag = u.esc.mflag;
		u.ropts.owner = i + 1;
		u.ropts.goroot = co->goroot;
		if (!analyse_package(&u)) {
			p->broken = true;   /* its errors are out; the others go on */
			failed = true;
		}
	}
	return report_finish(failed, roots_are_files(prog));
}
