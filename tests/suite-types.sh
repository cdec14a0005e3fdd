#!/bin/sh
# The type checker against go/types, over std: tests/gotypes -dump and
# goescape -dump-types print, per file, every identifier's object, every
# recorded expression's mode, type and constant value, every selection
# and every instance. The two dumps are compared entry by entry (as
# multisets per file); agreement is printed per kind of entry and must
# stay at or above the ratchet below. goescape must also report no
# error on std.
#
# Each supported release is compared with its own go/types on its own
# std: Go 1.19 and Go 1.26 in full, with no error; Go 1.27 where
# goescape still lacks type aliases as go/types has them (types.Alias),
# with a ratchet of its own and its known errors (tests/types-errors-go1.27.txt).
#
# CGO_ENABLED=0: no cgo files in the build, so neither side needs to
# fake package C.
#
#   sh tests/suite-types.sh           (make test runs it)
#   TYPES_PATTERN=fmt sh tests/suite-types.sh
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh

# Ratchet: raise as agreement improves (percent of go/types' entries
# matched exactly, with goescape's extra entries counted against it).
THRESHOLD=${TYPES_THRESHOLD:-99.99}
THRESHOLD27=99.0
PATTERN=${TYPES_PATTERN:-std}
GOESCAPE=${GOESCAPE:-build/goescape}
out=build/suite-types
rm -rf "$out"
mkdir -p "$out"
export CGO_ENABLED=0

[ -x "$GOESCAPE" ] || { echo "types: $GOESCAPE missing (make first)"; exit 1; }
fail=0

# compare LABEL GO GOROOT THRESHOLD [KNOWN-ERRORS]
compare() {
label=$1 gocmd=$2 root=$3 threshold=$4 known=$5
echo "--- $label"
GOROOT=$root GO111MODULE=off GOFLAGS= "$gocmd" build -o build/gotypes ./tests/gotypes || { fail=1; return; }
GOROOT=$root PATH=$(dirname "$gocmd"):$PATH build/gotypes -dump $PATTERN > "$out/want" 2> "$out/want.err" || {
	echo "types: gotypes failed"; cat "$out/want.err"; fail=1; return; }
GOROOT=$root "$GOESCAPE" -dump-types $PATTERN > "$out/got" 2> "$out/got.err"
rc=$?
if [ -n "$known" ]; then
	if ! cmp -s "$known" "$out/got.err"; then
		echo "types $label: errors other than the known ones ($known):"
		diff "$known" "$out/got.err" | head -20
		fail=1
	fi
elif [ $rc != 0 ] || [ -s "$out/got.err" ]; then
	echo "types $label: goescape reported errors on $PATTERN (exit $rc):"
	head -20 "$out/got.err"
	fail=1
fi

# "file<TAB>entry" lines, sorted, so that comm pairs them up
for f in want got; do
	awk '/^file /{ f = $2; next } { print f "\t" $0 }' "$out/$f" | LC_ALL=C sort > "$out/$f.sorted"
done
LC_ALL=C comm -12 "$out/want.sorted" "$out/got.sorted" > "$out/same"
LC_ALL=C comm -23 "$out/want.sorted" "$out/got.sorted" > "$out/missing"
LC_ALL=C comm -13 "$out/want.sorted" "$out/got.sorted" > "$out/extra"

# The kind of an entry: def, use, inst, sel, or type (an expression's).
kinds() {
	awk -F '\t' '{ split($2, w, " "); k = w[2]; if (k != "def" && k != "use" && k != "inst" && k != "sel") k = "type"; n[k]++ }
	END { for (k in n) print k, n[k] }' "$1"
}
kinds "$out/want.sorted" > "$out/kinds.want"
kinds "$out/same" > "$out/kinds.same"
kinds "$out/extra" > "$out/kinds.extra"

awk -v threshold="$threshold" -v label="$label" '
	FILENAME ~ /want$/ { want[$1] = $2; W += $2 }
	FILENAME ~ /same$/ { same[$1] = $2; S += $2 }
	FILENAME ~ /extra$/ { extra[$1] = $2; E += $2 }
	END {
		split("def use type sel inst", order, " ")
		for (i = 1; i <= 5; i++) {
			k = order[i]
			w = want[k] + 0; s = same[k] + 0; e = extra[k] + 0
			printf "  %-5s entries: %d, identical: %d (%.3f%%), extra: %d\n", k, w, s, w ? 100 * s / w : 100, e
		}
		pct = (W + E) ? 100 * S / (W + E) : 100
		printf "%s: entries: %d, identical: %d (%.3f%%), extra in goescape: %d\n", label, W, S, pct, E
		if (pct < threshold) { printf "types: agreement %.3f%% is below %s%%\n", pct, threshold; exit 1 }
	}' "$out/kinds.want" "$out/kinds.same" "$out/kinds.extra" || fail=1

if [ -s "$out/missing" ] || [ -s "$out/extra" ]; then
	echo "first differences (- go/types only, + goescape only; all in $out/missing, $out/extra):"
	head -5 "$out/missing" | sed 's/^/- /'
	head -5 "$out/extra" | sed 's/^/+ /'
fi
}

compare go1.19 "$GO19" "$GOROOT19" "$THRESHOLD"
if [ "$PATTERN" = std ]; then
	for rel in 26 27; do
		eval "gocmd=\$GO$rel root=\$GOROOT$rel"
		if [ -z "$gocmd" ]; then
			echo "types: Go 1.$rel is not installed"
			fail=1
		elif [ $rel = 26 ]; then
			compare go1.26 "$gocmd" "$root" "$THRESHOLD"
		else
			sed "s|\$GOROOT27|$root|g" tests/types-errors-go1.27.txt > "$out/known27"
			compare go1.27 "$gocmd" "$root" "$THRESHOLD27" "$out/known27"
		fi
	done
fi
[ $fail = 0 ] && echo "types: ok" || echo "types: FAILED"
exit $fail
