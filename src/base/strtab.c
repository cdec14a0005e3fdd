/* strtab.c: string interning and pointer-keyed hash maps. */
#include <stdlib.h>
#include <string.h>

#include "base.h"

uint64_t hash_bytes(const void *p, size_t n)
{
	/* FNV-1a with a final avalanche; names are short. */
	const unsigned char *s = p;
	uint64_t h = 0xcbf29ce484222325ull;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ull;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h;
}

/* An entry keeps the first eight bytes of its string, so that most
 * probes (names are short) compare without touching the string. */
typedef struct InternEntry {
	uint64_t head;
	const char *s;
	uint32_t len;
	uint32_t hash;
} InternEntry;

static InternEntry *itab;
static uint32_t icap, ilen;
static Arena names;   /* the interned strings */

static void intern_grow(void)
{
	uint32_t ncap = icap ? icap * 2 : 1 << 14, i;
	InternEntry *n = xcalloc(ncap, sizeof *n);
	for (i = 0; i < icap; i++) {
		uint32_t j;
		if (!itab[i].s)
			continue;
		for (j = itab[i].hash & (ncap - 1); n[j].s; j = (j + 1) & (ncap - 1))
			;
		n[j] = itab[i];
	}
	free(itab);
	itab = n;
	icap = ncap;
}

/* intern_hash mixes eight bytes at a time; head gets the first eight
 * (zero-padded). */
static uint32_t intern_hash(const char *s, size_t n, uint64_t *head)
{
	uint64_t h = 0x9e3779b97f4a7c15ull ^ n, w;
	size_t i = 0;
	*head = 0;
	memcpy(head, s, n < 8 ? n : 8);
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdull;
		h ^= h >> 32;
	}
	if (i < n) {
		w = 0;
		memcpy(&w, s + i, n - i);
		h = (h ^ w) * 0xff51afd7ed558ccdull;
	}
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 29;
	return (uint32_t)h;
}

const char *intern(const char *s, size_t n)
{
	uint32_t h, i;
	uint64_t head;
	if (2 * (ilen + 1) > icap)
		intern_grow();
	h = intern_hash(s, n, &head);
	for (i = h & (icap - 1); itab[i].s; i = (i + 1) & (icap - 1)) {
		if (itab[i].hash == h && itab[i].len == n && itab[i].head == head &&
		    (n <= 8 || memcmp(itab[i].s + 8, s + 8, n - 8) == 0))
			return itab[i].s;
	}
	itab[i].s = arena_strndup(&names, s, n);
	itab[i].head = head;
	itab[i].len = (uint32_t)n;
	itab[i].hash = h;
	ilen++;
	return itab[i].s;
}

/* intern_reset forgets every name: only for a program that keeps no
 * name across the call (a fuzzer, between inputs). */
void intern_reset(void)
{
	free(itab);
	itab = NULL;
	icap = ilen = 0;
	arena_free(&names);
}

const char *intern_cstr(const char *s)
{
	return intern(s, strlen(s));
}

static uint32_t ptr_hash(const void *p)
{
	uint64_t x = (uint64_t)(uintptr_t)p;
	x ^= x >> 31;
	x *= 0x9e3779b97f4a7c15ull;
	x ^= x >> 29;
	return (uint32_t)x;
}

void *ptrmap_get(PtrMap *m, const void *key)
{
	int i;
	if (!m->cap)
		return NULL;
	for (i = (int)(ptr_hash(key) & (uint32_t)(m->cap - 1)); m->keys[i]; i = (i + 1) & (m->cap - 1))
		if (m->keys[i] == key)
			return m->vals[i];
	return NULL;
}

static void ptrmap_grow(PtrMap *m)
{
	PtrMap n = {0};
	int i;
	n.cap = m->cap ? 2 * m->cap : 16;
	n.keys = xcalloc((size_t)n.cap, sizeof *n.keys);
	n.vals = xcalloc((size_t)n.cap, sizeof *n.vals);
	for (i = 0; i < m->cap; i++)
		if (m->keys[i])
			ptrmap_put(&n, m->keys[i], m->vals[i]);
	free(m->keys);
	free(m->vals);
	*m = n;
}

void ptrmap_put(PtrMap *m, const void *key, void *val)
{
	int i;
	ASSERT(key != NULL);
	if (2 * (m->len + 1) > m->cap)
		ptrmap_grow(m);
	for (i = (int)(ptr_hash(key) & (uint32_t)(m->cap - 1)); m->keys[i]; i = (i + 1) & (m->cap - 1)) {
		if (m->keys[i] == key) {
			m->vals[i] = val;
			return;
		}
	}
	m->keys[i] = key;
	m->vals[i] = val;
	m->len++;
}

void ptrmap_free(PtrMap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}
