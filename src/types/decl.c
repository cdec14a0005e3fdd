/* decl.c: checking declarations (spec: Declarations and scope,
 * Constant declarations, Iota, Type declarations, Variable
 * declarations, Function declarations).
 *
 * Package-level objects are checked on demand, in whatever order uses
 * reach them: obj_decl paints an object grey while its declaration is
 * being checked, so reaching a grey object means a cycle, which is
 * legal or not depending on what it runs through. */
#include <string.h>

#include "check.h"

/* --- aliases whose type is not yet known ------------------------------------- */

void check_broken_alias(Checker *c, Object *alias, Spec *tdecl)
{
	ptrmap_put(&c->brokenalias, alias, tdecl);
	alias->type = typ_invalid;
}

void check_valid_alias(Checker *c, Object *alias, Type *t)
{
	ptrmap_put(&c->brokenalias, alias, NULL);
	alias->type = t;
}

bool check_is_broken_alias(Checker *c, Object *alias)
{
	return alias->type == typ_invalid && ptrmap_get(&c->brokenalias, alias);
}

/* Where aliases are types of their own, an alias used while its right
 * side is being checked is no error: the use holds the alias, which is
 * resolved later. Without an alias type, goescape can stand for it only
 * what its right side already names: a type name whose type exists (a
 * defined type in the middle of its own declaration). NULL otherwise. */
Type *check_alias_in_progress(Checker *c, Object *alias)
{
	Spec *tdecl = ptrmap_get(&c->brokenalias, alias);
	Expr *e;
	Object *o;

	if (!tdecl || !release_has(FEAT_ALIAS_MATERIALIZED))
		return NULL;
	for (e = tdecl->u.type.type; e && e->kind == EXPR_PAREN; e = e->u.paren.x)
		;
	if (!e)
		return NULL;
	if (e->kind == EXPR_SELECTOR)
		e = e->u.selector.sel;
	if (e->kind != EXPR_IDENT || !(o = e->u.ident.use) || o->kind != OBJ_TYPENAME)
		return NULL;
	if (!o->type || o->type == typ_invalid || o->type->kind != TYPE_NAMED)
		return NULL;
	return o->type;
}

/* --- cycles --------------------------------------------------------------------- */

/* The object of the cycle that comes first in the source. */
static int first_in_src(Object **path, int n)
{
	int i, fst = 0;
	for (i = 1; i < n; i++)
		if (path[i]->pos < path[fst]->pos)
			fst = i;
	return fst;
}

static const char *qualified_name(Checker *c, Object *obj)
{
	if (obj->pkg) {
		const char *q = check_qualifier(obj->pkg, c);
		if (q && *q)
			return arena_printf(c->arena, "%s.%s", q, obj->name);
	}
	return obj->name;
}

/* Reports a declaration cycle, starting with the object first in the
 * source: "invalid recursive type T" for types (as gc words it). */
void check_cycle_error(Checker *c, Object **cycle, int n)
{
	Buf b = {0};
	int i = first_in_src(cycle, n), k;
	Object *obj = cycle[i];
	const char *name = qualified_name(c, obj);
	Pos pos = obj->pos;

	if (obj->kind == OBJ_TYPENAME && obj->u.typename.isalias)
		check_valid_alias(c, obj, typ_invalid);   /* no follow-on errors */
	if (obj->kind == OBJ_TYPENAME)
		buf_printf(&b, "invalid recursive type %s", name);
	else
		buf_printf(&b, "illegal cycle in declaration of %s", name);
	for (k = 0; k < n; k++) {
		buf_printf(&b, "\n\t%s: %s refers to", check_pos_string(obj->pos), name);
		if (++i >= n)
			i = 0;
		obj = cycle[i];
		name = qualified_name(c, obj);
	}
	buf_printf(&b, "\n\t%s: %s", check_pos_string(obj->pos), name);
	check_errorf(c, pos, "%s", buf_cstr(&b));
	buf_free(&b);
}

/* Whether the cycle that starts at obj (grey, on the path) is legal;
 * reports it if not. */
static bool valid_cycle(Checker *c, Object *obj)
{
	int start = (int)(obj->color - COLOR_GREY), i, n;
	Object **cycle = c->objpath + start;
	bool tparcycle = false;
	int nval = 0, ndef = 0;

	ASSERT(obj->color >= COLOR_GREY && start < c->nobjpath);
	n = c->nobjpath - start;
	for (i = 0; i < n; i++) {
		Object *o = cycle[i];
		switch (o->kind) {
		case OBJ_CONST: case OBJ_VAR:
			nval++;
			break;
		case OBJ_TYPENAME: {
			DeclInfo *d;
			bool alias;
			/* a generic type reached inside a type parameter list: invalid */
			if (c->env.in_tparam_list && is_generic(o->type)) {
				tparcycle = true;
				i = n;
				break;
			}
			d = ptrmap_get(&c->objmap, o);
			alias = d ? d->tdecl->u.type.assign != NOPOS : o->u.typename.isalias;
			if (!alias)
				ndef++;
			break;
		}
		case OBJ_FUNC:
			break;
		default:
			BUG("unexpected object in cycle");
		}
	}
	if (!tparcycle) {
		/* value-only cycles are initialization cycles, reported later */
		if (nval == n)
			return true;
		/* a type cycle needs a type definition: aliases alone expand forever */
		if (nval == 0 && ndef > 0)
			return true;
	}
	check_cycle_error(c, cycle, n);
	return false;
}

/* --- constants ---------------------------------------------------------------------- */

static void const_decl(Checker *c, Object *obj, Expr *typ, Expr *init, bool inherited)
{
	Const *saved_iota = c->env.iota;
	Pos saved_errpos = c->env.errpos;
	Operand x;

	ASSERT(!obj->type);
	c->env.iota = obj->u.cnst.val;
	c->env.errpos = NOPOS;
	obj->u.cnst.val = const_unknown();   /* a valid value in any case */

	if (typ) {
		Type *t = check_typ(c, typ);
		if (!is_const_type(t)) {
			/* an invalid (e.g. C) type was reported already */
			if (type_under(t) != typ_invalid)
				check_errorf(c, expr_start_pos(typ), "invalid constant type %T", t);
			obj->type = typ_invalid;
			goto out;
		}
		obj->type = t;
	}
	memset(&x, 0, sizeof x);
	if (init) {
		/* errors in an inherited initializer belong to this constant */
		if (inherited)
			c->env.errpos = obj->pos;
		check_expr(c, &x, init);
	}
	init_const(c, obj, &x);
out:
	c->env.iota = saved_iota;
	c->env.errpos = saved_errpos;
}

/* --- variables ------------------------------------------------------------------------ */

static void var_decl(Checker *c, Object *obj, Object **lhs, int nlhs, Expr *typ, Expr *init)
{
	int i;
	ASSERT(!obj->type);
	if (typ)
		obj->type = check_var_type(c, typ);
	if (!init) {
		if (!typ)
			obj->type = typ_invalid;   /* reported by the arity check */
	} else if (!lhs || nlhs == 1) {
		Operand x;
		ASSERT(!lhs || lhs[0] == obj);
		check_expr(c, &x, init);
		init_var(c, obj, &x, "variable declaration");
	} else {
		ExprList rhs;
		/* one initializer for several variables: all take the declared
		 * type, if there is one */
		if (typ)
			for (i = 0; i < nlhs; i++)
				lhs[i]->type = obj->type;
		rhs.v = &init;
		rhs.n = 1;
		init_vars(c, lhs, nlhs, rhs, NULL);
	}
	/* variables of unknown type count as used: no follow-on errors (as gc) */
	if (obj->type == typ_invalid)
		obj->u.var.used = true;
	for (i = 0; i < nlhs; i++)
		if (lhs[i]->type == typ_invalid)
			lhs[i]->u.var.used = true;
}

/* --- types ----------------------------------------------------------------------------- */

typedef struct TypeDeclLater {
	Object *obj;
	Spec *tdecl;
	Type *rhs;
} TypeDeclLater;

/* An imported constraint interface (not a plain method set). */
static bool is_imported_constraint(Checker *c, Type *t)
{
	Type *u;
	if (!t || t->kind != TYPE_NAMED || !t->u.named.obj->pkg || t->u.named.obj->pkg == c->pkg)
		return false;
	u = type_under(t);
	return u->kind == TYPE_INTERFACE && !typeset_is_method_set(interface_type_set(c, NOPOS, u));
}

static void valid_type_later(Checker *c, void *arg)
{
	TypeDeclLater *l = arg;
	Object *obj = l->obj;
	if (obj->type && obj->type->kind == TYPE_NAMED)
		check_valid_type(c, obj->pos, obj->type);
	/* a local constraint was reported where it is declared */
	if (is_imported_constraint(c, l->rhs) && !check_allow_version(c, c->pkg, 1, 18))
		check_version_errorf(c, expr_start_pos(l->tdecl->u.type.type), "go1.18", "using type constraint %s",
		                     type_string(l->rhs, check_qualifier, c));
}

static void type_decl(Checker *c, Object *obj, Spec *tdecl, Type *def)
{
	bool alias = tdecl->u.type.assign != NOPOS;
	FieldList *tparams = tdecl->u.type.tparams;
	Type *named, *rhs;
	bool scoped = false;
	TypeDeclLater *later = NEW(c->tmp, TypeDeclLater);

	ASSERT(!obj->type);
	later->obj = obj;
	later->tdecl = tdecl;
	check_later(c, valid_type_later, later);

	if (alias && tparams) {
		check_errorf(c, tdecl->pos, "generic type cannot be alias");
		alias = false;
	}
	if (alias) {
		if (!check_allow_version(c, c->pkg, 1, 9))
			check_version_errorf(c, tdecl->pos, "go1.9", "type aliases");
		obj->u.typename.isalias = true;
		check_broken_alias(c, obj, tdecl);
		rhs = check_typ(c, tdecl->u.type.type);
		later->rhs = rhs;
		check_valid_alias(c, obj, rhs);
		return;
	}

	/* a type definition, possibly generic */
	named = check_new_named(c, obj, NULL);
	def_set_underlying(def, named);
	if (tparams) {
		check_open_scope(c, tdecl->pos, ast_expr_end(tdecl->u.type.type), "type parameters");
		scoped = true;
		collect_type_params(c, &named->u.named.tparams, tparams);
	}
	rhs = check_defined_type(c, tdecl->u.type.type, named);
	ASSERT(rhs);
	later->rhs = rhs;
	named->u.named.fromrhs = rhs;
	/* an underlying type never set means an error was reported */
	if (!named->u.named.underlying)
		named->u.named.underlying = typ_invalid;
	if (named->u.named.state == NAMED_UNRESOLVED)
		named->u.named.state = NAMED_RESOLVED;
	/* a lone type parameter on the right side is not allowed */
	if (is_typeparam(rhs)) {
		check_errorf(c, expr_start_pos(tdecl->u.type.type), "cannot use a type parameter as RHS in type declaration");
		named->u.named.underlying = typ_invalid;
	}
	if (scoped)
		check_close_scope(c);
}

/* --- type parameters ------------------------------------------------------------------------ */

/* A ~T or A|B constraint stands for interface{~T} or interface{A|B}. */
Type *type_bound(Checker *c, Expr *x)
{
	bool wrap = (x->kind == EXPR_UNARY && x->u.unary.op == TOK_TILDE) ||
	            (x->kind == EXPR_BINARY && x->u.binary.op == TOK_OR);
	if (wrap) {
		Expr *it = NEW(c->arena, Expr);
		FieldList *fl = NEW(c->arena, FieldList);
		Field *f = NEW(c->arena, Field);
		Type *t;
		f->type = x;
		fl->list = NEWARRAY(c->arena, Field *, 1);
		fl->list[0] = f;
		fl->n = 1;
		it->kind = EXPR_INTERFACETYPE;
		it->pos = x->pos;
		it->u.interfacetype.interfacepos = NOPOS;
		it->u.interfacetype.methods = fl;
		t = check_typ(c, it);
		if (t->kind == TYPE_INTERFACE)
			t->u.iface.implicit = true;
		return t;
	}
	return check_typ(c, x);
}

Type *declare_type_param(Checker *c, Expr *name)
{
	Object *tname = new_typename(name->pos, c->pkg, name->u.ident.name, NULL);
	Type *tp = new_typeparam(tname, typ_invalid);   /* the bound is set below */
	tp->u.tparam.index = -1;
	check_needs_cleanup(c, tp);
	declare_obj(c, c->env.scope, name, tname, c->env.scope->pos);
	return tp;
}

void collect_type_params(Checker *c, TypeList *dst, FieldList *list)
{
	int i, j, n = 0, k = 0;
	Type **tparams;
	bool saved = c->env.in_tparam_list;

	for (i = 0; i < list->n; i++)
		n += list->list[i]->names.n;
	tparams = NEWARRAY(c->arena, Type *, n ? n : 1);
	/* declared first: the scope of type parameters starts at the list,
	 * so bounds may refer to any of them */
	for (i = 0; i < list->n; i++)
		for (j = 0; j < list->list[i]->names.n; j++) {
			tparams[k] = declare_type_param(c, list->list[i]->names.v[j]);
			tparams[k]->u.tparam.index = k;
			k++;
		}
	/* set before the bounds: a bound may use the type being declared */
	dst->v = tparams;
	dst->n = n;

	c->env.in_tparam_list = true;
	k = 0;
	for (i = 0; i < list->n; i++) {
		Field *f = list->list[i];
		Type *bound = typ_invalid;
		if (f->type) {
			bound = type_bound(c, f->type);
			if (is_typeparam(bound)) {
				check_errorf(c, expr_start_pos(f->type), "cannot use a type parameter as constraint");
				bound = typ_invalid;
			}
		}
		for (j = 0; j < f->names.n; j++)
			tparams[k++]->u.tparam.bound = bound;
	}
	c->env.in_tparam_list = saved;
}

/* --- functions -------------------------------------------------------------------------------- */

typedef struct FuncBody {
	DeclInfo *decl;
	const char *name;
	Type *sig;
	Stmt *body;
} FuncBody;

static void func_body_later(Checker *c, void *arg)
{
	FuncBody *fb = arg;
	check_func_body(c, fb->decl, fb->name, fb->sig, fb->body, NULL);
}

static void func_decl(Checker *c, Object *obj, DeclInfo *decl)
{
	Decl *fdecl = decl->fdecl;
	Type *sig = new_signature(NULL, NULL, NULL, false);
	uint32_t saved;
	FieldList *tparams = fdecl->u.func.type->u.functype.tparams;

	ASSERT(!obj->type);
	ASSERT(!c->env.iota);
	obj->type = sig;   /* guards against cycles */
	/* a method referred to while its own signature is checked is no cycle */
	saved = obj->color;
	obj->color = COLOR_BLACK;
	check_func_type(c, sig, fdecl->u.func.recv, fdecl->u.func.type);
	obj->color = saved;

	if (tparams && tparams->n > 0 && !fdecl->u.func.body)
		check_softerrorf(c, fdecl->pos, "parameterized function is missing function body");

	/* bodies are checked after all package-level declarations */
	if (!c->conf->ignore_func_bodies && fdecl->u.func.body) {
		FuncBody *fb = NEW(c->tmp, FuncBody);
		fb->decl = decl;
		fb->name = obj->name;
		fb->sig = sig;
		fb->body = fdecl->u.func.body;
		check_later(c, func_body_later, fb);
	}
}

/* --- checking one package-level object ----------------------------------------------------------- */

void obj_decl(Checker *c, Object *obj, Type *def)
{
	DeclInfo *d;
	Env saved;

	/* an object given a type on the way (a constant or variable set by
	 * its initialization) is done */
	if (obj->color == COLOR_WHITE && obj->type) {
		obj->color = COLOR_BLACK;
		return;
	}
	switch (obj->color) {
	case COLOR_WHITE:
		ASSERT(!obj->type);
		/* grey values encode the position on the object path */
		obj->color = COLOR_GREY + (uint32_t)c->nobjpath;
		check_push_path(c, obj);
		break;
	case COLOR_BLACK:
		ASSERT(obj->type);
		return;
	default:
		/* grey: a cycle, perhaps invalid */
		switch (obj->kind) {
		case OBJ_CONST:
		case OBJ_VAR:
			if (!valid_cycle(c, obj) || !obj->type)
				obj->type = typ_invalid;
			break;
		case OBJ_TYPENAME:
			/* break the cycle, or underlying types would loop */
			if (!valid_cycle(c, obj))
				obj->type = typ_invalid;
			break;
		case OBJ_FUNC:
			/* grey functions keep their (empty) signature */
			valid_cycle(c, obj);
			break;
		default:
			BUG("unexpected object %s in cycle", obj->name);
		}
		ASSERT(obj->type);
		return;
	}

	d = ptrmap_get(&c->objmap, obj);
	if (!d)
		BUG("%s should have been declared", obj->name);

	saved = c->env;
	memset(&c->env, 0, sizeof c->env);
	c->env.scope = d->file;
	switch (obj->kind) {
	case OBJ_CONST:
		c->env.decl = d;
		const_decl(c, obj, d->vtyp, d->init, d->inherited);
		break;
	case OBJ_VAR:
		c->env.decl = d;
		var_decl(c, obj, d->lhs, d->nlhs, d->vtyp, d->init);
		break;
	case OBJ_TYPENAME:
		type_decl(c, obj, d->tdecl, def);
		collect_methods(c, obj);
		break;
	case OBJ_FUNC:
		func_decl(c, obj, d);
		break;
	default:
		BUG("unexpected object %s", obj->name);
	}
	c->env = saved;
	check_pop_path(c)->color = COLOR_BLACK;
}

/* --- declarations inside functions ---------------------------------------------------------------- */

/* go/ast's End of a value spec: where the scope of its names begins */
static Pos spec_end(Spec *s)
{
	if (s->u.value.values.n > 0)
		return ast_expr_end(s->u.value.values.v[s->u.value.values.n - 1]);
	if (s->u.value.type)
		return ast_expr_end(s->u.value.type);
	return ast_expr_end(s->u.value.names.v[s->u.value.names.n - 1]);
}

static void local_const_spec(Checker *c, Spec *s, Spec *last, int iota, bool inherited)
{
	ExprList names = s->u.value.names, values = {0};
	Object **lhs = NEWARRAY(c->tmp, Object *, names.n ? names.n : 1);
	Expr *typ = NULL;
	int top = c->ndelayed, i;
	Pos scopepos;

	if (last) {
		values = last->u.value.values;
		typ = last->u.value.type;
	}
	for (i = 0; i < names.n; i++) {
		Expr *name = names.v[i];
		lhs[i] = new_const(name->pos, c->pkg, name->u.ident.name, NULL, const_int64(iota));
		const_decl(c, lhs[i], typ, i < values.n ? values.v[i] : NULL, inherited);
	}
	/* constants must always have values */
	if (names.n < values.n) {
		Expr *n = values.v[names.n];
		if (inherited)
			check_errorf(c, s->pos, "extra init expr at %s", check_pos_string(n->pos));
		else
			check_errorf(c, expr_start_pos(n), "extra init expr %s", expr_string(n));
	} else if (names.n > values.n) {
		check_errorf(c, names.v[values.n]->pos, "missing init expr for %s", names.v[values.n]->u.ident.name);
	}
	/* function literals in the values see the scope before the constants */
	check_process_delayed(c, top);
	/* spec: the scope of a local constant begins after its spec */
	scopepos = spec_end(s);
	for (i = 0; i < names.n; i++)
		declare_obj(c, c->env.scope, names.v[i], lhs[i], scopepos);
}

static void local_var_spec(Checker *c, Spec *s)
{
	ExprList names = s->u.value.names, values = s->u.value.values;
	Object **lhs0 = NEWARRAY(c->tmp, Object *, names.n ? names.n : 1);
	int top = c->ndelayed, i;
	Pos scopepos;

	for (i = 0; i < names.n; i++)
		lhs0[i] = new_var(names.v[i]->pos, c->pkg, names.v[i]->u.ident.name, NULL);
	for (i = 0; i < names.n; i++) {
		Object **lhs = NULL;
		int nlhs = 0;
		Expr *init = NULL;
		if (values.n == names.n) {
			init = values.v[i];
		} else if (values.n == 1) {
			/* a multi-valued initializer */
			lhs = lhs0;
			nlhs = names.n;
			init = values.v[0];
		} else if (i < values.n) {
			init = values.v[i];
		}
		var_decl(c, lhs0[i], lhs, nlhs, s->u.value.type, init);
		if (values.n == 1)
			break;   /* the one initializer typed every variable */
	}
	if (!s->u.value.type || values.n > 0) {
		if (names.n < values.n) {
			Expr *n = values.v[names.n];
			check_errorf(c, expr_start_pos(n), "extra init expr %s", expr_string(n));
		} else if (names.n > values.n && values.n != 1) {
			check_errorf(c, names.v[values.n]->pos, "missing init expr for %s", names.v[values.n]->u.ident.name);
		}
	}
	check_process_delayed(c, top);
	/* spec: the scope of a local variable begins after its spec */
	scopepos = spec_end(s);
	for (i = 0; i < names.n; i++)
		declare_obj(c, c->env.scope, names.v[i], lhs0[i], scopepos);
}

static void local_type_spec(Checker *c, Spec *s)
{
	Expr *name = s->u.type.name;
	Object *obj = new_typename(name->pos, c->pkg, name->u.ident.name, NULL);
	if (s->u.type.assign == NOPOS) {
		ObjVec *l = &c->localtypes;
		if (l->n == l->cap) {
			l->cap = l->cap ? 2 * l->cap : 8;
			l->v = xrealloc(l->v, sizeof *l->v * (size_t)l->cap);
		}
		l->v[l->n++] = obj;
	}
	/* spec: the scope of a local type begins at its name */
	declare_obj(c, c->env.scope, name, obj, name->pos);
	/* grey while its declaration is checked, as obj_decl does */
	obj->color = COLOR_GREY + (uint32_t)c->nobjpath;
	check_push_path(c, obj);
	type_decl(c, obj, s, NULL);
	check_pop_path(c)->color = COLOR_BLACK;
}

void decl_stmt(Checker *c, Decl *d)
{
	Spec *last = NULL;
	int i;
	if (d->kind != DECL_GEN)
		return;
	for (i = 0; i < d->u.gen.nspecs; i++) {
		Spec *s = d->u.gen.specs[i];
		switch (s->kind) {
		case SPEC_VALUE:
			if (d->u.gen.tok == TOK_CONST) {
				bool inherited = true;
				if (s->u.value.type || s->u.value.values.n > 0) {
					last = s;
					inherited = false;
				} else if (!last) {
					inherited = false;
				}
				local_const_spec(c, s, last, i, inherited);
			} else {
				local_var_spec(c, s);
			}
			break;
		case SPEC_TYPE:
			local_type_spec(c, s);
			break;
		case SPEC_IMPORT:
			break;   /* not possible inside functions (a syntax error) */
		}
	}
}
