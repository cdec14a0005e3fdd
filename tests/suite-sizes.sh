#!/bin/sh
# Type layouts against go/types: size, alignment and field offsets of
# every package-level defined type of std (not generic, not an alias,
# not an interface), from tests/gotypes -sizes and goescape -dump-sizes
# (both with go/types' gc sizes for amd64), compared line by line.
#
# CGO_ENABLED=0, as suite-types: no cgo files.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh

PATTERN=${SIZES_PATTERN:-std}
GOESCAPE=${GOESCAPE:-build/goescape}
out=build/suite-sizes
rm -rf "$out"
mkdir -p "$out"
export CGO_ENABLED=0

[ -x "$GOESCAPE" ] || { echo "sizes: $GOESCAPE missing (make first)"; exit 1; }
GO111MODULE=off GOFLAGS= "$GO19" build -o build/gotypes ./tests/gotypes || exit 1
PATH=$(dirname "$GO19"):$PATH build/gotypes -sizes $PATTERN > "$out/want" 2> "$out/want.err" || {
	echo "sizes: gotypes failed"; cat "$out/want.err"; exit 1; }
"$GOESCAPE" -dump-sizes $PATTERN > "$out/got" 2> "$out/got.err" || {
	echo "sizes: goescape failed"; head -20 "$out/got.err"; exit 1; }

total=$(wc -l < "$out/want")
LC_ALL=C sort "$out/want" > "$out/want.sorted"
LC_ALL=C sort "$out/got" > "$out/got.sorted"
same=$(LC_ALL=C comm -12 "$out/want.sorted" "$out/got.sorted" | wc -l)
echo "types: $total, identical layouts: $same"
if ! cmp -s "$out/want" "$out/got"; then
	diff "$out/want" "$out/got" | head -20
	echo "sizes: FAILED"
	exit 1
fi
echo "sizes: ok"
