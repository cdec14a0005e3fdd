#!/bin/sh
# Escape analysis of third-party code against gc: Go libraries packaged
# by Debian (installed under /usr/share/gocode, analysed in GOPATH mode),
# go build -gcflags='PKG=-m -l' against goescape -m -l, F1 per package;
# each package's output, header and order included, must be gc's.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
GO111MODULE=off GOFLAGS= "$GO19" build -o build/escf1 ./tests/escf1 || exit 1
export GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS=
out=build/thirdparty
mkdir -p "$out"
fail=0 total=0 match=0
for p in github.com/russross/blackfriday/v2 github.com/pkg/errors 'github.com/google/go-cmp/cmp/...' \
	github.com/spf13/pflag 'github.com/BurntSushi/toml/...' gopkg.in/yaml.v3 github.com/gorilla/mux; do
	base=$(echo "$p" | tr '/.' '__')
	if [ ! -d "$GOPATH/src/${p%/...}" ]; then
		echo "thirdparty: $p: not installed (tools/deps.sh installs it)"
		fail=1
		continue
	fi
	[ -s "$out/$base.gc" ] || "$GO19" build -a -gcflags="$p=-m -l" "$p" > "$out/$base.gc" 2>&1
	"$GOESCAPE" -m -l "$p" > "$out/$base.goescape" 2>&1 || fail=1
	build/escf1 -blocks "$out/$base.gc" "$out/$base.goescape" > "$out/$base.f1" || fail=1
	line=$(grep '^ALL ' "$out/$base.f1")
	echo "thirdparty: $p: $line"
	grep -E '^packages with|differs:' "$out/$base.f1" | sed "s|^|thirdparty: $p: |"
	set -- $line
	total=$((total + $2))
	match=$((match + $4))
	[ "$7" = "1.0000" ] || fail=1
done
echo "thirdparty: $match of $total gc diagnostics matched"
exit $fail
