/* quote.c: Go's strconv.Quote, for messages and type strings (struct
 * tags). The constants layer already quotes strings exactly as Go does
 * (constfmt.c, checked against go/constant); this is that function
 * under the base layer's name. */
#include "constimpl.h"

void go_quote(Buf *b, const char *s, size_t n)
{
	const_quote(b, s, n);
}
