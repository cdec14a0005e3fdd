#!/bin/sh
# The rune classes (src/base/unicode_*.c) are those of each release's
# unicode and strconv packages: tools/gen-unicode.go, run by that
# release's go, writes each file again, byte for byte.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
mkdir -p build/unicode
for rel in 19:13 26:15 27:17; do
	r=${rel%:*} u=${rel#*:}
	eval "gocmd=\$GO$r root=\$GOROOT$r"
	if [ -z "$gocmd" ]; then
		bad "Go 1.$r is not installed"
		continue
	fi
	if ! GOROOT=$root GOFLAGS= GO111MODULE=off "$gocmd" run tools/gen-unicode.go > build/unicode/unicode_$u.c; then
		bad "go1.$r: gen-unicode failed"
	elif cmp -s build/unicode/unicode_$u.c src/base/unicode_$u.c; then
		ok "go1.$r: src/base/unicode_$u.c is Unicode $u as Go 1.$r has it"
	else
		bad "go1.$r: src/base/unicode_$u.c is stale (go run tools/gen-unicode.go > src/base/unicode_$u.c)"
	fi
done
echo "unicode: $pass passed, $fail failed"
[ "$fail" = 0 ]
