/* typestr.c: types and objects as go/types prints them (TypeString,
 * ObjectString). The differential tests compare these strings, and
 * gc's type error messages use the same forms with another qualifier. */
#include <string.h>

#include "check.h"

typedef struct Writer {
	Buf *b;
	Qualifier q;
	void *qctx;
	Type *seen[128];           /* types being written, to stop on cycles */
	int nseen;
} Writer;

static void write_type(Writer *w, Type *t);
static void write_signature(Writer *w, Type *sig);

const char *qualify_by_path(Pkg *pkg, void *ctx)
{
	(void)ctx;
	return pkg->path;
}

/* Separators are followed by a space, as go/types writes them. */
static void sep(Writer *w, char c)
{
	buf_putc(w->b, c);
	if (c == ',' || c == ';')
		buf_putc(w->b, ' ');
}

static void write_pkg(Writer *w, Pkg *pkg)
{
	const char *s;
	if (!pkg)
		return;
	s = w->q ? w->q(pkg, w->qctx) : pkg->path;
	if (s && *s) {
		buf_puts(w->b, s);
		buf_putc(w->b, '.');
	}
}

static void write_typename(Writer *w, Object *obj)
{
	if (obj->pkg)
		write_pkg(w, obj->pkg);
	buf_puts(w->b, obj->name);
}

static void write_type_list(Writer *w, TypeList l)
{
	int i;
	buf_putc(w->b, '[');
	for (i = 0; i < l.n; i++) {
		if (i > 0)
			sep(w, ',');
		write_type(w, l.v[i]);
	}
	buf_putc(w->b, ']');
}

/* [P, Q any, R comparable]: consecutive parameters with the same bound share it */
static void write_tparam_list(Writer *w, TypeList l)
{
	Type *prev = NULL;
	int i;
	buf_putc(w->b, '[');
	for (i = 0; i < l.n; i++) {
		Type *tp = l.v[i];
		if (i > 0) {
			if (tp->u.tparam.bound != prev) {
				buf_putc(w->b, ' ');
				write_type(w, prev);
			}
			sep(w, ',');
		}
		prev = tp->u.tparam.bound;
		write_type(w, tp);
	}
	if (prev) {
		buf_putc(w->b, ' ');
		write_type(w, prev);
	}
	buf_putc(w->b, ']');
}

static void write_tuple(Writer *w, Type *tup, bool variadic)
{
	int i, n = type_tuple_len(tup);
	buf_putc(w->b, '(');
	for (i = 0; i < n; i++) {
		Object *v = tup->u.tuple.vars[i];
		Type *t = v->type;
		if (i > 0)
			sep(w, ',');
		if (v->name[0]) {
			buf_puts(w->b, v->name);
			buf_putc(w->b, ' ');
		}
		if (variadic && i == n - 1) {
			if (t && t->kind == TYPE_SLICE) {
				buf_puts(w->b, "...");
				t = t->u.slice.elem;
			} else {
				/* append(s, "x"...) has signature func([]byte, string...) */
				Type *u = type_under(t);
				if (!u || u->kind != TYPE_BASIC || u->u.basic.kind != KIND_STRING) {
					buf_puts(w->b, "<expected string type>");
					continue;
				}
				write_type(w, t);
				buf_puts(w->b, "...");
				continue;
			}
		}
		write_type(w, t);
	}
	buf_putc(w->b, ')');
}

static void write_signature(Writer *w, Type *sig)
{
	int n;
	if (sig->u.sig.tparams.n)
		write_tparam_list(w, sig->u.sig.tparams);
	write_tuple(w, sig->u.sig.params, sig->u.sig.variadic);
	n = type_tuple_len(sig->u.sig.results);
	if (n == 0)
		return;
	buf_putc(w->b, ' ');
	if (n == 1 && sig->u.sig.results->u.tuple.vars[0]->name[0] == 0) {
		write_type(w, sig->u.sig.results->u.tuple.vars[0]->type);
		return;
	}
	write_tuple(w, sig->u.sig.results, false);
}

static void write_interface(Writer *w, Type *t)
{
	int i;
	bool first = true;
	if (t == typ_any) {
		buf_puts(w->b, "any");
		return;
	}
	if (t == typ_comparable->u.named.underlying) {
		buf_puts(w->b, "interface{comparable}");
		return;
	}
	if (t->u.iface.implicit) {
		if (t->u.iface.nmethods == 0 && t->u.iface.nembeddeds == 1) {
			write_type(w, t->u.iface.embeddeds[0]);
			return;
		}
		buf_puts(w->b, "/* implicit */ ");
	}
	buf_puts(w->b, "interface{");
	for (i = 0; i < t->u.iface.nmethods; i++) {
		Object *m = t->u.iface.methods[i];
		if (!first)
			sep(w, ';');
		first = false;
		buf_puts(w->b, m->name);
		write_signature(w, m->type);
	}
	for (i = 0; i < t->u.iface.nembeddeds; i++) {
		if (!first)
			sep(w, ';');
		first = false;
		write_type(w, t->u.iface.embeddeds[i]);
	}
	buf_putc(w->b, '}');
}

static void write_type(Writer *w, Type *t)
{
	int i;
	if (!t) {
		buf_puts(w->b, "<nil>");
		return;
	}
	for (i = 0; i < w->nseen; i++) {
		if (w->seen[i] == t) {
			buf_puts(w->b, "<cycle to ");
			buf_puts(w->b, t->kind == TYPE_INTERFACE ? "*types.Interface" : "type");
			buf_puts(w->b, ">");
			return;
		}
	}
	if (w->nseen == NELEM(w->seen)) {
		buf_puts(w->b, "...");
		return;
	}
	w->seen[w->nseen++] = t;
	switch (t->kind) {
	case TYPE_BASIC:
		if (t->u.basic.kind == KIND_UNSAFEPOINTER && t == typ_basic[KIND_UNSAFEPOINTER]) {
			write_pkg(w, unsafe_pkg);
			buf_puts(w->b, "Pointer");
		} else {
			buf_puts(w->b, t->u.basic.name);
		}
		break;
	case TYPE_ARRAY:
		buf_printf(w->b, "[%lld]", (long long)t->u.array.len);
		write_type(w, t->u.array.elem);
		break;
	case TYPE_SLICE:
		buf_puts(w->b, "[]");
		write_type(w, t->u.slice.elem);
		break;
	case TYPE_STRUCT:
		buf_puts(w->b, "struct{");
		for (i = 0; i < t->u.strct.nfields; i++) {
			Object *f = t->u.strct.fields[i];
			const char *tag = t->u.strct.tags ? t->u.strct.tags[i] : NULL;
			if (i > 0)
				sep(w, ';');
			if (!f->u.var.embedded) {
				buf_puts(w->b, f->name);
				buf_putc(w->b, ' ');
			}
			write_type(w, f->type);
			if (tag && *tag) {
				buf_putc(w->b, ' ');
				go_quote(w->b, tag, strlen(tag));
			}
		}
		buf_putc(w->b, '}');
		break;
	case TYPE_POINTER:
		buf_putc(w->b, '*');
		write_type(w, t->u.pointer.elem);
		break;
	case TYPE_TUPLE:
		write_tuple(w, t, false);
		break;
	case TYPE_SIGNATURE:
		buf_puts(w->b, "func");
		write_signature(w, t);
		break;
	case TYPE_UNION:
		if (t->u.uni.nterms == 0) {
			buf_puts(w->b, "<empty union>");
			break;
		}
		for (i = 0; i < t->u.uni.nterms; i++) {
			if (i > 0)
				buf_puts(w->b, release_has(FEAT_UNION_SPACED) ? " | " : "|");
			if (t->u.uni.terms[i]->tilde)
				buf_putc(w->b, '~');
			write_type(w, t->u.uni.terms[i]->type);
		}
		break;
	case TYPE_INTERFACE:
		write_interface(w, t);
		break;
	case TYPE_MAP:
		buf_puts(w->b, "map[");
		write_type(w, t->u.map.key);
		buf_putc(w->b, ']');
		write_type(w, t->u.map.elem);
		break;
	case TYPE_CHAN: {
		bool parens = false;
		switch (t->u.chan.dir) {
		case CHANDIR_BOTH:
			buf_puts(w->b, "chan ");
			/* chan (<-chan T) needs the parentheses */
			parens = t->u.chan.elem && t->u.chan.elem->kind == TYPE_CHAN &&
			         t->u.chan.elem->u.chan.dir == CHANDIR_RECV;
			break;
		case CHANDIR_SEND:
			buf_puts(w->b, "chan<- ");
			break;
		default:
			buf_puts(w->b, "<-chan ");
			break;
		}
		if (parens)
			buf_putc(w->b, '(');
		write_type(w, t->u.chan.elem);
		if (parens)
			buf_putc(w->b, ')');
		break;
	}
	case TYPE_NAMED:
		write_typename(w, t->u.named.obj);
		if (t->u.named.orig != t)
			write_type_list(w, t->u.named.targs);
		else if (t->u.named.tparams.n)
			write_tparam_list(w, t->u.named.tparams);
		break;
	case TYPE_TYPEPARAM:
		if (!t->u.tparam.obj)
			buf_puts(w->b, "<unnamed type parameter>");
		else
			buf_puts(w->b, t->u.tparam.obj->name);
		break;
	}
	w->nseen--;
}

void type_write(Buf *b, Type *t, Qualifier q, void *qctx)
{
	Writer w = {0};
	w.b = b;
	w.q = q;
	w.qctx = qctx;
	write_type(&w, t);
}

const char *type_string(Type *t, Qualifier q, void *qctx)
{
	Buf b = {0};
	const char *s;
	type_write(&b, t, q, qctx);
	s = arena_strndup(types_arena(), b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

static void write_func_name(Writer *w, Object *f)
{
	if (f->type && f->type->kind == TYPE_SIGNATURE) {
		Object *recv = f->type->u.sig.recv;
		if (recv) {
			buf_putc(w->b, '(');
			if (recv->type && recv->type->kind == TYPE_INTERFACE)
				buf_puts(w->b, "interface");
			else
				write_type(w, recv->type);
			buf_puts(w->b, ").");
		} else if (f->pkg) {
			write_pkg(w, f->pkg);
		}
	}
	buf_puts(w->b, f->name);
}

const char *func_full_name(Object *f)
{
	Buf b = {0};
	Writer w = {0};
	const char *s;
	w.b = &b;
	write_func_name(&w, f);
	s = arena_strndup(types_arena(), b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

void obj_write(Buf *b, Object *o, Qualifier q, void *qctx)
{
	Writer w = {0};
	Type *t = o->type;
	Object *tname = NULL;
	w.b = b;
	w.q = q;
	w.qctx = qctx;
	switch (o->kind) {
	case OBJ_PKGNAME:
		buf_printf(b, "package %s", o->name);
		if (o->u.pkgname.imported && o->u.pkgname.imported->path[0] &&
		    strcmp(o->u.pkgname.imported->path, o->name) != 0) {
			buf_puts(b, " (");
			go_quote(b, o->u.pkgname.imported->path, strlen(o->u.pkgname.imported->path));
			buf_putc(b, ')');
		}
		return;
	case OBJ_CONST:
		buf_puts(b, "const");
		break;
	case OBJ_TYPENAME:
		tname = o;
		buf_puts(b, "type");
		if (t && t->kind == TYPE_TYPEPARAM)
			buf_puts(b, " parameter");
		break;
	case OBJ_VAR:
		buf_puts(b, o->u.var.isfield ? "field" : "var");
		break;
	case OBJ_FUNC:
		buf_puts(b, "func ");
		write_func_name(&w, o);
		if (t)
			write_signature(&w, t);
		return;
	case OBJ_LABEL:
		buf_puts(b, "label");
		t = NULL;
		break;
	case OBJ_BUILTIN:
		buf_puts(b, "builtin");
		t = NULL;
		break;
	case OBJ_NIL:
		buf_puts(b, "nil");
		return;
	case OBJ_BAD:
		buf_puts(b, "bad object");
		return;
	}
	buf_putc(b, ' ');
	/* package-level objects are qualified */
	if (o->pkg && scope_lookup(o->pkg->scope, o->name) == o)
		write_pkg(&w, o->pkg);
	buf_puts(b, o->name);
	if (!t)
		return;
	if (tname) {
		if (t->kind == TYPE_BASIC)
			return;
		if (t->kind == TYPE_NAMED && t->u.named.tparams.n)
			write_tparam_list(&w, t->u.named.tparams);
		if (tname->u.typename.isalias)
			buf_puts(b, " =");
		else if (t->kind == TYPE_TYPEPARAM)
			t = t->u.tparam.bound;
		else
			t = type_under(t);
	}
	if (t == typ_any && o->kind == OBJ_TYPENAME && o->pkg == NULL)
		t = typ_empty_iface;   /* "type any = interface{}", not "= any" */
	buf_putc(b, ' ');
	write_type(&w, t);
}
