#!/bin/sh
# Generic code against go/types: every runnable or compilable program of
# Go 1.19's test/typeparam (single files) is dumped by tests/gotypes
# -dump and goescape -dump-types, and the two dumps must be identical
# (std has little generic code; these exercise instantiation, inference,
# constraint type sets and generic methods).
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
out=$PWD/build/suite-types-typeparam
rm -rf "$out"
mkdir -p "$out"
export CGO_ENABLED=0
[ -x "$GOESCAPE" ] || { echo "typeparam: $GOESCAPE missing (make first)"; exit 1; }
GO111MODULE=off GOFLAGS= "$GO19" build -o build/gotypes ./tests/gotypes || exit 1
GT=$PWD/build/gotypes
pass=0 fail=0 skip=0
cd "$GOROOT19/test/typeparam" || exit 1
for f in *.go; do
	case "$(head -1 "$f")" in
	"// run"* | "// compile"* | "// build"*) ;;
	*) continue ;;
	esac
	b=${f%.go}
	if ! PATH=$(dirname "$GO19"):$PATH "$GT" -dump "$f" > "$out/$b.want" 2> "$out/$b.want.err"; then
		skip=$((skip + 1))
		continue
	fi
	"$GOESCAPE" -dump-types "$f" > "$out/$b.got" 2> "$out/$b.got.err"
	rc=$?
	if [ $rc = 0 ] && cmp -s "$out/$b.want" "$out/$b.got"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $f (exit $rc)"
		head -3 "$out/$b.got.err"
		diff "$out/$b.want" "$out/$b.got" | sed -n '/^[<>]/p' | head -6
	fi
done
echo "typeparam: $pass identical, $fail differ, $skip skipped (go/types refused them)"
[ $fail = 0 ]
