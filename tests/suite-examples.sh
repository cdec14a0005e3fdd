#!/bin/sh
# The bundled examples: goescape's diagnostics must equal gc's, as
# recorded in examples/expected.txt (tools/record-examples.sh).
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
out=$PWD/build/suite-examples.txt
(cd examples && "$GOESCAPE" -m -l ./...) > "$out" 2>&1 || { cat "$out"; exit 1; }
if diff -u examples/expected.txt "$out" > build/suite-examples.diff; then
	echo "examples: $(grep -vc '^#' "$out") diagnostics, identical to gc's"
else
	echo "examples: differ from gc's (examples/expected.txt):"
	head -40 build/suite-examples.diff
	exit 1
fi
