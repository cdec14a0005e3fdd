#!/bin/sh
# Type errors of generic code against gc itself: every single-file
# program of Go 1.19's test/typeparam and every file of types2's own
# testdata is compiled by gc (go tool compile -e) and checked by goescape
# (-e -stop-after=types); the two outputs must be identical, message for
# message and position for position. Files listed in
# tests/generrors-ratchet.txt must match; others are reported only.
#
#   sh tests/suite-generrors.sh            (make test runs it)
#   WRITE_RATCHET=1 sh tests/suite-generrors.sh   (record what matches now)
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh

GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
RATCHET=$PWD/tests/generrors-ratchet.txt
out=$PWD/build/suite-generrors
rm -rf "$out"
mkdir -p "$out"
[ -x "$GOESCAPE" ] || { echo "generrors: $GOESCAPE missing (make first)"; exit 1; }

T2=$GOROOT19/src/cmd/compile/internal/types2/testdata
{
	for f in "$GOROOT19"/test/typeparam/*.go; do echo "test/typeparam/${f##*/}"; done
	for f in "$T2"/*/*.go; do echo "types2/${f#$T2/}"; done
} > "$out/files"

pass=0 fail=0 regress=0
: > "$out/passing"
while read -r name; do
	case $name in
	test/*) file=$GOROOT19/$name ;;
	types2/*) file=$T2/${name#types2/} ;;
	esac
	dir=$(dirname "$file") base=$(basename "$file")
	key=$(echo "$name" | tr / _)
	# the package path goescape gives command-line files, so that
	# qualified names print alike
	(cd "$dir" && timeout 30 "$GO19" tool compile -e -p=command-line-arguments -o "$out/x.o" "$base") \
		> "$out/$key.gc" 2>&1
	(cd "$dir" && timeout 30 "$GOESCAPE" -e -stop-after=types "$base") > "$out/$key.us" 2>&1
	rc=$?
	if [ $rc -lt 124 ] && cmp -s "$out/$key.gc" "$out/$key.us"; then
		pass=$((pass + 1))
		echo "$name" >> "$out/passing"
	else
		fail=$((fail + 1))
		if grep -qx "$name" "$RATCHET" 2>/dev/null; then
			regress=$((regress + 1))
			echo "REGRESSION $name (rc $rc)"
			diff "$out/$key.gc" "$out/$key.us" | head -10
		fi
	fi
done < "$out/files"

if [ -n "$WRITE_RATCHET" ]; then
	cp "$out/passing" "$RATCHET"
	echo "generrors: wrote $(wc -l < "$RATCHET") files to $RATCHET"
fi
echo "generrors: $pass passed, $fail failed ($regress regressions)"
[ "$regress" = 0 ]
