#!/bin/sh
# Type errors as gc reports them: each tests/typeerrors/NAME.go is an
# invalid program and NAME.err the output of Go 1.19's
# `go tool compile -p=p NAME.go` for it (positions, wording, order, the
# 10-error limit). goescape -stop-after=types must print exactly that
# and exit non-zero.
#
#   sh tests/suite-typeerrors.sh
#   TYPEERRORS_UPDATE=1 sh tests/suite-typeerrors.sh   (record the .err files from gc)
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
out=$PWD/build/suite-typeerrors
rm -rf "$out"
mkdir -p "$out"
[ -x "$GOESCAPE" ] || { echo "typeerrors: $GOESCAPE missing (make first)"; exit 1; }

pass=0 fail=0
cd tests/typeerrors || exit 1
for f in *.go; do
	b=${f%.go}
	if [ -n "$TYPEERRORS_UPDATE" ]; then
		"$GO19" tool compile -p=p -o "$out/$b.o" "$f" > "$b.err" 2>&1
	fi
	"$GOESCAPE" -stop-after=types "$f" > "$out/$b.got" 2>&1
	rc=$?
	if [ $rc = 0 ]; then
		echo "FAIL $b: exit status 0"
		fail=$((fail + 1))
	elif ! cmp -s "$b.err" "$out/$b.got"; then
		echo "FAIL $b (- gc, + goescape):"
		diff "$b.err" "$out/$b.got" | sed -n '/^[<>]/p' | sed 's/^</-/; s/^>/+/' | head -10
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done
echo "typeerrors: $pass passed, $fail failed"
[ $fail = 0 ]
