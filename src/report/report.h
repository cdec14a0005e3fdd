/* report.h: the report layer, the last stage of the pipeline. It shows a
 * package's results as the go command shows gc's.
 *
 * Owns: the "# importpath" header above a named package's first
 * message; file names relative to the current directory as go build
 * shortens them (command-line files as given); positions in other
 * packages' files under GOROOT as gc's export data spells them; and how
 * messages qualify type names, by the packages gc has heard of through
 * its imports' export data. Later, the other output formats.
 * Needs: the loaded package (load), its checked types and gc's type
 * printing (types), positions and messages (base).
 * Gives: report_check_begin and _end around a package's checking,
 * report_begin and _end around its analysis, report_finish at the end
 * of the run. */
#ifndef GOESCAPE_REPORT_H
#define GOESCAPE_REPORT_H

#include "load/load.h"
#include "types/types.h"

typedef struct ReportOptions {
	bool root;                 /* a package named on the command line */
	int mflag;                 /* -m's level */
	int owner;                 /* the package's number: its files' SrcFile.owner */
	const char *goroot;        /* other packages' files print as $GOROOT/src/... */
} ReportOptions;

typedef struct Report {
	Package *p;
	const char **names;        /* the files' full names, put back by report_end */
} Report;

/* Before analysing checked package p: its files' names, header and
 * type qualifiers, as its messages will show them. */
void report_begin(Report *r, Package *p, const ReportOptions *o);
/* After: the names put back, the header dropped if nothing printed it. */
void report_end(Report *r);
/* Around the parsing and checking of p: its errors count and print as
 * gc's compile of p under go build ("# path" above them, the limit of
 * ten), its files named as report_file_name names them; afterwards,
 * by their full paths. */
void report_check_begin(Package *p);
void report_check_end(Package *p);
const char *report_file_name(Package *p, const char *base);
const char *report_abs_name(const char *name);   /* absolute and cleaned */
/* At the end of the run: the errors still held; the exit status, as
 * go tool compile's (files named on the command line) or as the go
 * command's (packages). failed: a package had errors. */
int report_finish(bool failed, bool cmdline);

#endif
