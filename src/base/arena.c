/* arena.c: memory. One wrapper around malloc that dies cleanly on
 * exhaustion, and bump-pointer arenas for everything with a shared
 * lifetime (a package's syntax trees, the whole run's types). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

struct ArenaBlock {
	ArenaBlock *next;
	size_t size;
	size_t used;             /* bytes handed out, once the block is left behind */
	/* data follows, 16-byte aligned */
};

enum { BLOCK_SIZE = 1 << 20, ALIGN = 16 };

static Arena perm_arena;
Arena *perm = &perm_arena;
static size_t live_bytes, peak_bytes;

/* Standard blocks released by arena_free wait here for reuse, so that
 * short-lived arenas (one per parsed file) do not go back to malloc,
 * and to the kernel's page faults, every time.
 *
 * Every block is all zeros when it is handed to an arena (fresh ones
 * come from calloc, spare ones are cleared on release, only as far as
 * they were used), so allocation itself never clears memory: one
 * large clear per block instead of one call per object. */
enum { MAXSPARE = 32 };
static ArenaBlock *spare;
static int nspare;

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		fatalf("out of memory (%zu bytes)", n);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		fatalf("out of memory (%zu bytes)", n);
	return p;
}

void *xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		fatalf("out of memory (%zu x %zu bytes)", n, m);
	return p;
}

static size_t hdr_size(void)
{
	return (sizeof(ArenaBlock) + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

void arena_init(Arena *a)
{
	memset(a, 0, sizeof *a);
}

static char *block_data(ArenaBlock *b)
{
	return (char *)b + hdr_size();
}

void arena_free(Arena *a)
{
	ArenaBlock *b, *next;
	if (a->head)
		a->head->used = (size_t)(a->cur - block_data(a->head));
	for (b = a->head; b; b = next) {
		next = b->next;
		live_bytes -= b->size;
		if (b->size == hdr_size() + BLOCK_SIZE && nspare < MAXSPARE) {
			memset(block_data(b), 0, b->used);
			b->next = spare;
			spare = b;
			nspare++;
		} else {
			free(b);
		}
	}
	memset(a, 0, sizeof *a);
}

void *arena_alloc(Arena *a, size_t n)
{
	char *p;
	n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (n == 0)
		n = ALIGN;
	if ((size_t)(a->end - a->cur) < n) {
		size_t size = hdr_size() + (n > BLOCK_SIZE / 4 ? n : BLOCK_SIZE);
		ArenaBlock *b;
		if (size == hdr_size() + BLOCK_SIZE && spare) {
			b = spare;
			spare = b->next;
			nspare--;
		} else {
			b = xcalloc(1, size);
		}
		b->size = size;
		b->used = 0;
		a->total += size;
		live_bytes += size;
		if (live_bytes > peak_bytes)
			peak_bytes = live_bytes;
		if (n > BLOCK_SIZE / 4 && a->head) {
			/* A large request gets its own block behind the current
			 * one, so the current block's free space is not lost. */
			b->next = a->head->next;
			a->head->next = b;
			b->used = n;
			return block_data(b);
		}
		if (a->head)
			a->head->used = (size_t)(a->cur - block_data(a->head));
		b->next = a->head;
		a->head = b;
		a->cur = block_data(b);
		a->end = (char *)b + size;
	}
	p = a->cur;
	a->cur += n;
	return p;
}

void *arena_dup(Arena *a, const void *p, size_t n)
{
	void *q = arena_alloc(a, n);
	if (n)
		memcpy(q, p, n);
	return q;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
	char *q = arena_alloc(a, n + 1);
	memcpy(q, s, n);
	q[n] = 0;
	return q;
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
	va_list ap;
	Buf b = {0};
	char *s;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	s = arena_strndup(a, b.s ? b.s : "", b.n);
	buf_free(&b);
	return s;
}

size_t arena_peak_bytes(void)
{
	return peak_bytes;
}
