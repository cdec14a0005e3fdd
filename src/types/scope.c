/* scope.c: scopes map names to objects; lookups walk outwards. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

Scope *scope_new(Scope *parent, Pos pos, Pos end, const char *comment)
{
	Scope *s = NEW(types_arena(), Scope);
	s->parent = parent;
	s->pos = pos;
	s->end = end;
	s->comment = comment;
	/* the universe does not list package scopes as its children */
	if (parent && parent != universe) {
		if (parent->nchildren == parent->capchildren) {
			int cap = parent->capchildren ? 2 * parent->capchildren : 4;
			Scope **n = NEWARRAY(types_arena(), Scope *, cap);
			if (parent->nchildren)
				memcpy(n, parent->children, sizeof *n * (size_t)parent->nchildren);
			parent->children = n;
			parent->capchildren = cap;
		}
		parent->children[parent->nchildren++] = s;
	}
	return s;
}

Object *scope_lookup(Scope *s, const char *name)
{
	return ptrmap_get(&s->elems, name);
}

Object *scope_lookup_parent(Scope *s, const char *name, Pos pos, Scope **found)
{
	for (; s; s = s->parent) {
		Object *o = ptrmap_get(&s->elems, name);
		if (o && (pos == NOPOS || o->scopepos <= pos)) {
			if (found)
				*found = s;
			return o;
		}
	}
	if (found)
		*found = NULL;
	return NULL;
}

Object *scope_insert(Scope *s, Object *obj)
{
	Object *alt = ptrmap_get(&s->elems, obj->name);
	if (alt)
		return alt;
	ptrmap_put(&s->elems, obj->name, obj);
	if (s->norder == s->caporder) {
		int cap = s->caporder ? 2 * s->caporder : 8;
		Object **n = NEWARRAY(types_arena(), Object *, cap);
		if (s->norder)
			memcpy(n, s->order, sizeof *n * (size_t)s->norder);
		s->order = n;
		s->caporder = cap;
	}
	s->order[s->norder++] = obj;
	if (!obj->parent)
		obj->parent = s;
	return NULL;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char **scope_names(Scope *s, int *n)
{
	const char **names = NEWARRAY(types_arena(), const char *, s->norder ? s->norder : 1);
	int i;
	for (i = 0; i < s->norder; i++)
		names[i] = s->order[i]->name;
	qsort(names, (size_t)s->norder, sizeof *names, cmp_names);
	*n = s->norder;
	return names;
}

static bool scope_contains(Scope *s, Pos pos)
{
	return s->pos <= pos && pos < s->end;
}

Scope *scope_innermost(Scope *s, Pos pos)
{
	int i;
	if (s->parent == universe) {
		/* a package scope: look in its file scopes */
		for (i = 0; i < s->nchildren; i++) {
			Scope *inner = scope_innermost(s->children[i], pos);
			if (inner)
				return inner;
		}
	}
	if (scope_contains(s, pos)) {
		for (i = 0; i < s->nchildren; i++)
			if (scope_contains(s->children[i], pos))
				return scope_innermost(s->children[i], pos);
		return s;
	}
	return NULL;
}
