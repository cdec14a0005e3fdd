/* rangefunc.h: the rangefunc layer: range-over-func loops rewritten
 * into plain Go before lowering, as gc (go1.23 on) rewrites them.
 *
 * Owns: the rewrite of every `for x := range f { body }` whose range
 * expression is a function into a call f(#yieldN), where #yieldN is
 * the loop body made into a closure returning bool, with the state
 * checks gc inserts (#stateN), the code that carries a return, break,
 * continue or goto out of the closure (#next, results named #rvN), and
 * defers attached to the enclosing function (#defers).
 * Needs: type-checked syntax trees (syntax, types), base.
 * Gives: rangefunc_package. The trees it leaves are still type-checked
 * syntax: every new expression carries its type and mode, every new
 * name its object, so lowering reads them as any other code. The names
 * and positions are gc's, because escape analysis prints them ("moved
 * to heap: #state1", "func literal escapes to heap" at the loop's
 * "for"), and the closures are marked so that lowering names them as
 * gc does ("F-range1"). */
#ifndef GOESCAPE_RANGEFUNC_H
#define GOESCAPE_RANGEFUNC_H

#include "types/types.h"

/* Rewrites the range-over-func loops of every function of the files,
 * function literals included; new nodes come from a. */
void rangefunc_package(Pkg *pkg, File **files, int nfiles, Arena *a);

#endif
