/* interface.c: interface type expressions (spec: Interface types).
 *
 * This collects the explicit methods and embedded elements; the type
 * set they describe is computed by typeset.c, late, so that embedded
 * interfaces are complete by then. */
#include <string.h>

#include "check.h"

Type *check_new_interface(Checker *c)
{
	(void)c;
	return new_interface(NULL, 0, NULL, 0);
}

typedef struct TypeSetLater {
	Type *iface;
	Pos pos;
} TypeSetLater;

/* Computing the type set reports its errors (duplicate methods, ...). */
static void type_set_later(Checker *c, void *arg)
{
	TypeSetLater *t = arg;
	interface_type_set(c, t->pos, t->iface);
}

void check_interface_type(Checker *c, Type *ityp, Expr *e, Type *def)
{
	FieldList *list = e->u.interfacetype.methods;
	Object **methods = NULL;
	Type **embeddeds = NULL;
	Pos *embedpos = NULL;
	int nm = 0, ne = 0, i, n = list ? list->n : 0;
	TypeSetLater *later;

	if (n > 0) {
		methods = NEWARRAY(c->arena, Object *, n);
		embeddeds = NEWARRAY(c->arena, Type *, n);
		embedpos = NEWARRAY(c->arena, Pos, n);
	}
	for (i = 0; i < n; i++) {
		Field *f = list->list[i];
		Expr *name;
		Type *typ;
		Object *m;
		if (f->names.n == 0) {
			embedpos[ne] = ast_expr_start(f->type);
			embeddeds[ne++] = check_union(c, f->type);
			continue;
		}
		name = f->names.v[0];
		if (strcmp(name->u.ident.name, "_") == 0) {
			check_errorf(c, name->pos, "methods must have a unique non-blank name");
			continue;
		}
		typ = check_typ(c, f->type);
		if (typ->kind != TYPE_SIGNATURE) {
			if (typ != typ_invalid)
				check_errorf(c, expr_start_pos(f->type), "invalid AST: %T is not a method signature", typ);
			continue;
		}
		/* the receiver is the named type when there is one: better messages */
		typ->u.sig.recv = new_var(name->pos, c->pkg, "", def ? def : ityp);
		m = new_func(name->pos, c->pkg, name->u.ident.name, typ);
		record_def(c, name, m);
		methods[nm++] = m;
	}
	ityp->u.iface.methods = methods;
	ityp->u.iface.nmethods = nm;
	ityp->u.iface.embeddeds = embeddeds;
	ityp->u.iface.embedpos = embedpos;
	ityp->u.iface.nembeddeds = ne;
	/* complete: usable in type set computations from now on */
	ityp->u.iface.complete = true;
	if (nm == 0 && ne == 0) {
		ityp->u.iface.tset = typ_any->u.iface.tset;
		return;
	}
	sort_methods(methods, nm);   /* not the embeddeds: they pair with embedpos */
	later = NEW(c->tmp, TypeSetLater);
	later->iface = ityp;
	later->pos = e->u.interfacetype.interfacepos;
	check_later(c, type_set_later, later);
}
