/* godebug.c: the GODEBUG settings of the release, as the go command
 * checks them in go.mod's godebug lines and in //go:debug directives
 * (cmd/go's modload.CheckGodebug), read from GOROOT's own table
 * (internal/godebugs). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"

/* The GODEBUG settings the release knows, and those it removed (with
 * the release that removed them), read from its internal/godebugs. */
typedef struct RemovedGodebug {
	int minor;                /* the release that removed it */
	const char *olds;         /* go1.27: its values that are errors, "|1|2|" */
} RemovedGodebug;

typedef struct GodebugTable {
	bool loaded;
	PtrMap known;             /* interned name -> (void *)1 */
	PtrMap removed;           /* interned name -> RemovedGodebug */
} GodebugTable;

static GodebugTable godebugs;
static const char *godebug_goroot;

static void load_godebugs(void)
{
	const char *goroot = godebug_goroot;
	char *path, *text, *s;
	size_t n;
	bool inremoved = false;
	if (godebugs.loaded || !goroot)
		return;
	godebugs.loaded = true;
	path = arena_printf(perm, "%s/src/internal/godebugs/table.go", goroot);
	if (!(text = load_read_file(path, &n)))
		return;
	for (s = text; s && *s; s = strchr(s, '\n') ? strchr(s, '\n') + 1 : NULL) {
		const char *name = strstr(s, "{Name: \""), *nl = strchr(s, '\n');
		if (strncmp(s, "var Removed", 11) == 0)
			inremoved = true;
		if (name && (!nl || name < nl)) {
			const char *start = name + 8, *end = strchr(start, '"');
			if (end && (!nl || end < nl)) {
				const char *key = intern(start, (size_t)(end - start));
				const char *rem = strstr(end, "Removed: ");
				if (inremoved && rem && (!nl || rem < nl)) {
					/* "Removed: 27, Old: one" (go1.27): the values that
					 * are errors, as "|1|2|" */
					RemovedGodebug *r = NEW(perm, RemovedGodebug);
					const char *old = strstr(end, "Old: ");
					Buf b = {0};
					r->minor = atoi(rem + 9);
					buf_putc(&b, '|');
					if (old && (!nl || old < nl)) {
						const char *q;
						if (strncmp(old + 5, "one", 3) == 0)
							buf_puts(&b, "1|");
						else if (strncmp(old + 5, "zero", 4) == 0)
							buf_puts(&b, "0|");
						else
							for (q = old; (q = strstr(q, "s == \"")) && (!nl || q < nl); q += 6) {
								const char *qe = strchr(q + 6, '"');
								if (!qe)
									break;
								buf_printf(&b, "%.*s|", (int)(qe - q - 6), q + 6);
							}
					}
					r->olds = arena_strndup(perm, b.s, b.n);
					buf_free(&b);
					ptrmap_put(&godebugs.removed, key, r);
				} else if (!inremoved)
					ptrmap_put(&godebugs.known, key, (void *)1);
			}
		}
	}
	free(text);
}

void load_godebug_init(const char *goroot)
{
	godebug_goroot = goroot;
}

const char *load_godebug_error(const char *verb, const char *k, const char *v)
{
	RemovedGodebug *removed;
	load_godebugs();
	if (strpbrk(k, " \t"))
		return "key contains space";
	if (strpbrk(v, " \t"))
		return "value contains space";
	if (strchr(k, ','))
		return "key contains comma";
	if (strchr(v, ','))
		return "value contains comma";
	if (strcmp(k, "default") == 0) {
		int minor;
		if (strncmp(v, "go1.", 4) != 0 || !isdigit((unsigned char)v[4]))
			return "value for default= must be goVERSION";
		minor = atoi(v + 4);
		{
			const char *local = load_goroot_version(), *vp = strchr(v + 4, '.'), *lp;
			int lminor = strncmp(local, "go1.", 4) == 0 ? atoi(local + 4) : release_minor();
			lp = strncmp(local, "go1.", 4) == 0 ? strchr(local + 4, '.') : NULL;
			if (minor == lminor && vp && atoi(vp + 1) > (lp ? atoi(lp + 1) : 0))
				minor++;   /* a later patch release */
		}
		if (minor > release_minor())
			return arena_printf(perm, "default=%s too new (toolchain is %s)", v, load_goroot_version());
		return NULL;
	}
	if (ptrmap_get(&godebugs.known, intern_cstr(k)))
		return NULL;
	if ((removed = ptrmap_get(&godebugs.removed, intern_cstr(k))) != NULL) {
		if (!release_has(FEAT_GODEBUG_REMOVED_OLD))
			return arena_printf(perm, "use of removed %s \"%s\", see https://go.dev/doc/godebug#go-1%d", verb, k,
			                    removed->minor);
		/* go1.27: only the old values are errors */
		if (strstr(removed->olds, arena_printf(perm, "|%s|", v)))
			return arena_printf(perm, "removed GODEBUG \"%s\" set to old value \"%s\" (https://go.dev/doc/godebug#go-1%d)", k,
			                    v, removed->minor);
		return NULL;
	}
	return arena_printf(perm, "unknown %s \"%s\"", verb, k);
}

