#!/bin/sh
# Installs the Debian packages goescape needs to build and test, when
# they are missing, and those named as arguments (make test and make
# fuzz add clang, for the libFuzzer target). Runs apt-get as root, or
# through sudo when present.
set -e

# Go 1.27 comes from the module proxy, through the Go 1.26 installed at
# /usr/local/go (GOTOOLCHAIN downloads it into the module cache once).
go126=/usr/local/go/bin/go
if [ -x "$go126" ] && ! (cd / && env -u GOSUMDB -u GOPROXY GOROOT= GOTOOLCHAIN=go1.27.3 GOFLAGS= "$go126" env GOROOT 2>/dev/null | grep -q go1.27.3); then
	echo "fetching go1.27.3 (GOTOOLCHAIN)"
	(cd / && env -u GOSUMDB -u GOPROXY GOROOT= GOTOOLCHAIN=go1.27.3 GOFLAGS= "$go126" version) || echo "warning: could not fetch go1.27.3" >&2
fi

# The third-party modules of tests/modules (tests/suite-escape-modules.sh),
# pinned in its go.sum, into the module cache from the module proxy.
if [ -x "$go126" ] && [ -f tests/modules/go.mod ] &&
	! (cd tests/modules && GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local GOROOT= "$go126" list -deps ./... >/dev/null 2>&1); then
	echo "downloading the modules of tests/modules"
	(cd tests/modules && env -u GOSUMDB -u GOPROXY GOFLAGS=-mod=mod GOTOOLCHAIN=local GOROOT= "$go126" mod download) ||
		echo "warning: could not download the modules of tests/modules" >&2
fi

need=""
for p in "$@" gcc make time xz-utils libgmp-dev libmpfr-dev golang-1.19-go golang-1.19-src \
	golang-github-russross-blackfriday-v2-dev golang-github-pkg-errors-dev golang-github-google-go-cmp-dev \
	golang-github-spf13-pflag-dev golang-github-burntsushi-toml-dev golang-gopkg-yaml.v3-dev golang-github-gorilla-mux-dev; do
	dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
[ -z "$need" ] && exit 0
echo "installing:$need"
if [ "$(id -u)" = 0 ]; then
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
elif command -v sudo >/dev/null 2>&1; then
	sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
else
	echo "goescape needs these Debian packages:$need" >&2
	echo "install them as root: apt-get install$need" >&2
	exit 1
fi
