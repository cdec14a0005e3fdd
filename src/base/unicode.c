/* unicode.c: rune classes as Go's unicode and strconv packages define
 * them: letters and digits for identifiers, upper case for exported
 * names, printable runes for quoting. Each release has its version of
 * Unicode (base/release.c); its tables are generated (unicode_*.c). */
#include "unicode.h"

/* in_ranges bisects a sorted table of inclusive ranges. */
static bool in_ranges(const uint32_t (*t)[2], int n, int32_t r)
{
	int lo = 0, hi = n - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if ((uint32_t)r < t[mid][0])
			hi = mid - 1;
		else if ((uint32_t)r > t[mid][1])
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

static const UnicodeTables *tables(void)
{
	switch (release_unicode()) {
	case 13: return &unicode_13;
	case 15: return &unicode_15;
	case 17: return &unicode_17;
	}
	BUG("no tables for Unicode %d", release_unicode());
}

bool uni_isletter(int32_t r)
{
	if (r < 0x80)
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
	return in_ranges(tables()->letter, tables()->nletter, r);
}

bool uni_isdigit(int32_t r)
{
	if (r < 0x80)
		return r >= '0' && r <= '9';
	return in_ranges(tables()->digit, tables()->ndigit, r);
}

bool uni_isupper(int32_t r)
{
	if (r < 0x80)
		return r >= 'A' && r <= 'Z';
	return in_ranges(tables()->upper, tables()->nupper, r);
}

bool uni_isprint(int32_t r)
{
	if (r < 0x80)
		return r >= 0x20 && r < 0x7F;
	return in_ranges(tables()->print, tables()->nprint, r);
}
