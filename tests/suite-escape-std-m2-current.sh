#!/bin/sh
# -m=2 on the whole standard library of Go 1.26 and Go 1.27 against that
# release's gc: go build -a -gcflags='-m=2 -l' std against goescape -m=2
# -l std, every flow explanation included, compared as multisets of
# lines and package by package (tests/escf1). gc's output is recorded
# once per machine under build/. Fails below the release's F1 or
# identical-package ratchet (ESC26_M2_*, ESC27_M2_*), or when a package
# not listed in tests/escape-m2-go1.N-differ.txt differs.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
: "${ESC26_M2_MIN_F1:=0.985}" "${ESC26_M2_MIN_IDENTICAL:=140}"
: "${ESC27_M2_MIN_F1:=0.984}" "${ESC27_M2_MIN_IDENTICAL:=143}"
GO111MODULE=off GOFLAGS= "$GO19" build -o build/escf1 ./tests/escf1 || exit 1
fail=0
for rel in 26 27; do
	eval "goroot=\$GOROOT$rel gocmd=\$GO$rel minf1=\$ESC${rel}_M2_MIN_F1 minid=\$ESC${rel}_M2_MIN_IDENTICAL"
	if [ -z "$goroot" ]; then
		echo "escape-std-m2-current: no Go 1.$rel on this machine"
		fail=1
		continue
	fi
	ref=build/std$rel-gc-m2.txt
	if [ ! -s "$ref" ]; then
		echo "escape-std-m2-current: recording gc 1.$rel's -m=2 output for std..."
		# (outside the repository: go build names files below its
		# directory relative to it)
		(cd /tmp && GOROOT=$goroot CGO_ENABLED=1 GOFLAGS= "$gocmd" build -a -gcflags='-m=2 -l' std) > "$ref.tmp" 2>&1 ||
			{ tail "$ref.tmp"; exit 1; }
		sed -E 's#/[^ :]*/go-build[0-9]+/b[0-9]+/#$WORK/#g; s#\$WORK/b[0-9]+/#$WORK/#g' "$ref.tmp" > "$ref" && rm -f "$ref.tmp"
	fi
	GOROOT=$goroot CGO_ENABLED=1 "$GOESCAPE" -m=2 -l std 2>&1 | grep -v '^goescape: warning: emulating' |
		sed -E 's#/[^ :]*/(goescape-cgo[^/]*/[^/]*|cgo/[0-9a-f]{16})/#$WORK/#g' > build/std$rel-goescape-m2.txt
	build/escf1 -blocks -allow tests/escape-m2-go1.$rel-differ.txt -min "$minf1" "$ref" build/std$rel-goescape-m2.txt > build/std$rel-m2-f1.txt || fail=1
	grep -E '^(kind|ALL|other|escapes|leaking param  )|  differs:|now identical' build/std$rel-m2-f1.txt | sed "s/^/go1.$rel: /"
	ident=$(sed -n 's/^packages with output identical.*: \([0-9]*\) of.*/\1/p' build/std$rel-m2-f1.txt)
	total=$(sed -n 's/^packages with output identical.*: [0-9]* of \([0-9]*\).*/\1/p' build/std$rel-m2-f1.txt)
	echo "escape-std-m2-current: go1.$rel: $ident of $total packages identical (at least $minid required), F1 at least $minf1"
	[ "${ident:-0}" -ge "$minid" ] || fail=1
done
exit $fail
