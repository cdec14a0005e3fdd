#!/bin/sh
# Fuzzes the lexer and parser (make fuzz): builds tests/fuzz/fuzz_parse.c
# with clang's libFuzzer, ASan and UBSan, seeds tests/fuzz/corpus from
# GOROOT/src and tests/syntax on first use, and runs for $FUZZ_SECONDS
# (default 600) on one core. Inputs that crash, leak or hang are
# written to tests/fuzz/crashes/ (both directories are not versioned).
# FUZZ_BUILD_ONLY=1 builds the target and stops.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
CLANG=${CLANG:-clang}
bin=build/fuzz/fuzz_parse
mkdir -p build/fuzz tests/fuzz/corpus tests/fuzz/crashes

srcs=""
for f in base/arena base/diag base/source base/strtab base/utf8 base/vec base/unicode base/unicode_13 base/unicode_15 base/unicode_17 base/quote base/release \
	syntax/lex syntax/parse syntax/parse_expr syntax/parse_type syntax/parse_stmt syntax/parse_branches \
	syntax/ast syntax/dump; do
	srcs="$srcs src/$f.c"
done
"$CLANG" -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Isrc -Wall -Wextra -Werror \
	-o "$bin" tests/fuzz/fuzz_parse.c $srcs -lmpfr -lgmp || exit 1
[ -n "$FUZZ_BUILD_ONLY" ] && exit 0

if [ -z "$(ls tests/fuzz/corpus)" ]; then
	# seeds: the std files up to 32 KB, and the syntax error cases
	find "$GOROOT19/src/" -name '*.go' -type f -size -32k | grep -v '/testdata/' | while read -r f; do
		cp "$f" "tests/fuzz/corpus/$(echo "$f" | cksum | cut -d' ' -f1).go"
	done
	cp tests/syntax/*.go tests/fuzz/corpus/
	echo "fuzz: seeded $(ls tests/fuzz/corpus | wc -l) inputs"
fi

exec "$bin" -max_total_time="$FUZZ_SECONDS" -dict=tests/fuzz/go.dict -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	-artifact_prefix=tests/fuzz/crashes/ -print_final_stats=1 tests/fuzz/corpus
