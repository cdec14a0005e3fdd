#!/bin/sh
# Bad input: truncated files, random bytes and tokens, NUL bytes,
# invalid UTF-8, nesting 100,000 deep, enormous literals, and files
# that cannot be read. Inputs are generated (tests/badinput/gen.go,
# fixed seed) into build/badinput. Each must end in a clear error
# with a position and exit status 1 (or parse cleanly, where that is
# what it should do): no crash, no hang (timeout), no runaway memory
# (ulimit -v), and nothing from ASan or UBSan in the sanitizer build.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-build/goescape}
SAN=${SAN:-build/san/goescape}
dir=build/badinput
rm -rf "$dir"
mkdir -p "$dir"

samples=""
for f in fmt/print.go go/parser/parser.go runtime/map.go strings/builder.go sort/sort.go \
	sync/atomic/type.go net/http/server.go math/big/nat.go encoding/json/decode.go \
	cmd/compile/internal/syntax/parser.go; do
	samples="$samples $GOROOT19/src/$f"
done
GO111MODULE=off GOFLAGS= "$GO19" run tests/badinput/gen.go "$dir" $samples || exit 1

pass=0 fail=0
bad() {
	echo "badinput: $1"
	fail=$((fail + 1))
}

# check CLASS FILE: one run of the normal build, bounded in time and memory.
check() {
	class=$1 f=$2
	(ulimit -v 4000000; exec timeout 30 "$GOESCAPE" -stop-after=parse "$f") > "$dir/out" 2> "$dir/err"
	rc=$?
	if [ $rc = 124 ]; then
		bad "$f: timed out"
		return
	fi
	if [ $rc -gt 1 ]; then
		bad "$f: exit status $rc"
		head -3 "$dir/err"
		return
	fi
	positioned=0
	grep -q "^$f:[0-9][0-9]*\(:[0-9][0-9]*\)\{0,1\}: " "$dir/err" && positioned=1
	case $class.$rc in
	ok.0 | any.0)
		if [ -s "$dir/err" ]; then
			bad "$f: exit status 0 but messages"
			return
		fi ;;
	error.1 | any.1)
		if [ $positioned = 0 ]; then
			bad "$f: no positioned error"
			head -3 "$dir/err"
			return
		fi ;;
	*)
		bad "$f: class $class, exit status $rc"
		head -3 "$dir/err"
		return ;;
	esac
	pass=$((pass + 1))
}

for class in ok any error; do
	for f in "$dir/$class"/*.go; do
		check "$class" "$f"
	done
done
n=$(ls "$dir"/*/*.go | wc -l)

# Files that cannot be read: a clear message naming them, exit status 1.
mkdir -p "$dir/adir.go"
ln -sf nowhere.go "$dir/dangling.go"
: > "$dir/empty.go"
for f in "$dir/missing.go" "$dir/adir.go" "$dir/dangling.go"; do
	timeout 30 "$GOESCAPE" -stop-after=parse "$f" > /dev/null 2> "$dir/err"
	rc=$?
	if [ $rc = 1 ] && grep -q "$f" "$dir/err"; then
		pass=$((pass + 1))
	else
		bad "$f: exit status $rc, message: $(head -1 "$dir/err")"
	fi
done
check error "$dir/empty.go"
if [ "$(id -u)" != 0 ]; then
	echo 'package p' > "$dir/unreadable.go"
	chmod 000 "$dir/unreadable.go"
	timeout 30 "$GOESCAPE" -stop-after=parse "$dir/unreadable.go" > /dev/null 2> "$dir/err"
	rc=$?
	if [ $rc = 1 ] && grep -q unreadable "$dir/err"; then pass=$((pass + 1)); else bad "unreadable file: exit status $rc"; fi
fi

# The sanitizer build over everything, many files per process (-e:
# every file is parsed, however many errors come before it).
if [ -x "$SAN" ]; then
	ls "$dir"/*/*.go | split -l 60 - "$dir/sanbatch."
	for b in "$dir"/sanbatch.*; do
		timeout 300 "$SAN" -e -stop-after=parse $(cat "$b") > /dev/null 2> "$dir/san.err"
		rc=$?
		if [ $rc -gt 1 ] || grep -q 'Sanitizer\|runtime error' "$dir/san.err"; then
			bad "sanitizer build on $(head -1 "$b")...: exit status $rc"
			grep -m3 'Sanitizer\|runtime error\|SUMMARY' "$dir/san.err"
		else
			pass=$((pass + 1))
		fi
	done
else
	bad "$SAN missing"
fi

echo "badinput: $n generated inputs; $pass checks passed, $fail failed"
[ $fail = 0 ]
