/* asmsyms.c: what a package's assembly and go:linkname directives say
 * about its functions' calling conventions (gc's symabis).
 *
 * gc gives a function defined in assembly the old stack-based ABI and
 * a Go function the register-based one; where a function is also
 * reachable the other way (its assembly calls a Go function, a
 * go:linkname exports it, cgo pins it) gc compiles a wrapper between
 * the two, which escape analysis explains like any other function.
 * The assembler's own symabis pass expands macros; the scan here reads
 * the text as written, which finds the references of std's assembly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load.h"
#include "syntax/syntax.h"
#include "escape.h"

static bool ident_byte(unsigned char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* "·name" qualified by nothing or by this package's path (with "∕" for
 * "/"), followed by "(SB)": a reference in the old ABI unless it says
 * <ABIInternal>. */
static void scan_text(const char *s, const char *pkgpath, PtrMap *syms)
{
	static const char dot[] = "\xc2\xb7";        /* · */
	static const char slash[] = "\xe2\x88\x95";  /* ∕ */
	const char *p = s, *line;
	for (line = s; *line; line = p) {
		const char *end = strchr(line, '\n'), *q, *cmt;
		size_t len;
		if (!end)
			end = line + strlen(line);
		p = *end ? end + 1 : end;
		cmt = NULL;
		for (q = line; q + 1 < end; q++)
			if (q[0] == '/' && q[1] == '/') {
				cmt = q;
				break;
			}
		if (cmt)
			end = cmt;
		for (q = line; q + 1 < end; q++) {
			const char *name, *b, *after;
			char prefix[256];
			size_t np = 0;
			int flags;
			if (memcmp(q, dot, 2) != 0)
				continue;
			/* the qualifier before the dot (∕ is read as /) */
			for (b = q; b > line && (ident_byte((unsigned char)b[-1]) || b[-1] == '.' || b[-1] == '/'); b--)
				;
			while (b < q && np + 1 < sizeof prefix) {
				if (b + 3 <= q && memcmp(b, slash, 3) == 0) {
					prefix[np++] = '/';
					b += 3;
				} else {
					prefix[np++] = *b++;
				}
			}
			prefix[np] = 0;
			name = q + 2;
			for (after = name; after < end && ident_byte((unsigned char)*after) && *after != (char)0xc2; after++)
				;
			len = (size_t)(after - name);
			if (!len)
				continue;
			{
				const char *t = line;
				bool internal = false, text;
				while (t < q && (*t == ' ' || *t == '\t'))
					t++;
				text = strncmp(t, "TEXT", 4) == 0;
				if (after < end && *after == '<') {
					internal = strncmp(after, "<ABIInternal>", 13) == 0;
					while (after < end && *after != '>')
						after++;
					if (after < end)
						after++;
				}
				if (strncmp(after, "(SB)", 4) == 0) {
					if (text)
						flags = internal ? ASM_DEF_ABIINTERNAL : ASM_DEF_ABI0;
					else
						flags = internal ? 0 : ASM_REF_ABI0;
				} else if (after < end && (*after == '+' || *after == '-')) {
					continue;   /* data */
				} else {
					flags = ASM_DEF_ABI0;   /* a macro's argument: CALLFN(·call16, 16) */
				}
			}
			{
				/* keyed by the symbol's full name, "path.name" */
				char *full = xmalloc(strlen(pkgpath) + np + len + 2);
				const char *key;
				intptr_t old;
				sprintf(full, "%s.%.*s", np ? prefix : pkgpath, (int)len, name);
				key = intern_cstr(full);
				free(full);
				old = (intptr_t)ptrmap_get(syms, key);
				ptrmap_put(syms, key, (void *)(old | flags | ASM_SEEN));
			}
		}
	}
}

bool asm_scan(Package *p, PtrMap *syms, PtrMap *linknames)
{
	int i;
	bool hasasm = false;
	for (i = 0; i < p->nsfiles; i++) {
		size_t n;
		char *data = load_read_file(load_file_path(p, p->sfiles[i]), &n);
		if (!data)
			continue;
		hasasm = true;
		scan_text(data, p->path, syms);
		free(data);
	}
	/* //go:linkname local [remote]: local's symbol is remote (by
	 * default its own full name), reachable from elsewhere */
	for (i = 0; i < p->nfiles; i++) {
		const Directive *d;
		for (d = p->files[i]->dirs; d; d = d->next) {
			const char *t = d->text, *b, *e, *rb, *re, *target;
			if (strncmp(t, "go:cgo_export_static ", 21) == 0 || strncmp(t, "go:cgo_export_dynamic ", 22) == 0) {
				/* exported to C: the definition's convention only */
				intptr_t old;
				const char *key;
				b = t + (t[14] == 's' ? 21 : 22);
				while (*b == ' ' || *b == '\t')
					b++;
				for (e = b; *e && *e != ' ' && *e != '\t'; e++)
					;
				if (e == b)
					continue;
				key = intern(b, (size_t)(e - b));
				old = (intptr_t)ptrmap_get(syms, key);
				ptrmap_put(syms, key, (void *)(old | ASM_CGO_EXPORT));
				continue;
			}
			if (strncmp(t, "go:linkname ", 12) != 0)
				continue;
			b = t + 12;
			while (*b == ' ' || *b == '\t')
				b++;
			for (e = b; *e && *e != ' ' && *e != '\t'; e++)
				;
			if (e == b)
				continue;
			for (rb = e; *rb == ' ' || *rb == '\t'; rb++)
				;
			for (re = rb; *re && *re != ' ' && *re != '\t'; re++)
				;
			if (re > rb) {
				target = intern(rb, (size_t)(re - rb));
			} else {
				char *full = xmalloc(strlen(p->path) + (size_t)(e - b) + 2);
				sprintf(full, "%s.%.*s", p->path, (int)(e - b), b);
				target = intern_cstr(full);
				free(full);
			}
			ptrmap_put(linknames, intern(b, (size_t)(e - b)), (void *)target);
		}
	}
	return hasasm;
}
