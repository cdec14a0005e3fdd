/* type.c: constructing types and objects, and the accessors every
 * later pass uses. Named types resolve lazily (named.c). */
#include <string.h>

#include "check.h"

static Arena types_mem;
static uint32_t next_type_id = 1, next_obj_id = 1;

Arena *types_arena(void)
{
	return &types_mem;
}

Type *new_type(TypeKind k)
{
	Type *t = NEW(&types_mem, Type);
	t->kind = k;
	t->id = next_type_id++;
	t->size = -1;
	t->align = -1;
	return t;
}

Type *new_pointer(Type *elem)
{
	Type *t = new_type(TYPE_POINTER);
	t->u.pointer.elem = elem;
	return t;
}

Type *new_slice(Type *elem)
{
	Type *t = new_type(TYPE_SLICE);
	t->u.slice.elem = elem;
	return t;
}

Type *new_array(Type *elem, int64_t len)
{
	Type *t = new_type(TYPE_ARRAY);
	t->u.array.elem = elem;
	t->u.array.len = len;
	return t;
}

Type *new_map(Type *key, Type *elem)
{
	Type *t = new_type(TYPE_MAP);
	t->u.map.key = key;
	t->u.map.elem = elem;
	return t;
}

Type *new_chan(int dir, Type *elem)
{
	Type *t = new_type(TYPE_CHAN);
	t->u.chan.dir = dir;
	t->u.chan.elem = elem;
	return t;
}

Type *new_tuple(Object **vars, int n)
{
	Type *t;
	if (n == 0 && typ_empty_tuple)
		return typ_empty_tuple;
	t = new_type(TYPE_TUPLE);
	t->u.tuple.vars = vars;
	t->u.tuple.n = n;
	return t;
}

Type *new_struct(Object **fields, int n, const char **tags)
{
	Type *t = new_type(TYPE_STRUCT);
	t->u.strct.fields = fields;
	t->u.strct.nfields = n;
	t->u.strct.tags = tags;
	return t;
}

Type *new_signature(Object *recv, Type *params, Type *results, bool variadic)
{
	Type *t = new_type(TYPE_SIGNATURE);
	t->u.sig.recv = recv;
	t->u.sig.params = params ? params : new_tuple(NULL, 0);
	t->u.sig.results = results ? results : new_tuple(NULL, 0);
	t->u.sig.variadic = variadic;
	return t;
}

Type *new_interface(Object **methods, int nmethods, Type **embeddeds, int nembeddeds)
{
	Type *t = new_type(TYPE_INTERFACE);
	t->u.iface.methods = methods;
	t->u.iface.nmethods = nmethods;
	t->u.iface.embeddeds = embeddeds;
	t->u.iface.nembeddeds = nembeddeds;
	return t;
}

Type *new_named(Object *typename, Type *underlying, Object **methods, int nmethods)
{
	Type *t = new_type(TYPE_NAMED);
	t->u.named.obj = typename;
	t->u.named.underlying = underlying;
	t->u.named.methods = methods;
	t->u.named.nmethods = nmethods;
	t->u.named.capmethods = nmethods;
	t->u.named.orig = t;
	t->u.named.state = underlying ? NAMED_COMPLETE : NAMED_UNRESOLVED;
	if (typename && !typename->type)
		typename->type = t;
	return t;
}

Type *new_typeparam(Object *typename, Type *bound)
{
	static uint32_t serial;
	Type *t = new_type(TYPE_TYPEPARAM);
	t->u.tparam.obj = typename;
	t->u.tparam.bound = bound;
	t->u.tparam.serial = ++serial;
	if (typename && !typename->type)
		typename->type = t;
	return t;
}

Type *new_union(Term **terms, int n)
{
	Type *t = new_type(TYPE_UNION);
	t->u.uni.terms = terms;
	t->u.uni.nterms = n;
	return t;
}

Term *new_term(bool tilde, Type *typ)
{
	Term *t = NEW(&types_mem, Term);
	t->tilde = tilde;
	t->type = typ;
	return t;
}

Object *new_object(ObjKind k, Pos pos, Pkg *pkg, const char *name, Type *t)
{
	Object *o = NEW(&types_mem, Object);
	o->kind = k;
	o->pos = pos;
	o->pkg = pkg;
	/* names are interned so that equal names are equal pointers */
	o->name = intern_cstr(name ? name : "");
	o->type = t;
	o->id = next_obj_id++;
	return o;
}

Object *new_var(Pos pos, Pkg *pkg, const char *name, Type *t)
{
	return new_object(OBJ_VAR, pos, pkg, name, t);
}

Object *new_param(Pos pos, Pkg *pkg, const char *name, Type *t)
{
	Object *o = new_object(OBJ_VAR, pos, pkg, name, t);
	o->u.var.isparam = true;
	o->u.var.used = true;   /* parameters are never reported unused */
	return o;
}

Object *new_field(Pos pos, Pkg *pkg, const char *name, Type *t, bool embedded)
{
	Object *o = new_object(OBJ_VAR, pos, pkg, name, t);
	o->u.var.isfield = true;
	o->u.var.embedded = embedded;
	return o;
}

Object *new_func(Pos pos, Pkg *pkg, const char *name, Type *sig)
{
	Object *o = new_object(OBJ_FUNC, pos, pkg, name, sig);
	return o;
}

Object *new_typename(Pos pos, Pkg *pkg, const char *name, Type *t)
{
	return new_object(OBJ_TYPENAME, pos, pkg, name, t);
}

Object *new_const(Pos pos, Pkg *pkg, const char *name, Type *t, Const *val)
{
	Object *o = new_object(OBJ_CONST, pos, pkg, name, t);
	o->u.cnst.val = val;
	return o;
}

Object *new_pkgname(Pos pos, Pkg *pkg, const char *name, Pkg *imported)
{
	Object *o = new_object(OBJ_PKGNAME, pos, pkg, name, typ_invalid);
	o->u.pkgname.imported = imported;
	return o;
}

Object *new_label(Pos pos, Pkg *pkg, const char *name)
{
	Object *o = new_object(OBJ_LABEL, pos, pkg, name, typ_invalid);
	return o;
}

Pkg *new_pkg(const char *path, const char *name)
{
	Pkg *p = NEW(&types_mem, Pkg);
	p->path = intern_cstr(path);
	p->name = intern_cstr(name);
	p->scope = scope_new(universe, NOPOS, NOPOS, arena_printf(&types_mem, "package %s", path));
	return p;
}

/* --- accessors ---------------------------------------------------------------- */

Type *type_under(Type *t)
{
	if (!t)
		return NULL;
	switch (t->kind) {
	case TYPE_NAMED:
		return named_underlying(t);
	case TYPE_TYPEPARAM:
		/* a type parameter's underlying type is its constraint interface */
		return typeparam_iface(t);
	default:
		return t;
	}
}

bool type_is_named(const Type *t)
{
	return t && (t->kind == TYPE_NAMED || t->kind == TYPE_TYPEPARAM || t->kind == TYPE_BASIC);
}

bool type_has_name(const Type *t)
{
	return type_is_named(t);
}

Type *type_deref(Type *t, bool *wasptr)
{
	if (t && t->kind == TYPE_POINTER) {
		if (wasptr)
			*wasptr = true;
		return t->u.pointer.elem;
	}
	if (wasptr)
		*wasptr = false;
	return t;
}

Type *type_elem(Type *t)
{
	Type *u = type_under(t);
	switch (u->kind) {
	case TYPE_POINTER: return u->u.pointer.elem;
	case TYPE_ARRAY: return u->u.array.elem;
	case TYPE_SLICE: return u->u.slice.elem;
	case TYPE_MAP: return u->u.map.elem;
	case TYPE_CHAN: return u->u.chan.elem;
	default: return NULL;
	}
}

int type_tuple_len(const Type *t)
{
	return t ? t->u.tuple.n : 0;
}

Object *type_tuple_at(const Type *t, int i)
{
	ASSERT(t && t->kind == TYPE_TUPLE && i >= 0 && i < t->u.tuple.n);
	return t->u.tuple.vars[i];
}

static bool is_exported_name(const char *name)
{
	int size;
	int32_t r = utf8_decode((const unsigned char *)name, strlen(name), &size);
	if (r < 0x80)
		return r >= 'A' && r <= 'Z';
	return uni_isupper(r);
}

bool obj_exported(const Object *o)
{
	return is_exported_name(o->name);
}

bool name_exported(const char *name)
{
	return is_exported_name(name);
}

bool obj_is_method(const Object *o)
{
	return o->kind == OBJ_FUNC && o->type && o->type->kind == TYPE_SIGNATURE && o->type->u.sig.recv;
}

/* Spec: two identifiers are different if they are spelled differently,
 * or if they appear in different packages and are not exported. */
bool obj_same_id(const Object *o, Pkg *pkg, const char *name)
{
	if (o->name != name)
		return false;
	if (is_exported_name(name))
		return true;
	if (!o->pkg || !pkg)
		return o->pkg == pkg;
	return o->pkg->path == pkg->path;
}

const char *obj_kind_name(ObjKind k)
{
	static const char *const names[] = {
		[OBJ_BAD] = "bad", [OBJ_PKGNAME] = "package", [OBJ_CONST] = "const",
		[OBJ_TYPENAME] = "type", [OBJ_VAR] = "var", [OBJ_FUNC] = "func",
		[OBJ_LABEL] = "label", [OBJ_BUILTIN] = "builtin", [OBJ_NIL] = "nil",
	};
	return names[k];
}
