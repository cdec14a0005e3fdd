/* universe.c: the predeclared identifiers and package unsafe. */
#include <string.h>

#include "check.h"

Scope *universe;
Pkg *unsafe_pkg;
Type *typ_basic[NBASICKINDS];
Type *typ_byte, *typ_rune, *typ_error, *typ_comparable, *typ_any;
Type *typ_empty_iface, *typ_empty_tuple, *typ_invalid;

static const struct {
	BasicKind kind;
	uint32_t info;
	const char *name;
} basics[] = {
	{KIND_INVALID, 0, "invalid type"},
	{KIND_BOOL, BI_BOOLEAN, "bool"},
	{KIND_INT, BI_INTEGER, "int"},
	{KIND_INT8, BI_INTEGER, "int8"},
	{KIND_INT16, BI_INTEGER, "int16"},
	{KIND_INT32, BI_INTEGER, "int32"},
	{KIND_INT64, BI_INTEGER, "int64"},
	{KIND_UINT, BI_INTEGER | BI_UNSIGNED, "uint"},
	{KIND_UINT8, BI_INTEGER | BI_UNSIGNED, "uint8"},
	{KIND_UINT16, BI_INTEGER | BI_UNSIGNED, "uint16"},
	{KIND_UINT32, BI_INTEGER | BI_UNSIGNED, "uint32"},
	{KIND_UINT64, BI_INTEGER | BI_UNSIGNED, "uint64"},
	{KIND_UINTPTR, BI_INTEGER | BI_UNSIGNED, "uintptr"},
	{KIND_FLOAT32, BI_FLOAT, "float32"},
	{KIND_FLOAT64, BI_FLOAT, "float64"},
	{KIND_COMPLEX64, BI_COMPLEX, "complex64"},
	{KIND_COMPLEX128, BI_COMPLEX, "complex128"},
	{KIND_STRING, BI_STRING, "string"},
	{KIND_UNSAFEPOINTER, 0, "Pointer"},
	{KIND_UNTYPED_BOOL, BI_BOOLEAN | BI_UNTYPED, "untyped bool"},
	{KIND_UNTYPED_INT, BI_INTEGER | BI_UNTYPED, "untyped int"},
	{KIND_UNTYPED_RUNE, BI_INTEGER | BI_UNTYPED, "untyped rune"},
	{KIND_UNTYPED_FLOAT, BI_FLOAT | BI_UNTYPED, "untyped float"},
	{KIND_UNTYPED_COMPLEX, BI_COMPLEX | BI_UNTYPED, "untyped complex"},
	{KIND_UNTYPED_STRING, BI_STRING | BI_UNTYPED, "untyped string"},
	{KIND_UNTYPED_NIL, BI_UNTYPED, "untyped nil"},
};

static const struct {
	const char *name;
	BuiltinId id;
	bool in_unsafe;
	Feature since;             /* what brings it (FEAT_ALWAYS, the zero value: every release) */
} builtins[] = {
	{"append", BUILTIN_APPEND, false, FEAT_ALWAYS}, {"cap", BUILTIN_CAP, false, FEAT_ALWAYS},
	{"close", BUILTIN_CLOSE, false, FEAT_ALWAYS}, {"complex", BUILTIN_COMPLEX, false, FEAT_ALWAYS},
	{"copy", BUILTIN_COPY, false, FEAT_ALWAYS}, {"delete", BUILTIN_DELETE, false, FEAT_ALWAYS},
	{"imag", BUILTIN_IMAG, false, FEAT_ALWAYS}, {"len", BUILTIN_LEN, false, FEAT_ALWAYS},
	{"make", BUILTIN_MAKE, false, FEAT_ALWAYS}, {"new", BUILTIN_NEW, false, FEAT_ALWAYS},
	{"panic", BUILTIN_PANIC, false, FEAT_ALWAYS}, {"print", BUILTIN_PRINT, false, FEAT_ALWAYS},
	{"println", BUILTIN_PRINTLN, false, FEAT_ALWAYS}, {"real", BUILTIN_REAL, false, FEAT_ALWAYS},
	{"recover", BUILTIN_RECOVER, false, FEAT_ALWAYS},
	{"Add", BUILTIN_ADD, true, FEAT_ALWAYS}, {"Alignof", BUILTIN_ALIGNOF, true, FEAT_ALWAYS},
	{"Offsetof", BUILTIN_OFFSETOF, true, FEAT_ALWAYS}, {"Sizeof", BUILTIN_SIZEOF, true, FEAT_ALWAYS},
	{"Slice", BUILTIN_SLICE, true, FEAT_ALWAYS},
	{"clear", BUILTIN_CLEAR, false, FEAT_CLEAR}, {"max", BUILTIN_MAX, false, FEAT_MIN_MAX},
	{"min", BUILTIN_MIN, false, FEAT_MIN_MAX},
	{"SliceData", BUILTIN_SLICEDATA, true, FEAT_UNSAFE_STRING}, {"String", BUILTIN_STRING, true, FEAT_UNSAFE_STRING},
	{"StringData", BUILTIN_STRINGDATA, true, FEAT_UNSAFE_STRING},
};

static Type *new_basic(BasicKind k, uint32_t info, const char *name)
{
	Type *t = new_type(TYPE_BASIC);
	t->u.basic.kind = k;
	t->u.basic.info = info;
	t->u.basic.name = intern_cstr(name);
	return t;
}

/* Declares a predeclared object; exported names go to package unsafe. */
static void def(Object *o)
{
	Scope *s = universe;
	o->color = COLOR_BLACK;
	if (strchr(o->name, ' '))
		return;   /* "untyped int" etc. have no name to declare */
	if (name_exported(o->name)) {
		s = unsafe_pkg->scope;
		o->pkg = unsafe_pkg;
	}
	if (scope_insert(s, o))
		BUG("double declaration of predeclared %s", o->name);
}

void types_init(void)
{
	int i;
	Object *o, *errfn, *recv, *res;
	Type *sig, *it;

	if (universe)
		return;
	universe = scope_new(NULL, NOPOS, NOPOS, "universe");
	unsafe_pkg = NEW(types_arena(), Pkg);
	unsafe_pkg->path = intern_cstr("unsafe");
	unsafe_pkg->name = intern_cstr("unsafe");
	unsafe_pkg->scope = scope_new(universe, NOPOS, NOPOS, "package unsafe");
	unsafe_pkg->complete = true;

	typ_empty_tuple = new_tuple(NULL, 0);
	for (i = 0; i < NELEM(basics); i++)
		typ_basic[basics[i].kind] = new_basic(basics[i].kind, basics[i].info, basics[i].name);
	typ_invalid = typ_basic[KIND_INVALID];
	typ_byte = new_basic(KIND_UINT8, BI_INTEGER | BI_UNSIGNED, "byte");
	typ_rune = new_basic(KIND_INT32, BI_INTEGER, "rune");

	for (i = 0; i < NELEM(basics); i++)
		def(new_typename(NOPOS, NULL, typ_basic[basics[i].kind]->u.basic.name, typ_basic[basics[i].kind]));
	def(new_typename(NOPOS, NULL, "byte", typ_byte));
	def(new_typename(NOPOS, NULL, "rune", typ_rune));

	/* any: an alias of the empty interface, printed as "any" */
	typ_any = new_interface(NULL, 0, NULL, 0);
	typ_any->u.iface.complete = true;
	o = new_typename(NOPOS, NULL, intern_cstr("any"), typ_any);
	o->u.typename.isalias = true;
	def(o);
	typ_empty_iface = new_interface(NULL, 0, NULL, 0);
	typ_empty_iface->u.iface.complete = true;

	/* type error interface { Error() string } */
	o = new_typename(NOPOS, NULL, intern_cstr("error"), NULL);
	typ_error = new_named(o, NULL, NULL, 0);
	recv = new_var(NOPOS, NULL, intern_cstr(""), typ_error);
	res = new_var(NOPOS, NULL, intern_cstr(""), typ_basic[KIND_STRING]);
	{
		Object **rv = NEWARRAY(types_arena(), Object *, 1);
		rv[0] = res;
		sig = new_signature(recv, NULL, new_tuple(rv, 1), false);
	}
	errfn = new_func(NOPOS, NULL, intern_cstr("Error"), sig);
	{
		Object **ms = NEWARRAY(types_arena(), Object *, 1);
		ms[0] = errfn;
		it = new_interface(ms, 1, NULL, 0);
	}
	it->u.iface.complete = true;
	typ_error->u.named.underlying = it;
	typ_error->u.named.state = NAMED_COMPLETE;
	def(o);

	/* type comparable interface{ comparable } */
	o = new_typename(NOPOS, NULL, intern_cstr("comparable"), NULL);
	typ_comparable = new_named(o, NULL, NULL, 0);
	it = new_interface(NULL, 0, NULL, 0);
	it->u.iface.complete = true;
	it->u.iface.tset = NEW(types_arena(), TypeSet);
	it->u.iface.tset->comparable = true;
	it->u.iface.tset->allterms = true;
	typ_comparable->u.named.underlying = it;
	typ_comparable->u.named.state = NAMED_COMPLETE;
	def(o);

	def(new_const(NOPOS, NULL, intern_cstr("true"), typ_basic[KIND_UNTYPED_BOOL], const_bool(true)));
	def(new_const(NOPOS, NULL, intern_cstr("false"), typ_basic[KIND_UNTYPED_BOOL], const_bool(false)));
	def(new_const(NOPOS, NULL, intern_cstr("iota"), typ_basic[KIND_UNTYPED_INT], const_int64(0)));
	def(new_object(OBJ_NIL, NOPOS, NULL, intern_cstr("nil"), typ_basic[KIND_UNTYPED_NIL]));

	for (i = 0; i < NELEM(builtins); i++) {
		if (!release_has(builtins[i].since))
			continue;   /* not predeclared in this release */
		o = new_object(OBJ_BUILTIN, NOPOS, NULL, intern_cstr(builtins[i].name), typ_invalid);
		o->u.builtin.id = builtins[i].id;
		def(o);
	}
	/* the universe's type sets are fixed: compute nothing lazily for them */
	typ_any->u.iface.tset = NEW(types_arena(), TypeSet);
	typ_any->u.iface.tset->allterms = true;
	typ_empty_iface->u.iface.tset = typ_any->u.iface.tset;
}
