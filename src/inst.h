/* inst.h: generic code as gc 1.19 compiles it (GC-shape stenciling).
 *
 * gc does not analyse a generic function itself. It compiles one
 * instance per tuple of "shapes" of the type arguments, each taking a
 * dictionary (its type arguments' runtime data, sub-dictionaries,
 * itabs, method closures) as a hidden first parameter, and those
 * instances are what escape analysis sees: their diagnostics sit at the
 * generic source's positions, print shape types ("go.shape.int_0"),
 * and their parameter tags serve their callers.
 *
 * gcshape.c: shape types and gc's link strings (the unique spelling of
 * a type that names shapes, instances and dictionaries).
 * lower_inst.c: the instances themselves, lowered from the generic
 * source with type parameters replaced by shapes, the rewriting of
 * every use of a generic function or method, and the dictionary
 * operations (method calls on type parameters, conversions to
 * interfaces, type assertions and switches). */
#ifndef GOESCAPE_INST_H
#define GOESCAPE_INST_H

#include "ir.h"

/* --- gcshape.c ----------------------------------------------------------------- */

/* gc's -p: the import path of the package built from files named on the
 * command line (default: the go command's "command-line-arguments"). */
void gc_set_cmdline_pkgpath(const char *path);
/* The symbol prefix gc uses for pkg (its escaped import path). */
const char *gc_link_prefix(Pkg *pkg);
/* gc's LinkString: a type spelled uniquely, with package prefixes. */
void gc_link_string(Buf *b, Type *t);
const char *gc_link_string_of(Type *t);

extern Pkg *gc_shape_pkg;             /* "go.shape" */
bool gc_is_shape(Type *t);
bool gc_has_shape(Type *t);
/* The shape of type argument t for type parameter tparam at index. */
Type *gc_shapify(Type *t, int index, Type *tparam);
/* t with shapes[i] replaced by targs[i] (a shaped type made concrete). */
Type *gc_subst_shapes(Type *t, TypeList shapes, TypeList targs);

#endif
