#!/bin/sh
# Robustness sweep over the single-file programs of Go 1.19's test
# suite (test/, fixedbugs, typeparam, ken, chan, interface; not the
# *.dir packages). Each file is run through `goescape -m -l` and
# `goescape -m=2 -l` under a time and memory limit, and classified:
#
#   crash      killed by a signal, or a sanitizer report
#   hang       over SWEEP_TIMEOUT seconds
#   internal   an "internal error" or assertion message
#   memory     out of memory under the limit
#   noposition failed without an error carrying a position
#   rejected   a valid program (run, compile, build, errorcheck -m)
#              given an error
#   ok         anything else (invalid programs rejected with a
#              positioned error, valid ones analysed)
#
# Options:
#   -runs LIST  the runs made of each file, comma-separated, among
#          plain (-m -l), plain2 (-m=2 -l), san and san2 (the same with
#          the sanitizer build, build/san/goescape); default plain,plain2
#   -san   all four runs
#   -gc    compare the -p=p -m -l output of valid programs with
#          `go tool compile -p=p -m -l` (gc's output is cached in
#          build/sweep/gc); prints "same" and "differs" counts, and
#          "same2" and "differs2" for the -m=2 output of the plain2
#          runs against gc's (cached in build/sweep/gc2). gc
#          imports the standard library compiled with -l, as goescape
#          analyses it (build/sweep/importcfg, from go list -export)
#   -j N   parallel jobs (default 2)
#
# Results: build/sweep/results.txt, one "category file" line per
# finding (a file can have several), build/sweep/out/ keeps the output
# of each non-ok run. Exit status 1 when any crash, hang, internal
# error or memory failure was found. A copy of this script may be run
# from elsewhere with SWEEP_ROOT naming the repository.
SWEEP_SELF=$(realpath "$0")
cd "${SWEEP_ROOT:-$(dirname "$0")/..}" || exit 1
export SWEEP_SELF SWEEP_ROOT
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
GOESCAPE_SAN=${GOESCAPE_SAN:-$PWD/build/san/goescape}
: "${SWEEP_TIMEOUT:=10}" "${SWEEP_VMEM:=4000000}"
W=$PWD/build/sweep
export GOESCAPE GOESCAPE_SAN SWEEP_TIMEOUT SWEEP_VMEM W

# The file's action: the first comment line that is not a build
# constraint.
action() {
	sed -n -e '/^\/\/go:build/d' -e '/^\/\/ +build/d' -e '/^$/d' -e 's|^// *||p' -e q "$1"
}

# valid FILE: the test suite expects the program to compile.
valid() {
	case $(action "$1") in
	run|run\ *|compile|compile\ *|build|build\ *) return 0 ;;
	errorcheck*\ -m*) return 0 ;;
	esac
	return 1
}

# run1 TAG BIN FLAGS FILE: one run, from the file's directory with its
# relative name; prints the categories found.
run1() {
	tag=$1 bin=$2 flags=$3 f=$4
	o=$W/tmp/$$.$tag
	(
		cd "$(dirname "$f")" || exit 1
		case $tag in
		san*) ASAN_OPTIONS=detect_leaks=0:hard_rss_limit_mb=$((SWEEP_VMEM / 1000)) \
			UBSAN_OPTIONS=print_stacktrace=1 \
			exec timeout "$SWEEP_TIMEOUT" "$bin" $flags "$(basename "$f")" ;;
		*) ulimit -v "$SWEEP_VMEM"
			exec timeout "$SWEEP_TIMEOUT" "$bin" $flags "$(basename "$f")" ;;
		esac
	) > "$o" 2>&1
	rc=$?
	cat=
	if [ $rc = 124 ]; then
		cat=hang
	elif grep -q -E 'hard rss limit|allocation-size-too-big|^goescape: out of memory' "$o"; then
		cat=memory
	elif grep -q -E 'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer' "$o"; then
		cat=crash
	elif grep -q -E '^goescape: internal error' "$o"; then
		cat=internal
	elif [ $rc -gt 128 ]; then
		cat=crash
	elif [ $rc != 0 ]; then
		if ! grep -q -E '^[^ :]+\.go:[0-9]+(:[0-9]+)?: ' "$o"; then
			cat=noposition
		elif valid "$f"; then
			cat=rejected
		fi
	fi
	if [ -n "$cat" ]; then
		echo "$cat ${f#$GOROOT19/test/} $tag"
		d=$W/out/$(echo "${f#$GOROOT19/test/}" | tr / _).$tag
		cp "$o" "$d"
	fi
	[ "$tag" = plain ] && cp "$o" "$W/tmp/$$.m"
	[ "$tag" = plain2 ] && cp "$o" "$W/tmp/$$.m2"
	rm -f "$o"
}

# compare FILE EXT DIR FLAGS SUFFIX: goescape's output (left by run1 in
# $W/tmp/$$.EXT) against gc's with FLAGS, cached in DIR.
compare() {
	f=$1 ext=$2 dir=$3 flags=$4 sfx=$5
	rel=${f#$GOROOT19/test/}
	valid "$f" && [ -f "$W/tmp/$$.$ext" ] || return 0
	g=$dir/$(echo "$rel" | tr / _)
	if [ ! -f "$g" ]; then
		(cd "$(dirname "$f")" && "$GO19" tool compile -importcfg "$W/importcfg" -p=p $flags -o "$W/tmp/$$.o" "$(basename "$f")") > "$g.tmp" 2>&1
		echo $? > "$g.rc"
		mv "$g.tmp" "$g"
		rm -f "$W/tmp/$$.o"
	fi
	if [ "$(cat "$g.rc")" != 0 ]; then
		echo "gcfails$sfx $rel"
	elif cmp -s "$g" "$W/tmp/$$.$ext"; then
		echo "same$sfx $rel"
	else
		echo "differs$sfx $rel"
		cp "$W/tmp/$$.$ext" "$W/out/$(echo "$rel" | tr / _).mine$sfx"
	fi
}

one() {
	f=$1
	for r in $(echo "$SWEEP_RUNS" | tr , ' '); do
		case $r in
		plain) run1 plain "$GOESCAPE" "-p=p -m -l" "$f" ;;
		plain2) run1 plain2 "$GOESCAPE" "-p=p -m=2 -l" "$f" ;;
		san) run1 san "$GOESCAPE_SAN" "-m -l" "$f" ;;
		san2) run1 san2 "$GOESCAPE_SAN" "-m=2 -l" "$f" ;;
		esac
	done
	if [ -n "$SWEEP_GC" ]; then
		compare "$f" m "$W/gc" "-m -l" ""
		compare "$f" m2 "$W/gc2" "-m=2 -l" 2
	fi
	rm -f "$W/tmp/$$.m" "$W/tmp/$$.m2"
	echo "file ${f#$GOROOT19/test/}"
}

if [ "$1" = --one ]; then
	shift
	for f; do one "$f"; done
	exit 0
fi

jobs=2
SWEEP_RUNS=plain,plain2
while [ $# -gt 0 ]; do
	case $1 in
	-runs) SWEEP_RUNS=$2; shift ;;
	-san) SWEEP_RUNS=plain,plain2,san,san2 ;;
	-gc) SWEEP_GC=1 ;;
	-j) jobs=$2; shift ;;
	*) echo "usage: tests/sweep.sh [-runs LIST | -san] [-gc] [-j N]" >&2; exit 2 ;;
	esac
	shift
done
export SWEEP_RUNS SWEEP_GC
rm -rf "$W/out" "$W/tmp"
mkdir -p "$W/out" "$W/tmp" "$W/gc" "$W/gc2"
if [ -n "$SWEEP_GC" ] && [ ! -s "$W/importcfg" ]; then
	rm -f "$W"/gc/* "$W"/gc2/*
	"$GO19" list -export -gcflags=all=-l \
		-f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' std > "$W/importcfg" || exit 1
fi
T=$GOROOT19/test
files=${SWEEP_FILES:-$(for d in "$T" "$T/fixedbugs" "$T/typeparam" "$T/ken" "$T/chan" "$T/interface"; do ls "$d"/*.go; done)}
start=$(date +%s)
printf '%s\n' $files | xargs -P "$jobs" -n 8 sh "$SWEEP_SELF" --one > "$W/results.txt"
end=$(date +%s)
count() { grep -c "^$1 " "$W/results.txt"; }
nfiles() { grep "^$1 " "$W/results.txt" | cut -d' ' -f2 | sort -u | wc -l; }
echo "sweep: $(count file) files, $((end - start))s"
bad=0
for c in crash hang internal memory noposition rejected; do
	n=$(nfiles $c)
	echo "  $c: $n files ($(count $c) runs)"
	case $c in crash|hang|internal|memory) bad=$((bad + n)) ;; esac
done
if [ -n "$SWEEP_GC" ]; then
	for c in same differs gcfails same2 differs2 gcfails2; do echo "  $c: $(count $c) files"; done
fi
echo "  total failures (crash+hang+internal+memory): $bad"
[ $bad = 0 ]
