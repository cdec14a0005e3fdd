# Sourced by tests/suite-load.sh and tests/suite-loaderr.sh, from the
# repository root, after tests/env.sh.
#
# Sets LIST (the loader as `goescape -list` runs it) and LISTSAN (the
# same under ASan+UBSan): a loader-only driver (tests/golist/loadlist.c)
# built from the loader's objects, so that the loader is checked however
# far the other layers are. Sets W, a fresh copy of tests/golist (the go
# command may write go.sum files there).

LOADOBJS="base/arena base/vec base/strtab base/source base/diag base/utf8 base/unicode base/unicode_13 base/unicode_15 base/unicode_17 base/quote base/release load/header load/buildcons load/modfile load/load load/dir load/path load/mod load/env load/godebug"
FLAGS="-std=c11 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Isrc"
out=build/golist
mkdir -p $out

objs() { for o in $LOADOBJS; do printf ' build/%s/%s.o' "$1" "$o"; done; }
# shellcheck disable=SC2046
make -s $(objs obj) $(objs san) || { echo "load: build failed"; exit 1; }
# shellcheck disable=SC2046
"${CC:-gcc}" $FLAGS -O2 -g -o $out/loadlist tests/golist/loadlist.c $(objs obj) -lmpfr -lgmp -lm || exit 1
# shellcheck disable=SC2046
"${CC:-gcc}" $FLAGS -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
	-o $out/loadlist-san tests/golist/loadlist.c $(objs san) -lmpfr -lgmp -lm || exit 1
LIST="$PWD/$out/loadlist"
LISTSAN="$PWD/$out/loadlist-san"

W=$PWD/$out/work
rm -rf "$W"
cp -r tests/golist "$W"
# the module cache of the tests, and GOPATH trees with absolute paths
export GOMODCACHE="$W/modcache"
GOPATHS="$W/gopath:$W/gopath2"
TMPL=$(cat tests/golist/list.tmpl)

pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
