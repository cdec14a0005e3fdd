#!/bin/sh
# Escape analysis against Go 1.26's own test suite: every errorcheck test
# of its test/ and test/fixedbugs whose flags include -m and -l (not
# -live), run through goescape with the test's flags as written and
# matched with test/run.go's rules (tests/errorcheck). Files listed in
# tests/escape-ratchet-go1.26.txt must keep passing; the totals are
# printed. (Go 1.27's toolchain module has no test/ folder.)
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
if [ -z "$GO26" ] || [ ! -d "$GOROOT26/test" ]; then
	echo "escape-go1.26: Go 1.26's test suite is not installed"
	exit 1
fi
GO111MODULE=off GOFLAGS= "$GO19" build -o build/errorcheck ./tests/errorcheck || exit 1
T=$GOROOT26/test
GOROOT=$GOROOT26 build/errorcheck -mode=m -local-only -tool="$GOESCAPE" -ratchet=tests/escape-ratchet-go1.26.txt "$T" "$T/fixedbugs" \
	> build/suite-escape-go1.26.out 2>&1
status=$?
grep -v '^ok ' build/suite-escape-go1.26.out
exit $status
