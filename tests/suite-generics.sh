#!/bin/sh
# Unit tests of the generics layer (tests/generics.c): term lists, type
# sets, core types, instances, constraint satisfaction and inference on
# types built by hand, linked against build/libgoescape.a.
#
#   sh tests/suite-generics.sh          (make test runs it)
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh

CC=${CC:-cc}
[ -f build/libgoescape.a ] || { echo "generics: build/libgoescape.a missing (make first)"; exit 1; }
$CC -std=c11 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Isrc -O1 -g \
	-o build/generics-test tests/generics.c build/libgoescape.a -lmpfr -lgmp -lm || exit 1
build/generics-test
