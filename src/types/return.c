/* return.c: terminating statements (spec: Terminating statements), for
 * "missing return". A call of panic counts when the checker saw it as
 * the builtin (env.ispanic). */
#include <string.h>

#include "check.h"

static bool has_break(Stmt *s, const char *label, bool implicit);

static bool has_break_list(StmtList list, const char *label, bool implicit)
{
	int i;
	for (i = 0; i < list.n; i++)
		if (has_break(list.v[i], label, implicit))
			return true;
	return false;
}

/* Whether s contains a break out of the statement labeled label, or
 * (implicit) out of the statement containing s. */
static bool has_break(Stmt *s, const char *label, bool implicit)
{
	switch (s->kind) {
	case STMT_LABELED:
		return has_break(s->u.labeled.stmt, label, implicit);
	case STMT_BRANCH:
		if (s->u.branch.tok == TOK_BREAK) {
			if (!s->u.branch.label)
				return implicit;
			if (label && s->u.branch.label->u.ident.name == label)
				return true;
		}
		return false;
	case STMT_BLOCK:
		return has_break_list(s->u.block.list, label, implicit);
	case STMT_IF:
		return has_break(s->u.ifs.body, label, implicit) ||
		       (s->u.ifs.els && has_break(s->u.ifs.els, label, implicit));
	case STMT_CASE:
		return has_break_list(s->u.caseclause.body, label, implicit);
	case STMT_COMM:
		return has_break_list(s->u.comm.body, label, implicit);
	/* an unlabeled break inside these leaves them, not s */
	case STMT_SWITCH:
		return label && has_break(s->u.switchs.body, label, false);
	case STMT_TYPESWITCH:
		return label && has_break(s->u.typeswitch.body, label, false);
	case STMT_SELECT:
		return label && has_break(s->u.select.body, label, false);
	case STMT_FOR:
		return label && has_break(s->u.fors.body, label, false);
	case STMT_RANGE:
		return label && has_break(s->u.range.body, label, false);
	default:
		return false;
	}
}

static bool is_terminating_list(Checker *c, StmtList list, const char *label)
{
	int i;
	/* trailing empty statements are permitted */
	for (i = list.n - 1; i >= 0; i--)
		if (list.v[i]->kind != STMT_EMPTY)
			return is_terminating(c, list.v[i], label);
	return false;
}

static bool is_terminating_switch(Checker *c, Stmt *body, const char *label)
{
	bool hasdefault = false;
	int i;
	for (i = 0; i < body->u.block.list.n; i++) {
		Stmt *cc = body->u.block.list.v[i];
		if (cc->u.caseclause.list.n == 0)
			hasdefault = true;
		if (!is_terminating_list(c, cc->u.caseclause.body, NULL) ||
		    has_break_list(cc->u.caseclause.body, label, true))
			return false;
	}
	return hasdefault;
}

bool is_terminating(Checker *c, Stmt *s, const char *label)
{
	int i;
	switch (s->kind) {
	case STMT_LABELED:
		return is_terminating(c, s->u.labeled.stmt, s->u.labeled.label->u.ident.name);
	case STMT_EXPR: {
		Expr *call = ast_unparen(s->u.expr.x);
		return call->kind == EXPR_CALL && ptrmap_get(&c->env.ispanic, call);
	}
	case STMT_RETURN:
		return true;
	case STMT_BRANCH:
		return s->u.branch.tok == TOK_GOTO || s->u.branch.tok == TOK_FALLTHROUGH;
	case STMT_BLOCK:
		return is_terminating_list(c, s->u.block.list, NULL);
	case STMT_IF:
		return s->u.ifs.els && is_terminating(c, s->u.ifs.body, NULL) && is_terminating(c, s->u.ifs.els, NULL);
	case STMT_SWITCH:
		return is_terminating_switch(c, s->u.switchs.body, label);
	case STMT_TYPESWITCH:
		return is_terminating_switch(c, s->u.typeswitch.body, label);
	case STMT_SELECT:
		for (i = 0; i < s->u.select.body->u.block.list.n; i++) {
			Stmt *cc = s->u.select.body->u.block.list.v[i];
			if (!is_terminating_list(c, cc->u.comm.body, NULL) || has_break_list(cc->u.comm.body, label, true))
				return false;
		}
		return true;
	case STMT_FOR:
		return !s->u.fors.cond && !has_break(s->u.fors.body, label, true);
	default:
		/* declarations, simple statements, go, defer, range */
		return false;
	}
}
