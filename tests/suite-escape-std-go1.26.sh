#!/bin/sh
# Escape analysis of Go 1.26's standard library against gc 1.26:
# goescape -m -l std (GOROOT of Go 1.26) compared with gc's output,
# recorded once in tests/goldens/std-go1.26-m-l.txt.xz (CGO_ENABLED=1,
# linux/amd64). Fails below ESC26_MIN_F1 or when fewer packages than
# ESC26_MIN_IDENTICAL print exactly gc's output, or when a package not
# listed in tests/escape-std-go1.26-differ.txt differs. To record the golden
# again:
#   go build -a -gcflags='-m -l' std 2>&1 |
#     sed -E 's|^/[^ :]*/go-build[0-9]+/b[0-9]+/|$WORK/|' |
#     xz -9 > tests/goldens/std-go1.26-m-l.txt.xz
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
: "${ESC26_MIN_F1:=0.999}" "${ESC26_MIN_IDENTICAL:=311}"
if [ -z "$GOROOT26" ]; then
	echo "escape-std-go1.26: no Go 1.26 on this machine"
	exit 1
fi
GO111MODULE=off GOFLAGS= "$GO19" build -o build/escf1 ./tests/escf1 || exit 1
xz -dc tests/goldens/std-go1.26-m-l.txt.xz | sed "s#^/usr/local/go/#$GOROOT26/#" > build/std26-gc.txt || exit 1
GOROOT=$GOROOT26 CGO_ENABLED=1 "$GOESCAPE" -m -l std 2>&1 |
	grep -v '^goescape: warning: emulating' |
	sed -E 's#^/[^ :]*/(goescape-cgo[^/]*/[^/]*|cgo/[0-9a-f]{16})/#$WORK/#' > build/std26-goescape.txt
build/escf1 -blocks -allow tests/escape-std-go1.26-differ.txt -min "$ESC26_MIN_F1" build/std26-gc.txt build/std26-goescape.txt > build/std26-f1.txt
f1=$?
grep -v 'differs:' build/std26-f1.txt
ident=$(sed -n 's/^packages with output identical.*: \([0-9]*\) of.*/\1/p' build/std26-f1.txt)
echo "escape-std-go1.26: $ident packages identical (at least $ESC26_MIN_IDENTICAL required)"
[ $f1 = 0 ] && [ "${ident:-0}" -ge "$ESC26_MIN_IDENTICAL" ]
