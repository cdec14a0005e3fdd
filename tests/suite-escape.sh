#!/bin/sh
# Escape analysis against the Go test suite: every errorcheck test of
# Go 1.19's test/ and test/fixedbugs whose flags include -m and -l
# (not -live) is run through goescape and matched with test/run.go's
# rules (tests/errorcheck). Files listed in tests/escape-ratchet.txt
# must keep passing; the totals are printed.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
GO111MODULE=off GOFLAGS= "$GO19" build -o build/errorcheck ./tests/errorcheck || exit 1
T=$GOROOT19/test
build/errorcheck -mode=m -tool="$GOESCAPE" -ratchet=tests/escape-ratchet.txt "$T" "$T/fixedbugs" > build/suite-escape.out 2>&1
status=$?
grep -v '^ok ' build/suite-escape.out
exit $status
