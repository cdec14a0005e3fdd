#!/bin/sh
# Records gc's escape diagnostics for examples/ into examples/expected.txt:
# go build -gcflags='-m -l' with Go 1.19, one package at a time so the
# order is fixed. Run it after changing an example.
set -e
cd "$(dirname "$0")/../examples"
GO=${GO19:-/usr/lib/go-1.19/bin/go}
export GOFLAGS=-mod=mod GOPROXY=off GOCACHE="${GOCACHE:-$(pwd)/../build/gocache}"
"$GO" build -a -p 1 -gcflags='-m -l' ./... > expected.txt 2>&1
echo "recorded $(grep -vc '^#' expected.txt) diagnostics in examples/expected.txt"
