# Sourced by test scripts (from the repository's root): the Go 1.19
# toolchain used as the reference.
GO19=/usr/lib/go-1.19/bin/go
[ -x "$GO19" ] || GO19=$(command -v go)
GOROOT19=$(GOROOT= "$GO19" env GOROOT)
# The current releases, where present: Go 1.26 as installed, Go 1.27 from
# the module cache (GOTOOLCHAIN fetches it once; tools/deps.sh does).
GO26=/usr/local/go/bin/go
if [ -x "$GO26" ] && GOROOT= GOTOOLCHAIN=local "$GO26" version 2>/dev/null | grep -q ' go1\.26'; then
	GOROOT26=$(GOROOT= GOTOOLCHAIN=local "$GO26" env GOROOT)
	GOROOT27=$(cd / && env -u GOSUMDB -u GOPROXY GOROOT= GOTOOLCHAIN=go1.27.3 GOFLAGS= "$GO26" env GOROOT 2>/dev/null) || GOROOT27=
	case $GOROOT27 in *go1.27*) GO27=$GOROOT27/bin/go ;; *) GOROOT27= GO27= ;; esac
else
	GO26= GOROOT26= GO27= GOROOT27=
fi
export GO26 GOROOT26 GO27 GOROOT27
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
