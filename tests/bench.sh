#!/bin/sh
# Speed and memory figures, one labelled line each (make bench).
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GE=${GOESCAPE:-build/goescape}

# ms CMD...: the best wall-clock time of 5 runs, in milliseconds
ms() {
	best=""
	for _ in 1 2 3 4 5; do
		t0=$(date +%s%N)
		"$@" > /dev/null 2>&1
		t1=$(date +%s%N)
		t=$(((t1 - t0) / 1000000))
		if [ -z "$best" ] || [ $t -lt "$best" ]; then best=$t; fi
	done
	echo "$best"
}

# kb CMD...: peak resident memory in KiB
kb() {
	/usr/bin/time -f %M "$@" 2>&1 > /dev/null | tail -1
}

# Loading std: directory scans, file headers, import resolution, order.
n=$("$GE" -list std 2>/dev/null | grep -c '^ImportPath ')
echo "load std (goescape -list std, $n packages): $(ms "$GE" -list std) ms, $(kb "$GE" -list std) KiB peak"
echo "load std, for comparison (go list -deps std): $(ms "$GO19" list -deps std) ms"

# Parsing: every .go file of GOROOT/src outside testdata, lexed and
# parsed in one process (-stop-after=parse -stats); of 3 runs the one
# with the least cpu time (user + sys) is shown, as a loaded machine
# disturbs cpu time less than elapsed time.
files=build/bench.parse.files
find "$GOROOT19/src/" -name '*.go' -type f | grep -v '/testdata/' | LC_ALL=C sort > "$files"
best="" bestcpu=""
for _ in 1 2 3; do
	line=$(xargs -s 2000000 -x "$GE" -stop-after=parse -stats < "$files" 2>&1 | grep '^stats:')
	cpu=$(echo "$line" | sed 's/.* elapsed, \([0-9.]*\) s cpu.*/\1/')
	if [ -z "$best" ] || awk "BEGIN { exit !($cpu < $bestcpu) }"; then
		best=$line bestcpu=$cpu
	fi
done
pick() { echo "$best" | sed "s|$1|\\1|"; }
echo "parse GOROOT/src ($(pick '^stats: \([0-9]*\) files.*') files, $(pick '.* files, \([0-9.]*\) MB of source.*') MB): $(pick '.*, \([0-9.]*\) MB/s cpu.*') MB/s (cpu time $(pick '.* elapsed, \([0-9.]*\) s cpu.*') s), $(pick '.*, \([0-9.]*\) MB/s elapsed.*') MB/s elapsed"
echo "parse GOROOT/src peak RSS: $(pick '.*peak RSS \([0-9.]*\) MB.*') MB"

# Type checking: every package of std loaded, parsed and type-checked in
# dependency order (-stop-after=types), CGO_ENABLED=0 as suite-types; of
# 3 runs the one with the least cpu time. go/types on the same packages
# (tests/gotypes -time: go/parser + go/types, after go list) alongside.
GO111MODULE=off GOFLAGS= "$GO19" build -o build/gotypes ./tests/gotypes || exit 1
best="" bestcpu=""
for _ in 1 2 3; do
	line=$(CGO_ENABLED=0 /usr/bin/time -f '%e %U %S %M' "$GE" -stop-after=types std 2>&1 | tail -1)
	cpu=$(echo "$line" | awk '{ print $2 + $3 }')
	if [ -z "$best" ] || awk "BEGIN { exit !($cpu < $bestcpu) }"; then
		best=$line bestcpu=$cpu
	fi
done
echo "$best" | awk '{ printf "parse+check std (goescape -stop-after=types std): %.2f s cpu (%.2f user, %.2f sys), %.2f s elapsed, peak RSS %.0f MB\n", $2 + $3, $2, $3, $1, $4 / 1024 }'
gt=$(CGO_ENABLED=0 PATH=$(dirname "$GO19"):$PATH build/gotypes -time std 2>&1 | grep '^go/types:')
echo "parse+check std, for comparison (gotypes -time std): ${gt#go/types: }"

# Escape analysis: all of std loaded, checked, lowered and analysed
# (goescape -m -l std), of 3 runs the one with the least cpu time;
# against go build -a -gcflags='-m -l' std of the same release, whose cpu
# time (user + sys of the go command and every compiler and assembler it
# runs) is measured once. Both with the host's CGO_ENABLED. For each
# supported release, in the same run.
for rel in 19 26 27; do
	eval "gocmd=\$GO$rel root=\$GOROOT$rel"
	if [ -z "$gocmd" ]; then
		echo "escape analysis of std, go1.$rel: Go 1.$rel is not installed"
		continue
	fi
	best="" bestcpu=""
	for _ in 1 2 3; do
		line=$(GOROOT=$root /usr/bin/time -f '%e %U %S %M' "$GE" -m -l std 2>&1 >/dev/null | tail -1)
		cpu=$(echo "$line" | awk '{ print $2 + $3 }')
		if [ -z "$best" ] || awk "BEGIN { exit !($cpu < $bestcpu) }"; then
			best=$line bestcpu=$cpu
		fi
	done
	echo "$best" | awk -v r="$rel" '{ printf "escape analysis of std, go1.%s (goescape -m -l std): %.2f s cpu (%.2f user, %.2f sys), %.2f s elapsed, peak RSS %.0f MB\n", r, $2 + $3, $2, $3, $1, $4 / 1024 }'
	gc=$(GOROOT=$root GOTOOLCHAIN=local /usr/bin/time -f '%e %U %S %M' "$gocmd" build -a -gcflags='-m -l' std 2>&1 >/dev/null | tail -1)
	echo "$gc" | awk -v r="$rel" '{ printf "escape analysis of std, go1.%s, for comparison (go build -a -gcflags=\x27-m -l\x27 std): %.2f s cpu (%.2f user, %.2f sys), %.2f s elapsed\n", r, $2 + $3, $2, $3, $1 }'
	echo "$best $gc" | awk -v r="$rel" '{ printf "escape analysis of std, go1.%s: goescape uses %.1fx less cpu than gc\n", r, ($6 + $7) / ($2 + $3) }'
done
