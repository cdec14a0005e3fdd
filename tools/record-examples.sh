#!/bin/sh
# Records gc's escape diagnostics for examples/ into examples/expected.txt
# (Go 1.19) and examples/expected-go1.26.txt (Go 1.26): go build
# -gcflags='-m -l', one package at a time so the order is fixed. Run it
# after changing an example.
set -e
cd "$(dirname "$0")/../examples"
GO=${GO19:-/usr/lib/go-1.19/bin/go}
export GOFLAGS=-mod=mod GOPROXY=off GOCACHE="${GOCACHE:-$(pwd)/../build/gocache}"
GOROOT=$("$GO" env GOROOT) "$GO" build -a -p 1 -gcflags='-m -l' ./... > expected.txt 2>&1
echo "recorded $(grep -vc '^#' expected.txt) diagnostics in examples/expected.txt"
GO26=${GO26:-/usr/local/go/bin/go}
GOROOT=$(GOROOT= GOTOOLCHAIN=local "$GO26" env GOROOT) GOTOOLCHAIN=local "$GO26" build -a -p 1 -gcflags='-m -l' ./... > expected-go1.26.txt 2>&1
echo "recorded $(grep -vc '^#' expected-go1.26.txt) diagnostics in examples/expected-go1.26.txt"
