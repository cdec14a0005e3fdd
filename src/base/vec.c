/* vec.c: growable pointer lists and byte buffers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

void vec_push(Vec *v, void *p)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 8;
		v->v = xrealloc(v->v, sizeof(void *) * (size_t)v->cap);
	}
	v->v[v->n++] = p;
}

void **vec_finish(Vec *v, Arena *a, int *n)
{
	void **out = NULL;
	*n = v->n;
	if (v->n)
		out = arena_dup(a, v->v, sizeof(void *) * (size_t)v->n);
	v->n = 0;
	return out;
}

void vec_free(Vec *v)
{
	free(v->v);
	memset(v, 0, sizeof *v);
}

static void buf_grow(Buf *b, size_t extra)
{
	if (b->n + extra + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->n + extra + 1)
			cap *= 2;
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
}

void buf_putc(Buf *b, int c)
{
	buf_grow(b, 1);
	b->s[b->n++] = (char)c;
	b->s[b->n] = 0;
}

void buf_put(Buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

void buf_puts(Buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		BUG("bad format %s", fmt);
	buf_grow(b, (size_t)n);
	vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
	b->n += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *buf_cstr(Buf *b)
{
	buf_grow(b, 0);
	b->s[b->n] = 0;
	return b->s;
}

void buf_reset(Buf *b)
{
	b->n = 0;
	if (b->s)
		b->s[0] = 0;
}

void buf_free(Buf *b)
{
	free(b->s);
	memset(b, 0, sizeof *b);
}
