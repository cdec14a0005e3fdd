#!/bin/sh
# Syntax errors as gc reports them: each tests/syntax/NAME.go has, in
# NAME.err, what `go tool compile -p=p NAME.go` (Go 1.19) printed for
# it, run in that directory; goescape -stop-after=parse must print the
# same.
#
#   sh tests/suite-syntaxerr.sh           check
#   sh tests/suite-syntaxerr.sh -regen    rewrite the .err files with gc
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-build/goescape}
case $GOESCAPE in /*) ;; *) GOESCAPE=$PWD/$GOESCAPE ;; esac
cd tests/syntax || exit 1

if [ "$1" = -regen ]; then
	# (not -o /dev/null: gc removes its output file when it fails)
	tmp=$(mktemp -d) || exit 1
	for f in *.go; do
		"$GO19" tool compile -p=p -o "$tmp/x.o" "$f" > "${f%.go}.err" 2>&1
	done
	rm -rf "$tmp"
	echo "syntaxerr: regenerated $(ls *.err | wc -l) goldens"
	exit 0
fi

pass=0 fail=0
for f in *.go; do
	want=${f%.go}.err
	if [ ! -s "$want" ]; then
		echo "syntaxerr: $want missing or empty"
		fail=$((fail + 1))
		continue
	fi
	got=$("$GOESCAPE" -stop-after=parse "$f" 2>&1)
	rc=$?
	if [ $rc = 0 ]; then
		echo "syntaxerr: $f: exit status 0 despite errors"
		fail=$((fail + 1))
	elif [ "$got" != "$(cat "$want")" ]; then
		echo "syntaxerr: $f differs (gc, then goescape):"
		printf '%s\n' "$got" | diff "$want" - | head -10
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done
echo "syntaxerr: $pass passed, $fail failed"
[ $fail = 0 ]
