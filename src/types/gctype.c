/* gctype.c: properties of types that gc's back end knows and go/types
 * does not: which types hold pointers, which are stored directly in an
 * interface word, and which may not live in the heap (//go:notinheap). */
#include "types.h"

bool gc_has_pointers(Type *t)
{
	Type *u = type_under(t);
	int i;
	switch (u->kind) {
	case TYPE_BASIC:
		return u->u.basic.kind == KIND_STRING || u->u.basic.kind == KIND_UNSAFEPOINTER ||
		       u->u.basic.kind == KIND_UNTYPED_STRING || u->u.basic.kind == KIND_UNTYPED_NIL;
	case TYPE_POINTER:
		return !type_not_in_heap(u->u.pointer.elem);
	case TYPE_SLICE:
		return !type_not_in_heap(u->u.slice.elem);
	case TYPE_SIGNATURE: case TYPE_CHAN: case TYPE_MAP: case TYPE_INTERFACE:
		return true;
	case TYPE_ARRAY:
		return u->u.array.len > 0 && gc_has_pointers(u->u.array.elem);
	case TYPE_STRUCT:
		for (i = 0; i < u->u.strct.nfields; i++)
			if (gc_has_pointers(u->u.strct.fields[i]->type))
				return true;
		return false;
	case TYPE_TUPLE:
		for (i = 0; i < u->u.tuple.n; i++)
			if (gc_has_pointers(u->u.tuple.vars[i]->type))
				return true;
		return false;
	default:
		return true;   /* type parameters: assume the worst */
	}
}

bool gc_is_interface(Type *t)
{
	return t && !is_typeparam(t) && type_under(t)->kind == TYPE_INTERFACE;
}

bool gc_is_direct_iface(Type *t)
{
	Type *u = type_under(t);
	/* later gc: any type that is one pointer word, zero-size fields
	 * around it included */
	if (release_has(FEAT_DIRECT_IFACE_SIZE))
		return type_size(t) == sizes_ptrsize() && gc_has_pointers(t);
	switch (u->kind) {
	case TYPE_POINTER:
		return !type_not_in_heap(u->u.pointer.elem);
	case TYPE_CHAN: case TYPE_MAP: case TYPE_SIGNATURE:
		return true;
	case TYPE_BASIC:
		return u->u.basic.kind == KIND_UNSAFEPOINTER;
	case TYPE_ARRAY:
		return u->u.array.len == 1 && gc_is_direct_iface(u->u.array.elem);
	case TYPE_STRUCT:
		return u->u.strct.nfields == 1 && gc_is_direct_iface(u->u.strct.fields[0]->type);
	default:
		return false;
	}
}

bool gc_is_simple(Type *t)
{
	Type *u = type_under(t);
	return u->kind == TYPE_BASIC &&
	       (u->u.basic.info & (BI_INTEGER | BI_FLOAT | BI_COMPLEX | BI_BOOLEAN)) != 0;
}

int64_t gc_size(Type *t)
{
	return type_size(t);
}

int64_t gc_align(Type *t)
{
	return type_align(t);
}
