/* struct.c: struct types (spec: Struct types).
 *
 * Fields keep source order; embedded fields are named after their type
 * name. Whether an embedded type is allowed is checked late, when the
 * types it names are complete. */
#include <string.h>

#include "check.h"

/* The name an embedded field takes from its type: T, *T, p.T, T[A];
 * NULL if the type cannot be embedded (**T, []T, ...). */
static Expr *embedded_field_ident(Expr *e)
{
	switch (e->kind) {
	case EXPR_IDENT:
		return e;
	case EXPR_STAR:
		/* *T is valid, **T is not */
		if (e->u.star.x->kind != EXPR_STAR)
			return embedded_field_ident(e->u.star.x);
		return NULL;
	case EXPR_SELECTOR:
		return e->u.selector.sel;
	case EXPR_INDEX:
		return embedded_field_ident(e->u.index.x);
	case EXPR_INDEXLIST:
		return embedded_field_ident(e->u.indexlist.x);
	default:
		return NULL;
	}
}

/* The value of a tag literal ("" if there is none). */
static const char *field_tag(Checker *c, Expr *t)
{
	Const *v;
	size_t n;
	const char *s;
	if (!t)
		return "";
	if (t->kind == EXPR_BASICLIT && t->u.lit.kind == TOK_STRING) {
		v = const_from_literal(t->u.lit.value, (size_t)t->u.lit.len, TOK_STRING);
		if (const_kind(v) == CONST_STRING) {
			s = const_string_val(v, &n);
			return arena_strndup(c->arena, s, n);
		}
	}
	check_errorf(c, expr_start_pos(t), "invalid AST: incorrect tag syntax: %s", expr_string(t));
	return "";
}

typedef struct EmbedCheck {
	Type *typ;
	Pos pos;
} EmbedCheck;

/* spec: an embedded type is T or *T with T a type name, and T is not a
 * pointer type (nor a type parameter; *T not a pointer to an interface). */
static void embedded_later(Checker *c, void *arg)
{
	EmbedCheck *ec = arg;
	bool isptr;
	Type *t = type_deref(ec->typ, &isptr);
	Type *u = type_under(t);
	switch (u->kind) {
	case TYPE_BASIC:
		if (t == typ_invalid)
			return;
		if (u->u.basic.kind == KIND_UNSAFEPOINTER)
			check_errorf(c, ec->pos, "embedded field type cannot be unsafe.Pointer");
		break;
	case TYPE_POINTER:
		check_errorf(c, ec->pos, "embedded field type cannot be a pointer");
		break;
	case TYPE_INTERFACE:
		if (is_typeparam(t)) {
			check_errorf(c, ec->pos, "embedded field type cannot be a (pointer to a) type parameter");
			break;
		}
		if (isptr)
			check_errorf(c, ec->pos, "embedded field type cannot be a pointer to an interface");
		break;
	default:
		break;
	}
}

typedef struct FieldSet {
	Checker *c;
	Object **fields;
	const char **tags;
	int n, cap;
	bool hastags;
	PtrMap names;              /* name -> field, for duplicates */
} FieldSet;

static void add_field(FieldSet *fs, Expr *ident, bool embedded, Pos pos, Type *typ, const char *tag)
{
	Checker *c = fs->c;
	const char *name = ident->u.ident.name;
	Object *fld = new_field(pos, c->pkg, name, typ, embedded);
	if (strcmp(name, "_") != 0) {
		/* spec: non-blank field names are unique within a struct */
		Object *alt = ptrmap_get(&fs->names, name);
		if (alt) {
			check_error_alt(c, pos, check_sprintf(c, "%s redeclared", name), alt);
			return;
		}
		ptrmap_put(&fs->names, name, fld);
	}
	if (fs->n == fs->cap) {
		int cap = fs->cap ? 2 * fs->cap : 8;
		Object **f = NEWARRAY(c->arena, Object *, cap);
		const char **t = NEWARRAY(c->arena, const char *, cap);
		if (fs->n) {
			memcpy(f, fs->fields, sizeof *f * (size_t)fs->n);
			memcpy(t, fs->tags, sizeof *t * (size_t)fs->n);
		}
		fs->fields = f;
		fs->tags = t;
		fs->cap = cap;
	}
	fs->fields[fs->n] = fld;
	fs->tags[fs->n] = tag;
	fs->n++;
	if (*tag)
		fs->hastags = true;
	record_def(c, ident, fld);
}

void check_struct_type(Checker *c, Type *st, Expr *e)
{
	FieldList *list = e->u.structtype.fields;
	FieldSet fs;
	int i, j;

	if (!list || list->n == 0)
		return;
	memset(&fs, 0, sizeof fs);
	fs.c = c;
	for (i = 0; i < list->n; i++) {
		Field *f = list->list[i];
		Type *typ = check_var_type(c, f->type);
		const char *tag = field_tag(c, f->tag);
		if (f->names.n > 0) {
			for (j = 0; j < f->names.n; j++)
				add_field(&fs, f->names.v[j], false, f->names.v[j]->pos, typ, tag);
		} else {
			Pos pos = ast_expr_start(f->type);
			Expr *name = embedded_field_ident(f->type);
			EmbedCheck *ec;
			if (!name) {
				/* keep a field, so that the count matches the source */
				Expr *blank = NEW(c->arena, Expr);
				check_errorf(c, pos, "invalid embedded field type %s", expr_string(f->type));
				blank->kind = EXPR_IDENT;
				blank->pos = pos;
				blank->u.ident.name = intern_cstr("_");
				add_field(&fs, blank, true, pos, typ_invalid, "");
				continue;
			}
			add_field(&fs, name, true, release_has(FEAT_EMBEDDED_POS) ? name->pos : pos, typ, tag);
			ec = NEW(c->tmp, EmbedCheck);
			ec->typ = typ;
			ec->pos = pos;
			check_later(c, embedded_later, ec);
		}
	}
	ptrmap_free(&fs.names);
	st->u.strct.fields = fs.fields;
	st->u.strct.nfields = fs.n;
	st->u.strct.tags = fs.hastags ? fs.tags : NULL;
}
