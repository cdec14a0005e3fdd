/* devirt.h: devirtualization, the layer between lowering (and, later,
 * inlining) and escape analysis.
 *
 * Owns: the rewriting of interface method calls whose receiver is
 * statically a conversion of a concrete value into direct method calls
 * on that value, as gc's devirtualize pass does, with its -m message
 * ("devirtualizing x.M to T").
 * Needs: a lowered package (ir), the type model (types), messages (base).
 * Gives: the package's IR with those calls made static, so that escape
 * analysis applies the callees' parameter tags. */
#ifndef GOESCAPE_DEVIRT_H
#define GOESCAPE_DEVIRT_H

#include "ir/ir.h"

/* Rewrites the calls of every function of p; mflag: -m's level. */
void devirtualize_package(IrPackage *p, int mflag);

#endif
