/* fuzz_parse.c: the libFuzzer target for the lexer and the parser.
 *
 * Each input is parsed as one file, in full and header-only mode; a
 * tree that parsed without errors is also printed in the canonical
 * form, which walks every node and computes every extent. Between
 * inputs the error list, the file table and the interned names are
 * reset, so a long run stays bounded; errors never end the process
 * (no limit). */
#include <stdlib.h>
#include <string.h>

#include "syntax/syntax.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	diag_set_limit(0);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static Buf out;
	char pbuf[128];
	char *text;
	SrcFile *f;
	Arena a;
	File *file;
	int before;

	if (size > (1u << 24))
		return 0;
	text = malloc(size + 1);   /* the lexer wants a NUL at the end */
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = 0;
	f = src_add("fuzz.go", NULL, text, (uint32_t)size);

	arena_init(&a);
	before = nerrors();
	file = parse_file(f, &a, PARSE_FULL);
	if (nerrors() == before) {
		buf_reset(&out);
		ast_dump_file(&out, file);
	}
	pos_str(src_pos(f, size), pbuf, sizeof pbuf);   /* //line directives */
	arena_free(&a);

	arena_init(&a);
	parse_file(f, &a, PARSE_HEADER);
	arena_free(&a);

	diag_reset();
	src_reset();
	intern_reset();   /* inventive inputs would otherwise add names forever */
	lex_reset();
	free(text);
	return 0;
}
