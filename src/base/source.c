/* source.c: the table of source files, and positions.
 *
 * A Pos is a single integer: every file owns a range of the position
 * space (its size plus one, so that its end-of-file has a position).
 * Line tables are computed on first use. //line directives map raw
 * positions to the file and line gc prints. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base.h"

struct LineDirective {
	uint32_t off;           /* first byte the directive applies to */
	const char *filename;
	int line, col;          /* col 0: columns unknown after the directive */
};

static SrcFile **files;
static int nfiles, capfiles, nspare;   /* files[nfiles:nspare]: forgotten, reusable */
static Pos nextbase = 1;

SrcFile *src_add(const char *name, const char *path, const char *data, uint32_t size)
{
	SrcFile *f = nfiles < nspare ? files[nfiles] : NEW(perm, SrcFile);
	memset(f, 0, sizeof *f);
	if ((uint64_t)nextbase + size + 1 > UINT32_MAX)
		fatalf("too much source text (over 4 GB)");
	f->name = name;
	f->path = path ? path : name;
	f->data = data;
	f->size = size;
	f->base = nextbase;
	f->buildgo = -1;
	nextbase += size + 1;
	if (nfiles == capfiles) {
		capfiles = capfiles ? 2 * capfiles : 256;
		files = xrealloc(files, sizeof *files * (size_t)capfiles);
	}
	f->index = nfiles;
	files[nfiles++] = f;
	return f;
}

SrcFile *src_read(const char *name, const char *path, const char **err)
{
	FILE *fp;
	struct stat st;
	char *data;
	size_t n;

	if (stat(path, &st) != 0) {
		*err = strerror(errno);
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		*err = "is a directory";
		return NULL;
	}
	if (st.st_size > (off_t)1 << 30) {
		*err = "file too large";
		return NULL;
	}
	if (S_ISREG(st.st_mode) && st.st_size % sysconf(_SC_PAGESIZE) != 0) {
		/* Mapped, the text costs no copy and no zeroed pages; the
		 * kernel fills the last page past the end with zeros, which
		 * gives the terminating NUL. (A size on a page boundary has
		 * no room for it: those files are read.) */
		int fd = open(path, O_RDONLY);
		void *m;
		if (fd < 0) {
			*err = strerror(errno);
			return NULL;
		}
		m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
		close(fd);
		if (m != MAP_FAILED)
			return src_add(name, path, m, (uint32_t)st.st_size);
	}
	fp = fopen(path, "rb");
	if (!fp) {
		*err = strerror(errno);
		return NULL;
	}
	data = arena_alloc(perm, (size_t)st.st_size + 1);
	n = fread(data, 1, (size_t)st.st_size, fp);
	if (ferror(fp)) {
		*err = strerror(errno);
		fclose(fp);
		return NULL;
	}
	fclose(fp);
	data[n] = 0;
	return src_add(name, path, data, (uint32_t)n);
}

SrcFile *src_read_transient(const char *name, const char *path, char **buf, size_t *cap, const char **err)
{
	struct stat st;
	size_t n = 0;
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		*err = strerror(errno);
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (off_t)1 << 30) {
		close(fd);
		return src_read(name, path, err);   /* directories, devices, huge files */
	}
	if (*cap < (size_t)st.st_size + 1) {
		*cap = MAX((size_t)st.st_size + 1, (size_t)1 << 20);
		free(*buf);
		*buf = xmalloc(*cap);
	}
	while (n < (size_t)st.st_size) {
		ssize_t r = read(fd, *buf + n, (size_t)st.st_size - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			*err = strerror(errno);
			close(fd);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	(*buf)[n] = 0;
	return src_add(name, path, *buf, (uint32_t)n);
}


/* src_reset forgets every file, so that a long run over many inputs
 * (a fuzzer) stays bounded: positions start again at 1, and the
 * structures are kept for the next files. */
void src_reset(void)
{
	int i;
	for (i = 0; i < nfiles; i++) {
		free(files[i]->lines);
		free(files[i]->dirs);
	}
	nspare = MAX(nspare, nfiles);
	nfiles = 0;
	nextbase = 1;
}

int src_nfiles(void)
{
	return nfiles;
}

SrcFile *src_nth(int i)
{
	return files[i];
}

SrcFile *src_file(Pos p)
{
	int lo = 0, hi = nfiles - 1;
	if (p == NOPOS || nfiles == 0)
		return NULL;
	while (lo < hi) {
		int mid = (lo + hi + 1) / 2;
		if (files[mid]->base <= p)
			lo = mid;
		else
			hi = mid - 1;
	}
	if (p < files[lo]->base || p > files[lo]->base + files[lo]->size)
		return NULL;
	return files[lo];
}

void src_addline(SrcFile *f, uint32_t off)
{
	if (f->nlines == f->caplines) {
		f->caplines = f->caplines ? 2 * f->caplines : 64;
		f->lines = xrealloc(f->lines, sizeof *f->lines * (size_t)f->caplines);
	}
	f->lines[f->nlines++] = off;
}

static void compute_lines(SrcFile *f)
{
	const char *s = f->data, *end = f->data + f->size;
	src_addline(f, 0);
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		if (!nl)
			break;
		s = nl + 1;
		src_addline(f, (uint32_t)(s - f->data));
	}
}

void src_release(SrcFile *f)
{
	if (f->nlines == 0)
		compute_lines(f);
	f->data = NULL;
}

/* raw 1-based line and column of offset off */
static void raw_linecol(SrcFile *f, uint32_t off, int *line, int *col)
{
	int lo = 0, hi;
	if (f->nlines == 0)
		compute_lines(f);
	hi = f->nlines - 1;
	while (lo < hi) {
		int mid = (lo + hi + 1) / 2;
		if (f->lines[mid] <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	*line = lo + 1;
	*col = (int)(off - f->lines[lo]) + 1;
}

void src_add_linedir(SrcFile *f, uint32_t off, const char *filename, int line, int col)
{
	LineDirective *d;
	if (f->ndirs == f->capdirs) {
		f->capdirs = f->capdirs ? 2 * f->capdirs : 4;
		f->dirs = xrealloc(f->dirs, sizeof *f->dirs * (size_t)f->capdirs);
	}
	d = &f->dirs[f->ndirs++];
	d->off = off;
	d->filename = filename;
	d->line = line;
	d->col = col;
}

Position pos_resolve_raw(Pos p)
{
	Position r = {0};
	SrcFile *f = src_file(p);
	if (!f)
		return r;
	r.file = f;
	r.filename = f->name;
	raw_linecol(f, p - f->base, &r.line, &r.col);
	return r;
}

Position pos_resolve(Pos p)
{
	Position r = pos_resolve_raw(p);
	SrcFile *f = (SrcFile *)r.file;
	uint32_t off;
	int i, dline, dcol;
	if (!f || f->ndirs == 0)
		return r;
	off = p - f->base;
	for (i = f->ndirs - 1; i >= 0 && f->dirs[i].off > off; i--)
		;
	if (i < 0)
		return r;
	raw_linecol(f, f->dirs[i].off, &dline, &dcol);
	r.filename = f->dirs[i].filename;
	/* gc holds columns in 8 bits: past 254 they all read 255, and the
	 * relative column is computed from those */
	if (r.col > 255)
		r.col = 255;
	if (dcol > 255)
		dcol = 255;
	if (r.line == dline && f->dirs[i].col > 0)
		r.col = f->dirs[i].col + (r.col - dcol);
	else if (f->dirs[i].col == 0)
		r.col = 0;
	r.line = f->dirs[i].line + (r.line - dline);
	return r;
}

#define PATH_MAX_NAME 4096
static int view_owner;
static const char *view_goroot;
static size_t view_gorootlen;

void pos_set_view(int owner, const char *goroot)
{
	view_owner = owner;
	view_goroot = goroot;
	view_gorootlen = goroot ? strlen(goroot) : 0;
}

const char *pos_str(Pos p, char *buf, size_t size)
{
	Position r = pos_resolve(p);
	char gname[PATH_MAX_NAME];
	if (r.file && view_goroot && release_has(FEAT_GOROOT_TRIMMED) && r.file->owner != view_owner && r.filename == r.file->name && r.file->path &&
	    strncmp(r.file->path, view_goroot, view_gorootlen) == 0 && r.file->path[view_gorootlen] == '/') {
		snprintf(gname, sizeof gname, "$GOROOT%s", r.file->path + view_gorootlen);
		r.filename = gname;
	}
	if (!r.file)
		snprintf(buf, size, "<unknown line number>");   /* gc's FmtPos */
	else if (r.col > 0 && r.col < 255 && diag_columns())   /* gc cannot represent columns past 254 */
		snprintf(buf, size, "%s:%d:%d", r.filename, r.line, r.col);
	else
		snprintf(buf, size, "%s:%d", r.filename, r.line);
	return buf;
}

int pos_line(Pos p)
{
	return pos_resolve(p).line;
}

int pos_col(Pos p)
{
	return pos_resolve(p).col;
}
