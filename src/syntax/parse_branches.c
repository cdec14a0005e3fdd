/* parse_branches.c: labels and branches in one function body, checked
 * as gc's parser checks them once a body has parsed without errors:
 * undefined and unused labels, break and continue outside what they
 * leave, misplaced fallthrough, goto into a block or over a variable
 * declaration. Every break, continue and goto gets its target.
 *
 * Labels are function-wide; blocks form a chain to the function body,
 * and forward gotos travel up that chain until their label appears. */
#include <string.h>

#include "syntax.h"

typedef struct Block Block;
struct Block {
	Block *parent;
	Pos start;          /* where the block starts, for messages */
	Stmt *lstmt;        /* the labeled statement this block belongs to */
};

typedef struct Label {
	Block *parent;      /* the block declaring it */
	Stmt *lstmt;        /* the LabeledStmt */
	bool used;
} Label;

typedef struct Targets {
	Stmt *breaks;       /* for, range, switch or select; or NULL */
	Stmt *continues;    /* for or range; or NULL */
	int caseindex;      /* case of the immediately enclosing switch, or -1 */
} Targets;

typedef struct LabelScope {
	Parser *p;
	PtrMap labels;      /* interned name -> Label */
	Vec all;            /* the Labels, in declaration order */
} LabelScope;

/* gc's Pos.String(): file:line:col, with the raw position appended in
 * brackets when a line directive moved it. */
static void put_pos(Buf *b, Pos pos)
{
	Position rel = pos_resolve(pos), abs = pos_resolve_raw(pos);
	buf_printf(b, "%s:%d", rel.filename, rel.line);
	if (rel.col > 0)
		buf_printf(b, ":%d", rel.col);
	if (rel.line != abs.line || rel.col != abs.col || strcmp(rel.filename, abs.filename) != 0)
		buf_printf(b, "[%s:%d:%d]", abs.filename, abs.line, abs.col);
}

static const char *label_name(const Stmt *lstmt)
{
	return lstmt->u.labeled.label->u.ident.name;
}

static Label *declare(LabelScope *ls, Block *b, Stmt *s)
{
	const char *name = label_name(s);
	Label *alt = ptrmap_get(&ls->labels, name), *l;
	if (alt) {
		Buf pb = {0};
		put_pos(&pb, alt->lstmt->u.labeled.label->pos);
		p_error_at(ls->p, s->u.labeled.label->pos, "label %s already defined at %s", name, buf_cstr(&pb));
		buf_free(&pb);
		return alt;
	}
	l = NEW(ls->p->a, Label);
	l->parent = b;
	l->lstmt = s;
	ptrmap_put(&ls->labels, name, l);
	vec_push(&ls->all, l);
	return l;
}

/* goto_target: the label, if declared in b or a block around it */
static Stmt *goto_target(LabelScope *ls, Block *b, const char *name)
{
	Label *l = ptrmap_get(&ls->labels, name);
	if (!l)
		return NULL;
	l->used = true;   /* even if it is not a valid target */
	for (; b; b = b->parent)
		if (l->parent == b)
			return l->lstmt;
	return NULL;
}

static Stmt invalid_target;

/* enclosing_target: the labeled statement around b named name; a
 * label that exists but does not enclose b gives &invalid_target. */
static Stmt *enclosing_target(LabelScope *ls, Block *b, const char *name)
{
	Label *l = ptrmap_get(&ls->labels, name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->lstmt == b->lstmt)
			return l->lstmt;
	return &invalid_target;
}

typedef struct BlockState {
	Pos varpos;          /* the last variable declaration in the block */
	Buf varname;
	Vec fwd;             /* gotos to labels not seen yet */
	Vec bad;             /* the forward gotos before that declaration */
} BlockState;

static void record_var(BlockState *st, Pos pos, ExprList names)
{
	int i;
	st->varpos = pos;
	buf_reset(&st->varname);
	for (i = 0; i < names.n; i++) {
		if (i)
			buf_puts(&st->varname, ", ");
		ast_expr_string(&st->varname, names.v[i]);
	}
	st->bad.n = 0;
	for (i = 0; i < st->fwd.n; i++)
		vec_push(&st->bad, st->fwd.v[i]);
}

static bool jumps_over_var(BlockState *st, Stmt *fwd)
{
	int i;
	if (!st->varpos)
		return false;
	for (i = 0; i < st->bad.n; i++)
		if (st->bad.v[i] == fwd)
			return true;
	return false;
}

static void block_branches(LabelScope *ls, Block *parent, Targets ctxt, Stmt *lstmt, Pos start, Stmt **body,
                           int n, Vec *fwdout);

static void inner_block(LabelScope *ls, Block *b, BlockState *st, Targets ctxt, Stmt *lstmt, Pos start,
                        Stmt **body, int n)
{
	block_branches(ls, b, ctxt, lstmt, start, body, n, &st->fwd);
}

static void branch(LabelScope *ls, Block *b, BlockState *st, Targets ctxt, Stmt *s, int index, int n)
{
	Parser *p = ls->p;
	const char *name;
	Stmt *t;
	if (!s->u.branch.label) {
		switch (s->u.branch.tok) {
		case TOK_BREAK:
			if (ctxt.breaks)
				s->u.branch.target = ctxt.breaks;
			else
				p_error_at(p, s->pos, "break is not in a loop, switch, or select");
			break;
		case TOK_CONTINUE:
			if (ctxt.continues)
				s->u.branch.target = ctxt.continues;
			else
				p_error_at(p, s->pos, "continue is not in a loop");
			break;
		case TOK_FALLTHROUGH: {
			const char *msg = "fallthrough statement out of place";
			Stmt *sw = ctxt.breaks;
			if (sw && sw->kind == STMT_TYPESWITCH) {
				msg = "cannot fallthrough in type switch";
			} else if (sw && sw->kind == STMT_SWITCH && ctxt.caseindex >= 0 && index + 1 == n) {
				if (ctxt.caseindex + 1 == sw->u.switchs.body->u.block.list.n)
					msg = "cannot fallthrough final case in switch";
				else
					break;   /* fine */
			}
			p_error_at(p, s->pos, "%s", msg);
			break;
		}
		default:
			break;
		}
		return;
	}
	name = s->u.branch.label->u.ident.name;
	switch (s->u.branch.tok) {
	case TOK_BREAK:
		if ((t = enclosing_target(ls, b, name)) != NULL) {
			Stmt *inner = t == &invalid_target ? NULL : t->u.labeled.stmt;
			if (inner && (inner->kind == STMT_SWITCH || inner->kind == STMT_TYPESWITCH ||
			              inner->kind == STMT_SELECT || inner->kind == STMT_FOR || inner->kind == STMT_RANGE))
				s->u.branch.target = inner;
			else
				p_error_at(p, s->u.branch.label->pos, "invalid break label %s", name);
		} else {
			p_error_at(p, s->u.branch.label->pos, "break label not defined: %s", name);
		}
		break;
	case TOK_CONTINUE:
		if ((t = enclosing_target(ls, b, name)) != NULL) {
			Stmt *inner = t == &invalid_target ? NULL : t->u.labeled.stmt;
			if (inner && (inner->kind == STMT_FOR || inner->kind == STMT_RANGE))
				s->u.branch.target = inner;
			else
				p_error_at(p, s->u.branch.label->pos, "invalid continue label %s", name);
		} else {
			p_error_at(p, s->u.branch.label->pos, "continue label not defined: %s", name);
		}
		break;
	case TOK_GOTO:
		if ((t = goto_target(ls, b, name)) != NULL)
			s->u.branch.target = t;
		else
			vec_push(&st->fwd, s);
		break;
	default:
		break;
	}
}

static void block_branches(LabelScope *ls, Block *parent, Targets ctxt, Stmt *lstmt, Pos start, Stmt **body,
                           int n, Vec *fwdout)
{
	Block *b = NEW(ls->p->a, Block);
	BlockState st;
	int i, j;

	memset(&st, 0, sizeof st);
	b->parent = parent;
	b->start = start;
	b->lstmt = lstmt;
	while (n > 0 && body[n - 1]->kind == STMT_EMPTY)
		n--;   /* trailing empty statements do not count */

	for (i = 0; i < n; i++) {
		Stmt *s = body[i];
		Targets inner;
		lstmt = NULL;
	again:
		switch (s->kind) {
		case STMT_DECL: {
			Decl *d = s->u.decl.decl;
			if (d->u.gen.tok == TOK_VAR && d->u.gen.nspecs > 0) {
				Spec *sp = d->u.gen.specs[0];
				ExprList first = {sp->u.value.names.v, 1};
				record_var(&st, sp->pos, first);
			}
			break;
		}
		case STMT_LABELED: {
			const char *name = label_name(s);
			if (strcmp(name, "_") != 0) {
				Label *l = declare(ls, b, s);
				int k = 0;
				for (j = 0; j < st.fwd.n; j++) {
					Stmt *fwd = st.fwd.v[j];
					if (fwd->u.branch.label->u.ident.name == name) {
						fwd->u.branch.target = s;
						l->used = true;
						if (jumps_over_var(&st, fwd)) {
							Buf pb = {0};
							put_pos(&pb, st.varpos);
							p_error_at(ls->p, fwd->u.branch.label->pos,
							           "goto %s jumps over declaration of %s at %s", name,
							           buf_cstr(&st.varname), buf_cstr(&pb));
							buf_free(&pb);
						}
					} else {
						st.fwd.v[k++] = fwd;
					}
				}
				st.fwd.n = k;
				lstmt = s;
			}
			s = s->u.labeled.stmt;
			goto again;
		}
		case STMT_BRANCH:
			branch(ls, b, &st, ctxt, s, i, n);
			break;
		case STMT_ASSIGN:
			if (s->u.assign.tok == TOK_DEFINE)
				record_var(&st, s->pos, s->u.assign.lhs);
			break;
		case STMT_BLOCK:
			inner = (Targets){ctxt.breaks, ctxt.continues, -1};
			inner_block(ls, b, &st, inner, lstmt, s->pos, s->u.block.list.v, s->u.block.list.n);
			break;
		case STMT_IF:
			inner = (Targets){ctxt.breaks, ctxt.continues, -1};
			inner_block(ls, b, &st, inner, lstmt, s->u.ifs.body->pos, s->u.ifs.body->u.block.list.v,
			            s->u.ifs.body->u.block.list.n);
			if (s->u.ifs.els)
				inner_block(ls, b, &st, inner, lstmt, s->u.ifs.els->pos, &s->u.ifs.els, 1);
			break;
		case STMT_FOR:
			inner = (Targets){s, s, -1};
			inner_block(ls, b, &st, inner, lstmt, s->u.fors.body->pos, s->u.fors.body->u.block.list.v,
			            s->u.fors.body->u.block.list.n);
			break;
		case STMT_RANGE:
			inner = (Targets){s, s, -1};
			inner_block(ls, b, &st, inner, lstmt, s->u.range.body->pos, s->u.range.body->u.block.list.v,
			            s->u.range.body->u.block.list.n);
			break;
		case STMT_SWITCH: case STMT_TYPESWITCH: case STMT_SELECT: {
			Stmt *blk = s->kind == STMT_SWITCH ? s->u.switchs.body
			          : s->kind == STMT_TYPESWITCH ? s->u.typeswitch.body : s->u.select.body;
			inner = (Targets){s, ctxt.continues, -1};
			for (j = 0; j < blk->u.block.list.n; j++) {
				Stmt *cc = blk->u.block.list.v[j];
				if (s->kind != STMT_SELECT)
					inner.caseindex = j;
				if (cc->kind == STMT_CASE)
					inner_block(ls, b, &st, inner, lstmt, cc->pos, cc->u.caseclause.body.v, cc->u.caseclause.body.n);
				else
					inner_block(ls, b, &st, inner, lstmt, cc->pos, cc->u.comm.body.v, cc->u.comm.body.n);
			}
			break;
		}
		default:
			break;
		}
	}
	for (j = 0; j < st.fwd.n; j++)
		vec_push(fwdout, st.fwd.v[j]);
	vec_free(&st.fwd);
	vec_free(&st.bad);
	buf_free(&st.varname);
}

void p_check_branches(Parser *p, Stmt *body)
{
	LabelScope ls;
	Vec fwd = {0};
	Targets none = {NULL, NULL, -1};
	int i;

	memset(&ls, 0, sizeof ls);
	ls.p = p;
	block_branches(&ls, NULL, none, NULL, body->pos, body->u.block.list.v, body->u.block.list.n, &fwd);
	for (i = 0; i < fwd.n; i++) {
		Stmt *s = fwd.v[i];
		const char *name = s->u.branch.label->u.ident.name;
		Label *l = ptrmap_get(&ls.labels, name);
		if (l) {
			Buf pb = {0};
			l->used = true;   /* no "defined and not used" on top */
			put_pos(&pb, l->parent->start);
			p_error_at(p, s->u.branch.label->pos, "goto %s jumps into block starting at %s", name, buf_cstr(&pb));
			buf_free(&pb);
		} else {
			p_error_at(p, s->u.branch.label->pos, "label %s not defined", name);
		}
	}
	for (i = 0; i < ls.all.n; i++) {
		Label *l = ls.all.v[i];
		if (!l->used)
			p_error_at(p, l->lstmt->u.labeled.label->pos, "label %s defined and not used", label_name(l->lstmt));
	}
	vec_free(&fwd);
	vec_free(&ls.all);
	ptrmap_free(&ls.labels);
}
