#!/bin/sh
# The package loader against `go list -deps`: for each configuration, the
# same packages in the same order, with the same directories, names,
# GoFiles, CgoFiles, IgnoredGoFiles, test files, modules and Imports
# (the block in tests/golist/list.tmpl). Covers std for several targets,
# cmd, a module with requirements from a module cache, a local and a
# module@version replacement, build-tagged files and nested packages
# (tests/golist/app), a vendored module (tests/golist/vend), GOPATH mode
# with two entries and vendor directories (tests/golist/gopath*), and
# command-line files. LOAD_ALL_TARGETS=1 adds std for every target.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
. tests/golist/lib.sh

# check LABEL DIR [VAR=value...] -- ARGS...
check() {
	label=$1 dir=$2
	shift 2
	vars=""
	while [ "$1" != "--" ]; do vars="$vars $1"; shift; done
	shift
	# shellcheck disable=SC2086
	(cd "$dir" && env $vars "${GOL:-$GO19}" list -deps -f "$TMPL" "$@") > "$W/go.out" 2> "$W/go.err"
	gorc=$?
	# shellcheck disable=SC2086
	(cd "$dir" && env $vars $LIST "$@") > "$W/ge.out" 2> "$W/ge.err"
	gerc=$?
	n=$(grep -c '^ImportPath ' "$W/go.out")
	if [ $gorc != 0 ]; then
		bad "$label: go list failed: $(head -3 "$W/go.err")"
	elif [ $gerc != 0 ]; then
		bad "$label: goescape exited $gerc: $(head -3 "$W/ge.err")"
	elif ! cmp -s "$W/go.out" "$W/ge.out"; then
		bad "$label: $n packages from go list, $(grep -c '^ImportPath ' "$W/ge.out") from goescape, differing:"
		diff "$W/go.out" "$W/ge.out" | head -20
	else
		ok "$label: $n packages identical"
	fi
}

R=$PWD
APP=$W/app
check "std $(env -u GOOS -u GOARCH "$GO19" env GOOS)/$(env -u GOOS -u GOARCH "$GO19" env GOARCH) (host)" "$R" -- std
check "std windows/386" "$R" GOOS=windows GOARCH=386 -- std
check "std darwin/arm64" "$R" GOOS=darwin GOARCH=arm64 -- std
check "std CGO_ENABLED=0" "$R" CGO_ENABLED=0 -- std
check "std -tags=netgo,osusergo,math_big_pure_go" "$R" -- -tags=netgo,osusergo,math_big_pure_go std
check "std js/wasm" "$R" GOOS=js GOARCH=wasm -- std
check "std plan9/amd64" "$R" GOOS=plan9 GOARCH=amd64 -- std
check "std linux/arm" "$R" GOOS=linux GOARCH=arm -- std
check "std ios/arm64 cgo" "$R" GOOS=ios GOARCH=arm64 CGO_ENABLED=1 -- std
check "std GOEXPERIMENT=boringcrypto" "$R" GOEXPERIMENT=boringcrypto -- std
check "std GOROOT set, GOPATH mode" "$R" GOROOT="$GOROOT19" GO111MODULE=off -- std
check "cmd" "$R" -- cmd
# the current releases' std, each with its own go command
for rel in 26 27; do
	eval "GOL=\$GO$rel gr=\$GOROOT$rel"
	if [ -n "$GOL" ]; then
		check "std, Go 1.$rel" "$R" GOROOT="$gr" -- std
		check "std windows/arm64, Go 1.$rel" "$R" GOROOT="$gr" GOOS=windows GOARCH=arm64 -- std
		check "std wasip1/wasm, Go 1.$rel" "$R" GOROOT="$gr" GOOS=wasip1 GOARCH=wasm -- std
	else
		bad "std, Go 1.$rel: not installed"
	fi
	GOL=
done
check "packages and ... patterns" "$R" -- fmt net/http 'cmd/vet/...' 'runtime/...'
# inside GOROOT/src the std and cmd modules are the main modules (vendored)
check "in GOROOT/src/net: ./..." "$GOROOT19/src/net" GOFLAGS= -- ./...
check "in GOROOT/src/cmd: all" "$GOROOT19/src/cmd" GOFLAGS= -- all

check "module ./..." "$APP" -- ./...
check "module ./... CGO_ENABLED=0" "$APP" CGO_ENABLED=0 -- ./...
check "module ./... windows/amd64" "$APP" GOOS=windows GOARCH=amd64 -- ./...
check "module ./... darwin/arm64" "$APP" GOOS=darwin GOARCH=arm64 -- ./...
check "module ./... plan9/386" "$APP" GOOS=plan9 GOARCH=386 -- ./...
check "module ./... -tags=mytag" "$APP" -- -tags=mytag ./...
check "module ./... -mod=readonly" "$APP" GOFLAGS=-mod=readonly -- ./...
check "module . and import paths" "$APP" -- . example.com/app/... example.com/dep/... ./nested/deep
check "module all (with test imports)" "$APP" GOFLAGS= -- all
check "module all, vendored" "$W/vend" GOFLAGS= -- all
check "module command-line files" "$APP" -- main.go x_windows.go linux_nocgo.go
check "module from a subdirectory" "$APP/nested" -- ./... ../internal/util
check "module graph (go 1.16 module)" "$W/old" GOFLAGS= -- ./... 'example.com/...'
check "vendor (default for go 1.14+)" "$W/vend" GOFLAGS= -- ./...
check "vendor -mod=vendor, windows" "$W/vend" GOFLAGS=-mod=vendor GOOS=windows -- ./... example.com/dep/sub
check "vendor ignored with -mod=mod" "$W/vend" GOFLAGS=-mod=mod -- ./...

GP="GO111MODULE=off GOPATH=$GOPATHS"
# shellcheck disable=SC2086
check "GOPATH ./... (vendor, two entries)" "$W/gopath/src/example.org/hello" $GP -- ./...
# shellcheck disable=SC2086
check "GOPATH import paths, windows" "$W/gopath/src/example.org/hello" $GP GOOS=windows -- example.org/... std
# shellcheck disable=SC2086
check "GOPATH all" "$W" $GP -- all
# shellcheck disable=SC2086
check "GOPATH local imports" "$W" $GP -- ./localpkg
# shellcheck disable=SC2086
check "GOPATH command-line files" "$W" $GP -- gopath/src/example.org/hello/main.go

# Every target Go 1.19 knows (go tool dist list), when asked for: slow.
if [ -n "$LOAD_ALL_TARGETS" ]; then
	for t in $("$GO19" tool dist list); do
		check "std $t" "$R" GOOS="${t%/*}" GOARCH="${t#*/}" -- std
	done
fi

# The same through goescape's own command line, when it is built.
if [ -x build/goescape ] && build/goescape -list unsafe >/dev/null 2>&1; then
	LIST="$PWD/build/goescape -list"
	check "goescape -list std (the CLI)" "$R" -- std
fi

echo "load: $pass passed, $fail failed"
[ $fail = 0 ]
