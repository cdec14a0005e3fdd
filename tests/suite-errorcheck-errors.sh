#!/bin/sh
# Invalid programs from the Go test suite: every errorcheck test of Go
# 1.19's test/ and test/fixedbugs that gc must refuse (no -0 flag) is
# run through goescape -C -e with the test's -m, -l, -+ and
# -smallframes flags (tests/errorcheck -mode=errors), the whole
# pipeline: some of gc's errors come from escape analysis (escapes in
# the runtime under -+) and from frame sizes (a slice literal kept on
# the stack). Each must end with a diagnostic naming the file and a
# non-zero exit, without crashing or hanging. The count is printed;
# files listed in tests/errorcheck-errors-ratchet.txt must keep passing.
# Tests whose build constraints exclude the platform are skipped.
#
#   sh tests/suite-errorcheck-errors.sh
#   ERRORCHECK_UPDATE=1 sh tests/suite-errorcheck-errors.sh   (rewrite the ratchet)
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
RATCHET=tests/errorcheck-errors-ratchet.txt
GO111MODULE=off GOFLAGS= "$GO19" build -o build/errorcheck ./tests/errorcheck || exit 1
T=$GOROOT19/test
if [ -n "$ERRORCHECK_UPDATE" ]; then
	build/errorcheck -mode=errors -tool="$GOESCAPE" -write-ratchet=$RATCHET "$T" "$T/fixedbugs" > build/suite-errorcheck-errors.out 2>&1
else
	build/errorcheck -mode=errors -tool="$GOESCAPE" -ratchet=$RATCHET "$T" "$T/fixedbugs" > build/suite-errorcheck-errors.out 2>&1
fi
status=$?
grep -v '^ok ' build/suite-errorcheck-errors.out
exit $status
