/* unicode.h: the tables of rune classes of one Unicode version, made by
 * tools/gen-unicode.go (unicode_13.c, unicode_15.c, unicode_17.c) and
 * used by unicode.c. Private to the base layer. */
#ifndef GOESCAPE_UNICODE_H
#define GOESCAPE_UNICODE_H

#include "base.h"

typedef struct UnicodeTables {
	const uint32_t (*letter)[2];
	int nletter;
	const uint32_t (*digit)[2];
	int ndigit;
	const uint32_t (*upper)[2];
	int nupper;
	const uint32_t (*print)[2];
	int nprint;
} UnicodeTables;

extern const UnicodeTables unicode_13, unicode_15, unicode_17;

#endif
