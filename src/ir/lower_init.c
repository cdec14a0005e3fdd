/* lower_init.c: package-level variable initialisation.
 *
 * gc initialises what it can statically (constants, addresses of
 * globals, composite literals of those, closures without captures) and
 * moves the rest into the package's generated init function, in
 * initialisation order. Only that dynamic part is escape-analysed, so
 * it is what must be reproduced here: each initialiser is split into
 * static data and the assignments left for init. */
#include <stdio.h>
#include <string.h>

#include "ir.h"

typedef struct Sched {
	Lower *L;
	NodeList *out;           /* the init function's body */
	PtrMap defs;             /* Object -> its OAS/OAS2 */
	int stmpgen;             /* numbering of .stmp_N */
} Sched;

static bool static_assign(Sched *s, Node *l, int64_t loff, Node *r, Type *typ);

bool lower_fips_package(Pkg *pkg)
{
	const char *p = pkg ? pkg->path : "";
	size_t n = strlen(p);
	if (!release_has(FEAT_FIPS_MODULE) || (n > 5 && strcmp(p + n - 5, "_test") == 0))
		return false;
	return strcmp(p, "crypto/internal/fips140") == 0 || strncmp(p, "crypto/internal/fips140/", 24) == 0;
}

static Node *strip_convnop(Node *r)
{
	while (r && r->op == OCONVNOP)
		r = r->x;
	return r;
}

static bool is_zero(Node *n)
{
	switch (n->op) {
	case ONIL:
		return true;
	case OLITERAL:
		switch (const_kind(n->val)) {
		case CONST_STRING: {
			size_t len;
			const_string_val(n->val, &len);
			return len == 0;
		}
		case CONST_BOOL:
			return !const_bool_val(n->val);
		default:
			return const_sign(n->val) == 0 && const_kind(n->val) != CONST_COMPLEX ? true :
			       const_kind(n->val) == CONST_COMPLEX && const_sign(const_real(n->val)) == 0 &&
			       const_sign(const_imag(n->val)) == 0;
		}
	case OARRAYLIT: case OSTRUCTLIT: {
		int i;
		for (i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			Node *v = (e->op == OKEY || e->op == OSTRUCTKEY) ? e->y : e;
			if (!is_zero(v))
				return false;
		}
		return true;
	}
	default:
		return false;
	}
}

/* A dynamic assignment into static storage. */
static void append_assign(Sched *s, Node *l, Node *v)
{
	Node *as = ir_node2(OAS, s->L->curpos, NULL, l, v);
	nl_push(s->out, as);
}

/* The symbol of global l as the linker names it. */
static void link_name(Buf *b, Sched *s, Node *l)
{
	buf_printf(b, "%s.%s", gc_link_prefix(s->L->pkg), l->nm->sym);
}

/* gc's NameOffsetExpr: t-typed storage at off inside global l, which
 * prints as (T)(pkg.l@off); escape analysis sees the global. */
static Node *offset_name(Sched *s, Node *l, int64_t off, Type *t)
{
	Node *n;
	Buf b = {0};
	if (ir_is_blank(l))
		return l;
	n = ir_node(ONAME, l->pos, t);
	*n = *l;
	n->type = t;
	buf_putc(&b, '(');
	gc_fmt_type(&b, t, s->L->pkg);
	buf_puts(&b, ")(");
	link_name(&b, s, l);
	buf_printf(&b, "@%lld)", (long long)off);
	n->raw = arena_strndup(ir_arena(), b.s, b.n);
	buf_free(&b);
	return n;
}

static void assign(Sched *s, Node *a, int64_t aoff, Node *v)
{
	if (static_assign(s, a, aoff, v, v->type))
		return;
	append_assign(s, offset_name(s, a, aoff, v->type), v);
}

/* A fresh static variable standing for storage gc allocates in data. */
static Node *static_name(Sched *s, Type *t)
{
	char buf[32];
	snprintf(buf, sizeof buf, ".stmp_%d", s->stmpgen++);
	return ir_name(NOPOS, intern_cstr(buf), PEXTERN, t, NULL);
}

/* The offset of element i (key e) of literal r. */
static int64_t element_offset(Node *r, Node *e, int i, int64_t *index)
{
	Type *u = type_under(r->type);
	if (u->kind == TYPE_STRUCT) {
		int64_t *offs = struct_offsets(u);
		int k;
		if (e->op == OSTRUCTKEY && e->sel) {
			for (k = 0; k < u->u.strct.nfields; k++)
				if (u->u.strct.fields[k] == e->sel || u->u.strct.fields[k]->name == e->sel->name)
					return offs[k];
		}
		return i < u->u.strct.nfields ? offs[i] : 0;
	}
	if (e->op == OKEY && e->x && e->x->op == OLITERAL)
		const_int64_val(e->x->val, index);
	return u->kind == TYPE_ARRAY || u->kind == TYPE_SLICE ? (*index)++ * type_size(type_elem(u)) : 0;
}

/* Struct and array literals are planned element by element, nested
 * struct and array literals flattened into their parent's plan. */
static void plan_elements(Sched *s, Node *l, int64_t loff, Node *r)
{
	int64_t index = 0;
	int i;
	for (i = 0; i < r->list.n; i++) {
		Node *e = r->list.v[i];
		Node *v = (e->op == OKEY || e->op == OSTRUCTKEY) ? e->y : e;
		int64_t off = loff + element_offset(r, e, i, &index);
		if (is_zero(v))
			continue;
		if (v->op == OARRAYLIT || v->op == OSTRUCTLIT) {
			plan_elements(s, l, off, v);
			continue;
		}
		if ((v->op == OLITERAL && !lower_fips_package(s->L->pkg)) || v->op == ONIL)
			continue;
		lower_set_pos(s->L, v);
		assign(s, l, off, v);
	}
}

/* Copies another global's static initialiser (gc's staticcopy). */
static bool static_copy(Sched *s, Node *l, int64_t loff, Node *rn, Type *typ)
{
	Node *defn, *r;
	if (rn->nm->class == PFUNC)
		return true;
	if (rn->nm->class != PEXTERN || !rn->nm->obj || rn->nm->obj->pkg != s->L->pkg)
		return false;
	defn = ptrmap_get(&s->defs, rn->nm->obj);
	if (!defn || defn->op != OAS)
		return false;
	if (is_string(rn->type))
		return false;   /* may be overwritten by the linker's -X */
	r = defn->y;
	if (!r)
		return false;
	while (r->op == OCONVNOP && !types_identical(r->type, typ))
		r = r->x;
	switch (r->op) {
	case ONAME:
		if (static_copy(s, l, loff, r, typ))
			return true;
		if (loff != 0 || !types_identical(typ, l->type))
			l = offset_name(s, l, loff, typ);
		append_assign(s, l, r);
		return true;
	case OMETHEXPR: case ONIL:
		return true;
	case OLITERAL:
		return true;
	case OADDR:
		if (r->x->op == ONAME)
			return true;
		return false;
	case OPTRLIT:
		switch (r->x->op) {
		case OARRAYLIT: case OSLICELIT: case OSTRUCTLIT: case OMAPLIT:
			return true;
		default:
			return false;
		}
	case OSLICELIT:
		return true;
	case OARRAYLIT: case OSTRUCTLIT:
		/* elements needing computation are copied from the other global */
		{
			int64_t index = 0;
			int i;
			for (i = 0; i < r->list.n; i++) {
				Node *e = r->list.v[i];
				Node *v = (e->op == OKEY || e->op == OSTRUCTKEY) ? e->y : e;
				int64_t off = element_offset(r, e, i, &index);
				if (v->op == OLITERAL || v->op == ONIL || is_zero(v))
					continue;
				if (v->op == ONAME && static_copy(s, l, loff + off, v, v->type))
					continue;
				append_assign(s, offset_name(s, l, loff + off, v->type), offset_name(s, rn, off, v->type));
			}
		}
		return true;
	default:
		return false;
	}
}

/* Is r (an address's operand) a location in static data? */
static bool static_loc(Node *r)
{
	switch (r->op) {
	case ONAME:
		return r->nm->class == PEXTERN;
	case ODOT:
		return static_loc(r->x);
	case OINDEX:
		return type_under(r->x->type)->kind == TYPE_ARRAY && r->y->op == OLITERAL && static_loc(r->x);
	default:
		return false;
	}
}

static bool static_assign(Sched *s, Node *l, int64_t loff, Node *r, Type *typ)
{
	/* a FIPS module's data holds no relocations: no addresses */
	bool noaddrs = lower_fips_package(s->L->pkg);
	if (!r)
		return true;
	r = strip_convnop(r);
	switch (r->op) {
	case ONAME:
		return !noaddrs && static_copy(s, l, loff, r, typ);
	case OMETHEXPR:
		return !noaddrs;
	case ONIL:
		return true;
	case OLITERAL:
		return is_zero(r) || !noaddrs || !is_string(r->type);
	case OADDR:
		if (noaddrs)
			return false;
		if (static_loc(r->x))
			return true;
		/* fall through */
	case OPTRLIT:
		if (noaddrs)
			return false;
		switch (r->x->op) {
		case OARRAYLIT: case OSLICELIT: case OMAPLIT: case OSTRUCTLIT:
			assign(s, static_name(s, r->x->type), 0, r->x);
			return true;
		default:
			return false;
		}
	case OSTR2BYTES:
		return !noaddrs && l->nm && l->nm->class == PEXTERN && r->x->op == OLITERAL;
	case OSLICELIT: case OARRAYLIT: case OSTRUCTLIT: {
		Node *a = l;
		if (r->op == OSLICELIT && noaddrs)
			return false;
		if (r->op == OSLICELIT) {
			a = static_name(s, r->type);
			loff = 0;
		}
		plan_elements(s, a, loff, r);
		return true;
	}
	case OMAPLIT:
		return false;
	case OCLOSURE:
		return !noaddrs && r->func->closurevars.n == 0;
	case OCONVIFACE: {
		Node *val = r;
		if (noaddrs)
			return false;
		while (val->op == OCONVIFACE)
			val = val->x;
		if (type_under(val->type)->kind == TYPE_INTERFACE && !is_typeparam(val->type))
			return val->op == ONIL;
		{
			/* gc writes the itab (or asks for the type) right here */
			IrPackage *ir = s->L->ir;
			if (ir->nstaticitabs + 2 > ir->capstaticitabs) {
				Type **v;
				ir->capstaticitabs = ir->capstaticitabs ? 2 * ir->capstaticitabs : 16;
				v = NEWARRAY(ir_arena(), Type *, ir->capstaticitabs);
				if (ir->nstaticitabs)
					memcpy(v, ir->staticitabs, sizeof *v * (size_t)ir->nstaticitabs);
				ir->staticitabs = v;
			}
			ir->staticitabs[ir->nstaticitabs++] = val->type;
			ir->staticitabs[ir->nstaticitabs++] = typ;
		}
		if (gc_is_direct_iface(val->type)) {
			if (val->op == ONIL)
				return true;
			lower_set_pos(s->L, val);
			assign(s, l, loff + sizes_ptrsize(), val);
		} else {
			assign(s, static_name(s, val->type), 0, val);
		}
		return true;
	}
	default:
		return false;
	}
}

/* n is a constant; sign as const_sign, -2 if n is not constant. */
static int literal_sign(Node *n)
{
	if (!n || n->op != OLITERAL || !n->val)
		return -2;
	return const_sign(n->val);
}

/* Side effects that keep `_ = expr` in init: gc assumes them of every
 * operation not known to be pure, a division only fails by zero and
 * make of a map or channel only when its size is not a constant 0. */
static bool any_side_effects(Node *n)
{
	int i;
	if (!n)
		return false;
	switch (n->op) {
	case ONAME: case OLITERAL: case ONIL: case OTYPE: case OCLOSURE: case OMETHEXPR:
		return false;
	case OADD: case OSUB: case OOR: case OXOR: case OMUL: case OLSH: case ORSH: case OAND:
	case OANDNOT: case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE: case OANDAND:
	case OOROR: case OPLUS: case ONEG: case OBITNOT: case ONOT: case OADDR: case OCONVNOP:
	case OCONV: case OCONVIFACE: case OSTRUCTLIT: case OARRAYLIT: case OSLICELIT: case OPTRLIT:
	case OMAPLIT: case OCOMPLIT: case ODOT: case OKEY: case OSTRUCTKEY: case OLEN: case OCAP:
	case OADDSTR: case ONEW: case OBYTES2STR: case ORUNES2STR: case OSTR2BYTES:
	case OSTR2RUNES: case ORUNESTR: case OREAL: case OIMAG: case OCOMPLEX:
		break;
	case ODIV: case OMOD: {
		int sign = literal_sign(n->y);
		if (sign == -2 || sign == 0)
			return true;
		break;
	}
	case OMAKECHAN: case OMAKEMAP:
		if (literal_sign(n->y) != 0)
			return true;
		break;
	default:
		return true;
	}
	if (any_side_effects(n->x) || any_side_effects(n->y) || any_side_effects(n->z))
		return true;
	for (i = 0; i < n->list.n; i++)
		if (any_side_effects(n->list.v[i]))
			return true;
	return false;
}

static void static_init(Sched *s, Node *n)
{
	if (n->op == OAS) {
		if (ir_is_blank(n->x) && !any_side_effects(n->y))
			return;
		lower_set_pos(s->L, n);
		if (!ir_is_blank(n->x) && static_assign(s, n->x, 0, n->y, n->x->type))
			return;
	}
	nl_push(s->out, n);
}

/* Lowers one package-level var spec into its assignment(s). */
void lower_pkg_var_spec(Lower *L, Spec *sp, PtrMap *defs)
{
	Pos pos = sp->u.value.names.v[0]->pos;
	NodeList names = {0}, values = {0};
	Node *as2 = NULL;
	int i;
	L->curpos = pos;
	for (i = 0; i < sp->u.value.names.n; i++)
		nl_push(&names, lower_def(L, sp->u.value.names.v[i]));
	lower_exprs(L, &sp->u.value.values, &values);
	if (values.n && values.n != names.n) {
		as2 = ir_node(OAS2, pos, NULL);
		as2->rlist = values;
		for (i = 0; i < names.n; i++) {
			nl_push(&as2->list, names.v[i]);
			if (!ir_is_blank(names.v[i]))
				names.v[i]->nm->defn = as2;
			if (sp->u.value.names.v[i]->u.ident.def)
				ptrmap_put(defs, sp->u.value.names.v[i]->u.ident.def, as2);
		}
		nl_push(&L->pkgassigns, as2);
		if (values.n == 1) {
			switch (values.v[0]->op) {
			case OINDEXMAP: as2->op = OAS2MAPR; break;
			case ORECV: as2->op = OAS2RECV; break;
			case ODOTTYPE: as2->op = OAS2DOTTYPE; values.v[0]->op = ODOTTYPE2; break;
			default: as2->op = OAS2FUNC; break;
			}
		}
		return;
	}
	for (i = 0; i < names.n; i++) {
		Node *as = ir_node2(OAS, pos, NULL, names.v[i], values.n ? values.v[i] : NULL);
		nl_push(&L->pkgassigns, as);
		if (as->y && !ir_is_blank(as->x))
			as->y = lower_assign_conv(L, as->y, as->x->type);
		if (!ir_is_blank(names.v[i]))
			names.v[i]->nm->defn = as;
		if (sp->u.value.names.v[i]->u.ident.def)
			ptrmap_put(defs, sp->u.value.names.v[i]->u.ident.def, as);
	}
	(void)as2;
}

/* --- gc's initialisation order ----------------------------------------------------
 *
 * gc orders the package's assignments itself, not as the type checker
 * does: it takes them in declaration order, and an assignment waiting
 * on variables not yet initialised is released as soon as the last of
 * them is; of those ready at once, the first declared goes first. An
 * assignment depends on the variables its right side mentions, directly
 * or through the bodies of the functions and methods it mentions. */

typedef struct InitDeps {
	PtrMap seen;             /* IrName -> itself */
	Vec vars;                /* ONAME nodes of package variables found */
} InitDeps;

static void deps_node(InitDeps *d, Node *n);

static void deps_list(InitDeps *d, NodeList *l)
{
	int i;
	for (i = 0; i < l->n; i++)
		deps_node(d, l->v[i]);
}

static void deps_func(InitDeps *d, IrFunc *fn)
{
	if (fn)
		deps_list(d, &fn->body);
}

/* a function or variable the right side refers to */
static void found_dep(InitDeps *d, Node *name, IrFunc *fn)
{
	if (!name || ptrmap_get(&d->seen, name))
		return;
	if (name->nm->class == PEXTERN) {
		if (!name->nm->defn)
			return;   /* declared in another package */
		ptrmap_put(&d->seen, name, name);
		vec_push(&d->vars, name);
		return;
	}
	if (!fn)
		return;   /* imported, or without body */
	ptrmap_put(&d->seen, name, name);
	deps_func(d, fn);
}

static void deps_node(InitDeps *d, Node *n)
{
	if (!n)
		return;
	switch (n->op) {
	case ONAME:
		if (n->nm->class == PEXTERN)
			found_dep(d, n, NULL);
		else if (n->nm->class == PFUNC)
			found_dep(d, n, n->func);
		return;
	case OCLOSURE:
		if (n->func)
			deps_func(d, n->func);
		break;
	case OMETHEXPR: case OMETHVALUE: case ODOTMETH: {
		IrFunc *fn = ir_method_expr_func(n);
		if (fn)
			found_dep(d, fn->nname, fn);
		break;
	}
	default:
		break;
	}
	deps_list(d, &n->init);
	deps_node(d, n->x);
	deps_node(d, n->y);
	deps_node(d, n->z);
	deps_node(d, n->w);
	deps_list(d, &n->list);
	deps_list(d, &n->rlist);
	deps_list(d, &n->body);
	deps_list(d, &n->els);
}

static Pos first_lhs_pos(Node *as)
{
	return as->op == OAS ? as->x->pos : as->list.v[0]->pos;
}

typedef struct InitOrder {
	PtrMap index;            /* assignment -> its index + 1 */
	int *pending;            /* per assignment: variables still to wait for; -1 once done */
	Vec *blocking;           /* per assignment: the assignments waiting on it */
	Node **ready;            /* min-heap by first left-hand position */
	int nready;
	Node **out;
	int nout;
} InitOrder;

static void ready_push(InitOrder *o, Node *as)
{
	int i = o->nready++;
	o->ready[i] = as;
	while (i > 0 && first_lhs_pos(o->ready[(i - 1) / 2]) > first_lhs_pos(o->ready[i])) {
		Node *t = o->ready[i];
		o->ready[i] = o->ready[(i - 1) / 2];
		o->ready[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

static Node *ready_pop(InitOrder *o)
{
	Node *top = o->ready[0];
	int i = 0;
	o->ready[0] = o->ready[--o->nready];
	for (;;) {
		int l = 2 * i + 1, r = l + 1, m = i;
		Node *t;
		if (l < o->nready && first_lhs_pos(o->ready[l]) < first_lhs_pos(o->ready[m]))
			m = l;
		if (r < o->nready && first_lhs_pos(o->ready[r]) < first_lhs_pos(o->ready[m]))
			m = r;
		if (m == i)
			break;
		t = o->ready[i];
		o->ready[i] = o->ready[m];
		o->ready[m] = t;
		i = m;
	}
	return top;
}

static int as_index(InitOrder *o, Node *as)
{
	return (int)(intptr_t)ptrmap_get(&o->index, as) - 1;
}

static void flush_ready(InitOrder *o)
{
	while (o->nready) {
		Node *as = ready_pop(o);
		int i = as_index(o, as), j;
		o->out[o->nout++] = as;
		o->pending[i] = -1;
		for (j = 0; j < o->blocking[i].n; j++) {
			int k = as_index(o, o->blocking[i].v[j]);
			if (--o->pending[k] == 0)
				ready_push(o, o->blocking[i].v[j]);
		}
		vec_free(&o->blocking[i]);
	}
}

static void process_assign(InitOrder *o, Node *as)
{
	InitDeps d;
	int i = as_index(o, as), j;
	memset(&d, 0, sizeof d);
	if (as->op == OAS)
		deps_node(&d, as->y);
	else if (as->rlist.n)
		deps_node(&d, as->rlist.v[0]);
	o->pending[i] = 0;
	for (j = 0; j < d.vars.n; j++) {
		Node *defn = ((Node *)d.vars.v[j])->nm->defn;
		int k = as_index(o, defn);
		if (k < 0 || o->pending[k] == -1)
			continue;
		o->pending[i]++;
		vec_push(&o->blocking[k], as);
	}
	if (o->pending[i] == 0)
		ready_push(o, as);
	ptrmap_free(&d.seen);
	vec_free(&d.vars);
}

static bool map_init_outlined(Node *as);
static IrFunc *map_init_func(Lower *L, Pos pos);

/* Builds the package's init function from its assignments, in gc's
 * order. */
IrFunc *lower_pkg_init(Lower *L, PtrMap *defs)
{
	Sched s;
	IrFunc *fn = L->initfn;
	NodeList *all = &L->pkgassigns;
	InitOrder o;
	int i, n = all->n;
	memset(&s, 0, sizeof s);
	s.L = L;
	s.out = &fn->body;
	s.defs = *defs;
	memset(&o, 0, sizeof o);
	o.pending = NEWARRAY(ir_arena(), int, n + 1);
	o.blocking = NEWARRAY(ir_arena(), Vec, n + 1);
	o.ready = NEWARRAY(ir_arena(), Node *, n + 1);
	o.out = NEWARRAY(ir_arena(), Node *, n + 1);
	for (i = 0; i < n; i++)
		ptrmap_put(&o.index, all->v[i], (void *)(intptr_t)(i + 1));
	for (i = 0; i < n; i++) {
		process_assign(&o, all->v[i]);
		flush_ready(&o);
	}
	/* a cycle (reported by the type checker): the rest in declaration order */
	for (i = 0; i < n; i++)
		if (o.pending[i] != -1)
			o.out[o.nout++] = all->v[i];
	for (i = 0; i < o.nout; i++) {
		if (o.out[i]->op == OAS && !o.out[i]->y)
			continue;   /* var x T: zero, nothing to run */
		if (release_has(FEAT_MAP_INIT_OUTLINE) && map_init_outlined(o.out[i])) {
			/* gc outlines the statement as read, before static
			 * initialisation splits it */
			IrFunc *mfn = map_init_func(L, o.out[i]->pos);
			s.out = &mfn->body;
			static_init(&s, o.out[i]);
			s.out = &fn->body;
			continue;
		}
		static_init(&s, o.out[i]);
	}
	for (i = 0; i < n; i++)
		vec_free(&o.blocking[i]);
	ptrmap_free(&o.index);
	return fn;
}

/* --- map.init.N (go1.21 on) ------------------------------------------------ */

static int count_nodes(Node *n)
{
	int c, i;
	NodeList *lists[5];
	if (!n)
		return 0;
	c = 1 + count_nodes(n->x) + count_nodes(n->y) + count_nodes(n->z) + count_nodes(n->w);
	lists[0] = &n->init; lists[1] = &n->list; lists[2] = &n->rlist; lists[3] = &n->body; lists[4] = &n->els;
	for (i = 0; i < 5; i++) {
		int j;
		for (j = 0; j < lists[i]->n; j++)
			c += count_nodes(lists[i]->v[j]);
	}
	return c;
}

/* gc's isSideEffect, over n and everything in it */
static bool side_effects(Node *n)
{
	int i;
	int64_t v;
	if (!n)
		return false;
	switch (n->op) {
	case ONAME: case OTYPE: case OLITERAL: case ONIL: case OADD: case OSUB: case OOR: case OXOR:
	case OADDSTR: case OADDR: case OANDAND: case OBYTES2STR: case ORUNES2STR: case OSTR2BYTES:
	case OSTR2RUNES: case OCAP: case OCOMPLIT: case OMAPLIT: case OSTRUCTLIT: case OARRAYLIT:
	case OSLICELIT: case OPTRLIT: case OCONV: case OCONVIFACE: case OCONVNOP: case ODOT: case OEQ:
	case ONE: case OLT: case OLE: case OGT: case OGE: case OKEY: case OSTRUCTKEY: case OLEN: case OMUL:
	case OLSH: case ORSH: case OAND: case OANDNOT: case ONEW: case ONOT: case OBITNOT: case OPLUS:
	case ONEG: case OOROR: case OPAREN: case ORUNESTR: case OREAL: case OIMAG: case OCOMPLEX:
		break;
	case ODIV: case OMOD:
		if (!n->y || n->y->op != OLITERAL || !n->y->val || const_sign(n->y->val) == 0)
			return true;
		break;
	case OMAKEMAP: case OMAKECHAN:
		if (!n->y || n->y->op != OLITERAL || !n->y->val || !const_int64_val(n->y->val, &v) || v != 0)
			return true;
		break;
	default:
		return true;
	}
	if (side_effects(n->x) || side_effects(n->y) || side_effects(n->z) || side_effects(n->w))
		return true;
	for (i = 0; i < n->init.n; i++)
		if (side_effects(n->init.v[i]))
			return true;
	for (i = 0; i < n->list.n; i++)
		if (side_effects(n->list.v[i]))
			return true;
	for (i = 0; i < n->rlist.n; i++)
		if (side_effects(n->rlist.v[i]))
			return true;
	return false;
}

/* A package-level map variable's initialisation of 20 nodes or more,
 * without side effects, moves into a function of its own, map.init.N,
 * which init calls (gc's OutlineMapInits: the linker can then drop
 * maps nothing uses). */
static bool map_init_outlined(Node *as)
{
	if (as->op != OAS || !as->x || as->x->op != ONAME || ir_is_blank(as->x) || !as->y ||
	    !as->x->type || type_under(as->x->type)->kind != TYPE_MAP)
		return false;
	return count_nodes(as->y) >= 20 && !side_effects(as->y);
}

static IrFunc *map_init_func(Lower *L, Pos pos)
{
	IrFunc *fn = ir_func(pos, new_signature(NULL, NULL, NULL, false));
	Node *call;
	char buf[32];
	snprintf(buf, sizeof buf, "map.init.%d", L->mapinitgen++);
	fn->nname->nm->sym = intern_cstr(buf);
	fn->flags |= FN_MAPINIT;
	fn->endpos = pos;
	call = ir_node(OCALLFUNC, pos, NULL);
	call->x = fn->nname;
	nl_push(&L->initfn->body, call);
	lower_add_func(L, fn);
	return fn;
}
