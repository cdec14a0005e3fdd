#!/bin/sh
# The bundled examples: goescape's diagnostics must equal gc's, byte for
# byte, for each release recorded (tools/record-examples.sh): Go 1.19's
# in examples/expected.txt, Go 1.26's in examples/expected-go1.26.txt.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
fail=0
# compare LABEL GOROOT EXPECTED
compare() {
	out=$PWD/build/suite-examples-$1.txt
	(cd examples && GOROOT=$2 "$GOESCAPE" -m -l ./...) > "$out.raw" 2>&1 || { cat "$out.raw"; fail=1; return; }
	grep -v '^goescape: warning: emulating' "$out.raw" > "$out"
	if diff -u "$3" "$out" > "$out.diff"; then
		echo "examples $1: $(grep -vc '^#' "$out") diagnostics, identical to gc's"
	else
		echo "examples $1: differ from gc's ($3):"
		head -40 "$out.diff"
		fail=1
	fi
}
compare go1.19 "$GOROOT19" examples/expected.txt
if [ -n "$GOROOT26" ]; then
	compare go1.26 "$GOROOT26" examples/expected-go1.26.txt
else
	echo "examples: Go 1.26 is not installed"
	fail=1
fi
exit $fail
