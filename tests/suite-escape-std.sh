#!/bin/sh
# Escape analysis of the whole standard library against gc:
# `go build -a -gcflags='-m -l' std` (Go 1.19) and `goescape -m -l std`
# compared line by line as multisets (tests/escf1), with precision,
# recall and F1 per kind of message. gc's output is kept in build/ and
# reused while its inputs stay the same. Fails below ESC_MIN_F1, or
# when any package's output (header, lines, order) is not gc's. The
# sanitizer build (ASan with leak detection, UBSan) must then print the
# same bytes and exit 0.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
: "${ESC_MIN_F1:=0.97}"
cgo=${CGO_ENABLED:-$("$GO19" env CGO_ENABLED)}
GO111MODULE=off GOFLAGS= "$GO19" build -o build/escf1 ./tests/escf1 || exit 1
ref=build/std-gc-m-l-cgo$cgo.txt
if [ ! -s "$ref" ]; then
	echo "escape-std: recording gc's diagnostics for std (CGO_ENABLED=$cgo)..."
	CGO_ENABLED=$cgo "$GO19" build -a -gcflags='-m -l' std > "$ref.tmp" 2>&1 || { cat "$ref.tmp" | tail; exit 1; }
	# cgo's generated files live in a temporary $WORK directory
	sed -E 's|^/[^ :]*/go-build[0-9]+/b[0-9]+/|$WORK/|' "$ref.tmp" > "$ref" && rm -f "$ref.tmp"
fi
start=$(date +%s)
CGO_ENABLED=$cgo "$GOESCAPE" -m -l std > build/std-goescape.txt 2>&1
status=$?
end=$(date +%s)
sed -i -E 's#^/[^ :]*/(goescape-cgo[^/]*/[^/]*|cgo/[0-9a-f]{16})/#$WORK/#' build/std-goescape.txt
echo "escape-std: goescape -m -l std: exit $status, $((end - start))s, CGO_ENABLED=$cgo"
build/escf1 -blocks -min "$ESC_MIN_F1" "$ref" build/std-goescape.txt
f1=$?
san=0
if [ -x build/san/goescape ]; then
	CGO_ENABLED=$cgo build/san/goescape -m -l std > build/std-goescape-san.txt 2>&1
	sanstatus=$?
	sed -i -E 's#^/[^ :]*/(goescape-cgo[^/]*/[^/]*|cgo/[0-9a-f]{16})/#$WORK/#' build/std-goescape-san.txt
	if [ $sanstatus != 0 ] || ! cmp -s build/std-goescape.txt build/std-goescape-san.txt; then
		echo "escape-std: the sanitizer build differs or fails (exit $sanstatus):"
		diff build/std-goescape.txt build/std-goescape-san.txt | grep -v '^[<>] .*\(escape\|leak\)' | head -20
		san=1
	else
		echo "escape-std: sanitizer build: same output, exit 0"
	fi
fi
[ $status = 0 ] && [ $f1 = 0 ] && [ $san = 0 ]
