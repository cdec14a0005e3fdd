/* lower_init.c: package-level variable initialisation.
 *
 * gc initialises what it can statically (constants, addresses of
 * globals, composite literals of those, closures without captures) and
 * moves the rest into the package's generated init function, in
 * initialisation order. Only that dynamic part is escape-analysed, so
 * it is what must be reproduced here: each initialiser is split into
 * static data and the assignments left for init. */
#include <string.h>

#include "lower.h"

typedef struct Sched {
	Lower *L;
	NodeList *out;           /* the init function's body */
	PtrMap defs;             /* Object -> its OAS/OAS2 */
} Sched;

static bool static_assign(Sched *s, Node *l, Node *r, Type *typ);

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

static void assign(Sched *s, Node *a, Node *v)
{
	if (static_assign(s, a, v, v->type))
		return;
	append_assign(s, a, v);
}

/* A fresh static variable standing for storage gc allocates in data. */
static Node *static_name(Sched *s, Type *t)
{
	Node *n = ir_name(NOPOS, intern_cstr(".stmp"), PEXTERN, t, NULL);
	(void)s;
	return n;
}

/* Struct and array literals are planned element by element, nested
 * struct and array literals flattened into their parent's plan. */
static void plan_elements(Sched *s, Node *l, Node *r)
{
	int i;
	for (i = 0; i < r->list.n; i++) {
		Node *e = r->list.v[i];
		Node *v = (e->op == OKEY || e->op == OSTRUCTKEY) ? e->y : e;
		if (is_zero(v))
			continue;
		if (v->op == OARRAYLIT || v->op == OSTRUCTLIT) {
			plan_elements(s, l, v);
			continue;
		}
		if (v->op == OLITERAL || v->op == ONIL)
			continue;
		lower_set_pos(s->L, v);
		assign(s, l, v);
	}
}

/* Copies another global's static initialiser (gc's staticcopy). */
static bool static_copy(Sched *s, Node *l, Node *rn, Type *typ)
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
		if (static_copy(s, l, r, typ))
			return true;
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
			int i;
			for (i = 0; i < r->list.n; i++) {
				Node *e = r->list.v[i];
				Node *v = (e->op == OKEY || e->op == OSTRUCTKEY) ? e->y : e;
				if (v->op == OLITERAL || v->op == ONIL || is_zero(v))
					continue;
				if (v->op == ONAME && static_copy(s, l, v, v->type))
					continue;
				append_assign(s, l, rn);
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

static bool static_assign(Sched *s, Node *l, Node *r, Type *typ)
{
	if (!r)
		return true;
	r = strip_convnop(r);
	switch (r->op) {
	case ONAME:
		return static_copy(s, l, r, typ);
	case OMETHEXPR: case ONIL: case OLITERAL:
		return true;
	case OADDR:
		if (static_loc(r->x))
			return true;
		/* fall through */
	case OPTRLIT:
		switch (r->x->op) {
		case OARRAYLIT: case OSLICELIT: case OMAPLIT: case OSTRUCTLIT:
			assign(s, static_name(s, r->x->type), r->x);
			return true;
		default:
			return false;
		}
	case OSTR2BYTES:
		return l->nm && l->nm->class == PEXTERN && r->x->op == OLITERAL;
	case OSLICELIT: case OARRAYLIT: case OSTRUCTLIT: {
		Node *a = l;
		if (r->op == OSLICELIT)
			a = static_name(s, r->type);
		plan_elements(s, a, r);
		return true;
	}
	case OMAPLIT:
		return false;
	case OCLOSURE:
		return r->func->closurevars.n == 0;
	case OCONVIFACE: {
		Node *val = r;
		while (val->op == OCONVIFACE)
			val = val->x;
		if (type_under(val->type)->kind == TYPE_INTERFACE && !is_typeparam(val->type))
			return val->op == ONIL;
		if (gc_is_direct_iface(val->type)) {
			if (val->op == ONIL)
				return true;
			lower_set_pos(s->L, val);
			assign(s, l, val);
		} else {
			assign(s, static_name(s, val->type), val);
		}
		return true;
	}
	default:
		return false;
	}
}

/* Side effects that keep `_ = expr` in init. */
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
	case ODOT: case OKEY: case OSTRUCTKEY: case OLEN: case OCAP: case OADDSTR:
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
		if (!ir_is_blank(n->x) && static_assign(s, n->x, n->y, n->x->type))
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
			if (sp->u.value.names.v[i]->u.ident.def)
				ptrmap_put(defs, sp->u.value.names.v[i]->u.ident.def, as2);
		}
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
		if (as->y && !ir_is_blank(as->x))
			as->y = lower_assign_conv(L, as->y, as->x->type);
		if (!ir_is_blank(names.v[i]))
			names.v[i]->nm->defn = as;
		if (sp->u.value.names.v[i]->u.ident.def)
			ptrmap_put(defs, sp->u.value.names.v[i]->u.ident.def, as);
	}
	(void)as2;
}

/* Builds the package's init function from the initialisers, in order. */
IrFunc *lower_pkg_init(Lower *L, PtrMap *defs)
{
	Sched s;
	IrFunc *fn = L->initfn;
	PtrMap done = {0};
	int i;
	memset(&s, 0, sizeof s);
	s.L = L;
	s.out = &fn->body;
	s.defs = *defs;
	for (i = 0; i < L->pkg->ninits; i++) {
		Initializer *in = L->pkg->inits[i];
		Node *as = in->nlhs ? ptrmap_get(defs, in->lhs[0]) : NULL;
		if (!as || ptrmap_get(&done, as))
			continue;
		ptrmap_put(&done, as, as);
		static_init(&s, as);
	}
	ptrmap_free(&done);
	return fn;
}
