#!/bin/sh
# Escape analysis of Go 1.27's standard library against gc 1.27:
# goescape -m -l std (GOROOT of Go 1.27) compared with gc's output,
# recorded once in tests/goldens/std-go1.27-m-l.txt.xz (CGO_ENABLED=1,
# linux/amd64). Fails below ESC27_MIN_F1 or when fewer packages than
# ESC27_MIN_IDENTICAL print exactly gc's output, or when a package not
# listed in tests/escape-std-go1.27-differ.txt differs. To record the golden
# again:
#   GOTOOLCHAIN=go1.27.3 go build -a -gcflags='-m -l' std 2>&1 |
#     sed -E 's|^/[^ :]*/go-build[0-9]+/b[0-9]+/|$WORK/|' |
#     sed "s#^$(GOTOOLCHAIN=go1.27.3 go env GOROOT)/#/GOROOT27/#" |
#     xz -9 > tests/goldens/std-go1.27-m-l.txt.xz
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
: "${ESC27_MIN_F1:=0.999}" "${ESC27_MIN_IDENTICAL:=330}"
if [ -z "$GOROOT27" ]; then
	echo "escape-std-go1.27: no Go 1.27 on this machine"
	exit 1
fi
GO111MODULE=off GOFLAGS= "$GO19" build -o build/escf1 ./tests/escf1 || exit 1
xz -dc tests/goldens/std-go1.27-m-l.txt.xz | sed "s#^/GOROOT27/#$GOROOT27/#" > build/std27-gc.txt || exit 1
GOROOT=$GOROOT27 CGO_ENABLED=1 "$GOESCAPE" -m -l std 2>&1 |
	grep -v '^goescape: warning: emulating' |
	sed -E 's#^/[^ :]*/(goescape-cgo[^/]*/[^/]*|cgo/[0-9a-f]{16})/#$WORK/#' > build/std27-goescape.txt
build/escf1 -blocks -allow tests/escape-std-go1.27-differ.txt -min "$ESC27_MIN_F1" build/std27-gc.txt build/std27-goescape.txt > build/std27-f1.txt
f1=$?
grep -v 'differs:' build/std27-f1.txt
ident=$(sed -n 's/^packages with output identical.*: \([0-9]*\) of.*/\1/p' build/std27-f1.txt)
echo "escape-std-go1.27: $ident packages identical (at least $ESC27_MIN_IDENTICAL required)"
[ $f1 = 0 ] && [ "${ident:-0}" -ge "$ESC27_MIN_IDENTICAL" ]
