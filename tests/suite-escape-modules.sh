#!/bin/sh
# Escape analysis of real modules from the module proxy, in module mode,
# against gc 1.26 and gc 1.27: the modules pinned by tests/modules/go.mod
# and go.sum (tools/deps.sh downloads them), each analysed as
#   go build -a -gcflags='-m -l' MODULE/...
# against goescape -m -l MODULE/... from tests/modules. Every package's
# output, headers and order included, must be gc's (F1 1.0 per package),
# except for the packages tests/escape-modules-differ.txt lists.
# gc's output is recorded once per machine under build/modules.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GOESCAPE=${GOESCAPE:-$PWD/build/goescape}
GO111MODULE=off GOFLAGS= "$GO19" build -o build/escf1 ./tests/escf1 || exit 1
out=$PWD/build/modules
mkdir -p "$out"
fail=0 total=0 match=0 pkgs=0 ident=0
for rel in 26 27; do
	eval "goroot=\$GOROOT$rel gocmd=\$GO$rel"
	if [ -z "$goroot" ]; then
		echo "modules: no Go 1.$rel on this machine"
		fail=1
		continue
	fi
	for p in github.com/BurntSushi/toml/... github.com/cespare/xxhash/v2/... github.com/dustin/go-humanize/... \
		github.com/fatih/color/... github.com/go-chi/chi/v5/... github.com/google/go-cmp/cmp/... \
		github.com/google/uuid/... github.com/gorilla/mux/... github.com/json-iterator/go/... \
		github.com/klauspost/compress/... github.com/pkg/errors/... github.com/sirupsen/logrus/... \
		github.com/spf13/cobra github.com/spf13/pflag/... \
		'github.com/stretchr/testify/assert/... github.com/stretchr/testify/require/...' \
		'golang.org/x/exp/slices golang.org/x/exp/maps golang.org/x/exp/constraints golang.org/x/exp/slog/...' \
		golang.org/x/sync/... \
		'golang.org/x/text/unicode/... golang.org/x/text/transform golang.org/x/text/encoding/... golang.org/x/text/language/... golang.org/x/text/cases' \
		gopkg.in/yaml.v3/...; do
		base=go1.$rel-$(echo "$p" | tr '/. ' '___')
		if [ ! -s "$out/$base.gc" ]; then
			(cd tests/modules && GOROOT=$goroot "$gocmd" build -a -gcflags='-m -l' $p) > "$out/$base.gc" 2>&1 || {
				echo "modules: go1.$rel: $p: gc failed (tools/deps.sh downloads the modules):"
				head -5 "$out/$base.gc"
				rm -f "$out/$base.gc"
				fail=1
				continue
			}
		fi
		(cd tests/modules && GOROOT=$goroot "$GOESCAPE" -m -l $p) 2>&1 |
			grep -v '^goescape: warning: emulating' > "$out/$base.goescape"
		awk -v r="go1.$rel" -v ps="$p" 'BEGIN { n = split(ps, pat, " ") }
			$1 == r { for (i = 1; i <= n; i++) { m = pat[i]; sub(/\/\.\.\.$/, "", m); if ($2 == m || index($2, m "/") == 1) { print $2; break } } }' \
			tests/escape-modules-differ.txt > "$out/$base.allow"
		build/escf1 -blocks -allow "$out/$base.allow" "$out/$base.gc" "$out/$base.goescape" > "$out/$base.f1" || fail=1
		line=$(grep '^ALL ' "$out/$base.f1")
		echo "modules: go1.$rel: $p: $line"
		grep -E 'differs|now identical' "$out/$base.f1" | sed "s|^ *|modules: go1.$rel: $p: |"
		set -- $(sed -n 's/^packages with output identical.*: \([0-9]*\) of \([0-9]*\).*/\1 \2/p' "$out/$base.f1")
		ident=$((ident + ${1:-0}))
		pkgs=$((pkgs + ${2:-0}))
		set -- $line
		total=$((total + $2))
		match=$((match + $4))
	done
done
echo "modules: $ident of $pkgs packages identical to gc; $match of $total gc diagnostics matched"
exit $fail
