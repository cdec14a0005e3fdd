/* index.c: index and slice expressions (spec: Index expressions, Slice
 * expressions), constant indices, and the elements of array and slice
 * literals. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* The one index of x[i]; x[i, j] is an error (but i is still used). */
static Expr *single_index(Checker *c, Expr *e)
{
	if (e->kind == EXPR_INDEX)
		return e->u.index.index;
	ASSERT(e->u.indexlist.indices.n > 1);
	check_errorf(c, syntax_start(e->u.indexlist.indices.v[1]), "invalid operation: more than one index");
	return e->u.indexlist.indices.v[0];
}

static void use_indices(Checker *c, Expr *e)
{
	if (e->kind == EXPR_INDEX)
		check_use_expr(c, e->u.index.index);
	else
		check_use(c, e->u.indexlist.indices);
}

bool check_valid_index(Checker *c, Operand *x, const char *what, bool allownegative)
{
	if (x->mode == MODE_INVALID)
		return false;
	/* spec: a constant index that is untyped is given type int */
	convert_untyped(c, x, typ_basic[KIND_INT]);
	if (x->mode == MODE_INVALID)
		return false;
	/* spec: the index must be of integer type or an untyped constant */
	if (!all_integer(x->type)) {
		check_errorf(c, operand_pos(x), "invalid argument: %s %O must be integer", what, x);
		return false;
	}
	if (x->mode == MODE_CONSTANT) {
		/* spec: a constant index must be non-negative and fit an int */
		if (!allownegative && const_sign(x->val) < 0) {
			check_errorf(c, operand_pos(x), "invalid argument: %s %O must not be negative", what, x);
			return false;
		}
		if (!const_representable_as(x->val, typ_basic[KIND_INT], &x->val)) {
			check_errorf(c, operand_pos(x), "invalid argument: %s %O overflows int", what, x);
			return false;
		}
	}
	return true;
}

int64_t check_index(Checker *c, Expr *index, int64_t max, Type **typ)
{
	Operand x;
	int64_t v;
	if (typ)
		*typ = typ_invalid;
	check_expr(c, &x, index);
	if (!check_valid_index(c, &x, "index", false))
		return -1;
	if (x.mode != MODE_CONSTANT) {
		if (typ)
			*typ = x.type;
		return -1;
	}
	if (const_kind(x.val) == CONST_UNKNOWN)
		return -1;
	if (!const_int64_val(x.val, &v))
		BUG("constant index does not fit int64");
	if (max >= 0 && v >= max) {
		check_errorf(c, operand_pos(&x), "invalid argument: index %s out of bounds [0:%lld]", const_str(x.val),
		             (long long)max);
		return -1;
	}
	if (typ)
		*typ = x.type;
	return v;
}

/* What indexing one type of a type parameter's type set gives. */
typedef struct IndexCtx {
	Operand *x;
	Type *key, *elem;          /* key set: every type is a map */
	int64_t length;
	ExprMode mode;             /* for non-maps */
	bool first;
} IndexCtx;

static bool index_one(Type *u, void *ctx)
{
	IndexCtx *k = ctx;
	int64_t l = -1;
	Type *key = NULL, *elem = NULL;
	if (!u)
		return false;
	switch (u->kind) {
	case TYPE_BASIC:
		if (is_string(u)) {
			elem = typ_byte;
			k->mode = MODE_VALUE;
		}
		break;
	case TYPE_ARRAY:
		l = u->u.array.len;
		elem = u->u.array.elem;
		if (k->x->mode != MODE_VARIABLE)
			k->mode = MODE_VALUE;
		break;
	case TYPE_POINTER: {
		Type *a = type_under(u->u.pointer.elem);
		if (a && a->kind == TYPE_ARRAY) {
			l = a->u.array.len;
			elem = a->u.array.elem;
		}
		break;
	}
	case TYPE_SLICE:
		elem = u->u.slice.elem;
		break;
	case TYPE_MAP:
		key = u->u.map.key;
		elem = u->u.map.elem;
		break;
	default:
		break;
	}
	if (!elem)
		return false;
	if (k->first) {
		k->first = false;
		k->length = l;
		k->key = key;
		k->elem = elem;
		return true;
	}
	/* maps do not mix with other types; keys and elements must agree */
	if ((k->key == NULL) != (key == NULL) || (key && !types_identical(k->key, key)))
		return false;
	if (!types_identical(k->elem, elem))
		return false;
	if (l >= 0 && l < k->length)
		k->length = l;   /* the shortest array bounds constant indices */
	return true;
}

static void map_index(Checker *c, Operand *x, Expr *e, Type *key, Type *elem)
{
	Operand k;
	Expr *index = single_index(c, e);
	check_expr(c, &k, index);
	check_assignment(c, &k, key, "map index");
	/* the element type is known even if the key is wrong */
	x->mode = MODE_MAPINDEX;
	x->type = elem;
	x->expr = e;
}

bool check_index_expr(Checker *c, Operand *x, Expr *e)
{
	Expr *xe = e->kind == EXPR_INDEX ? e->u.index.x : e->u.indexlist.x;
	bool valid = false;
	int64_t length = -1;
	Type *u;

	check_expr_or_type(c, x, xe, true);
	switch (x->mode) {
	case MODE_INVALID:
		use_indices(c, e);
		return false;
	case MODE_TYPEXPR:
		/* an instantiated type: check the whole expression as one */
		x->mode = MODE_INVALID;
		x->type = check_var_type(c, e);
		if (x->type != typ_invalid)
			x->mode = MODE_TYPEXPR;
		return false;
	case MODE_VALUE:
		u = type_under(x->type);
		if (u && u->kind == TYPE_SIGNATURE && u->u.sig.tparams.n > 0)
			return true;   /* a generic function: instantiated by the caller */
		break;
	default:
		break;
	}

	/* x cannot be generic here, but be safe */
	if (x->type && ((x->type->kind == TYPE_NAMED && is_generic(x->type)) ||
	                (x->type->kind == TYPE_SIGNATURE && x->type->u.sig.tparams.n > 0))) {
		check_errorf(c, operand_pos(x), "cannot use generic %s %E without instantiation",
		             x->type->kind == TYPE_NAMED ? "type" : "function", x->expr);
		x->mode = MODE_INVALID;
		return false;
	}

	u = type_under(x->type);
	switch (u->kind) {
	case TYPE_BASIC:
		if (is_string(u)) {
			valid = true;
			if (x->mode == MODE_CONSTANT) {
				size_t n;
				const_string_val(x->val, &n);
				length = (int64_t)n;
			}
			/* indexing a string gives a byte, never a constant */
			x->mode = MODE_VALUE;
			x->type = typ_byte;
		}
		break;
	case TYPE_ARRAY:
		valid = true;
		length = u->u.array.len;
		if (x->mode != MODE_VARIABLE)
			x->mode = MODE_VALUE;
		x->type = u->u.array.elem;
		break;
	case TYPE_POINTER: {
		Type *a = type_under(u->u.pointer.elem);
		if (a && a->kind == TYPE_ARRAY) {
			valid = true;
			length = a->u.array.len;
			x->mode = MODE_VARIABLE;
			x->type = a->u.array.elem;
		}
		break;
	}
	case TYPE_SLICE:
		valid = true;
		x->mode = MODE_VARIABLE;
		x->type = u->u.slice.elem;
		break;
	case TYPE_MAP:
		map_index(c, x, e, u->u.map.key, u->u.map.elem);
		return false;
	case TYPE_INTERFACE:
		if (is_typeparam(x->type)) {
			IndexCtx k;
			memset(&k, 0, sizeof k);
			k.x = x;
			k.mode = MODE_VARIABLE;
			k.first = true;
			k.length = -1;
			if (typeset_under_is(interface_type_set(NULL, NOPOS, u), index_one, &k)) {
				if (k.key) {
					map_index(c, x, e, k.key, k.elem);
					return false;
				}
				valid = true;
				length = k.length;
				x->mode = k.mode;
				x->type = k.elem;
			}
		}
		break;
	default:
		break;
	}

	if (!valid) {
		check_errorf(c, e->pos, "invalid operation: cannot index %O", x);
		x->mode = MODE_INVALID;
		return false;
	}
	if (!x->type)
		x->type = typ_invalid;   /* an element type not yet set up (invalid cycles) */
	check_index(c, single_index(c, e), length, NULL);
	return false;
}

void check_slice_expr(Checker *c, Operand *x, Expr *e)
{
	Expr *idx[3];
	int64_t ind[3], length = -1;
	bool valid = false;
	Type *u;
	int i, j;

	idx[0] = e->u.slice.low;
	idx[1] = e->u.slice.high;
	idx[2] = e->u.slice.max;
	check_expr(c, x, e->u.slice.x);
	if (x->mode == MODE_INVALID) {
		for (i = 0; i < 3; i++)
			check_use_expr(c, idx[i]);
		return;
	}

	u = type_core_string(x->type);
	if (!u) {
		check_errorf(c, operand_pos(x), "invalid operation: cannot slice %O: %T has no core type", x, x->type);
		x->mode = MODE_INVALID;
		return;
	}
	switch (u->kind) {
	case TYPE_BASIC:
		if (is_string(u)) {
			if (e->u.slice.slice3) {
				Pos at = idx[2] ? syntax_start(idx[2]) : syntax_start(e);
				check_errorf(c, at, "invalid operation: 3-index slice of string");
				x->mode = MODE_INVALID;
				return;
			}
			valid = true;
			if (x->mode == MODE_CONSTANT) {
				size_t n;
				const_string_val(x->val, &n);
				length = (int64_t)n;
			}
			/* spec: slicing an untyped string gives a string value */
			if (is_untyped(x->type))
				x->type = typ_basic[KIND_STRING];
		}
		break;
	case TYPE_ARRAY:
		valid = true;
		length = u->u.array.len;
		if (x->mode != MODE_VARIABLE) {
			check_errorf(c, operand_pos(x), "invalid operation: %O (slice of unaddressable value)", x);
			x->mode = MODE_INVALID;
			return;
		}
		x->type = new_slice(u->u.array.elem);
		break;
	case TYPE_POINTER: {
		Type *a = type_under(u->u.pointer.elem);
		if (a && a->kind == TYPE_ARRAY) {
			valid = true;
			length = a->u.array.len;
			x->type = new_slice(a->u.array.elem);
		}
		break;
	}
	case TYPE_SLICE:
		valid = true;
		break;
	default:
		break;
	}
	if (!valid) {
		check_errorf(c, operand_pos(x), "invalid operation: cannot slice %O", x);
		x->mode = MODE_INVALID;
		return;
	}
	x->mode = MODE_VALUE;

	/* spec: only the first index may be omitted */
	if (e->u.slice.slice3 && (!idx[1] || !idx[2])) {
		check_errorf(c, syntax_start(e), "invalid AST: 2nd and 3rd index required in 3-index slice");
		x->mode = MODE_INVALID;
		return;
	}

	for (i = 0; i < 3; i++) {
		int64_t v = -1;
		if (idx[i]) {
			/* the capacity of strings and arrays is their length */
			int64_t max = length >= 0 ? length + 1 : -1;
			int64_t r = check_index(c, idx[i], max, NULL);
			if (r >= 0)
				v = r;
		} else if (i == 0) {
			v = 0;
		} else if (length >= 0) {
			v = length;
		}
		ind[i] = v;
	}
	/* constant indices must be in order (one report is enough) */
	for (i = 0; i < 2; i++) {
		if (ind[i] <= 0)
			continue;
		for (j = i + 1; j < 3; j++) {
			if (ind[j] >= 0 && ind[j] < ind[i]) {
				check_errorf(c, syntax_start(idx[j]), "invalid slice indices: %lld < %lld", (long long)ind[j],
				             (long long)ind[i]);
				return;
			}
		}
	}
}

/* --- array and slice literals --------------------------------------------------- */

typedef struct IndexSet {
	int64_t *v;                /* stored as index + 1; 0 is empty */
	int cap, n;
} IndexSet;

static bool indexset_add(IndexSet *s, int64_t x)
{
	uint64_t h;
	int i;
	if (2 * (s->n + 1) > s->cap) {
		IndexSet g = {0};
		g.cap = s->cap ? 2 * s->cap : 32;
		g.v = xcalloc((size_t)g.cap, sizeof *g.v);
		for (i = 0; i < s->cap; i++)
			if (s->v[i])
				indexset_add(&g, s->v[i] - 1);
		free(s->v);
		*s = g;
	}
	h = (uint64_t)x * 0x9e3779b97f4a7c15ull;
	for (i = (int)((h >> 32) & (uint64_t)(s->cap - 1)); s->v[i]; i = (i + 1) & (s->cap - 1))
		if (s->v[i] == x + 1)
			return true;
	s->v[i] = x + 1;
	s->n++;
	return false;
}

int64_t check_indexed_elts(Checker *c, ExprList elts, Type *elem, int64_t length)
{
	IndexSet seen = {0};
	int64_t index = 0, max = 0;
	bool keyed = false;
	int i;

	/* without keys, indices only grow: no duplicates to look for */
	for (i = 0; i < elts.n; i++)
		if (elts.v[i]->kind == EXPR_KEYVALUE)
			keyed = true;

	for (i = 0; i < elts.n; i++) {
		Expr *e = elts.v[i], *val = e;
		bool validindex = false;
		Operand x;
		if (e->kind == EXPR_KEYVALUE) {
			Type *t;
			int64_t k = check_index(c, e->u.keyvalue.key, length, &t);
			if (t != typ_invalid) {
				if (k >= 0) {
					index = k;
					validindex = true;
				} else {
					check_errorf(c, syntax_start(e), "index %E must be integer constant", e->u.keyvalue.key);
				}
			}
			val = e->u.keyvalue.value;
		} else if (length >= 0 && index >= length) {
			check_errorf(c, syntax_start(e), "index %lld is out of bounds (>= %lld)", (long long)index,
			             (long long)length);
		} else {
			validindex = true;
		}
		if (validindex && keyed && indexset_add(&seen, index))
			check_errorf(c, syntax_start(e), "duplicate index %lld in array or slice literal", (long long)index);
		index++;
		if (index > max)
			max = index;
		check_expr_with_hint(c, &x, val, elem);
		check_assignment(c, &x, elem, "array or slice literal");
	}
	free(seen.v);
	return max;
}
