# Sourced by test scripts: the Go 1.19 toolchain used as the reference.
GO19=/usr/lib/go-1.19/bin/go
[ -x "$GO19" ] || GO19=$(command -v go)
GOROOT19=$("$GO19" env GOROOT)
export GO19 GOROOT19
export GOFLAGS=-mod=mod GOTOOLCHAIN=local GOPROXY=off GOSUMDB=off
: "${GOCACHE:=$PWD/build/gocache}"
export GOCACHE
mkdir -p build
