#!/bin/sh
# Constants: goescape's constant arithmetic (src/const*.c) against
# go/constant, which gc 1.19's type checker uses.
#
# tests/goconst writes a seeded list of operations and evaluates it with
# go/constant; tests/constcheck.c evaluates the same list with goescape's
# constants, once normally and once under ASan+UBSan. The three outputs
# must be identical. Then fixed checks (constcheck unit), a check that
# the printable-rune table is Go's, and a check of the reference's
# printed forms against gc's own -m output.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh

OBJS="base/arena base/vec base/strtab base/source base/diag base/utf8 base/quote base/unicode base/unicode_13 base/unicode_15 base/unicode_17 base/release types/constant types/constlit types/constfmt"
FLAGS="-std=c11 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Isrc"
SEED=${CONST_SEED:-1}
N=${CONST_N:-20000}
out=build/const
mkdir -p $out
pass=0 fail=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

# Build only what the constants need, so this suite does not wait for
# the rest of goescape.
objs() { for o in $OBJS; do printf ' build/%s/%s.o' "$1" "$o"; done; }
# shellcheck disable=SC2046
make -s $(objs obj) $(objs san) || { echo "const: build failed"; exit 1; }
# shellcheck disable=SC2046
"${CC:-gcc}" $FLAGS -O2 -g -o $out/constcheck tests/constcheck.c $(objs obj) -lmpfr -lgmp -lm || exit 1
# shellcheck disable=SC2046
"${CC:-gcc}" $FLAGS -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
	-o $out/constcheck-san tests/constcheck.c $(objs san) -lmpfr -lgmp -lm || exit 1
GO111MODULE=off GOFLAGS= "$GO19" build -o $out/goconst ./tests/goconst || exit 1

# 1. the differential test
$out/goconst gen -seed "$SEED" -n "$N" > $out/ops.txt || exit 1
$out/goconst run < $out/ops.txt > $out/go.out || exit 1
$out/constcheck run < $out/ops.txt > $out/c.out || bad "constcheck run exited $?"
lines=$(wc -l < $out/go.out)
if cmp -s $out/go.out $out/c.out; then
	ok "differential: $lines operations, outputs identical (seed $SEED)"
else
	ndiff=$(diff $out/go.out $out/c.out | grep -c '^<')
	bad "differential: $ndiff of $lines operations differ (seed $SEED); first ones:"
	diff $out/go.out $out/c.out | head -20
fi
if grep -q '^PANIC' $out/go.out; then
	bad "the operation list makes go/constant panic"
fi

# 2. the same under the sanitizers (leaks included)
if $out/constcheck-san run < $out/ops.txt > $out/san.out && cmp -s $out/go.out $out/san.out; then
	ok "differential under ASan+UBSan: identical, no reports"
else
	bad "differential under ASan+UBSan"
fi

# 3. fixed checks, normally and under the sanitizers
if $out/constcheck unit; then ok "unit checks"; else bad "unit checks"; fi
if $out/constcheck-san unit > $out/san-unit.out; then
	ok "unit checks under ASan+UBSan"
else
	cat $out/san-unit.out
	bad "unit checks under ASan+UBSan"
fi

# 4. the printable-rune tables are checked with the other Unicode
# tables, against each release (tests/suite-unicode.sh)

# 5. the reference's gc forms are gc's
rm -rf $out/gccheck
if $out/goconst gccheck $out/gccheck; then ok "gc prints constants as the reference does"; else bad "gccheck"; fi

echo "const: $pass passed, $fail failed"
[ "$fail" = 0 ]
