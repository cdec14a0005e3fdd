#!/bin/sh
# go build's habits with packages that do not compile: each broken
# package's errors under its "# path" header with paths relative to the
# current directory (at most ten, then "too many errors"), the packages
# that do not depend on it still analysed and printed, those that do
# skipped, and the go command's exit status. Compared with go build
# itself, for Go 1.19 and Go 1.26, package block by package block (go
# build prints them in the order its parallel compiles finish).
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GE=$PWD/build/goescape
W=$PWD/build/build-suite
rm -rf "$W" && mkdir -p "$W/m"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

cd "$W/m" || exit 1
mkdir -p bad good dep many sub/leaf
printf 'module example.com/m\n\ngo 1.19\n' > go.mod
printf 'package bad\n\nfunc F() { x = 1 }\n' > bad/bad.go
printf 'package good\n\nfunc G() *int { v := 1; return &v }\n' > good/good.go
printf 'package dep\n\nimport "example.com/m/bad"\n\nfunc H() { bad.F() }\n' > dep/dep.go
{ printf 'package many\n\nfunc F() {\n'; for i in 1 2 3 4 5 6 7 8 9 10 11 12; do printf '\tu%s = 1\n' $i; done; printf '}\n'; } > many/many.go
printf 'package leaf\n\ntype T struct{ p *int }\n\nfunc (t *T) Set(p *int) { t.p = p }\n' > sub/leaf/leaf.go

# blocks FILE: the output as "# path" blocks, one per line, sorted
blocks() { awk '/^# /{if (b) print b; b=$0; next} {b=b "|" $0} END{if (b) print b}' "$1" | LC_ALL=C sort; }

# compare LABEL GO GOROOT DIR ARGS...: goescape -m -l against go build -gcflags='-m -l'
compare() {
	label=$1 gocmd=$2 root=$3 dir=$4
	shift 4
	(cd "$dir" && GOROOT=$root GOFLAGS=-mod=mod "$gocmd" build -a -gcflags='-m -l' "$@") > "$W/go.out" 2>&1
	gorc=$?
	(cd "$dir" && GOROOT=$root "$GE" -m -l "$@") > "$W/ge.out" 2>&1
	gerc=$?
	grep -v '^goescape: warning: emulating' "$W/ge.out" > "$W/ge.clean"
	blocks "$W/go.out" > "$W/go.blocks"
	blocks "$W/ge.clean" > "$W/ge.blocks"
	if [ $gorc != $gerc ]; then
		bad "$label: exit $gerc, go build's is $gorc"
	elif ! cmp -s "$W/go.blocks" "$W/ge.blocks"; then
		bad "$label: output differs from go build's:"
		diff "$W/go.out" "$W/ge.clean" | head -10
	else
		ok "$label: as go build (exit $gorc, $(wc -l < "$W/go.blocks") packages)"
	fi
}
for rel in 19 26; do
	eval "gocmd=\$GO$rel root=\$GOROOT$rel"
	[ -n "$gocmd" ] || { bad "Go 1.$rel is not installed"; continue; }
	compare "go1.$rel ./..." "$gocmd" "$root" "$W/m" ./...
	compare "go1.$rel one broken import" "$gocmd" "$root" "$W/m/dep" .
	compare "go1.$rel from a subdirectory" "$gocmd" "$root" "$W/m/sub" ../good ../bad ./leaf
	compare "go1.$rel healthy only" "$gocmd" "$root" "$W/m" ./good ./sub/...
done
echo "build: $pass passed, $fail failed"
[ "$fail" = 0 ]
