/* labels.c: labels and branches in a function body (spec: Labeled
 * statements, Break, Continue, Goto and Fallthrough statements).
 *
 * gc checks these in its front end, before type checking, with its own
 * messages ("break is not in a loop, switch, or select", "label L
 * defined and not used", "goto L jumps into block starting at ..."),
 * so this follows gc's syntax package rather than the type checker. On
 * the way it sets each branch's target and records label objects, as
 * go/types' Defs and Uses have them. Function literals are separate
 * bodies: the walk does not enter expressions. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct Block Block;
struct Block {
	Block *parent;
	Pos start;                 /* where the block starts, for messages */
	Stmt *lstmt;               /* labeled statement owning the block, or NULL */
};

typedef struct Label {
	Block *parent;             /* block declaring the label */
	Stmt *lstmt;               /* the labeled statement */
	Object *obj;
	bool used;
} Label;

typedef struct Targets {
	Stmt *breaks;              /* innermost for, range, switch or select */
	Stmt *continues;           /* innermost for or range */
	int caseindex;             /* clause index in the immediately enclosing switch, or -1 */
} Targets;

typedef struct Gotos {
	Stmt **v;
	int n, cap;
} Gotos;

typedef struct LabelScope {
	Checker *c;
	PtrMap labels;             /* name -> Label */
	Label **all;               /* declaration order, for the unused check */
	int nall, capall;
} LabelScope;

static void gotos_push(Gotos *g, Stmt *s)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 8;
		g->v = xrealloc(g->v, sizeof *g->v * (size_t)g->cap);
	}
	g->v[g->n++] = s;
}

static const char *label_name(Stmt *s)
{
	return s->kind == STMT_LABELED ? s->u.labeled.label->u.ident.name : s->u.branch.label->u.ident.name;
}

static Label *declare_label(LabelScope *ls, Block *b, Stmt *s)
{
	Expr *id = s->u.labeled.label;
	const char *name = id->u.ident.name;
	Label *alt = ptrmap_get(&ls->labels, name), *l;
	if (alt) {
		check_noder_errorf(ls->c, id->pos, "label %s already defined at %s", name,
		                   check_pos_string(alt->lstmt->u.labeled.label->pos));
		return alt;
	}
	l = NEW(ls->c->arena, Label);
	l->parent = b;
	l->lstmt = s;
	l->obj = new_label(id->pos, ls->c->pkg, name);
	record_def(ls->c, id, l->obj);
	ptrmap_put(&ls->labels, name, l);
	if (ls->nall == ls->capall) {
		ls->capall = ls->capall ? 2 * ls->capall : 8;
		ls->all = xrealloc(ls->all, sizeof *ls->all * (size_t)ls->capall);
	}
	ls->all[ls->nall++] = l;
	return l;
}

/* The label's statement if the label is declared in b or a block around it. */
static Label *goto_target(LabelScope *ls, Block *b, const char *name)
{
	Label *l = ptrmap_get(&ls->labels, name);
	if (!l)
		return NULL;
	l->used = true;   /* even if it is no valid target */
	for (; b; b = b->parent)
		if (l->parent == b)
			return l;
	return NULL;
}

static Label invalid_target;

/* The label's statement if it labels a statement around b; NULL if the
 * label is unknown, &invalid_target if it labels something else. */
static Label *enclosing_target(LabelScope *ls, Block *b, const char *name)
{
	Label *l = ptrmap_get(&ls->labels, name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->lstmt == b->lstmt)
			return l;
	return &invalid_target;
}

static bool is_loop(Stmt *s)
{
	return s->kind == STMT_FOR || s->kind == STMT_RANGE;
}

static bool is_breakable(Stmt *s)
{
	return is_loop(s) || s->kind == STMT_SWITCH || s->kind == STMT_TYPESWITCH || s->kind == STMT_SELECT;
}

static Gotos block_branches(LabelScope *ls, Block *parent, Targets ctxt, Stmt *lstmt, Pos start, Stmt **body, int nbody);

static void inner_block(LabelScope *ls, Gotos *fwd, Block *b, Targets ctxt, Stmt *lstmt, Pos start, Stmt **body, int n)
{
	Gotos inner = block_branches(ls, b, ctxt, lstmt, start, body, n);
	int i;
	for (i = 0; i < inner.n; i++)
		gotos_push(fwd, inner.v[i]);
	free(inner.v);
}

static void branch(LabelScope *ls, Block *b, Targets ctxt, Stmt *s, int stmtindex, int nstmts, Gotos *fwd)
{
	Checker *c = ls->c;
	Expr *id = s->u.branch.label;
	const char *name;
	Label *t;

	if (!id) {
		switch (s->u.branch.tok) {
		case TOK_BREAK:
			if (ctxt.breaks)
				s->u.branch.target = ctxt.breaks;
			else
				check_noder_errorf(c, s->pos, "break is not in a loop, switch, or select");
			break;
		case TOK_CONTINUE:
			if (ctxt.continues)
				s->u.branch.target = ctxt.continues;
			else
				check_noder_errorf(c, s->pos, "continue is not in a loop");
			break;
		case TOK_FALLTHROUGH: {
			const char *msg = "fallthrough statement out of place";
			Stmt *sw = ctxt.breaks;
			if (sw && sw->kind == STMT_TYPESWITCH) {
				msg = "cannot fallthrough in type switch";
			} else if (sw && sw->kind == STMT_SWITCH) {
				int nclauses = sw->u.switchs.body->u.block.list.n;
				if (ctxt.caseindex < 0 || stmtindex + 1 < nstmts)
					;   /* not the last statement of a clause */
				else if (ctxt.caseindex + 1 == nclauses)
					msg = "cannot fallthrough final case in switch";
				else
					return;   /* fine */
			}
			check_noder_errorf(c, s->pos, "%s", msg);
			break;
		}
		default:
			break;   /* goto without a label: a syntax error */
		}
		return;
	}

	name = id->u.ident.name;
	switch (s->u.branch.tok) {
	case TOK_BREAK:
		if ((t = enclosing_target(ls, b, name))) {
			Stmt *ts = t == &invalid_target ? NULL : t->lstmt->u.labeled.stmt;
			if (ts && is_breakable(ts)) {
				s->u.branch.target = ts;
				record_use(c, id, t->obj);
			} else {
				check_noder_errorf(c, id->pos, "invalid break label %s", name);
			}
		} else {
			check_noder_errorf(c, id->pos, "break label not defined: %s", name);
		}
		break;
	case TOK_CONTINUE:
		if ((t = enclosing_target(ls, b, name))) {
			Stmt *ts = t == &invalid_target ? NULL : t->lstmt->u.labeled.stmt;
			if (ts && is_loop(ts)) {
				s->u.branch.target = ts;
				record_use(c, id, t->obj);
			} else {
				check_noder_errorf(c, id->pos, "invalid continue label %s", name);
			}
		} else {
			check_noder_errorf(c, id->pos, "continue label not defined: %s", name);
		}
		break;
	case TOK_GOTO:
		if ((t = goto_target(ls, b, name))) {
			s->u.branch.target = t->lstmt;
			record_use(c, id, t->obj);
		} else {
			gotos_push(fwd, s);
		}
		break;
	default:
		break;
	}
}

/* How gc names the variables a goto jumps over: "x" or "a, b". */
static const char *names_string(Checker *c, ExprList l)
{
	Buf b = {0};
	const char *s;
	int i;
	for (i = 0; i < l.n; i++) {
		if (i > 0)
			buf_puts(&b, ", ");
		buf_puts(&b, expr_string(l.v[i]));
	}
	s = arena_strndup(c->arena, b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

static Gotos block_branches(LabelScope *ls, Block *parent, Targets ctxt, Stmt *lstmt, Pos start, Stmt **body, int nbody)
{
	Checker *c = ls->c;
	Block b;
	Pos varpos = NOPOS;
	const char *varname = NULL;
	Gotos fwd = {0}, bad = {0};
	int n = nbody, idx, i;

	b.parent = parent;
	b.start = start;
	b.lstmt = lstmt;
	/* trailing empty statements do not count */
	while (n > 0 && body[n - 1]->kind == STMT_EMPTY)
		n--;
	for (idx = 0; idx < n; idx++) {
		Stmt *s = body[idx];
		lstmt = NULL;
	again:
		switch (s->kind) {
		case STMT_DECL: {
			Decl *d = s->u.decl.decl;
			/* the first variable declared will do */
			if (d->kind == DECL_GEN && d->u.gen.tok == TOK_VAR && d->u.gen.nspecs > 0) {
				Spec *sp = d->u.gen.specs[0];
				varpos = sp->pos;
				varname = sp->u.value.names.n > 0 ? sp->u.value.names.v[0]->u.ident.name : "";
				bad.n = 0;
				for (i = 0; i < fwd.n; i++)
					gotos_push(&bad, fwd.v[i]);
			}
			break;
		}
		case STMT_LABELED: {
			const char *name = label_name(s);
			if (strcmp(name, "_") != 0) {
				Label *l = declare_label(ls, &b, s);
				int k = 0;
				/* forward gotos to it are resolved now */
				for (i = 0; i < fwd.n; i++) {
					Stmt *g = fwd.v[i];
					if (label_name(g) == name) {
						int j;
						g->u.branch.target = s;
						l->used = true;
						record_use(c, g->u.branch.label, l->obj);
						for (j = 0; varpos && j < bad.n; j++) {
							if (bad.v[j] == g) {
								check_noder_errorf(c, g->u.branch.label->pos,
								                   "goto %s jumps over declaration of %s at %s", name, varname,
								                   check_pos_string(varpos));
								break;
							}
						}
					} else {
						fwd.v[k++] = g;
					}
				}
				fwd.n = k;
				lstmt = s;
			}
			s = s->u.labeled.stmt;
			goto again;
		}
		case STMT_BRANCH:
			branch(ls, &b, ctxt, s, idx, n, &fwd);
			break;
		case STMT_ASSIGN:
			if (s->u.assign.tok == TOK_DEFINE) {
				varpos = s->u.assign.tokpos;
				varname = names_string(c, s->u.assign.lhs);
				bad.n = 0;
				for (i = 0; i < fwd.n; i++)
					gotos_push(&bad, fwd.v[i]);
			}
			break;
		case STMT_BLOCK: {
			Targets in = {ctxt.breaks, ctxt.continues, -1};
			inner_block(ls, &fwd, &b, in, lstmt, s->pos, s->u.block.list.v, s->u.block.list.n);
			break;
		}
		case STMT_IF: {
			Targets in = {ctxt.breaks, ctxt.continues, -1};
			Stmt *then = s->u.ifs.body, *els = s->u.ifs.els;
			inner_block(ls, &fwd, &b, in, lstmt, then->pos, then->u.block.list.v, then->u.block.list.n);
			if (els)
				inner_block(ls, &fwd, &b, in, lstmt, els->pos, &s->u.ifs.els, 1);
			break;
		}
		case STMT_FOR:
		case STMT_RANGE: {
			Targets in = {s, s, -1};
			Stmt *body = s->kind == STMT_FOR ? s->u.fors.body : s->u.range.body;
			inner_block(ls, &fwd, &b, in, lstmt, body->pos, body->u.block.list.v, body->u.block.list.n);
			break;
		}
		case STMT_SWITCH:
		case STMT_TYPESWITCH: {
			Targets in = {s, ctxt.continues, -1};
			Stmt *sbody = s->kind == STMT_SWITCH ? s->u.switchs.body : s->u.typeswitch.body;
			StmtList cl = sbody->u.block.list;
			for (i = 0; i < cl.n; i++) {
				in.caseindex = i;
				inner_block(ls, &fwd, &b, in, lstmt, cl.v[i]->pos, cl.v[i]->u.caseclause.body.v,
				            cl.v[i]->u.caseclause.body.n);
			}
			break;
		}
		case STMT_SELECT: {
			Targets in = {s, ctxt.continues, -1};
			StmtList cl = s->u.select.body->u.block.list;
			for (i = 0; i < cl.n; i++)
				inner_block(ls, &fwd, &b, in, lstmt, cl.v[i]->pos, cl.v[i]->u.comm.body.v, cl.v[i]->u.comm.body.n);
			break;
		}
		default:
			break;
		}
	}
	free(bad.v);
	return fwd;
}

void check_labels(Checker *c, Stmt *body)
{
	LabelScope ls;
	Targets none = {NULL, NULL, -1};
	Gotos fwd;
	int i;

	memset(&ls, 0, sizeof ls);
	ls.c = c;
	fwd = block_branches(&ls, NULL, none, NULL, body->pos, body->u.block.list.v, body->u.block.list.n);
	for (i = 0; i < fwd.n; i++) {
		Expr *id = fwd.v[i]->u.branch.label;
		Label *l = ptrmap_get(&ls.labels, id->u.ident.name);
		if (l) {
			l->used = true;   /* no "defined and not used" as well */
			check_noder_errorf(c, id->pos, "goto %s jumps into block starting at %s", id->u.ident.name,
			                   check_pos_string(l->parent->start));
		} else {
			check_noder_errorf(c, id->pos, "label %s not defined", id->u.ident.name);
		}
	}
	for (i = 0; i < ls.nall; i++) {
		Label *l = ls.all[i];
		if (!l->used)
			check_noder_errorf(c, l->lstmt->u.labeled.label->pos, "label %s defined and not used",
			                   l->lstmt->u.labeled.label->u.ident.name);
	}
	free(fwd.v);
	free(ls.all);
	ptrmap_free(&ls.labels);
}
