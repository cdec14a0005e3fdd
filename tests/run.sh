#!/bin/sh
# Runs every test suite (tests/suite-*.sh) and prints "N passed, N failed".
# A suite is a shell script that exits 0 when all of its checks hold.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
pass=0 fail=0 failed=""
for t in tests/suite-*.sh; do
	name=${t#tests/suite-}
	name=${name%.sh}
	printf '=== %s\n' "$name"
	if sh "$t"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		failed="$failed $name"
	fi
done
echo "suites: $pass passed, $fail failed${failed:+ (}${failed# }${failed:+)}"
[ "$fail" = 0 ]
