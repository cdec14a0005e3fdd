/* quote.c: Go's strconv.Quote, for constants, messages and type strings
 * (struct tags): printable runes as they are, everything else escaped.
 * "Printable" is strconv.IsPrint of the release emulated (unicode.c). */
#include "base.h"

static const char hexdigits[] = "0123456789abcdef";

void go_escape_rune(Buf *b, int32_t r, char quote)
{
	char enc[4];
	if (r == quote || r == '\\') {
		buf_putc(b, '\\');
		buf_putc(b, (char)r);
		return;
	}
	if (uni_isprint(r)) {
		buf_put(b, enc, (size_t)utf8_encode(enc, r));
		return;
	}
	switch (r) {
	case '\a': buf_puts(b, "\\a"); return;
	case '\b': buf_puts(b, "\\b"); return;
	case '\f': buf_puts(b, "\\f"); return;
	case '\n': buf_puts(b, "\\n"); return;
	case '\r': buf_puts(b, "\\r"); return;
	case '\t': buf_puts(b, "\\t"); return;
	case '\v': buf_puts(b, "\\v"); return;
	}
	if (r < ' ' || r == 0x7f)
		buf_printf(b, "\\x%c%c", hexdigits[r >> 4], hexdigits[r & 15]);
	else if (r < 0x10000)
		buf_printf(b, "\\u%04x", (unsigned)r);
	else
		buf_printf(b, "\\U%08x", (unsigned)r);
}

void go_quote(Buf *b, const char *s, size_t n)
{
	size_t i = 0;
	buf_putc(b, '"');
	while (i < n) {
		int size;
		int32_t r = utf8_decode((const unsigned char *)s + i, n - i, &size);
		if (r == RUNE_ERROR && size == 1) {
			/* a byte that is not UTF-8 */
			unsigned c = (unsigned char)s[i];
			buf_printf(b, "\\x%c%c", hexdigits[c >> 4], hexdigits[c & 15]);
		} else {
			go_escape_rune(b, r, '"');
		}
		i += (size_t)size;
	}
	buf_putc(b, '"');
}
