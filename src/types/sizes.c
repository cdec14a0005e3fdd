/* sizes.c: sizes, alignments and field offsets, as gc lays values out.
 *
 * Two models are kept. gc's own (the default) pads a struct to its
 * alignment and gives a trailing zero-size field one byte; this is what
 * unsafe.Sizeof means to gc and what its stack-size limits measure.
 * go/types' StdSizes omits that padding; it is selectable so that the
 * layout can be compared with go/types entry by entry. */
#include <string.h>

#include "check.h"

static int64_t wordsize = 8, maxalign = 8;
static SizesModel model = SIZES_GC;

static const struct { const char *arch; int64_t word, align; } archs[] = {
	{"386", 4, 4}, {"amd64", 8, 8}, {"amd64p32", 4, 8}, {"arm", 4, 4},
	{"arm64", 8, 8}, {"loong64", 8, 8}, {"mips", 4, 4}, {"mipsle", 4, 4},
	{"mips64", 8, 8}, {"mips64le", 8, 8}, {"ppc64", 8, 8}, {"ppc64le", 8, 8},
	{"riscv64", 8, 8}, {"s390x", 8, 8}, {"sparc64", 8, 8}, {"wasm", 8, 8},
};

void sizes_init(const char *goarch)
{
	int i;
	for (i = 0; i < NELEM(archs); i++) {
		if (strcmp(archs[i].arch, goarch) == 0) {
			wordsize = archs[i].word;
			maxalign = archs[i].align;
			return;
		}
	}
	fatalf("unsupported GOARCH %s", goarch);
}

void sizes_set_model(SizesModel m)
{
	model = m;
}

int64_t sizes_ptrsize(void) { return wordsize; }
int64_t sizes_maxalign(void) { return maxalign; }

static int64_t round_up(int64_t o, int64_t a)
{
	return (o + a - 1) / a * a;
}

/* sync/atomic.align64 and runtime/internal/atomic.align64 force 8-byte alignment */
static bool is_align64(Type *t)
{
	Object *o;
	if (t->kind != TYPE_NAMED)
		return false;
	o = t->u.named.obj;
	return strcmp(o->name, "align64") == 0 && o->pkg &&
	       (strcmp(o->pkg->path, "sync/atomic") == 0 || strcmp(o->pkg->path, "runtime/internal/atomic") == 0);
}

static int64_t basic_size(BasicKind k)
{
	switch (k) {
	case KIND_BOOL: case KIND_INT8: case KIND_UINT8: return 1;
	case KIND_INT16: case KIND_UINT16: return 2;
	case KIND_INT32: case KIND_UINT32: case KIND_FLOAT32: return 4;
	case KIND_INT64: case KIND_UINT64: case KIND_FLOAT64: case KIND_COMPLEX64: return 8;
	case KIND_COMPLEX128: return 16;
	case KIND_STRING: return 2 * wordsize;
	case KIND_INVALID: return model == SIZES_GC ? 1 : wordsize;
	default: return wordsize;
	}
}

int64_t type_align(Type *t)
{
	Type *u = type_under(t);
	int64_t a;
	int i;
	switch (u->kind) {
	case TYPE_ARRAY:
		return type_align(u->u.array.elem);
	case TYPE_STRUCT:
		if (u->u.strct.nfields == 0 && is_align64(t))
			return 8;
		a = 1;
		for (i = 0; i < u->u.strct.nfields; i++)
			a = MAX(a, type_align(u->u.strct.fields[i]->type));
		return a;
	case TYPE_SLICE: case TYPE_INTERFACE:
		return wordsize;
	case TYPE_BASIC:
		if (u->u.basic.info & BI_STRING)
			return wordsize;
		break;
	default:
		break;
	}
	a = type_size(t);
	if (a < 1)
		return 1;
	if (is_complex(t))
		a /= 2;
	return a > maxalign ? maxalign : a;
}

int64_t *struct_offsets(Type *t)
{
	Type *u = type_under(t);
	int n = u->u.strct.nfields, i;
	int64_t *offs = NEWARRAY(types_arena(), int64_t, n ? n : 1), o = 0;
	for (i = 0; i < n; i++) {
		Type *ft = u->u.strct.fields[i]->type;
		o = round_up(o, type_align(ft));
		offs[i] = o;
		o += type_size(ft);
	}
	return offs;
}

static int64_t compute_size(Type *t)
{
	Type *u = type_under(t);
	int64_t n, z, last;
	int64_t *offs;
	int nf;
	switch (u->kind) {
	case TYPE_BASIC:
		return basic_size(u->u.basic.kind);
	case TYPE_ARRAY:
		n = u->u.array.len;
		if (n <= 0)
			return 0;
		z = type_size(u->u.array.elem);
		if (model == SIZES_GC)
			return z * n;
		return round_up(z, type_align(u->u.array.elem)) * (n - 1) + z;
	case TYPE_SLICE:
		return 3 * wordsize;
	case TYPE_STRUCT:
		nf = u->u.strct.nfields;
		if (nf == 0)
			return 0;
		offs = struct_offsets(u);
		last = type_size(u->u.strct.fields[nf - 1]->type);
		if (model == SIZES_GOTYPES)
			return offs[nf - 1] + last;
		/* a pointer to a trailing zero-size field must not point past the object */
		if (last == 0 && offs[nf - 1] > 0)
			last = 1;
		return round_up(offs[nf - 1] + last, type_align(t));
	case TYPE_INTERFACE:
		return 2 * wordsize;
	default:
		return wordsize;
	}
}

int64_t type_size(Type *t)
{
	/* the gc model's sizes are cached on the type */
	if (model != SIZES_GC)
		return compute_size(t);
	if (t->size < 0)
		t->size = compute_size(t);
	return t->size;
}
