/* shape.c: shape types, and gc's link strings.
 *
 * A link string spells a type uniquely: named types carry their
 * package's symbol prefix (the escaped import path: "p.S",
 * "example.com/x%2ey.T"), byte and rune are uint8 and int32, any is
 * "interface {}", unexported field and method names are qualified.
 * gc names instances of generic types with the link strings of their
 * type arguments ("List[p.S]"), and the same spelling names shapes,
 * instantiated functions and dictionaries.
 *
 * A shape stands for every type argument with the same underlying
 * type: gc compiles one instance per tuple of shapes. It is a named
 * type of package "go.shape" whose name is the link string of that
 * underlying type followed by the type parameter's index
 * ("go.shape.string_1"). All pointers share the shape *uint8, unless
 * the constraint has a core type or the pointer's element is an array
 * or not in heap. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

Pkg *gc_shape_pkg;
static const char *cmdline_path;

void gc_set_cmdline_pkgpath(const char *path)
{
	cmdline_path = path;
}

/* The import path gc compiles pkg as: the go command gives main
 * packages the path "main"; -p names the command line's package. */
static const char *compiled_path(Pkg *pkg)
{
	if (cmdline_path && strcmp(pkg->path, "command-line-arguments") == 0)
		return cmdline_path;
	if (pkg->name && strcmp(pkg->name, "main") == 0 && pkg != gc_shape_pkg)
		return "main";
	return pkg->path;
}

/* cmd/internal/objabi's PathToPrefix: control characters, '%', '"',
 * non-ASCII bytes and dots after the last slash are escaped. */
const char *gc_link_prefix(Pkg *pkg)
{
	static PtrMap cache;   /* path -> prefix */
	const char *path = compiled_path(pkg), *slash, *r;
	Buf b = {0};
	const char *p;
	if (pkg == gc_shape_pkg)
		return "go.shape";   /* shapes are spelled unescaped */
	if ((r = ptrmap_get(&cache, path)))
		return r;
	slash = strrchr(path, '/');
	for (p = path; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c <= ' ' || (c == '.' && (!slash || p > slash)) || c == '%' || c == '"' || c >= 0x7f)
			buf_printf(&b, "%%%c%c", "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15]);
		else
			buf_putc(&b, c);
	}
	r = intern(b.s ? b.s : "", b.n);
	buf_free(&b);
	ptrmap_put(&cache, intern_cstr(path), (void *)r);
	return r;
}

/* --- link strings ------------------------------------------------------------------- */

static void link_type(Buf *b, Type *t, int depth);

static void link_qual_name(Buf *b, Pkg *pkg, const char *name)
{
	if (pkg) {
		buf_puts(b, gc_link_prefix(pkg));
		buf_putc(b, '.');
	}
	buf_puts(b, name);
}

static const char *basic_name(Type *t)
{
	static const char *const names[NBASICKINDS] = {
		[KIND_BOOL] = "bool", [KIND_INT] = "int", [KIND_INT8] = "int8", [KIND_INT16] = "int16",
		[KIND_INT32] = "int32", [KIND_INT64] = "int64", [KIND_UINT] = "uint", [KIND_UINT8] = "uint8",
		[KIND_UINT16] = "uint16", [KIND_UINT32] = "uint32", [KIND_UINT64] = "uint64",
		[KIND_UINTPTR] = "uintptr", [KIND_FLOAT32] = "float32", [KIND_FLOAT64] = "float64",
		[KIND_COMPLEX64] = "complex64", [KIND_COMPLEX128] = "complex128", [KIND_STRING] = "string",
		[KIND_UNSAFEPOINTER] = "unsafe.Pointer",
	};
	const char *s = names[t->u.basic.kind];
	return s ? s : t->u.basic.name;
}

/* gc's order of interface methods: exported names first, then by name */
static int method_cmp(const void *a, const void *b)
{
	const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	bool ex = obj_exported(x), ey = obj_exported(y);
	if (ex != ey)
		return ex ? -1 : 1;
	return strcmp(x->name, y->name);
}

static void link_params(Buf *b, Type *tup, bool variadic, int depth)
{
	int i, n = type_tuple_len(tup);
	buf_putc(b, '(');
	for (i = 0; i < n; i++) {
		Type *pt = tup->u.tuple.vars[i]->type;
		if (i)
			buf_puts(b, ", ");
		if (variadic && i == n - 1 && pt->kind == TYPE_SLICE) {
			buf_puts(b, "...");
			link_type(b, pt->u.slice.elem, depth + 1);
		} else {
			link_type(b, pt, depth + 1);
		}
	}
	buf_putc(b, ')');
}

static void link_sig(Buf *b, Type *t, int depth)
{
	int nres = type_tuple_len(t->u.sig.results);
	link_params(b, t->u.sig.params, t->u.sig.variadic, depth);
	if (nres == 1) {
		buf_putc(b, ' ');
		link_type(b, t->u.sig.results->u.tuple.vars[0]->type, depth + 1);
	} else if (nres > 1) {
		buf_putc(b, ' ');
		link_params(b, t->u.sig.results, false, depth);
	}
}

/* An embedded field is spelled by its type alone when its name is the
 * type's; otherwise (an alias renamed it) as "Name = T". */
static void link_field(Buf *b, Object *f, const char *tag, int depth)
{
	const char *name = f->name;
	const char *sep = " ";
	if (f->u.var.embedded) {
		Type *et = f->type;
		Object *tn = NULL;
		sep = " = ";
		if (et->kind == TYPE_POINTER)
			et = et->u.pointer.elem;
		if (et->kind == TYPE_NAMED)
			tn = et->u.named.obj;
		if (tn && tn->name == f->name && (tn->pkg == f->pkg || obj_exported(f)))
			name = NULL;
		else if (!tn && et->kind == TYPE_BASIC && obj_exported(f) && strcmp(basic_name(et), f->name) == 0)
			name = NULL;
	}
	if (name) {
		if (!name_exported(name) && f->pkg)
			link_qual_name(b, f->pkg, name);
		else
			buf_puts(b, name);
		buf_puts(b, sep);
	}
	link_type(b, f->type, depth + 1);
	if (tag && *tag) {
		buf_putc(b, ' ');
		go_quote(b, tag, strlen(tag));
	}
}

static void link_type(Buf *b, Type *t, int depth)
{
	int i;
	if (!t) {
		buf_puts(b, "<T>");
		return;
	}
	if (depth > 100) {
		buf_puts(b, "...");
		return;
	}
	switch (t->kind) {
	case TYPE_BASIC:
		buf_puts(b, basic_name(t));
		return;
	case TYPE_NAMED: {
		Object *o = t->u.named.obj;
		if (t == typ_error) {
			buf_puts(b, "error");
			return;
		}
		link_qual_name(b, o->pkg, o->name);
		if (o->kind == OBJ_TYPENAME && o->u.typename.localgen)
			buf_printf(b, "\xc2\xb7%d", o->u.typename.localgen);   /* T·N: declared in a function */
		if (t->u.named.orig != t) {
			buf_putc(b, '[');
			for (i = 0; i < t->u.named.targs.n; i++) {
				if (i)
					buf_putc(b, ',');
				link_type(b, t->u.named.targs.v[i], depth + 1);
			}
			buf_putc(b, ']');
		}
		return;
	}
	case TYPE_TYPEPARAM:
		buf_puts(b, t->u.tparam.obj->name);
		return;
	case TYPE_POINTER:
		buf_putc(b, '*');
		link_type(b, t->u.pointer.elem, depth + 1);
		return;
	case TYPE_ARRAY:
		buf_printf(b, "[%lld]", (long long)t->u.array.len);
		link_type(b, t->u.array.elem, depth + 1);
		return;
	case TYPE_SLICE:
		buf_puts(b, "[]");
		link_type(b, t->u.slice.elem, depth + 1);
		return;
	case TYPE_CHAN: {
		Type *el = t->u.chan.elem;
		if (t->u.chan.dir == CHANDIR_RECV) {
			buf_puts(b, "<-chan ");
		} else if (t->u.chan.dir == CHANDIR_SEND) {
			buf_puts(b, "chan<- ");
		} else {
			buf_puts(b, "chan ");
			if (el && el->kind == TYPE_CHAN && el->u.chan.dir == CHANDIR_RECV) {
				buf_putc(b, '(');
				link_type(b, el, depth + 1);
				buf_putc(b, ')');
				return;
			}
		}
		link_type(b, el, depth + 1);
		return;
	}
	case TYPE_MAP:
		buf_puts(b, "map[");
		link_type(b, t->u.map.key, depth + 1);
		buf_putc(b, ']');
		link_type(b, t->u.map.elem, depth + 1);
		return;
	case TYPE_INTERFACE: {
		TypeSet *ts = interface_type_set(NULL, NOPOS, t);
		Object **ms;
		if (!ts || ts->nmethods == 0) {
			buf_puts(b, "interface {}");
			return;
		}
		ms = xmalloc(sizeof *ms * (size_t)ts->nmethods);
		memcpy(ms, ts->methods, sizeof *ms * (size_t)ts->nmethods);
		qsort(ms, (size_t)ts->nmethods, sizeof *ms, method_cmp);
		buf_puts(b, "interface {");
		for (i = 0; i < ts->nmethods; i++) {
			buf_puts(b, i ? "; " : " ");
			if (!obj_exported(ms[i]) && ms[i]->pkg)
				link_qual_name(b, ms[i]->pkg, ms[i]->name);
			else
				buf_puts(b, ms[i]->name);
			link_sig(b, ms[i]->type, depth + 1);
		}
		buf_puts(b, " }");
		free(ms);
		return;
	}
	case TYPE_SIGNATURE:
		buf_puts(b, "func");
		link_sig(b, t, depth);
		return;
	case TYPE_STRUCT:
		buf_puts(b, "struct {");
		for (i = 0; i < t->u.strct.nfields; i++) {
			buf_puts(b, i ? "; " : " ");
			link_field(b, t->u.strct.fields[i], t->u.strct.tags ? t->u.strct.tags[i] : NULL, depth);
		}
		if (t->u.strct.nfields)
			buf_putc(b, ' ');
		buf_putc(b, '}');
		return;
	case TYPE_TUPLE:
		link_params(b, t, false, depth);
		return;
	case TYPE_UNION:
		for (i = 0; i < t->u.uni.nterms; i++) {
			if (i)
				buf_putc(b, '|');
			if (t->u.uni.terms[i]->tilde)
				buf_putc(b, '~');
			link_type(b, t->u.uni.terms[i]->type, depth + 1);
		}
		return;
	}
}

void gc_link_string(Buf *b, Type *t)
{
	if (t == typ_any)
		t = typ_empty_iface;
	link_type(b, t, 0);
}

const char *gc_link_string_of(Type *t)
{
	Buf b = {0};
	const char *s;
	gc_link_string(&b, t);
	s = intern(b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

/* --- shapes ------------------------------------------------------------------------ */

bool gc_is_shape(Type *t)
{
	return t && t->kind == TYPE_NAMED && gc_shape_pkg && t->u.named.obj->pkg == gc_shape_pkg;
}

bool gc_has_shape(Type *t)
{
	int i;
	if (!t)
		return false;
	switch (t->kind) {
	case TYPE_NAMED:
		if (gc_is_shape(t))
			return true;
		for (i = 0; i < t->u.named.targs.n; i++)
			if (gc_has_shape(t->u.named.targs.v[i]))
				return true;
		return false;
	case TYPE_POINTER: return gc_has_shape(t->u.pointer.elem);
	case TYPE_SLICE: return gc_has_shape(t->u.slice.elem);
	case TYPE_ARRAY: return gc_has_shape(t->u.array.elem);
	case TYPE_CHAN: return gc_has_shape(t->u.chan.elem);
	case TYPE_MAP: return gc_has_shape(t->u.map.key) || gc_has_shape(t->u.map.elem);
	case TYPE_STRUCT:
		for (i = 0; i < t->u.strct.nfields; i++)
			if (gc_has_shape(t->u.strct.fields[i]->type))
				return true;
		return false;
	case TYPE_TUPLE:
		for (i = 0; i < t->u.tuple.n; i++)
			if (gc_has_shape(t->u.tuple.vars[i]->type))
				return true;
		return false;
	case TYPE_SIGNATURE:
		return gc_has_shape(t->u.sig.params) || gc_has_shape(t->u.sig.results);
	case TYPE_INTERFACE:
		for (i = 0; i < t->u.iface.nmethods; i++)
			if (gc_has_shape(t->u.iface.methods[i]->type))
				return true;
		for (i = 0; i < t->u.iface.nembeddeds; i++)
			if (gc_has_shape(t->u.iface.embeddeds[i]))
				return true;
		return false;
	default:
		return false;
	}
}

/* t with every shape inside replaced: by the type map gives for it, or
 * (map NULL) by its underlying type. */
typedef struct Reshape {
	TypeList *from, *to;
} Reshape;

static Type *reshape(Reshape *r, Type *t);

static Object **reshape_objs(Reshape *r, Object **in, int n)
{
	Object **out = NULL;
	int i;
	for (i = 0; i < n; i++) {
		Type *u = reshape(r, in[i]->type);
		if (u == in[i]->type)
			continue;
		if (!out) {
			out = NEWARRAY(types_arena(), Object *, n);
			memcpy(out, in, sizeof *out * (size_t)n);
		}
		out[i] = obj_copy_with_type(in[i], u);
	}
	return out;
}

static Type *reshape_tuple(Reshape *r, Type *t)
{
	Object **v = t ? reshape_objs(r, t->u.tuple.vars, t->u.tuple.n) : NULL;
	return v ? new_tuple(v, t->u.tuple.n) : t;
}

static Type *reshape(Reshape *r, Type *t)
{
	Type *e, *k;
	int i;
	if (!t || !gc_has_shape(t))
		return t;
	switch (t->kind) {
	case TYPE_NAMED: {
		TypeList targs;
		if (gc_is_shape(t)) {
			if (!r->from)
				return t->u.named.underlying;
			for (i = 0; i < r->from->n; i++)
				if (r->from->v[i] == t)
					return r->to->v[i];
			return t;
		}
		targs.n = t->u.named.targs.n;
		targs.v = NEWARRAY(types_arena(), Type *, targs.n);
		for (i = 0; i < targs.n; i++)
			targs.v[i] = reshape(r, t->u.named.targs.v[i]);
		return instance_of(NULL, NOPOS, t->u.named.orig, targs);
	}
	case TYPE_POINTER: return new_pointer(reshape(r, t->u.pointer.elem));
	case TYPE_SLICE: return new_slice(reshape(r, t->u.slice.elem));
	case TYPE_ARRAY: return new_array(reshape(r, t->u.array.elem), t->u.array.len);
	case TYPE_CHAN: return new_chan(t->u.chan.dir, reshape(r, t->u.chan.elem));
	case TYPE_MAP:
		k = reshape(r, t->u.map.key);
		e = reshape(r, t->u.map.elem);
		return new_map(k, e);
	case TYPE_STRUCT: {
		Object **f = reshape_objs(r, t->u.strct.fields, t->u.strct.nfields);
		return f ? new_struct(f, t->u.strct.nfields, t->u.strct.tags) : t;
	}
	case TYPE_TUPLE:
		return reshape_tuple(r, t);
	case TYPE_SIGNATURE: {
		Type *n = new_type(TYPE_SIGNATURE);
		n->u.sig = t->u.sig;
		n->u.sig.params = reshape_tuple(r, t->u.sig.params);
		n->u.sig.results = reshape_tuple(r, t->u.sig.results);
		return n;
	}
	default:
		return t;
	}
}

static Type *unshape(Type *t)
{
	Reshape r = {NULL, NULL};
	return reshape(&r, t);
}

Type *gc_subst_shapes(Type *t, TypeList shapes, TypeList targs)
{
	Reshape r;
	r.from = &shapes;
	r.to = &targs;
	return reshape(&r, t);
}

static bool not_in_heap(Type *t)
{
	return t->kind == TYPE_NAMED && t->u.named.obj->u.typename.notinheap;
}

Type *gc_shapify(Type *t, int index, Type *tparam)
{
	static PtrMap shapes;   /* interned name -> shape */
	Type *u, *s;
	Object *o;
	const char *name;
	Buf b = {0};
	if (!gc_shape_pkg)
		gc_shape_pkg = new_pkg("go.shape", "go.shape");
	if (gc_is_shape(t))
		t = t->u.named.underlying;
	if (release_has(FEAT_UNIFIED_IR)) {
		/* Unified IR: a pointer is *uint8 when the constraint is a
		 * plain method set; the shape is named by its underlying
		 * type alone, shapes inside it kept ("go.shape.[]go.shape.uint8"
		 * for []E in a body shaped by E). A pointer to a type holding
		 * shapes, and an instantiated interface holding them, stay
		 * as they are. */
		Type *bound = tparam && is_typeparam(tparam) ? type_under(tparam->u.tparam.bound) : NULL;
		bool basic = !bound || (bound->kind == TYPE_INTERFACE &&
					typeset_is_method_set(interface_type_set(NULL, NOPOS, bound)));
		u = type_under(t);
		if (t->kind == TYPE_NAMED && u->kind == TYPE_INTERFACE && t->u.named.targs.n > 0 && gc_has_shape(t))
			return t;
		if (basic && u->kind == TYPE_POINTER && !not_in_heap(u->u.pointer.elem)) {
			Type *e = u->u.pointer.elem;
			if (!gc_is_shape(e) && gc_has_shape(e))
				return t;
			u = new_pointer(typ_basic[KIND_UINT8]);
		}
		gc_link_string(&b, u);
	} else {
		t = unshape(t);
		u = type_under(t);
		if (u->kind == TYPE_POINTER && type_under(u->u.pointer.elem)->kind != TYPE_ARRAY &&
		    !(tparam && is_typeparam(tparam) && type_core(tparam)) && !not_in_heap(u->u.pointer.elem))
			u = new_pointer(typ_basic[KIND_UINT8]);
		gc_link_string(&b, u);
		buf_printf(&b, "_%d", index);
	}
	name = intern(b.s, b.n);
	buf_free(&b);
	if ((s = ptrmap_get(&shapes, name)))
		return s;
	o = new_typename(NOPOS, gc_shape_pkg, name, NULL);
	s = new_named(o, u, NULL, 0);
	ptrmap_put(&shapes, name, s);
	return s;
}
