/* utf8.c: UTF-8 decoding and encoding with Go's rules (surrogates and
 * overlong forms are invalid and decode as RUNE_ERROR, width 1). */
#include "base.h"

int32_t utf8_decode(const unsigned char *s, size_t n, int *size)
{
	unsigned c;
	int32_t r;
	int need, i;
	if (n == 0) {
		*size = 0;
		return RUNE_ERROR;
	}
	c = s[0];
	*size = 1;
	if (c < 0x80)
		return (int32_t)c;
	if (c < 0xC2 || c > 0xF4)
		return RUNE_ERROR;
	if (c < 0xE0) {
		need = 1;
		r = c & 0x1F;
	} else if (c < 0xF0) {
		need = 2;
		r = c & 0x0F;
	} else {
		need = 3;
		r = c & 0x07;
	}
	if (n < (size_t)need + 1)
		return RUNE_ERROR;
	for (i = 1; i <= need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return RUNE_ERROR;
		r = (r << 6) | (s[i] & 0x3F);
	}
	/* reject overlong forms, surrogates and values past the maximum */
	if ((need == 2 && r < 0x800) || (need == 3 && r < 0x10000) ||
	    (r >= 0xD800 && r <= 0xDFFF) || r > RUNE_MAX)
		return RUNE_ERROR;
	*size = need + 1;
	return r;
}

int utf8_encode(char *out, int32_t r)
{
	unsigned u = (unsigned)r;
	if (r < 0 || r > RUNE_MAX || (r >= 0xD800 && r <= 0xDFFF))
		u = RUNE_ERROR;
	if (u < 0x80) {
		out[0] = (char)u;
		return 1;
	}
	if (u < 0x800) {
		out[0] = (char)(0xC0 | (u >> 6));
		out[1] = (char)(0x80 | (u & 0x3F));
		return 2;
	}
	if (u < 0x10000) {
		out[0] = (char)(0xE0 | (u >> 12));
		out[1] = (char)(0x80 | ((u >> 6) & 0x3F));
		out[2] = (char)(0x80 | (u & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (u >> 18));
	out[1] = (char)(0x80 | ((u >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((u >> 6) & 0x3F));
	out[3] = (char)(0x80 | (u & 0x3F));
	return 4;
}
