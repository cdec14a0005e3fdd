#!/bin/sh
# The fuzz target (make fuzz) still builds and runs: it is compiled as
# tests/fuzz.sh compiles it and run once over the syntax cases of
# tests/syntax, each input parsed without a crash or a sanitizer report.
# Skipped where clang cannot build a libFuzzer program.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
CLANG=${CLANG:-clang}
mkdir -p build/fuzz
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' > build/fuzz/probe.c
if ! "$CLANG" -fsanitize=fuzzer -o build/fuzz/probe build/fuzz/probe.c > /dev/null 2>&1; then
	echo "fuzzbuild: skipped (no clang with libFuzzer)"
	exit 0
fi
# every source, not only the fuzz target's, also compiles cleanly under clang
for f in src/*/*.c; do
	"$CLANG" -std=c11 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Isrc -fsyntax-only "$f" ||
		{ echo "fuzzbuild: $f does not compile under clang -Wall -Wextra -Werror"; exit 1; }
done
FUZZ_BUILD_ONLY=1 sh tests/fuzz.sh || { echo "fuzzbuild: the fuzz target does not build"; exit 1; }
if ! build/fuzz/fuzz_parse tests/syntax/*.go > build/fuzz/smoke.out 2>&1; then
	tail -20 build/fuzz/smoke.out
	echo "fuzzbuild: the fuzz target failed on tests/syntax"
	exit 1
fi
echo "fuzzbuild: built, $(ls tests/syntax/*.go | wc -l) inputs run"
