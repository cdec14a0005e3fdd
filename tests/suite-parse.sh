#!/bin/sh
# The parser against go/parser: every .go file of GOROOT/src outside
# testdata directories is parsed by both, each tree printed in the
# canonical form (src/syntax/dump.c, tests/goastdump), and the two
# printouts compared file by file; for each supported release, its
# go/parser on its own GOROOT/src. Also: every file parses without an
# error under -stop-after=parse, in the normal and the sanitizer build.
#
#   sh tests/suite-parse.sh          (make test runs it)
#   PARSE_FILES=list sh tests/suite-parse.sh   (a list of files instead)
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh

GOESCAPE=${GOESCAPE:-build/goescape}
SAN=${SAN:-build/san/goescape}
out=build/suite-parse
rm -rf "$out"
mkdir -p "$out"
fail=0

[ -x "$GOESCAPE" ] || { echo "parse: $GOESCAPE missing (make first)"; exit 1; }
# per_file LIST WANT GOT prints the files of LIST whose dumps differ:
# each dump is split into one file per source file, then compared.
per_file() {
	for side in want got; do
		rm -rf "$out/$side.d"
		mkdir -p "$out/$side.d"
	done
	for side in want got; do
		case $side in want) dump=$2 ;; got) dump=$3 ;; esac
		awk -v dir="$out/$side.d" '
		FNR == NR { idx[$0] = FNR; next }
		substr($0, 1, 2) == "# " { if (f) close(f); f = dir "/" idx[substr($0, 3)] }
		{ if (f) print > f }' "$1" "$dump"
	done
	i=0
	while read -r f; do
		i=$((i + 1))
		cmp -s "$out/want.d/$i" "$out/got.d/$i" || echo "$f"
	done < "$1"
}

# release LABEL GO GOROOT: the comparison on one release's GOROOT/src
release() {
label=$1 gocmd=$2 root=$3
GOROOT=$root GO111MODULE=off GOFLAGS= "$gocmd" build -o build/goastdump ./tests/goastdump || { fail=1; return; }
rm -f "$out"/batch.*
if [ -n "$PARSE_FILES" ]; then
	cp "$PARSE_FILES" "$out/files"
else
	find "$root/src/" -name '*.go' -type f | grep -v '/testdata/' | LC_ALL=C sort > "$out/files"
fi
total=$(wc -l < "$out/files")
split -l 400 "$out/files" "$out/batch."
identical=0 differ=0 shown=0
for b in "$out"/batch.*; do
	n=$(wc -l < "$b")
	xargs build/goastdump < "$b" > "$b.want" 2>&1 &
	GOROOT=$root xargs "$GOESCAPE" -dump-ast < "$b" > "$b.got" 2> "$b.err"
	rc=$?
	wait
	if [ $rc != 0 ] || [ -s "$b.err" ]; then
		echo "parse: goescape reported errors on valid files:"
		head -5 "$b.err"
		fail=1
	fi
	if cmp -s "$b.want" "$b.got"; then
		identical=$((identical + n))
	else
		per_file "$b" "$b.want" "$b.got" > "$b.bad"
		d=$(wc -l < "$b.bad")
		differ=$((differ + d))
		identical=$((identical + n - d))
		while read -r f && [ $shown -lt 3 ]; do
			shown=$((shown + 1))
			echo "--- differs: $f (first lines: go/parser vs goescape)"
			build/goastdump "$f" > "$out/one.want" 2>&1
			GOROOT=$root "$GOESCAPE" -dump-ast "$f" > "$out/one.got" 2>&1
			diff "$out/one.want" "$out/one.got" | head -12
		done < "$b.bad"
	fi
	rm -f "$b.want" "$b.got"
done
echo "parse $label: $total files, $identical identical, $differ differ"
[ "$differ" = 0 ] || fail=1

# Every file parses cleanly, also under ASan and UBSan.
for prog in "$GOESCAPE" "$SAN"; do
	if [ ! -x "$prog" ]; then
		echo "parse: $prog missing"
		fail=1
		continue
	fi
	if ! GOROOT=$root xargs "$prog" -stop-after=parse < "$out/files" > "$out/stop.out" 2>&1 || [ -s "$out/stop.out" ]; then
		echo "parse: $prog -stop-after=parse failed:"
		head -5 "$out/stop.out"
		fail=1
	else
		echo "parse $label: $prog -stop-after=parse: $total files, no errors"
	fi
done
}

release go1.19 "$GO19" "$GOROOT19"
if [ -z "$PARSE_FILES" ]; then
	for rel in 26 27; do
		eval "gocmd=\$GO$rel root=\$GOROOT$rel"
		if [ -n "$gocmd" ]; then
			release "go1.$rel" "$gocmd" "$root"
		else
			echo "parse: Go 1.$rel is not installed"
			fail=1
		fi
	done
fi
exit $fail
