/* labels.c: label objects of a function body (spec: Labeled
 * statements, Break, Continue and Goto statements).
 *
 * gc checks labels and branches in its parser, with its own messages
 * (parse_branches.c), and that check has already run. What is left is
 * to make the label objects and record them where go/types' Defs and
 * Uses have them: each label's declaration, and each branch that
 * validly refers to it. Function literals are separate bodies: the walk
 * does not enter expressions. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct Block Block;
struct Block {
	Block *parent;
	Stmt *lstmt;               /* labeled statement owning the block, or NULL */
	Stmt **labels;             /* labeled statements declared in the block */
	int nlabels, caplabels;
};

typedef struct Gotos {
	Stmt **v;
	int n, cap;
} Gotos;

typedef struct LabelWalk {
	Checker *c;
	PtrMap all;                /* name -> Label object (first declaration) */
} LabelWalk;

static void gotos_push(Gotos *g, Stmt *s)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 8;
		g->v = xrealloc(g->v, sizeof *g->v * (size_t)g->cap);
	}
	g->v[g->n++] = s;
}

static const char *label_of(Stmt *s)
{
	return s->kind == STMT_LABELED ? s->u.labeled.label->u.ident.name : s->u.branch.label->u.ident.name;
}

/* A label declared in b or a block around it. */
static Stmt *goto_target(Block *b, const char *name)
{
	int i;
	for (; b; b = b->parent)
		for (i = 0; i < b->nlabels; i++)
			if (label_of(b->labels[i]) == name)
				return b->labels[i];
	return NULL;
}

/* A label of a statement around b. */
static Stmt *enclosing_target(Block *b, const char *name)
{
	for (; b; b = b->parent)
		if (b->lstmt && label_of(b->lstmt) == name)
			return b->lstmt;
	return NULL;
}

static Gotos block_branches(LabelWalk *w, Block *parent, Stmt *lstmt, StmtList list);

static void inner(LabelWalk *w, Gotos *fwd, Block *b, Stmt *lstmt, StmtList list)
{
	Gotos g = block_branches(w, b, lstmt, list);
	int i;
	for (i = 0; i < g.n; i++)
		gotos_push(fwd, g.v[i]);
	free(g.v);
}

static void stmt_branches(LabelWalk *w, Block *b, Stmt **lstmt, Stmt *s, Gotos *fwd)
{
	Checker *c = w->c;
	int i;
	switch (s->kind) {
	case STMT_LABELED: {
		Expr *id = s->u.labeled.label;
		const char *name = id->u.ident.name;
		if (strcmp(name, "_") != 0) {
			Object *lbl = ptrmap_get(&w->all, name);
			int k = 0;
			if (!lbl) {
				lbl = new_label(id->pos, c->pkg, name);
				ptrmap_put(&w->all, name, lbl);
				if (b->nlabels == b->caplabels) {
					b->caplabels = b->caplabels ? 2 * b->caplabels : 4;
					b->labels = xrealloc(b->labels, sizeof *b->labels * (size_t)b->caplabels);
				}
				b->labels[b->nlabels++] = s;
				record_def(c, id, lbl);
			}
			/* forward gotos to it are resolved here */
			for (i = 0; i < fwd->n; i++) {
				if (label_of(fwd->v[i]) == name)
					record_use(c, fwd->v[i]->u.branch.label, lbl);
				else
					fwd->v[k++] = fwd->v[i];
			}
			fwd->n = k;
			*lstmt = s;
		}
		stmt_branches(w, b, lstmt, s->u.labeled.stmt, fwd);
		break;
	}
	case STMT_BRANCH: {
		Expr *id = s->u.branch.label;
		Stmt *t;
		if (!id)
			break;
		switch (s->u.branch.tok) {
		case TOK_BREAK:
		case TOK_CONTINUE:
			t = enclosing_target(b, id->u.ident.name);
			if (!t)
				return;
			t = t->u.labeled.stmt;
			if (t->kind != STMT_FOR && t->kind != STMT_RANGE &&
			    (s->u.branch.tok == TOK_CONTINUE ||
			     (t->kind != STMT_SWITCH && t->kind != STMT_TYPESWITCH && t->kind != STMT_SELECT)))
				return;
			break;
		case TOK_GOTO:
			if (!goto_target(b, id->u.ident.name)) {
				gotos_push(fwd, s);
				return;
			}
			break;
		default:
			return;
		}
		record_use(c, id, ptrmap_get(&w->all, id->u.ident.name));
		break;
	}
	case STMT_BLOCK:
		inner(w, fwd, b, *lstmt, s->u.block.list);
		break;
	case STMT_IF:
		stmt_branches(w, b, lstmt, s->u.ifs.body, fwd);
		if (s->u.ifs.els)
			stmt_branches(w, b, lstmt, s->u.ifs.els, fwd);
		break;
	case STMT_CASE:
		inner(w, fwd, b, NULL, s->u.caseclause.body);
		break;
	case STMT_COMM:
		inner(w, fwd, b, NULL, s->u.comm.body);
		break;
	case STMT_SWITCH:
		stmt_branches(w, b, lstmt, s->u.switchs.body, fwd);
		break;
	case STMT_TYPESWITCH:
		stmt_branches(w, b, lstmt, s->u.typeswitch.body, fwd);
		break;
	case STMT_SELECT:
		stmt_branches(w, b, lstmt, s->u.select.body, fwd);
		break;
	case STMT_FOR:
		stmt_branches(w, b, lstmt, s->u.fors.body, fwd);
		break;
	case STMT_RANGE:
		stmt_branches(w, b, lstmt, s->u.range.body, fwd);
		break;
	default:
		break;
	}
}

static Gotos block_branches(LabelWalk *w, Block *parent, Stmt *lstmt, StmtList list)
{
	Block b;
	Gotos fwd = {0};
	int i;
	memset(&b, 0, sizeof b);
	b.parent = parent;
	b.lstmt = lstmt;
	for (i = 0; i < list.n; i++) {
		Stmt *ls = lstmt;
		stmt_branches(w, &b, &ls, list.v[i], &fwd);
	}
	free(b.labels);
	return fwd;
}

void check_labels(Checker *c, Stmt *body)
{
	LabelWalk w;
	Gotos fwd;
	memset(&w, 0, sizeof w);
	w.c = c;
	fwd = block_branches(&w, NULL, NULL, body->u.block.list);
	free(fwd.v);
	ptrmap_free(&w.all);
}
