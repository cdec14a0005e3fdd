#!/bin/sh
# Loader errors: each case must fail with exit status 1 and the expected
# message (the go command's wording, with the position of the import or
# line at fault), never crash, under both the normal and the sanitizer
# builds. Then malformed and truncated file headers in bulk: errors or
# not, no crash and no sanitizer report.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
. tests/golist/lib.sh

E=$W/errs
# an unreadable file: a link to nothing (permissions do not stop root)
ln -s nonexistent-target "$E/unreadable/bad.go"

# expect LABEL DIR [VAR=value...] -- ARGS... -- MESSAGE...
expect() {
	label=$1 dir=$2
	shift 2
	vars=""
	while [ "$1" != "--" ]; do vars="$vars $1"; shift; done
	shift
	args=""
	while [ "$1" != "--" ]; do args="$args $1"; shift; done
	shift
	for bin in "$LIST" "$LISTSAN"; do
		# shellcheck disable=SC2086
		(cd "$dir" && env $vars $bin $args) > "$W/out" 2> "$W/err"
		rc=$?
		if [ $rc != 1 ]; then
			bad "$label: exit status $rc ($(basename "${bin%% *}")): $(head -3 "$W/err")"
			return
		fi
		if grep -q -e 'AddressSanitizer' -e 'runtime error' -e 'internal error' "$W/err"; then
			bad "$label: crash: $(head -3 "$W/err")"
			return
		fi
		for msg in "$@"; do
			if ! grep -qF -- "$msg" "$W/err"; then
				bad "$label: no \"$msg\" in: $(cat "$W/err")"
				return
			fi
		done
	done
	ok "$label: $(head -1 "$W/err")"
}

GP="GO111MODULE=off GOPATH=$GOPATHS"
expect "import cycle" "$E" -- ./cycle/a -- \
	'cycle/c/c.go:3:8: package example.com/errs/cycle/a' \
	'imports example.com/errs/cycle/c' 'imports example.com/errs/cycle/a: import cycle not allowed'
expect "missing from GOROOT" "$E" -- ./missing -- \
	'missing/m.go:5:2: package foo/bar is not in GOROOT ('
expect "missing from the modules" "$E" -- ./missing -- \
	'missing/m.go:6:2: no required module provides package example.com/nope/pkg; to add it:'
expect "missing in GOPATH mode" "$E" GO111MODULE=off GOPATH=/nonexistent -- ./missing -- \
	'missing/m.go:5:2: cannot find package "foo/bar" in any of:' '/nonexistent/src/foo/bar (from $GOPATH)'
expect "missing, no go.mod" "$W/localpkg" -- example.com/nothere -- \
	'no required module provides package example.com/nothere: go.mod file not found'
expect "no Go files" "$E" -- ./nogo -- 'no Go files in '
expect "no Go files (GOPATH)" "$E" GO111MODULE=off -- ./nogo -- 'package ./nogo: no Go files in '
expect "only excluded files" "$E" -- ./onlyignored -- \
	'package example.com/errs/onlyignored: build constraints exclude all Go files in '
expect "conflicting package names" "$E" -- ./conflict -- \
	'conflict/b.go:2:9: found packages a (a.go) and b (b.go) in '
expect "conflicting names with tests" "$E" -- ./xtestname -- 'found packages x (x.go) and y (y_test.go)'
expect "unreadable file" "$E" -- ./unreadable -- 'unreadable/bad.go: no such file or directory'
expect "nonexistent directory" "$E" -- ./nothere -- 'stat '"$E"'/nothere: directory not found'
expect "nonexistent directory (GOPATH)" "$E" GO111MODULE=off -- ./nothere -- 'cannot find package "." in:'
expect "nonexistent tree" "$E" -- ./nothere/... -- 'pattern ./nothere/...: lstat ./nothere/: no such file or directory'
expect "imported package with no files" "$W/app" -- ./nested/empty -- 'no Go files in '
expect "bad //go:build expression" "$E" -- ./badcons -- \
	'badcons/x.go:1:1: parsing //go:build line: unexpected end of expression'
expect "two //go:build lines" "$E" -- ./badcons2 -- 'badcons2/x.go:2:1: multiple //go:build comments'
expect "unclosed paren in //go:build" "$E" -- ./badcons3 -- \
	'badcons3/x.go:3:1: parsing //go:build line: missing close paren'
expect "import without quotes" "$E" -- ./badheader -- "badheader/x.go:3:11: expected 'STRING', found newline"
expect "unterminated import path" "$E" -- ./badheader2 -- 'badheader2/x.go:5:2: string literal not terminated'
expect "empty file" "$E" -- ./badheader3 -- "badheader3/empty.go:1:1: expected 'package', found 'EOF'"
expect "binary file" "$E" -- ./badheader4 -- 'badheader4/bin.go:1:1: unexpected NUL in input'
expect "invalid import path" "$E" -- ./badimport -- 'badimport/x.go:3:8: invalid import path: "a b"'
expect "malformed import path" "$E" -- 'a:b' -- 'malformed import path "a:b": invalid char'
expect "cgo in a test" "$E" -- ./cgotest -- 'cgotest/a_test.go:3:8: use of cgo in test a_test.go not supported'
expect "internal package" "$E" -- ./internal -- 'internal/x.go:3:8: use of internal package internal/cpu not allowed'
expect "importing a command" "$E" -- ./program -- \
	'program/p.go:3:8: import "example.com/errs/program/cmd" is a program, not an importable package'
expect "relative import" "$E" -- ./relative -- 'relative/r.go:3:8: local import "./sub" in non-local package'
GE="GO111MODULE=off GOPATH=$W/gopatherr"
# shellcheck disable=SC2086
expect "vendored path imported directly" "$W/gopatherr/src/example.org" $GE -- ./h/badvendor -- \
	'h/badvendor/b.go:3:8: example.org/h/vendor/example.org/vlib must be imported as example.org/vlib'
# shellcheck disable=SC2086
expect "vendored package out of reach" "$W/gopatherr/src/example.org" $GE -- ./bad -- \
	'bad/b.go:3:8: use of vendored package not allowed'
# shellcheck disable=SC2086
expect "import comment disagrees" "$W/gopatherr/src/example.org" $GE -- ./wrong -- \
	'code in directory '"$W"'/gopatherr/src/example.org/wrong expects import "example.org/elsewhere"'
# shellcheck disable=SC2086
expect "two import comments" "$W/gopatherr/src/example.org" $GE -- ./twocomments -- \
	'found import comments "example.org/one" (a.go) and "example.org/two" (b.go) in '
# shellcheck disable=SC2086
expect "bad import comment" "$W/gopatherr/src/example.org" $GE -- ./badcomment -- \
	'badcomment/c.go:1: cannot parse import comment'
expect "files from two directories" "$E" -- ./nogo/../conflict/a.go ./badcons/x.go -- \
	'named files must all be in one directory'
expect "a non-Go file among files" "$E" -- ./conflict/a.go go.mod -- 'named files must be .go files: go.mod'
expect "relative GOPATH" "$E" GO111MODULE=off GOPATH=rel/path -- fmt -- 'GOPATH entry is relative'
expect "inconsistent vendoring" "$W/app" GOFLAGS=-mod=vendor -- ./... -- 'inconsistent vendoring in ' \
	'example.com/dep@v1.2.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt'
expect "go.mod missing a requirement (go 1.17)" "$W/untidy" GOFLAGS= -- ./... -- \
	'updates to go.mod needed; to update it:'
expect "go.mod missing a requirement, -mod=readonly" "$W/untidy" GOFLAGS=-mod=readonly -- ./... -- \
	'updates to go.mod needed, disabled by -mod=readonly; to update it:'
mkdir -p "$W/ws" && printf 'go 1.19\nuse ./nomod\n' > "$W/ws/go.work"
expect "go.work: a module without go.mod" "$W/ws" -- fmt -- \
	'cannot load module nomod listed in go.work file: open nomod/go.mod: no such file or directory'
mkdir -p "$W/ws2" && printf 'go 1.19\nmodule x\n' > "$W/ws2/go.work"
expect "go.work: unknown directive" "$W/ws2" -- fmt -- 'go.work:2: unknown directive: module'
B=$W/badmod
expect "go.mod: unknown directive" "$B/unknown" -- . -- "$B/unknown/go.mod:5: unknown directive: foo"
expect "go.mod: bad version" "$B/version" -- . -- \
	"$B/version/go.mod:5: require example.com/y: version \"v1.2\" invalid: must be of the form v1.2.3"
expect "go.mod: unterminated block" "$B/block" -- . -- \
	"go.mod:5: syntax error (unterminated block started at $B/block/go.mod:3:1)"
expect "go.mod: no module line" "$B/nomodule" -- . -- 'no module declaration in go.mod'
expect "go.mod: /* comment" "$B/slashstar" -- . -- 'go.mod:1:22: mod files must use // comments (not /* */ comments)'
expect "go.mod: go version" "$B/goversion" -- . -- "go.mod:3: invalid go version '1.21.0': must match format 1.23"
expect "go.mod: replace" "$B/replace" -- . -- \
	'go.mod:3: replacement module without version must be directory path (rooted or starting with ./ or ../)'
expect "go.mod: unterminated string" "$B/quote" -- . -- 'go.mod:1:22: unexpected newline in string'
expect "go.mod: major version" "$B/major" -- . -- \
	'go.mod:3: require example.com/y/v2: version "v1.0.0" invalid: should be v2, not v1'
expect "go.mod: repeated module" "$B/repeated" -- . -- 'go.mod:2: repeated module statement'
expect "bad -mod" "$W/app" GOFLAGS=-mod=bogus -- . -- "-mod=bogus not supported"

# Headers in bulk: every prefix of a real header, and deterministic
# garbage. Any mix of errors is fine; a crash or a sanitizer report is not.
T=$E/trunc
mkdir -p "$T"
src=$GOROOT19/src/net/http/server.go
size=$(head -c 1400 "$src" | wc -c)
i=0
while [ $i -le "$size" ]; do
	mkdir -p "$T/t$i" && head -c $i "$src" > "$T/t$i/x.go"
	i=$((i + 7))
done
awk 'BEGIN {
	srand(42)
	words = "package main import ( ) \" ` /* */ // \n ; . _ x \\ +build go:build ! && || \t fmt \"os\" \xef\xbb\xbf \x00 \xff"
	n = split(words, w, " ")
	for (f = 0; f < 120; f++) {
		dir = sprintf("'"$T"'/g%d", f)
		system("mkdir -p " dir)
		out = dir "/x.go"
		s = (f % 3 == 0) ? "//go:build " : (f % 3 == 1 ? "package p\nimport " : "")
		for (k = 0; k < 40; k++) s = s w[int(rand() * n) + 1] (rand() < 0.3 ? "\n" : " ")
		printf "%s", s > out
		close(out)
	}
}'
for bin in "$LIST" "$LISTSAN"; do
	(cd "$E" && $bin ./trunc/...) > "$W/out" 2> "$W/err"
	rc=$?
	if [ $rc -gt 1 ] || grep -q -e 'AddressSanitizer' -e 'runtime error' -e 'internal error' "$W/err"; then
		bad "malformed headers ($(basename "${bin%% *}")): exit $rc: $(head -3 "$W/err")"
	else
		ok "malformed headers ($(basename "${bin%% *}")): $(ls "$T" | wc -l) packages, $(grep -c . "$W/err") error lines, no crash"
	fi
done

# go.mod and vendor/modules.txt files in bulk, from a fixed seed.
G=$W/garbage
awk 'BEGIN {
	srand(7)
	words = "module go require replace exclude retract ( ) [ ] , => // v1.2.3 v0.0.0-2019 v2.0.0+incompatible example.com/a example.com/a/v2 ./dir ../x 1.19 1.21.0 indirect \n \n \n # ## explicit ; \t"
	n = split(words, w, " ")
	nr = split("\" ` /* \xff", rare, " ")
	for (f = 0; f < 60; f++) {
		dir = sprintf("'"$G"'/m%d", f)
		system("mkdir -p " dir "/vendor")
		s = (f % 2 == 0) ? "module example.com/g\n" : ""
		for (k = 0; k < 30; k++) s = s (rand() < 0.03 ? rare[int(rand() * nr) + 1] : w[int(rand() * n) + 1]) (rand() < 0.25 ? "\n" : " ")
		printf "%s", s > (dir "/go.mod")
		close(dir "/go.mod")
		v = "# example.com/a v1.2.3\n"
		for (k = 0; k < 20; k++) v = v w[int(rand() * n) + 1] (rand() < 0.3 ? "\n" : " ")
		printf "%s", v > (dir "/vendor/modules.txt")
		close(dir "/vendor/modules.txt")
		printf "package g\n\nimport _ \"example.com/a\"\n" > (dir "/g.go")
		close(dir "/g.go")
	}
}'
crashes=0 runs=0
for d in "$G"/m*; do
	for bin in "$LIST" "$LISTSAN"; do
		for mode in "" "-mod=vendor"; do
			(cd "$d" && GOFLAGS=$mode $bin ./...) > "$W/out" 2> "$W/err"
			rc=$?
			runs=$((runs + 1))
			if [ $rc -gt 1 ] || grep -q -e 'AddressSanitizer' -e 'runtime error' -e 'internal error' "$W/err"; then
				crashes=$((crashes + 1))
				echo "  $d ($mode): exit $rc: $(head -2 "$W/err")"
			fi
		done
	done
done
if [ $crashes = 0 ]; then ok "malformed go.mod and modules.txt: $runs runs, no crash"; else bad "malformed go.mod: $crashes crashes"; fi

echo "loaderr: $pass passed, $fail failed"
[ $fail = 0 ]
