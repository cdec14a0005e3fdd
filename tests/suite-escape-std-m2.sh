#!/bin/sh
# -m=2 on the whole standard library against gc: `go build -a
# -gcflags='-m=2 -l' std` (Go 1.19) and `goescape -m=2 -l std`, every
# flow explanation included, compared as multisets of lines (tests/escf1)
# and package by package, headers and order included. gc's output is
# kept in build/ and reused. Fails below ESC_M2_MIN_F1, or when a
# package not named in tests/escape-m2-differ.txt differs from gc's, or
# when the sanitizer build prints other bytes or fails.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
: "${ESC_M2_MIN_F1:=0.9995}"
cgo=${CGO_ENABLED:-$("$GO19" env CGO_ENABLED)}
GO111MODULE=off GOFLAGS= "$GO19" build -o build/escf1 ./tests/escf1 || exit 1
ref=build/std-gc-m2-l-cgo$cgo.txt
# cgo's generated files live in temporary directories, named everywhere
# in the explanations: both sides name them $WORK/
if [ ! -s "$ref" ]; then
	echo "escape-std-m2: recording gc's -m=2 output for std (CGO_ENABLED=$cgo)..."
	CGO_ENABLED=$cgo "$GO19" build -a -gcflags='-m=2 -l' std > "$ref.tmp" 2>&1 || { tail "$ref.tmp"; exit 1; }
	sed -E 's#/[^ :]*/go-build[0-9]+/b[0-9]+/#$WORK/#g; s#\$WORK/b[0-9]+/#$WORK/#g' "$ref.tmp" > "$ref" && rm -f "$ref.tmp"
fi
start=$(date +%s)
CGO_ENABLED=$cgo "$GOESCAPE" -m=2 -l std > build/std-goescape-m2.txt 2>&1
status=$?
end=$(date +%s)
sed -i -E 's#/[^ :]*/(goescape-cgo[^/]*/[^/]*|cgo/[0-9a-f]{16})/#$WORK/#g' build/std-goescape-m2.txt
echo "escape-std-m2: goescape -m=2 -l std: exit $status, $((end - start))s, CGO_ENABLED=$cgo"
build/escf1 -blocks -allow tests/escape-m2-differ.txt -min "$ESC_M2_MIN_F1" "$ref" build/std-goescape-m2.txt
f1=$?
san=0
if [ -x build/san/goescape ]; then
	CGO_ENABLED=$cgo build/san/goescape -m=2 -l std > build/std-goescape-m2-san.txt 2>&1
	sanstatus=$?
	sed -i -E 's#/[^ :]*/(goescape-cgo[^/]*/[^/]*|cgo/[0-9a-f]{16})/#$WORK/#g' build/std-goescape-m2-san.txt
	if [ $sanstatus != 0 ] || ! cmp -s build/std-goescape-m2.txt build/std-goescape-m2-san.txt; then
		echo "escape-std-m2: the sanitizer build differs or fails (exit $sanstatus)"
		san=1
	else
		echo "escape-std-m2: sanitizer build: same output, exit 0"
	fi
fi
[ $status = 0 ] && [ $f1 = 0 ] && [ $san = 0 ]
