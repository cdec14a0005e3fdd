# Sourced by test scripts (from the repository's root): the Go 1.19
# toolchain used as the reference.
GO19=/usr/lib/go-1.19/bin/go
[ -x "$GO19" ] || GO19=$(command -v go)
GOROOT19=$(GOROOT= "$GO19" env GOROOT)
# goescape emulates Go 1.19: it takes the GOROOT named here, and a go
# command found on PATH is 1.19's too.
GOROOT=$GOROOT19
PATH=$GOROOT19/bin:$PATH
export GO19 GOROOT19 GOROOT PATH
export GOFLAGS=-mod=mod GOTOOLCHAIN=local GOPROXY=off GOSUMDB=off
if [ -f "$PWD/Makefile" ] && [ -d "$PWD/src" ]; then
	: "${GOCACHE:=$PWD/build/gocache}"
	mkdir -p "$PWD/build"
else
	: "${GOCACHE:=${TMPDIR:-/tmp}/goescape-gocache}"
fi
export GOCACHE
