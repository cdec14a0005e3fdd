#!/bin/sh
# The sources keep their layers (tools/layers.sh): no include runs from
# a lower layer to a higher one or into another layer's private
# headers, and every layer has its interface header. The check is also
# run on copies of src/ with one such include added, where it must fail.
cd "$(dirname "$0")/.." || exit 1
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

if out=$(sh tools/layers.sh src); then
	ok "src/: every include runs downwards"
else
	printf '%s\n' "$out"
	bad "src/: layers broken"
fi

W=build/layers
# mutant NAME FILE LINE EXPECT: src/ with LINE added to FILE must fail,
# naming FILE in a line that contains EXPECT.
mutant() {
	rm -rf "$W" && mkdir -p "$W" && cp -r src "$W/src"
	printf '%s\n' "$3" >> "$W/src/$2"
	if out=$(sh tools/layers.sh "$W/src"); then
		bad "$1: not caught"
	elif printf '%s\n' "$out" | grep "$W/src/$2" | grep -q "$4"; then
		ok "$1: caught"
	else
		printf '%s\n' "$out"
		bad "$1: caught, but not as expected"
	fi
}
mutant "types includes ir" types/expr.c '#include "ir/ir.h"' 'a higher layer'
mutant "base includes escape" base/base.h '#include "escape/escape.h"' 'a higher layer'
mutant "ir includes a private header of types" ir/lower.c '#include "types/check.h"' 'only its interface header'
mutant "escape includes a header that is not there" escape/call.c '#include "callgraph.h"' 'not in'
rm -rf "$W" && mkdir -p "$W" && cp -r src "$W/src" && printf '/* stray */\n' > "$W/src/stray.c"
if sh tools/layers.sh "$W/src" | grep -q "stray.c: outside every layer"; then ok "a file outside the layers: caught"; else bad "a file outside the layers: not caught"; fi
rm -rf "$W"
echo "layers: $pass passed, $fail failed"
[ "$fail" = 0 ]
