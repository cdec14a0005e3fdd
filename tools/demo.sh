#!/bin/sh
# make demo: goescape on the bundled examples, next to what gc says.
cd "$(dirname "$0")/.." || exit 1
root=$(pwd)
# goescape emulates gc 1.19: it reads Go 1.19's standard library.
GOROOT=/usr/lib/go-1.19
export GOROOT
out=build/demo.txt
echo "== goescape -m -l ./...   (in examples/)"
(cd examples && "$root/build/goescape" -m -l ./...) > "$out" 2>&1
status=$?
cat "$out"
echo
if [ -x build/escf1 ] || { command -v "$GOROOT/bin/go" >/dev/null 2>&1 &&
	GO111MODULE=off "$GOROOT/bin/go" build -o build/escf1 ./tests/escf1 2>/dev/null; }; then
	echo "== compared with gc 1.19 (examples/expected.txt)"
	build/escf1 examples/expected.txt "$out" | tail -1
fi
exit $status
