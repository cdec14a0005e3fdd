/* parse_stmt.c: statements.
 *
 * gc parses an if/for/switch header as simple statements and sorts
 * them out afterwards (header below); the go/ast forms are built from
 * the result: IfStmt, ForStmt or RangeStmt, SwitchStmt or
 * TypeSwitchStmt. */
#include <string.h>

#include "syntax.h"

static Stmt *simple_stmt(Parser *p, ExprList lhs, Token keyword);

static ExprList one_expr(Parser *p, Expr *x)
{
	ExprList l;
	l.v = PNEWARRAY(p, Expr *, 1);
	l.v[0] = x;
	l.n = 1;
	return l;
}

static Stmt *expr_stmt(Parser *p, Expr *x)
{
	Stmt *s = p_newstmt(p, STMT_EXPR, x->pos);
	s->u.expr.x = x;
	return s;
}

/* is_guard: x is y.(type) */
static bool is_guard(const Expr *x)
{
	return x->kind == EXPR_TYPEASSERT && !x->u.typeassert.type;
}

/* range clause: ["range" at current] expr, after lhs and tok if any */
static Stmt *range_clause(Parser *p, ExprList lhs, Pos tokpos, Token tok)
{
	Stmt *s = p_newstmt(p, STMT_RANGE, p->lx.pos);
	s->u.range.rangepos = p->lx.pos;
	p_next(p);
	if (lhs.n > 0)
		s->u.range.key = lhs.v[0];
	if (lhs.n > 1)
		s->u.range.value = lhs.v[1];
	if (lhs.n > 2)
		s->u.range.extra = lhs.v[2];   /* the checker complains, knowing more */
	s->u.range.tokpos = tokpos;
	s->u.range.tok = lhs.n ? tok : TOK_ILLEGAL;
	s->u.range.x = p_expr(p);
	return s;
}

static bool is_assign_op(Token t)
{
	return t >= TOK_ADD_ASSIGN && t <= TOK_AND_NOT_ASSIGN;
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *              Assignment | ShortVarDecl .
 * lhs, if not empty, is the expression list already parsed. keyword is
 * the statement whose header this is (FOR permits a range clause). */
static Stmt *simple_stmt(Parser *p, ExprList lhs, Token keyword)
{
	Stmt *s;
	Pos pos;
	Token tok;
	if (keyword == TOK_FOR && p->lx.tok == TOK_RANGE) {
		ExprList none = {NULL, 0};
		return range_clause(p, none, NOPOS, TOK_ILLEGAL);
	}
	if (lhs.n == 0)
		lhs = p_expr_list(p);

	pos = p->lx.pos;
	tok = p->lx.tok;
	if (lhs.n == 1 && tok != TOK_ASSIGN && tok != TOK_DEFINE) {
		if (is_assign_op(tok)) {
			s = p_newstmt(p, STMT_ASSIGN, pos);
			p_next(p);
			s->u.assign.lhs = lhs;
			s->u.assign.tokpos = pos;
			s->u.assign.tok = tok;
			s->u.assign.rhs = one_expr(p, p_expr(p));
			return s;
		}
		if (tok == TOK_INC || tok == TOK_DEC) {
			s = p_newstmt(p, STMT_INCDEC, pos);
			p_next(p);
			s->u.incdec.x = lhs.v[0];
			s->u.incdec.tokpos = pos;
			s->u.incdec.tok = tok;
			return s;
		}
		if (tok == TOK_ARROW) {
			s = p_newstmt(p, STMT_SEND, pos);
			p_next(p);
			s->u.send.chan = lhs.v[0];
			s->u.send.arrow = pos;
			s->u.send.value = p_expr(p);
			return s;
		}
		return expr_stmt(p, lhs.v[0]);
	}

	if (tok == TOK_ASSIGN || tok == TOK_DEFINE) {
		p_next(p);
		if (keyword == TOK_FOR && p->lx.tok == TOK_RANGE)
			return range_clause(p, lhs, pos, tok);
		s = p_newstmt(p, STMT_ASSIGN, pos);
		s->u.assign.lhs = lhs;
		s->u.assign.tokpos = pos;
		s->u.assign.tok = tok;
		s->u.assign.rhs = p_expr_list(p);
		if (keyword == TOK_SWITCH && tok == TOK_DEFINE && s->u.assign.rhs.n == 1 &&
		    is_guard(s->u.assign.rhs.v[0]) && lhs.n == 1 && lhs.v[0]->kind == EXPR_IDENT)
			p->lastguard = s->u.assign.rhs.v[0];   /* switch x := y.(type) */
		return s;
	}

	p_syntax_error(p, "expecting := or = or comma");
	p_advance(p, TS(SEMICOLON) | TS(RBRACE));
	return expr_stmt(p, lhs.v[0]);
}

/* LabeledStmt = Label ":" Statement . */
static Stmt *labeled_stmt_or_nil(Parser *p, Expr *label)
{
	Stmt *s = p_newstmt(p, STMT_LABELED, p->lx.pos);
	s->u.labeled.label = label;
	s->u.labeled.colon = p->lx.pos;
	p_want(p, TOK_COLON);
	if (p->lx.tok == TOK_RBRACE) {
		/* "L: }": the statement is empty (a ';' may be left out before '}') */
		Stmt *e = p_newstmt(p, STMT_EMPTY, p->lx.pos);
		e->u.empty.semicolon = p->lx.pos;
		e->u.empty.implicit = true;
		s->u.labeled.stmt = e;
		return s;
	}
	s->u.labeled.stmt = p_stmt_or_nil(p);
	if (s->u.labeled.stmt)
		return s;
	p_syntax_error_at(p, s->pos, "missing statement after label");
	return NULL;
}

/* StatementList = { Statement ";" } . */
static StmtList stmt_list(Parser *p)
{
	StmtList l;
	int mark = p_mark(p);
	while (p->lx.tok != TOK_EOF && p->lx.tok != TOK_RBRACE && p->lx.tok != TOK_CASE && p->lx.tok != TOK_DEFAULT) {
		Stmt *s = p_stmt_or_nil(p);
		p_clear_pragma(p);
		if (!s)
			break;
		p_push(p, s);
		/* ';' may be left out before '}' */
		if (!p_got(p, TOK_SEMICOLON) && p->lx.tok != TOK_RBRACE) {
			p_syntax_error(p, "at end of statement");
			p_advance(p, TS(SEMICOLON) | TS(RBRACE) | TS(CASE) | TS(DEFAULT));
			p_got(p, TOK_SEMICOLON);
		}
	}
	l.v = (Stmt **)p_popto(p, mark, &l.n);
	return l;
}

/* Block = "{" StatementList "}" . context names the statement the
 * block belongs to, for the message when '{' is missing. */
Stmt *p_block_stmt(Parser *p, const char *context)
{
	Stmt *s = p_newstmt(p, STMT_BLOCK, p->lx.pos);
	if (!p_enter(p))
		return s;
	s->u.block.lbrace = p->lx.pos;
	if (!p_got(p, TOK_LBRACE)) {
		p_syntax_error(p, "expecting { after %s", context);
		p_advance(p, TS(IDENT) | TS(RBRACE));
		s->u.block.rbrace = p->lx.pos;
		if (p_got(p, TOK_RBRACE)) {
			p_leave(p);
			return s;
		}
	}
	s->u.block.list = stmt_list(p);
	s->u.block.rbrace = p->lx.pos;
	p_want(p, TOK_RBRACE);
	p_leave(p);
	return s;
}

/* A function body; its labels and branches are checked if it parsed
 * without errors (else the checks would only add noise). Those checks
 * do not count as parse errors. */
Stmt *p_func_body(Parser *p)
{
	Stmt *body;
	int errcnt = p->errcnt;
	p->fnest++;
	body = p_block_stmt(p, "");
	p->fnest--;
	if (errcnt == p->errcnt && !p->lx.stop) {
		p_check_branches(p, body);
		p->errcnt = errcnt;
	}
	return body;
}

/* The parts of an if, for or switch header. */
typedef struct Header {
	Stmt *init;
	Expr *cond;
	Stmt *condstmt;   /* switch: y.(type) or x := y.(type), for TypeSwitchStmt */
	Stmt *post;
} Header;

/* header parses what lies between the keyword and the block:
 *	[ SimpleStmt ";" ] cond          (if, switch)
 *	[ init ] ";" [ cond ] ";" [ post ] | cond | RangeClause   (for) */
static Header header(Parser *p, Token keyword)
{
	Header h = {NULL, NULL, NULL, NULL};
	Stmt *condstmt = NULL;
	Pos semipos = NOPOS;
	const char *semilit = NULL;
	int outer;
	ExprList none = {NULL, 0};

	p_want(p, keyword);
	if (p->lx.tok == TOK_LBRACE) {
		if (keyword == TOK_IF) {
			p_syntax_error(p, "missing condition in if statement");
			h.cond = p_badexpr(p, p->lx.pos);
		}
		return h;
	}
	outer = p->xnest;
	p->xnest = -1;

	if (p->lx.tok != TOK_SEMICOLON) {
		/* a var declaration is no simple statement; take it anyway */
		if (p_got(p, TOK_VAR))
			p_syntax_error(p, "var declaration not allowed in %s initializer", token_text[keyword]);
		h.init = simple_stmt(p, none, keyword);
		if (h.init->kind == STMT_RANGE) {
			p->xnest = outer;
			return h;
		}
	}

	if (p->lx.tok != TOK_LBRACE) {
		if (p->lx.tok == TOK_SEMICOLON) {
			semipos = p->lx.pos;
			semilit = p->lx.semilit;
			p_next(p);
		} else {
			/* asking for '{' rather than ';' gives the better message */
			p_want(p, TOK_LBRACE);
			if (p->lx.tok != TOK_LBRACE)
				p_advance(p, TS(LBRACE) | TS(RBRACE));
		}
		if (keyword == TOK_FOR) {
			if (p->lx.tok != TOK_SEMICOLON) {
				if (p->lx.tok == TOK_LBRACE) {
					p_syntax_error(p, "expecting for loop condition");
					goto done;
				}
				condstmt = simple_stmt(p, none, 0);
			}
			p_want(p, TOK_SEMICOLON);
			if (p->lx.tok != TOK_LBRACE) {
				h.post = simple_stmt(p, none, 0);
				if (h.post->kind == STMT_ASSIGN && h.post->u.assign.tok == TOK_DEFINE)
					p_syntax_error_at(p, h.post->pos, "cannot declare in post statement of for loop");
			}
		} else if (p->lx.tok != TOK_LBRACE) {
			condstmt = simple_stmt(p, none, keyword);
		}
	} else {
		condstmt = h.init;
		h.init = NULL;
	}

done:
	if (!condstmt) {
		if (keyword == TOK_IF && semipos) {
			if (strcmp(semilit, "semicolon") != 0)
				p_syntax_error_at(p, semipos, "unexpected %s, expecting { after if clause", semilit);
			else
				p_syntax_error_at(p, semipos, "missing condition in if statement");
			h.cond = p_badexpr(p, semipos);
		}
	} else if (condstmt->kind == STMT_EXPR) {
		h.cond = condstmt->u.expr.x;
		h.condstmt = condstmt;
	} else if (condstmt->kind == STMT_ASSIGN && p->lastguard && condstmt->u.assign.rhs.v[0] == p->lastguard) {
		h.cond = p->lastguard;
		h.condstmt = condstmt;
	} else {
		/* '=' for '==' is the likely slip: show both sides */
		Buf b = {0};
		if (condstmt->kind == STMT_ASSIGN && condstmt->u.assign.tok == TOK_ASSIGN) {
			int i;
			buf_puts(&b, "assignment (");
			for (i = 0; i < condstmt->u.assign.lhs.n; i++) {
				if (i)
					buf_puts(&b, ", ");
				ast_expr_string(&b, condstmt->u.assign.lhs.v[i]);
			}
			buf_puts(&b, ") = (");
			for (i = 0; i < condstmt->u.assign.rhs.n; i++) {
				if (i)
					buf_puts(&b, ", ");
				ast_expr_string(&b, condstmt->u.assign.rhs.v[i]);
			}
			buf_puts(&b, ")");
		} else {
			ast_stmt_string(&b, condstmt);
		}
		p_syntax_error_at(p, condstmt->pos, "cannot use %s as value", buf_cstr(&b));
		buf_free(&b);
		h.cond = p_badexpr(p, condstmt->pos);
	}
	p->lastguard = NULL;
	p->xnest = outer;
	return h;
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Stmt *for_stmt(Parser *p)
{
	Pos pos = p->lx.pos;
	Header h = header(p, TOK_FOR);
	Stmt *s;
	if (h.init && h.init->kind == STMT_RANGE) {
		s = h.init;
		s->pos = pos;   /* gc's position of the for statement; rangepos keeps 'range' */
		s->u.range.forpos = pos;
		s->u.range.body = p_block_stmt(p, "for clause");
		return s;
	}
	s = p_newstmt(p, STMT_FOR, pos);
	s->u.fors.forpos = pos;
	s->u.fors.init = h.init;
	s->u.fors.cond = h.cond;
	s->u.fors.post = h.post;
	s->u.fors.body = p_block_stmt(p, "for clause");
	return s;
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
static Stmt *if_stmt(Parser *p)
{
	Stmt *s = p_newstmt(p, STMT_IF, p->lx.pos);
	Header h;
	if (!p_enter(p))
		return s;
	s->u.ifs.ifpos = s->pos;
	h = header(p, TOK_IF);
	s->u.ifs.init = h.init;
	s->u.ifs.cond = h.cond;
	s->u.ifs.body = p_block_stmt(p, "if clause");
	if (p_got(p, TOK_ELSE)) {
		switch (p->lx.tok) {
		case TOK_IF:
			s->u.ifs.els = if_stmt(p);
			break;
		case TOK_LBRACE:
			s->u.ifs.els = p_block_stmt(p, "");
			break;
		default:
			p_syntax_error(p, "else must be followed by if or statement block");
			p_advance(p, TS(IDENT) | TS(RBRACE));
		}
	}
	p_leave(p);
	return s;
}

/* ExprCaseClause = ExprSwitchCase ":" StatementList .
 * ExprSwitchCase = "case" ExpressionList | "default" . */
static Stmt *case_clause(Parser *p)
{
	Stmt *s = p_newstmt(p, STMT_CASE, p->lx.pos);
	s->u.caseclause.casepos = p->lx.pos;
	switch (p->lx.tok) {
	case TOK_CASE:
		p_next(p);
		s->u.caseclause.list = p_expr_list(p);
		break;
	case TOK_DEFAULT:
		p_next(p);
		s->u.caseclause.isdefault = true;
		break;
	default:
		p_syntax_error(p, "expecting case or default or }");
		p_advance(p, TS(COLON) | TS(CASE) | TS(DEFAULT) | TS(RBRACE));
	}
	s->u.caseclause.colon = p->lx.pos;
	p_want(p, TOK_COLON);
	s->u.caseclause.body = stmt_list(p);
	return s;
}

/* CommClause = CommCase ":" StatementList .
 * CommCase   = "case" ( SendStmt | RecvStmt ) | "default" . */
static Stmt *comm_clause(Parser *p)
{
	Stmt *s = p_newstmt(p, STMT_COMM, p->lx.pos);
	ExprList none = {NULL, 0};
	s->u.comm.casepos = p->lx.pos;
	switch (p->lx.tok) {
	case TOK_CASE:
		/* any simple statement is taken here; the checker sorts out
		 * which are receives and sends */
		p_next(p);
		s->u.comm.comm = simple_stmt(p, none, 0);
		break;
	case TOK_DEFAULT:
		p_next(p);
		break;
	default:
		p_syntax_error(p, "expecting case or default or }");
		p_advance(p, TS(COLON) | TS(CASE) | TS(DEFAULT) | TS(RBRACE));
	}
	s->u.comm.colon = p->lx.pos;
	p_want(p, TOK_COLON);
	s->u.comm.body = stmt_list(p);
	return s;
}

/* The body of a switch or select: "{" { clause } "}", as a BlockStmt. */
static Stmt *clause_block(Parser *p, const char *what, Stmt *(*clause)(Parser *))
{
	Stmt *b = p_newstmt(p, STMT_BLOCK, p->lx.pos);
	int mark;
	b->u.block.lbrace = p->lx.pos;
	if (!p_got(p, TOK_LBRACE)) {
		p_syntax_error(p, "missing { after %s clause", what);
		p_advance(p, TS(CASE) | TS(DEFAULT) | TS(RBRACE));
	}
	mark = p_mark(p);
	while (p->lx.tok != TOK_EOF && p->lx.tok != TOK_RBRACE)
		p_push(p, clause(p));
	b->u.block.list.v = (Stmt **)p_popto(p, mark, &b->u.block.list.n);
	b->u.block.rbrace = p->lx.pos;
	p_want(p, TOK_RBRACE);
	return b;
}

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt . */
static Stmt *switch_stmt(Parser *p)
{
	Pos pos = p->lx.pos;
	Header h = header(p, TOK_SWITCH);
	Stmt *s;
	if (h.cond && is_guard(h.cond) && h.condstmt) {
		s = p_newstmt(p, STMT_TYPESWITCH, pos);
		s->u.typeswitch.switchpos = pos;
		s->u.typeswitch.init = h.init;
		s->u.typeswitch.assign = h.condstmt;
		s->u.typeswitch.body = clause_block(p, "switch", case_clause);
		return s;
	}
	s = p_newstmt(p, STMT_SWITCH, pos);
	s->u.switchs.switchpos = pos;
	s->u.switchs.init = h.init;
	s->u.switchs.tag = h.cond;
	s->u.switchs.body = clause_block(p, "switch", case_clause);
	return s;
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
static Stmt *select_stmt(Parser *p)
{
	Stmt *s = p_newstmt(p, STMT_SELECT, p->lx.pos);
	s->u.select.selectpos = p->lx.pos;
	p_want(p, TOK_SELECT);
	s->u.select.body = clause_block(p, "select", comm_clause);
	return s;
}

/* GoStmt = "go" Expression . DeferStmt = "defer" Expression . */
static Stmt *call_stmt(Parser *p)
{
	Token tok = p->lx.tok;
	Stmt *s = p_newstmt(p, tok == TOK_GO ? STMT_GO : STMT_DEFER, p->lx.pos);
	Expr *x, *t;
	p_next(p);
	x = p_pexpr(p, NULL, p->lx.tok == TOK_LPAREN);
	if ((t = ast_unparen(x)) != x) {
		p_error_at(p, x->pos, "expression in %s must not be parenthesized", token_text[tok]);
		x = t;
	}
	if (x->kind != EXPR_CALL) {
		Expr *cx = p_newexpr(p, EXPR_CALL, x->pos);
		p_error_at(p, x->pos, "expression in %s must be function call", token_text[tok]);
		cx->u.call.fun = x;   /* probably a missing () */
		x = cx;
	}
	if (tok == TOK_GO) {
		s->u.go.gopos = s->pos;
		s->u.go.call = x;
	} else {
		s->u.defer.defer = s->pos;
		s->u.defer.call = x;
	}
	return s;
}

static Stmt *decl_stmt(Parser *p)
{
	Stmt *s = p_newstmt(p, STMT_DECL, p->lx.pos);
	Token kw = p->lx.tok;
	p_next(p);
	s->u.decl.decl = p_gendecl(p, kw, s->pos);
	return s;
}

static Stmt *branch_stmt(Parser *p)
{
	Stmt *s = p_newstmt(p, STMT_BRANCH, p->lx.pos);
	Token tok = p->lx.tok;
	s->u.branch.tokpos = p->lx.pos;
	s->u.branch.tok = tok;
	p_next(p);
	if (tok == TOK_GOTO)
		s->u.branch.label = p_name(p);
	else if (tok != TOK_FALLTHROUGH && p->lx.tok == TOK_IDENT)
		s->u.branch.label = p_name(p);
	return s;
}

/* Statement =
 *	Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
 *	BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
 *	IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
 * Returns NULL if no statement starts here. */
Stmt *p_stmt_or_nil(Parser *p)
{
	Stmt *s = NULL;
	ExprList none = {NULL, 0};
	if (p->lx.tok == TOK_IDENT) {
		ExprList lhs;
		p_clear_pragma(p);
		lhs = p_expr_list(p);
		if (lhs.n == 1 && lhs.v[0]->kind == EXPR_IDENT && p->lx.tok == TOK_COLON)
			return labeled_stmt_or_nil(p, lhs.v[0]);
		return simple_stmt(p, lhs, 0);
	}
	switch (p->lx.tok) {
	case TOK_VAR: case TOK_CONST: case TOK_TYPE:
		return decl_stmt(p);
	default:
		break;
	}
	p_clear_pragma(p);
	switch (p->lx.tok) {
	case TOK_LBRACE:
		return p_block_stmt(p, "");
	case TOK_ADD: case TOK_SUB: case TOK_MUL: case TOK_AND: case TOK_XOR: case TOK_NOT:
	case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
	case TOK_FUNC: case TOK_LPAREN: case TOK_LBRACK: case TOK_STRUCT: case TOK_MAP:
	case TOK_CHAN: case TOK_INTERFACE: case TOK_ARROW:
		return simple_stmt(p, none, 0);
	case TOK_FOR:
		if (!p_enter(p))
			return NULL;
		s = for_stmt(p);
		p_leave(p);
		return s;
	case TOK_SWITCH:
		if (!p_enter(p))
			return NULL;
		s = switch_stmt(p);
		p_leave(p);
		return s;
	case TOK_SELECT:
		if (!p_enter(p))
			return NULL;
		s = select_stmt(p);
		p_leave(p);
		return s;
	case TOK_IF:
		return if_stmt(p);
	case TOK_FALLTHROUGH: case TOK_BREAK: case TOK_CONTINUE: case TOK_GOTO:
		return branch_stmt(p);
	case TOK_GO: case TOK_DEFER:
		return call_stmt(p);
	case TOK_RETURN:
		s = p_newstmt(p, STMT_RETURN, p->lx.pos);
		s->u.ret.ret = p->lx.pos;
		p_next(p);
		if (p->lx.tok != TOK_SEMICOLON && p->lx.tok != TOK_RBRACE)
			s->u.ret.results = p_expr_list(p);
		return s;
	case TOK_SEMICOLON:
		s = p_newstmt(p, STMT_EMPTY, p->lx.pos);
		s->u.empty.semicolon = p->lx.astpos;
		s->u.empty.implicit = p->lx.autosemi;
		return s;
	default:
		return NULL;
	}
}
