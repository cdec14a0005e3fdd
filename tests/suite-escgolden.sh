#!/bin/sh
# Escape analysis golden tests: programs of tests/escgolden (generic code
# above all: shapes, dictionaries, instances of other packages' generic
# bodies; and be_*.go, the errors gc finds after escape analysis: frame
# sizes, //go:notinheap, the runtime's -+ rules) with the output of Go
# 1.19's gc recorded beside them. A first line "// flags: F" adds F.
#   NAME.go   -> NAME.m  (go tool compile -p=p -m -l NAME.go)
#                NAME.m2 (-m=2 -l), unless the file has a line
#                "// m2: skip": the wrappers of generic types'
#                instances are not modelled
#   DIR/go.mod -> DIR/gc.m (go build -a -p 1 -gcflags='-m -l' ./...,
#                the module's directory written as $DIR) and, where it
#                exists, DIR/gc.m2 (the same with -m=2; abimod has assembly)
# goescape must print exactly the same.
#
#   sh tests/suite-escgolden.sh
#   ESCGOLDEN_UPDATE=1 sh tests/suite-escgolden.sh   (record from gc)
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
out=$PWD/build/suite-escgolden
rm -rf "$out"
mkdir -p "$out"
pass=0 fail=0
check() {   # check NAME GOLDEN GOT
	if cmp -s "$2" "$3"; then
		pass=$((pass + 1))
	else
		echo "FAIL $1"
		diff "$2" "$3" | head -10
		fail=$((fail + 1))
	fi
}
cd tests/escgolden || exit 1
for f in *.go; do
	b=${f%.go}
	fl=$(sed -n '1s,^// flags: ,,p' "$f")
	if [ -n "$ESCGOLDEN_UPDATE" ]; then
		"$GO19" tool compile -p=p $fl -m -l -o "$out/$b.o" "$f" > "$b.m" 2>&1
		"$GO19" tool compile -p=p $fl -m=2 -l -o "$out/$b.o" "$f" > "$out/$b.m2" 2>&1
		if grep -q '^// m2: skip' "$f"; then rm -f "$b.m2"; else cp "$out/$b.m2" "$b.m2"; fi
	fi
	"$GOESCAPE" -p=p $fl -m -l "$f" > "$out/$b.got" 2>&1
	check "$b (-m -l)" "$b.m" "$out/$b.got"
	if [ -f "$b.m2" ]; then
		"$GOESCAPE" -p=p $fl -m=2 -l "$f" > "$out/$b.got2" 2>&1
		check "$b (-m=2 -l)" "$b.m2" "$out/$b.got2"
	fi
done
for d in */; do
	d=${d%/}
	[ -f "$d/go.mod" ] || continue
	dir=$(cd "$d" && pwd)
	if [ -n "$ESCGOLDEN_UPDATE" ]; then
		(cd "$d" && GOFLAGS=-mod=mod "$GO19" build -a -p 1 -gcflags='-m -l' ./... 2>&1) | sed "s|$dir|\$DIR|g" > "$d/gc.m"
	fi
	(cd "$d" && "$GOESCAPE" -m -l ./... 2>&1) | sed "s|$dir|\$DIR|g" > "$out/$d.got"
	check "$d (module, -m -l ./...)" "$d/gc.m" "$out/$d.got"
	[ -f "$d/gc.m2" ] || continue
	if [ -n "$ESCGOLDEN_UPDATE" ]; then
		(cd "$d" && GOFLAGS=-mod=mod "$GO19" build -a -p 1 -gcflags='-m=2 -l' ./... 2>&1) | sed "s|$dir|\$DIR|g" > "$d/gc.m2"
	fi
	(cd "$d" && "$GOESCAPE" -m=2 -l ./... 2>&1) | sed "s|$dir|\$DIR|g" > "$out/$d.got2"
	check "$d (module, -m=2 -l ./...)" "$d/gc.m2" "$out/$d.got2"
done
echo "escgolden: $pass passed, $fail failed"
[ "$fail" = 0 ]
