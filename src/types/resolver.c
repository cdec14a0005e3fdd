/* resolver.c: the package-level objects of all files, before any of
 * them is checked (spec: Declarations and scope, Import declarations).
 *
 * Every file gets a file scope holding its imports; constants,
 * variables, types and functions go into the package scope with a
 * DeclInfo saying where their declaration is. Methods are kept aside
 * and attached to their receiver base type when it is declared.
 * Nothing is type-checked here. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* --- declaring objects ------------------------------------------------------- */

void declare_obj(Checker *c, Scope *s, Expr *ident, Object *obj, Pos scopepos)
{
	/* spec: the blank identifier does not introduce a binding */
	if (obj->name[0] != '_' || obj->name[1] != 0) {
		Object *alt = scope_insert(s, obj);
		if (alt) {
			check_error_alt(c, obj->pos, check_sprintf(c, "%s redeclared in this block", obj->name), alt);
			return;
		}
		obj->scopepos = scopepos;
	}
	if (ident)
		record_def(c, ident, obj);
}

static void add_to_objmap(Checker *c, Object *obj, DeclInfo *d)
{
	ptrmap_put(&c->objmap, obj, d);
	if (c->nobjlist == c->capobjlist) {
		c->capobjlist = c->capobjlist ? 2 * c->capobjlist : 64;
		c->objlist = xrealloc(c->objlist, sizeof *c->objlist * (size_t)c->capobjlist);
	}
	c->objlist[c->nobjlist++] = obj;
	obj->order = (uint32_t)c->nobjlist;
}

static void declare_pkg_obj(Checker *c, Expr *ident, Object *obj, DeclInfo *d)
{
	/* spec: init may only be declared as a function; so may main in main */
	if (ident->u.ident.name == intern_cstr("init")) {
		check_errorf(c, ident->pos, "cannot declare init - must be func");
		return;
	}
	if (ident->u.ident.name == intern_cstr("main") && strcmp(c->pkg->name, "main") == 0) {
		check_errorf(c, ident->pos, "cannot declare main - must be func");
		return;
	}
	declare_obj(c, c->pkg->scope, ident, obj, NOPOS);
	add_to_objmap(c, obj, d);
}

static DeclInfo *new_decl_info(Checker *c, Scope *file)
{
	DeclInfo *d = NEW(c->tmp, DeclInfo);
	d->file = file;
	return d;
}

/* types2's arity check of a const or var spec: names against values. */
static void check_arity(Checker *c, Spec *s, ExprList names, ExprList inits, bool isconst, bool inherited)
{
	int l = names.n, r = inits.n;
	if (l < r) {
		Expr *n = inits.v[l];
		if (inherited)
			check_errorf(c, s->pos, "extra init expr at %s", check_pos_string(n->pos));
		else
			check_errorf(c, expr_start_pos(n), "extra init expr %s", expr_string(n));
	} else if (l > r && (isconst || r != 1)) {
		Expr *n = names.v[r];
		check_errorf(c, n->pos, "missing init expr for %s", n->u.ident.name);
	}
}

/* --- imports -------------------------------------------------------------------- */

/* The import path of a spec, or NULL after reporting why it is invalid. */
static const char *validated_import_path(Checker *c, Expr *lit)
{
	Const *v = const_from_literal(lit->u.lit.value, (size_t)lit->u.lit.len, TOK_STRING);
	const char *s;
	size_t n, i;
	if (lit->kind != EXPR_BASICLIT || lit->u.lit.kind != TOK_STRING || const_kind(v) != CONST_STRING) {
		check_errorf(c, expr_start_pos(lit), "invalid import path (%s)", "invalid syntax");
		return NULL;
	}
	s = const_string_val(v, &n);
	if (n == 0) {
		check_errorf(c, expr_start_pos(lit), "invalid import path (empty string)");
		return NULL;
	}
	for (i = 0; i < n;) {
		int size;
		int32_t r = utf8_decode((const unsigned char *)s + i, n - i, &size);
		if (!uni_isprint(r) || r == ' ' || r == RUNE_ERROR ||
		    (r < 0x80 && strchr("!\"#$%&'()*,:;<=>?[\\]^{|}`", (int)r))) {
			Buf b = {0};
			lex_fmt_U(&b, r);
			check_errorf(c, expr_start_pos(lit), "invalid import path (invalid character %s)", buf_cstr(&b));
			buf_free(&b);
			return NULL;
		}
		i += (size_t)size;
	}
	return intern(s, n);
}

static Pkg *import_package(Checker *c, Expr *at, const char *path, const char *dir)
{
	Pkg *imp = ptrmap_get(&c->impmap, path);
	if (imp)
		return imp;
	if (strcmp(path, "C") == 0 && c->conf->fake_import_c) {
		imp = new_pkg("C", "C");
		imp->fake = true;
		imp->cgo = true;
	} else if (strcmp(path, "unsafe") == 0) {
		imp = unsafe_pkg;
	} else {
		imp = c->conf->importer ? c->conf->importer(c->conf->importer_ctx, path, dir, at->pos) : NULL;
		if (imp && (!imp->name[0] || strcmp(imp->name, "_") == 0))
			imp = NULL;
		if (!imp) {
			/* a stand-in named after the last path element */
			const char *name = path, *slash;
			size_t n = strlen(path);
			check_errorf(c, expr_start_pos(at), "could not import %s (package not found)", path);
			if (n > 0 && path[n - 1] == '/')
				n--;
			for (slash = path + n; slash > path && slash[-1] != '/'; slash--)
				;
			name = arena_strndup(c->arena, slash, (size_t)(path + n - slash));
			imp = new_pkg(path, name);
			imp->fake = true;
		}
	}
	if (imp->complete || imp->fake) {
		ptrmap_put(&c->impmap, path, imp);
		check_qualifier_note_import(c, imp);
		return imp;
	}
	return NULL;
}

static void note_dot_import(Checker *c, Scope *file, Object *obj, Object *pkgname)
{
	DotImport *d = NEW(c->tmp, DotImport);
	d->scope = file;
	d->pkgname = pkgname;
	d->next = ptrmap_get(&c->dotimports, obj);
	ptrmap_put(&c->dotimports, obj, d);
}

/* The PkgName through which obj, found in scope s, was dot-imported. */
Object *dot_import_pkgname(Checker *c, Scope *s, Object *obj)
{
	DotImport *d;
	for (d = ptrmap_get(&c->dotimports, obj); d; d = d->next)
		if (d->scope == s)
			return d->pkgname;
	return NULL;
}

static void collect_import(Checker *c, Scope *file, Spec *s, const char *dir, Vec *pkgimports, PtrMap *seen)
{
	const char *path = validated_import_path(c, s->u.import.path);
	const char *name;
	Pkg *imp;
	Object *pkgname;
	Expr *local = s->u.import.name;

	if (!path)
		return;
	imp = import_package(c, s->u.import.path, path, dir);
	if (!imp)
		return;
	name = imp->name;
	if (local) {
		name = local->u.ident.name;
		if (strcmp(path, "C") == 0) {
			check_errorf(c, local->pos, "cannot rename import \"C\"");
			return;
		}
	}
	if (strcmp(name, "init") == 0) {
		check_errorf(c, s->pos, "cannot import package as init - init must be a func");
		return;
	}
	if (!ptrmap_get(seen, imp)) {
		ptrmap_put(seen, imp, imp);
		vec_push(pkgimports, imp);
	}

	pkgname = new_pkgname(local ? local->pos : ast_expr_start(s->u.import.path), c->pkg, name, imp);
	if (local)
		record_def(c, local, pkgname);
	s->u.import.pkgname = pkgname;
	if (imp->fake)
		pkgname->u.pkgname.used = true;   /* as gc: no follow-on "not used" */

	if (c->nimports == c->capimports) {
		c->capimports = c->capimports ? 2 * c->capimports : 16;
		c->imports = xrealloc(c->imports, sizeof *c->imports * (size_t)c->capimports);
	}
	c->imports[c->nimports++] = pkgname;

	if (strcmp(name, ".") == 0) {
		/* merge the exported names of the package into the file scope */
		Scope *ps = imp->scope;
		int i;
		for (i = 0; i < ps->norder; i++) {
			Object *obj = ps->order[i], *alt;
			if (!name_exported(obj->name))
				continue;
			if ((alt = scope_lookup(file, obj->name))) {
				check_error_alt(c, local->pos, check_sprintf(c, "%s redeclared in this block", alt->name), alt);
				continue;
			}
			scope_insert(file, obj);
			note_dot_import(c, file, obj, pkgname);
		}
	} else {
		declare_obj(c, file, NULL, pkgname, NOPOS);
	}
}

/* --- functions and methods --------------------------------------------------------- */

typedef struct MethodInfo {
	Object *obj;
	bool ptr;
	Expr *recv;          /* receiver base type name */
} MethodInfo;

Expr *unpack_recv(Checker *c, Expr *rtyp, bool unpackparams, bool *ptr, ExprList *tparams)
{
	*ptr = false;
	if (tparams)
		tparams->n = 0;
	/* accepts invalid receivers like ***T; they are reported elsewhere */
	for (;;) {
		if (rtyp->kind == EXPR_PAREN)
			rtyp = rtyp->u.paren.x;
		else if (rtyp->kind == EXPR_STAR) {
			*ptr = true;
			rtyp = rtyp->u.star.x;
		} else
			break;
	}
	if (rtyp->kind == EXPR_INDEX || rtyp->kind == EXPR_INDEXLIST) {
		ExprList idx;
		if (rtyp->kind == EXPR_INDEX) {
			idx.v = &rtyp->u.index.index;
			idx.n = 1;
			rtyp = rtyp->u.index.x;
		} else {
			idx = rtyp->u.indexlist.indices;
			rtyp = rtyp->u.indexlist.x;
		}
		if (unpackparams && tparams) {
			int i;
			tparams->v = NEWARRAY(c->arena, Expr *, idx.n ? idx.n : 1);
			for (i = 0; i < idx.n; i++) {
				Expr *arg = idx.v[i], *par = NULL;
				if (arg->kind == EXPR_IDENT)
					par = arg;
				else if (arg->kind != EXPR_BAD)
					check_errorf(c, expr_start_pos(arg), "receiver type parameter %s must be an identifier",
					             expr_string(arg));
				if (!par) {
					par = NEW(c->arena, Expr);
					par->kind = EXPR_IDENT;
					par->pos = expr_start_pos(arg);
					par->u.ident.name = intern_cstr("_");
				}
				tparams->v[tparams->n++] = par;
			}
		}
	}
	return rtyp->kind == EXPR_IDENT ? rtyp : NULL;
}

/* The non-alias type name declared in the package scope that a receiver
 * name leads to through aliases, with at most one pointer on the way. */
static Object *resolve_base_type_name(Checker *c, bool seenptr, Expr *name, bool *ptr)
{
	Expr *typ = name;
	PtrMap seen = {0};
	Object *res = NULL;
	*ptr = seenptr;
	for (;;) {
		Object *obj;
		DeclInfo *d;
		typ = ast_unparen(typ);
		if (typ->kind == EXPR_STAR) {
			if (*ptr)
				break;
			*ptr = true;
			typ = ast_unparen(typ->u.star.x);
		}
		if (typ->kind != EXPR_IDENT)
			break;
		/* dot-imported names are not in the package scope */
		obj = scope_lookup(c->pkg->scope, typ->u.ident.name);
		if (!obj || obj->kind != OBJ_TYPENAME || ptrmap_get(&seen, obj))
			break;
		d = ptrmap_get(&c->objmap, obj);
		if (!d || !d->tdecl)
			break;
		if (!d->tdecl->u.type.assign) {
			res = obj;
			break;
		}
		ptrmap_put(&seen, obj, obj);
		typ = d->tdecl->u.type.type;
	}
	ptrmap_free(&seen);
	if (!res)
		*ptr = false;
	return res;
}

static void collect_func(Checker *c, Scope *file, Decl *d, Vec *methods)
{
	Expr *nameid = d->u.func.name;
	const char *name = nameid->u.ident.name;
	Expr *ftype = d->u.func.type;
	FieldList *recv = d->u.func.recv;
	Object *obj = new_func(nameid->pos, c->pkg, name, NULL);
	DeclInfo *info;
	bool tparamerr = false;

	obj->u.func.decl = d;
	obj->u.func.pragmas = d->pragmas;
	d->u.func.fn = obj;
	if (!recv || recv->n == 0) {
		bool isinit = strcmp(name, "init") == 0;
		if (isinit || (strcmp(name, "main") == 0 && strcmp(c->pkg->name, "main") == 0)) {
			FieldList *tp = ftype->u.functype.tparams;
			FieldList *res = ftype->u.functype.results;
			if (tp && tp->n > 0) {
				check_softerrorf(c, ast_field_start(tp->list[0]), "func %s must have no type parameters", name);
				tparamerr = true;
			}
			if ((ftype->u.functype.params && ftype->u.functype.params->n > 0) || (res && res->n > 0))
				check_softerrorf(c, d->pos, "func %s must have no arguments and no return values", name);
		}
		if (isinit) {
			/* init functions are not declared: they cannot be referred to */
			obj->parent = c->pkg->scope;
			record_def(c, nameid, obj);
			if (!d->u.func.body)
				check_softerrorf(c, obj->pos, "missing function body");
		} else {
			declare_obj(c, c->pkg->scope, nameid, obj, NOPOS);
		}
	} else {
		bool ptr;
		Expr *rname = unpack_recv(c, recv->list[0]->type, false, &ptr, NULL);
		/* methods with invalid receivers or blank names are checked as
		 * functions but never found: no need to attach them */
		if (rname && strcmp(name, "_") != 0) {
			MethodInfo *m = NEW(c->tmp, MethodInfo);
			m->obj = obj;
			m->ptr = ptr;
			m->recv = rname;
			vec_push(methods, m);
		}
		record_def(c, nameid, obj);
	}
	if (ftype->u.functype.tparams && ftype->u.functype.tparams->n > 0 && !tparamerr &&
	    !check_allow_version(c, c->pkg, 1, 18))
		check_version_errorf(c, ast_field_start(ftype->u.functype.tparams->list[0]), "go1.18", "type parameter");
	info = new_decl_info(c, file);
	info->fdecl = d;
	add_to_objmap(c, obj, info);
}

/* --- const, var, type --------------------------------------------------------------- */

static void collect_gen_decl(Checker *c, Scope *file, Decl *d, const char *dir, Vec *pkgimports, PtrMap *seen)
{
	Spec *last = NULL;   /* last const spec with a type or values */
	int i, j;
	for (i = 0; i < d->u.gen.nspecs; i++) {
		Spec *s = d->u.gen.specs[i];
		switch (s->kind) {
		case SPEC_IMPORT:
			collect_import(c, file, s, dir, pkgimports, seen);
			break;
		case SPEC_VALUE:
			if (d->u.gen.tok == TOK_CONST) {
				bool inherited = true;
				ExprList values = {0};
				Expr *typ = NULL;
				if (s->u.value.type || s->u.value.values.n > 0) {
					last = s;
					inherited = false;
				} else if (!last) {
					inherited = false;
				}
				if (last) {
					values = last->u.value.values;
					typ = last->u.value.type;
				}
				for (j = 0; j < s->u.value.names.n; j++) {
					Expr *name = s->u.value.names.v[j];
					Object *obj = new_const(name->pos, c->pkg, name->u.ident.name, NULL, const_int64(i));
					DeclInfo *di = new_decl_info(c, file);
					di->vtyp = typ;
					di->init = j < values.n ? values.v[j] : NULL;
					di->inherited = inherited;
					declare_pkg_obj(c, name, obj, di);
				}
				check_arity(c, s, s->u.value.names, values, true, inherited);
			} else {
				ExprList names = s->u.value.names, values = s->u.value.values;
				Object **lhs = NEWARRAY(c->arena, Object *, names.n ? names.n : 1);
				DeclInfo *d1 = NULL;
				if (values.n == 1) {
					/* n:1: every variable depends on the one initializer */
					d1 = new_decl_info(c, file);
					d1->lhs = lhs;
					d1->nlhs = names.n;
					d1->vtyp = s->u.value.type;
					d1->init = values.v[0];
				}
				for (j = 0; j < names.n; j++) {
					Expr *name = names.v[j];
					Object *obj = new_var(name->pos, c->pkg, name->u.ident.name, NULL);
					DeclInfo *di = d1;
					lhs[j] = obj;
					if (!di) {
						di = new_decl_info(c, file);
						di->vtyp = s->u.value.type;
						di->init = j < values.n ? values.v[j] : NULL;
					}
					declare_pkg_obj(c, name, obj, di);
				}
				if (!s->u.value.type || values.n > 0)
					check_arity(c, s, names, values, false, false);
			}
			break;
		case SPEC_TYPE: {
			Expr *name = s->u.type.name;
			Object *obj = new_typename(name->pos, c->pkg, name->u.ident.name, NULL);
			DeclInfo *di = new_decl_info(c, file);
			FieldList *tp = s->u.type.tparams;
			if (tp && tp->n > 0 && !check_allow_version(c, c->pkg, 1, 18))
				check_version_errorf(c, ast_field_start(tp->list[0]), "go1.18", "type parameter");
			di->tdecl = s;
			obj->u.typename.notinheap = ((s->pragmas | d->pragmas) & PRAGMA_NOTINHEAP) != 0;
			/* go1.20+: sys.nih is what makes a type not-in-heap */
			if (strcmp(obj->name, "nih") == 0 && c->pkg->path &&
			    (strcmp(c->pkg->path, "internal/runtime/sys") == 0 || strcmp(c->pkg->path, "runtime/internal/sys") == 0))
				obj->u.typename.notinheap = true;
			declare_pkg_obj(c, name, obj, di);
			break;
		}
		}
	}
}

/* The directory of the file, for resolving relative imports. */
static const char *file_dir(Checker *c, File *f)
{
	const char *path = f->src->path ? f->src->path : f->src->name;
	const char *slash = strrchr(path, '/');
	if (!slash || slash == path)
		return ".";
	return arena_strndup(c->arena, path, (size_t)(slash - path));
}

void collect_objects(Checker *c)
{
	Pkg *pkg = c->pkg;
	Vec methods = {0}, pkgimports = {0};
	PtrMap seen = {0};
	Scope **filescopes = NEWARRAY(c->tmp, Scope *, c->nfiles ? c->nfiles : 1);
	int i, j;

	for (i = 0; i < c->nfiles; i++) {
		File *f = c->files[i];
		SrcFile *src = f->src;
		Scope *fs;
		const char *dir = file_dir(c, f);
		if (f->name)
			record_def(c, f->name, NULL);   /* the package clause names no object */
		fs = scope_new(pkg->scope, src->base, src->base + src->size, src->name);
		filescopes[i] = fs;
		f->scope = fs;
		for (j = 0; j < f->ndecls; j++) {
			Decl *d = f->decls[j];
			if (d->kind == DECL_GEN)
				collect_gen_decl(c, fs, d, dir, &pkgimports, &seen);
			else if (d->kind == DECL_FUNC)
				collect_func(c, fs, d, &methods);
		}
	}
	ptrmap_free(&seen);
	pkg->imports = (Pkg **)vec_finish(&pkgimports, c->arena, &pkg->nimports);
	vec_free(&pkgimports);

	/* objects of the package and file scopes must have different names */
	for (i = 0; i < c->nfiles; i++) {
		Scope *fs = filescopes[i];
		for (j = 0; j < fs->norder; j++) {
			Object *obj = fs->order[j];
			Object *alt = scope_lookup(pkg->scope, obj->name);
			if (!alt)
				continue;
			if (obj->kind == OBJ_PKGNAME) {
				Pkg *imp = obj->u.pkgname.imported;
				check_error_alt(c, alt->pos,
				                check_sprintf(c, "%s already declared through import of package %s (\"%s\")",
				                              alt->name, imp->name, imp->path), obj);
			} else {
				Pkg *op = obj->pkg;
				check_error_alt(c, alt->pos,
				                check_sprintf(c, "%s already declared through dot-import of package %s (\"%s\")",
				                              alt->name, op ? op->name : "", op ? op->path : ""), obj);
			}
		}
	}

	/* attach methods to their receiver base types where possible; the
	 * others are checked as functions */
	for (i = 0; i < methods.n; i++) {
		MethodInfo *m = methods.v[i];
		bool ptr;
		Object *base = resolve_base_type_name(c, m->ptr, m->recv, &ptr);
		if (base) {
			ObjVec *list = ptrmap_get(&c->methods, base);
			m->obj->u.func.hasptrrecv = ptr;
			if (!list) {
				list = NEW(c->tmp, ObjVec);
				ptrmap_put(&c->methods, base, list);
			}
			if (list->n == list->cap) {
				int cap = list->cap ? 2 * list->cap : 4;
				Object **n = NEWARRAY(c->tmp, Object *, cap);
				if (list->n)
					memcpy(n, list->v, sizeof *n * (size_t)list->n);
				list->v = n;
				list->cap = cap;
			}
			list->v[list->n++] = m->obj;
		}
	}
	vec_free(&methods);
}

/* --- methods of declared types -------------------------------------------------------- */

typedef struct FieldCheck {
	Checker *c;
	Type *base;
} FieldCheck;

/* spec: the non-blank method and field names of a struct base type
 * must be distinct (checked once the struct is set up). */
static void check_field_uniqueness(Checker *c, void *arg)
{
	Type *base = arg, *u = type_under(base);
	PtrMap mset = {0};
	int i;
	if (!u || u->kind != TYPE_STRUCT)
		return;
	for (i = 0; i < named_nmethods(base); i++) {
		Object *m = base->u.named.methods[i];
		ptrmap_put(&mset, m->name, m);
	}
	for (i = 0; i < u->u.strct.nfields; i++) {
		Object *fld = u->u.strct.fields[i], *alt;
		if (strcmp(fld->name, "_") == 0)
			continue;
		alt = ptrmap_get(&mset, fld->name);
		if (alt && obj_same_id(alt, fld->pkg, fld->name)) {
			/* as types2: the error at the method, the other at the field */
			check_error_alt(c, alt->pos, check_sprintf(c, "field and method with the same name %s", fld->name), fld);
		}
	}
	ptrmap_free(&mset);
}

void collect_methods(Checker *c, Object *obj)
{
	ObjVec *list = ptrmap_get(&c->methods, obj);
	Type *base;
	PtrMap mset = {0};
	int i;
	if (!list)
		return;
	ptrmap_put(&c->methods, obj, NULL);
	base = obj->type && obj->type->kind == TYPE_NAMED ? obj->type : NULL;
	if (base) {
		check_later(c, check_field_uniqueness, base);
		for (i = 0; i < base->u.named.nmethods; i++)
			ptrmap_put(&mset, base->u.named.methods[i]->name, base->u.named.methods[i]);
	}
	for (i = 0; i < list->n; i++) {
		Object *m = list->v[i];
		Object *alt = ptrmap_get(&mset, m->name);
		/* spec: the non-blank method names of a base type must be unique */
		if (alt) {
			check_error_alt(c, m->pos, check_sprintf(c, "%s.%s redeclared in this block", obj->name, m->name), alt);
			continue;
		}
		ptrmap_put(&mset, m->name, m);
		if (base)
			named_add_method(base, m);
	}
	ptrmap_free(&mset);
}

/* --- checking the package-level declarations ------------------------------------------------ */

void package_objects(Checker *c)
{
	int i, n = c->nobjlist;
	Object **list = xmalloc(sizeof *list * (size_t)(n ? n : 1));
	Object **aliases = xmalloc(sizeof *aliases * (size_t)(n ? n : 1));
	int nalias = 0, nothers = 0;

	/* the list may grow while declarations are checked: work on a copy */
	if (n)
		memcpy(list, c->objlist, sizeof *list * (size_t)n);
	/* non-alias types first, then aliases, then everything else: this
	 * avoids most uses of an alias before its type is known */
	for (i = 0; i < n; i++) {
		Object *obj = list[i];
		if (obj->kind == OBJ_TYPENAME) {
			DeclInfo *d = ptrmap_get(&c->objmap, obj);
			if (d->tdecl->u.type.assign)
				aliases[nalias++] = obj;
			else
				obj_decl(c, obj, NULL);
		} else {
			list[nothers++] = obj;
		}
	}
	for (i = 0; i < nalias; i++)
		obj_decl(c, aliases[i], NULL);
	for (i = 0; i < nothers; i++)
		obj_decl(c, list[i], NULL);
	free(list);
	free(aliases);
	ptrmap_free(&c->methods);
}

/* --- unused imports ---------------------------------------------------------------------- */

void unused_imports(Checker *c)
{
	int i;
	/* spec: importing a package without referring to it is illegal */
	for (i = 0; i < c->nimports; i++) {
		Object *obj = c->imports[i];
		const char *path, *elem;
		Buf q = {0};
		if (obj->u.pkgname.used || strcmp(obj->name, "_") == 0)
			continue;
		path = obj->u.pkgname.imported->path;
		elem = strrchr(path, '/');
		elem = elem ? elem + 1 : path;
		go_quote(&q, path, strlen(path));
		if (!obj->name[0] || strcmp(obj->name, ".") == 0 || strcmp(obj->name, elem) == 0)
			check_softerrorf(c, obj->pos, "imported and not used: %s", buf_cstr(&q));
		else
			check_softerrorf(c, obj->pos, "imported and not used: %s as %s", buf_cstr(&q), obj->name);
		buf_free(&q);
	}
	free(c->imports);
	c->imports = NULL;
	c->nimports = c->capimports = 0;
}
