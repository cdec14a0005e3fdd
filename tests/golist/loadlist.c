/* loadlist.c: the loader alone, as `goescape -list` runs it, for the
 * loader suites (so they do not wait for the rest of goescape).
 *
 *   loadlist [-tags=a,b] [patterns]
 */
#include <stdio.h>
#include <string.h>

#include "load/load.h"

int main(int argc, char **argv)
{
	BuildConfig c;
	Program *prog;
	const char *tags = NULL;
	char **pats = argv + 1;
	int n = argc - 1;
	while (n > 0 && !strncmp(pats[0], "-tags=", 6)) {
		tags = pats[0] + 6;
		pats++, n--;
	}
	diag_set_limit(0);
	load_default_config(&c);
	load_set_tags(&c, tags);
	prog = load_packages(&c, pats, n);
	if (!prog)
		return 1;
	load_print_program(prog);
	return 0;
}
