/* gcfmt.c: types printed the way gc prints them in its messages (gc's
 * types/fmt.go, fmtGo mode): "interface {}", "func(int) string",
 * "List[p.S]" for instances, with package names as qualifiers, or
 * quoted paths where two packages gc has heard of share a name. */
#include <stdio.h>
#include <string.h>

#include "check.h"

static Pkg *local_pkg;
static PtrMap ambiguous_names;   /* package name -> non-NULL when two packages share it */

void gc_fmt_set_local(Pkg *local, Pkg **all, int nall)
{
	PtrMap seen = {0};
	int i;
	local_pkg = local;
	ptrmap_free(&ambiguous_names);
	for (i = 0; i < nall; i++) {
		Pkg *p = all[i], *q = ptrmap_get(&seen, p->name);
		if (q && q != p)
			ptrmap_put(&ambiguous_names, p->name, p);
		else
			ptrmap_put(&seen, p->name, p);
	}
	ptrmap_free(&seen);
}

/* How a package prefixes its names: nothing for the local package,
 * the name, or the quoted path when another package has the same name. */
void gc_fmt_qual(Buf *b, Pkg *pkg)
{
	if (!pkg || pkg == local_pkg)
		return;
	if (!release_has(FEAT_QUAL_BY_NAME) && ptrmap_get(&ambiguous_names, pkg->name)) {
		go_quote(b, pkg->path, strlen(pkg->path));
	} else {
		buf_puts(b, pkg->name);
	}
	buf_putc(b, '.');
}

static void fmt_type(Buf *b, Type *t, int depth);

static void fmt_params(Buf *b, Type *tup, bool variadic, int depth)
{
	int i, n = type_tuple_len(tup);
	buf_putc(b, '(');
	for (i = 0; i < n; i++) {
		Type *pt = tup->u.tuple.vars[i]->type;
		if (i)
			buf_puts(b, ", ");
		if (variadic && i == n - 1 && pt->kind == TYPE_SLICE) {
			buf_puts(b, "...");
			fmt_type(b, pt->u.slice.elem, depth + 1);
		} else {
			fmt_type(b, pt, depth + 1);
		}
	}
	buf_putc(b, ')');
}

static void fmt_sig(Buf *b, Type *t, int depth)
{
	int nres = type_tuple_len(t->u.sig.results);
	fmt_params(b, t->u.sig.params, t->u.sig.variadic, depth);
	if (nres == 1) {
		buf_putc(b, ' ');
		fmt_type(b, t->u.sig.results->u.tuple.vars[0]->type, depth + 1);
	} else if (nres > 1) {
		buf_putc(b, ' ');
		fmt_params(b, t->u.sig.results, false, depth);
	}
}

static void fmt_type(Buf *b, Type *t, int depth)
{
	int i;
	if (!t) {
		buf_puts(b, "<T>");
		return;
	}
	/* gc spells types in full, however deep (test/fixedbugs has a
	 * slice of 150 dimensions); the bound only stops a runaway */
	if (depth > 10000) {
		buf_puts(b, "...");
		return;
	}
	switch (t->kind) {
	case TYPE_BASIC:
		if (t->u.basic.kind == KIND_UNSAFEPOINTER)
			buf_puts(b, "unsafe.Pointer");
		else
			buf_puts(b, t->u.basic.name);
		return;
	case TYPE_NAMED: {
		Object *o = t->u.named.obj;
		if (t == typ_error) {
			buf_puts(b, "error");
			return;
		}
		gc_fmt_qual(b, o->pkg);
		buf_puts(b, o->name);
		if (t->u.named.orig != t) {
			/* instances are named with the link strings of their type
			 * arguments (shape.c): "List[p.S]" */
			buf_putc(b, '[');
			for (i = 0; i < t->u.named.targs.n; i++) {
				if (i)
					buf_putc(b, ',');
				gc_link_string(b, t->u.named.targs.v[i]);
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
		fmt_type(b, t->u.pointer.elem, depth + 1);
		return;
	case TYPE_ARRAY:
		buf_printf(b, "[%lld]", (long long)t->u.array.len);
		fmt_type(b, t->u.array.elem, depth + 1);
		return;
	case TYPE_SLICE:
		buf_puts(b, "[]");
		fmt_type(b, t->u.slice.elem, depth + 1);
		return;
	case TYPE_CHAN:
		if (t->u.chan.dir == CHANDIR_RECV) {
			buf_puts(b, "<-chan ");
			fmt_type(b, t->u.chan.elem, depth + 1);
		} else if (t->u.chan.dir == CHANDIR_SEND) {
			buf_puts(b, "chan<- ");
			fmt_type(b, t->u.chan.elem, depth + 1);
		} else {
			Type *el = t->u.chan.elem;
			buf_puts(b, "chan ");
			if (el && el->kind == TYPE_CHAN && el->u.chan.dir == CHANDIR_RECV) {
				buf_putc(b, '(');
				fmt_type(b, el, depth + 1);
				buf_putc(b, ')');
			} else {
				fmt_type(b, el, depth + 1);
			}
		}
		return;
	case TYPE_MAP:
		buf_puts(b, "map[");
		fmt_type(b, t->u.map.key, depth + 1);
		buf_putc(b, ']');
		fmt_type(b, t->u.map.elem, depth + 1);
		return;
	case TYPE_INTERFACE: {
		TypeSet *ts;
		if (t == typ_any) {
			/* written as "any": gc keeps the name */
			buf_puts(b, "any");
			return;
		}
		ts = interface_type_set(NULL, NOPOS, t);
		if (!ts || ts->nmethods == 0) {
			buf_puts(b, "interface {}");
			return;
		}
		buf_puts(b, "interface {");
		for (i = 0; i < ts->nmethods; i++) {
			Object *m = ts->methods[i];
			if (i)
				buf_putc(b, ';');
			buf_putc(b, ' ');
			if (!obj_exported(m) && m->pkg) {
				buf_puts(b, gc_link_prefix(m->pkg));   /* gc spells these as link names */
				buf_putc(b, '.');
			}
			buf_puts(b, m->name);
			fmt_sig(b, m->type, depth + 1);
		}
		buf_puts(b, " }");
		return;
	}
	case TYPE_SIGNATURE:
		buf_puts(b, "func");
		fmt_sig(b, t, depth);
		return;
	case TYPE_STRUCT:
		buf_puts(b, "struct {");
		for (i = 0; i < t->u.strct.nfields; i++) {
			Object *f = t->u.strct.fields[i];
			const char *tag = t->u.strct.tags ? t->u.strct.tags[i] : NULL;
			if (i)
				buf_putc(b, ';');
			buf_putc(b, ' ');
			if (!f->u.var.embedded) {
				if (!obj_exported(f))
					gc_fmt_qual(b, f->pkg);
				buf_puts(b, f->name);
				buf_putc(b, ' ');
			}
			fmt_type(b, f->type, depth + 1);
			if (tag && *tag) {
				buf_putc(b, ' ');
				go_quote(b, tag, strlen(tag));
			}
		}
		if (t->u.strct.nfields)
			buf_putc(b, ' ');
		buf_putc(b, '}');
		return;
	case TYPE_TUPLE:
		fmt_params(b, t, false, depth);
		return;
	case TYPE_UNION:
		for (i = 0; i < t->u.uni.nterms; i++) {
			if (i)
				buf_putc(b, '|');
			if (t->u.uni.terms[i]->tilde)
				buf_putc(b, '~');
			fmt_type(b, t->u.uni.terms[i]->type, depth + 1);
		}
		return;
	}
}

void gc_fmt_type_qualified(Buf *b, Type *t)
{
	Pkg *save = local_pkg;
	local_pkg = NULL;
	fmt_type(b, t, 0);
	local_pkg = save;
}

void gc_fmt_type(Buf *b, Type *t, Pkg *local)
{
	(void)local;
	fmt_type(b, t, 0);
}

/* t as gc prints it, seen from package local, into b (for the checker,
 * which runs before a package's IR exists) */
void gc_type_buf(Buf *b, Type *t, Pkg *local)
{
	Pkg *save = local_pkg;
	PtrMap amb = ambiguous_names;
	memset(&ambiguous_names, 0, sizeof ambiguous_names);
	local_pkg = local;
	fmt_type(b, t, 0);
	local_pkg = save;
	ambiguous_names = amb;
}

Pkg *gc_fmt_local(void)
{
	return local_pkg;
}
