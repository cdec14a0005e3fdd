/* typexpr.c: identifiers and type expressions (spec: Types, Type
 * definitions, Array types, Map types, Channel types, Pointer types).
 *
 * A type expression for a declared type T (def) sets T's underlying type
 * before its own components are checked, so that they may refer to T. */
#include <string.h>

#include "check.h"

static Object *universe_iota(void)
{
	static Object *iota;
	if (!iota)
		iota = scope_lookup(universe, intern_cstr("iota"));
	return iota;
}

/* --- identifiers ----------------------------------------------------------------- */

void check_ident(Checker *c, Operand *x, Expr *e, Type *def, bool wanttype)
{
	Scope *found;
	Object *obj, *pkgname;
	Type *typ;
	const char *name = e->u.ident.name;

	x->mode = MODE_INVALID;
	x->expr = e;
	x->type = typ_invalid;
	x->val = NULL;

	obj = scope_lookup_parent(c->env.scope, name, c->env.pos, &found);
	if (!obj) {
		if (name[0] == '_' && name[1] == 0) {
			/* a blank may stand for a receiver type parameter */
			Type *tp = ptrmap_get(&c->recvtparams, e);
			if (tp) {
				x->mode = MODE_TYPEXPR;
				x->type = tp;
			} else {
				check_errorf(c, e->pos, "cannot use _ as value or type");
			}
		} else {
			check_errorf(c, e->pos, "undefined: %s", name);
		}
		return;
	}
	if ((obj == scope_lookup(universe, intern_cstr("any")) || obj == scope_lookup(universe, intern_cstr("comparable"))) &&
	    !check_allow_version(c, c->pkg, 1, 18)) {
		check_version_errorf(c, e->pos, "go1.18", "predeclared %s", name);
		return;   /* no follow-on errors */
	}
	record_use(c, e, obj);

	/* Declare the object if needed; a type name wanted as a type is
	 * declared even if known, which may reveal a cycle. Otherwise skip:
	 * the caller's "not a type" error says more than a cycle error. */
	typ = obj->type;
	if (!typ || (obj->kind == OBJ_TYPENAME && wanttype)) {
		obj_decl(c, obj, def);
		typ = obj->type;
	}
	ASSERT(typ);

	if ((pkgname = dot_import_pkgname(c, found, obj)))
		pkgname->u.pkgname.used = true;

	switch (obj->kind) {
	case OBJ_PKGNAME:
		check_errorf(c, e->pos, "use of package %s not in selector", obj->name);
		return;
	case OBJ_CONST:
		check_add_decl_dep(c, obj);
		if (typ == typ_invalid)
			return;
		if (obj == universe_iota()) {
			if (!c->env.iota) {
				check_errorf(c, e->pos, "cannot use iota outside constant declaration");
				return;
			}
			x->val = c->env.iota;
		} else {
			x->val = obj->u.cnst.val;
		}
		ASSERT(x->val);
		x->mode = MODE_CONSTANT;
		break;
	case OBJ_TYPENAME:
		if (check_is_broken_alias(c, obj) && (typ = check_alias_in_progress(c, obj))) {
			x->mode = MODE_TYPEXPR;
			break;
		}
		if (check_is_broken_alias(c, obj)) {
			check_errorf(c, e->pos, "invalid use of type alias %s in recursive type (see issue #50729)", obj->name);
			return;
		}
		x->mode = MODE_TYPEXPR;
		break;
	case OBJ_VAR:
		/* only variables of this package: dot-imported ones are shared */
		if (obj->pkg == c->pkg)
			obj->u.var.used = true;
		check_add_decl_dep(c, obj);
		if (typ == typ_invalid)
			return;
		x->mode = MODE_VARIABLE;
		break;
	case OBJ_FUNC:
		check_add_decl_dep(c, obj);
		x->mode = MODE_VALUE;
		break;
	case OBJ_BUILTIN:
		x->id = obj->u.builtin.id;
		x->mode = MODE_BUILTIN;
		break;
	case OBJ_NIL:
		x->mode = MODE_VALUE;
		break;
	default:
		BUG("unexpected object %s", obj->name);
	}
	x->type = typ;
}

/* --- type expressions ---------------------------------------------------------------- */

void def_set_underlying(Type *def, Type *t)
{
	if (def)
		def->u.named.underlying = t;
}

typedef struct VarTypeCheck {
	Expr *e;
	Type *t;
} VarTypeCheck;

/* Constraint interfaces are not types of values; checked once the
 * interfaces involved are complete. */
static void valid_var_type_later(Checker *c, void *arg)
{
	VarTypeCheck *v = arg;
	Type *u = type_under(v->t);
	if (u && u->kind == TYPE_INTERFACE) {
		Pos pos = expr_start_pos(v->e);
		TypeSet *ts = interface_type_set(c, pos, u);
		if (!typeset_is_method_set(ts)) {
			if (ts->comparable)
				check_softerrorf(c, pos, "cannot use type %T outside a type constraint: interface is (or embeds) comparable", v->t);
			else
				check_softerrorf(c, pos, "cannot use type %T outside a type constraint: interface contains type constraints", v->t);
		}
	}
}

void check_valid_var_type(Checker *c, Expr *e, Type *t)
{
	VarTypeCheck *v;
	if (is_typeparam(t))
		return;
	v = NEW(c->tmp, VarTypeCheck);
	v->e = e;
	v->t = t;
	check_later(c, valid_var_type_later, v);
}

typedef struct MapKeyCheck {
	Expr *key;
	Type *map;
} MapKeyCheck;

/* spec: == and != must be defined on map keys (checked once the key
 * type is complete). */
static void map_key_later(Checker *c, void *arg)
{
	MapKeyCheck *m = arg;
	Type *k = m->map->u.map.key;
	if (!types_comparable(k, true, NULL)) {
		const char *why = is_typeparam(k) ? " (missing comparable constraint)" : "";
		check_errorf(c, expr_start_pos(m->key), "invalid map key type %T%s", k, why);
	}
}

static void not_a_type(Checker *c, Operand *x)
{
	switch (x->mode) {
	case MODE_INVALID:
		break;   /* reported */
	case MODE_NOVALUE:
		check_errorf(c, operand_pos(x), "%O used as type", x);
		break;
	default:
		check_errorf(c, operand_pos(x), "%O is not a type", x);
		break;
	}
}

static Type *typ_internal(Checker *c, Expr *e, Type *def)
{
	Operand x;
	Type *typ;

	switch (e->kind) {
	case EXPR_BAD:
		break;   /* reported by the parser */

	case EXPR_IDENT:
		check_ident(c, &x, e, def, true);
		if (x.mode == MODE_TYPEXPR) {
			def_set_underlying(def, x.type);
			return x.type;
		}
		not_a_type(c, &x);
		break;

	case EXPR_SELECTOR:
		memset(&x, 0, sizeof x);
		check_selector(c, &x, e, def, true);
		if (x.mode == MODE_TYPEXPR) {
			def_set_underlying(def, x.type);
			return x.type;
		}
		not_a_type(c, &x);
		break;

	case EXPR_INDEX: {
		ExprList l;
		l.v = &e->u.index.index;
		l.n = 1;
		return check_instantiated_type(c, e, l, def);
	}
	case EXPR_INDEXLIST:
		return check_instantiated_type(c, e, e->u.indexlist.indices, def);

	case EXPR_PAREN:
		/* generic types cannot be parenthesized: they must be instantiated */
		return check_defined_type(c, e->u.paren.x, def);

	case EXPR_ARRAYTYPE:
		if (!e->u.arraytype.len) {
			typ = new_slice(NULL);
			def_set_underlying(def, typ);
			typ->u.slice.elem = check_var_type(c, e->u.arraytype.elt);
			return typ;
		}
		typ = new_array(NULL, -1);
		def_set_underlying(def, typ);
		if (e->u.arraytype.len->kind == EXPR_ELLIPSIS) {
			check_errorf(c, e->pos, "invalid use of [...] array (outside a composite literal)");
			typ->u.array.len = -1;
		} else {
			typ->u.array.len = check_array_length(c, e->u.arraytype.len);
		}
		typ->u.array.elem = check_var_type(c, e->u.arraytype.elt);
		if (typ->u.array.len >= 0)
			return typ;
		break;

	case EXPR_ELLIPSIS:
		/* legal only in array literals and parameter lists, handled there */
		check_errorf(c, e->pos, "invalid use of '...'");
		check_use_expr(c, e->u.ellipsis.elt);
		break;

	case EXPR_STRUCTTYPE:
		typ = new_struct(NULL, 0, NULL);
		def_set_underlying(def, typ);
		check_struct_type(c, typ, e);
		return typ;

	case EXPR_STAR:
		typ = new_pointer(typ_invalid);   /* no nil base in an invalid recursive type */
		def_set_underlying(def, typ);
		typ->u.pointer.elem = check_var_type(c, e->u.star.x);
		/* *T of an invalid T is not worth keeping (as types2) */
		if (typ->u.pointer.elem == typ_invalid)
			return typ_invalid;
		return typ;

	case EXPR_FUNCTYPE:
		typ = new_signature(NULL, NULL, NULL, false);
		def_set_underlying(def, typ);
		check_func_type(c, typ, NULL, e);
		return typ;

	case EXPR_INTERFACETYPE:
		typ = check_new_interface(c);
		def_set_underlying(def, typ);
		check_interface_type(c, typ, e, def);
		return typ;

	case EXPR_MAPTYPE: {
		MapKeyCheck *m = NEW(c->tmp, MapKeyCheck);
		typ = new_map(NULL, NULL);
		def_set_underlying(def, typ);
		typ->u.map.key = check_var_type(c, e->u.maptype.key);
		typ->u.map.elem = check_var_type(c, e->u.maptype.value);
		m->key = e->u.maptype.key;
		m->map = typ;
		check_later(c, map_key_later, m);
		return typ;
	}

	case EXPR_CHANTYPE: {
		int dir = CHANDIR_BOTH;
		if (e->u.chantype.dir == CHAN_SEND)
			dir = CHANDIR_SEND;
		else if (e->u.chantype.dir == CHAN_RECV)
			dir = CHANDIR_RECV;
		typ = new_chan(dir, NULL);
		def_set_underlying(def, typ);
		typ->u.chan.elem = check_var_type(c, e->u.chantype.value);
		return typ;
	}

	default:
		check_errorf(c, expr_start_pos(e), "%s is not a type", expr_string(e));
		check_use_expr(c, e);
		break;
	}
	def_set_underlying(def, typ_invalid);
	return typ_invalid;
}

Type *check_defined_type(Checker *c, Expr *e, Type *def)
{
	Type *typ = typ_internal(c, e, def);
	ASSERT(is_typed(typ));
	if (is_generic(typ)) {
		check_errorf(c, expr_start_pos(e), "cannot use generic type %T without instantiation", typ);
		typ = typ_invalid;
	}
	record_type_and_value(c, e, MODE_TYPEXPR, typ, NULL);
	return typ;
}

Type *check_typ(Checker *c, Expr *e)
{
	return check_defined_type(c, e, NULL);
}

Type *check_var_type(Checker *c, Expr *e)
{
	Type *typ = check_defined_type(c, e, NULL);
	check_valid_var_type(c, e, typ);
	return typ;
}

Type *check_generic_type(Checker *c, Expr *e, const char **reason)
{
	Type *typ = typ_internal(c, e, NULL);
	ASSERT(is_typed(typ));
	if (typ != typ_invalid && !is_generic(typ)) {
		if (reason)
			*reason = check_sprintf(c, "%T is not a generic type", typ);
		typ = typ_invalid;
	}
	record_type_and_value(c, e, MODE_TYPEXPR, typ, NULL);
	return typ;
}

/* --- array lengths and type lists ------------------------------------------------------- */

int64_t check_array_length(Checker *c, Expr *e)
{
	Operand x;
	/* a name may be an attempt at a type parameter without constraint:
	 * say that it is about an array length */
	if (e->kind == EXPR_IDENT) {
		Object *obj = scope_lookup_parent(c->env.scope, e->u.ident.name, c->env.pos, NULL);
		if (!obj) {
			check_errorf(c, e->pos, "undeclared name %s for array length", e->u.ident.name);
			return -1;
		}
		if (obj->kind != OBJ_CONST) {
			check_errorf(c, e->pos, "invalid array length %s", e->u.ident.name);
			return -1;
		}
	}
	check_expr(c, &x, e);
	if (x.mode != MODE_CONSTANT) {
		if (x.mode != MODE_INVALID)
			check_errorf(c, operand_pos(&x), "array length %O must be constant", &x);
		return -1;
	}
	if (is_untyped(x.type) || is_integer(x.type)) {
		Const *v = const_to_int(x.val);
		if (const_kind(v) == CONST_INT) {
			if (const_representable(v, CT_INT, NULL)) {
				int64_t n;
				if (const_int64_val(v, &n) && n >= 0)
					return n;
				check_errorf(c, operand_pos(&x), "invalid array length %O", &x);
				return -1;
			}
		}
	}
	check_errorf(c, operand_pos(&x), "array length %O must be integer", &x);
	return -1;
}

TypeList check_type_list(Checker *c, ExprList list)
{
	TypeList res;
	bool ok = true;
	int i;
	res.v = NEWARRAY(c->arena, Type *, list.n ? list.n : 1);
	res.n = list.n;
	for (i = 0; i < list.n; i++) {
		Type *t = check_var_type(c, list.v[i]);
		if (t == typ_invalid)
			ok = false;
		res.v[i] = t;
	}
	if (!ok) {
		res.v = NULL;
		res.n = -1;
	}
	return res;
}
