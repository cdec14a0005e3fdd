#!/bin/sh
# Which release goescape emulates: GOROOT's VERSION file (or, for a tree
# built from source, internal/goversion), or -release; releases other
# than go1.19, go1.26 and go1.27 are refused with a clear error. Also the
# command line's habits that go with it: -V, one line for an unknown
# flag, "." when no package is named.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GE=$PWD/build/goescape
W=build/release
rm -rf "$W" && mkdir -p "$W"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

# expect LABEL STATUS PATTERN CMD...: CMD exits STATUS and its output
# (stdout and stderr) has a line matching PATTERN.
expect() {
	label=$1 status=$2 pat=$3
	shift 3
	"$@" > "$W/out" 2>&1
	rc=$?
	if [ "$rc" != "$status" ]; then
		bad "$label: exit $rc, want $status: $(head -2 "$W/out")"
	elif ! grep -q -- "$pat" "$W/out"; then
		bad "$label: no line matching '$pat' in: $(head -3 "$W/out")"
	else
		ok "$label"
	fi
}

expect "GOROOT 1.19: -V" 0 "emulating gc go1.19 (GOROOT $GOROOT19)" env GOROOT="$GOROOT19" "$GE" -V
if [ -n "$GOROOT26" ]; then
	expect "GOROOT 1.26: -V" 0 "emulating gc go1.26 (GOROOT $GOROOT26)" env GOROOT="$GOROOT26" "$GE" -V
	expect "GOROOT unset, go 1.26 on PATH" 0 "emulating gc go1.26" env -u GOROOT PATH="$(dirname "$GO26"):$PATH" "$GE" -version
else
	bad "Go 1.26 is not installed at /usr/local/go"
fi
if [ -n "$GOROOT27" ]; then
	expect "GOROOT 1.27: -V" 0 "emulating gc go1.27" env GOROOT="$GOROOT27" "$GE" -V
else
	bad "Go 1.27.3 is not in the module cache (GOTOOLCHAIN=go1.27.3 go version fetches it)"
fi

# fake installations: only what goescape reads to tell the release
fake() {
	mkdir -p "$W/$1/src/runtime" "$W/$1/src/internal/goversion"
	[ -n "$2" ] && printf '%s\ntime 2026-01-01T00:00:00Z\n' "$2" > "$W/$1/VERSION"
	[ -n "$3" ] && printf 'package goversion\n\nconst Version = %s\n' "$3" > "$W/$1/src/internal/goversion/goversion.go"
	echo "$PWD/$W/$1"
}
expect "go1.22.4 refused" 1 "GOROOT .* is go1.22.4: goescape emulates gc go1.19, go1.26 and go1.27" \
	env GOROOT="$(fake g122 go1.22.4 22)" "$GE" -m ./x
expect "go1.27rc1 is go1.27" 0 "emulating gc go1.27" env GOROOT="$(fake g127rc go1.27rc1 27)" "$GE" -V
expect "no VERSION: internal/goversion" 0 "emulating gc go1.26" env GOROOT="$(fake g126src '' 26)" "$GE" -V
expect "devel VERSION: internal/goversion" 0 "emulating gc go1.27" env GOROOT="$(fake gdevel 'devel go1.28-abc' 27)" "$GE" -V
expect "neither: an error naming -release" 1 "name it with -release=go1.N" env GOROOT="$(fake gnone '' '')" "$GE" -V
expect "-release wins, with a warning" 0 "GOROOT .* is go1.19.*, not go1.26 (-release)" \
	env GOROOT="$GOROOT19" "$GE" -release=go1.26 -V
expect "-release=go1.26 is emulated" 0 "emulating gc go1.26" env GOROOT="$GOROOT19" "$GE" -release=1.26 -V
expect "-release=go1.20 refused" 2 "goescape emulates gc go1.19, go1.26 and go1.27" "$GE" -release=go1.20 -V
expect "-release=banana refused" 2 "-release=banana: goescape emulates" "$GE" -release=banana -V

# an unknown flag: one line, naming it
"$GE" -frobnicate > "$W/out" 2>&1
rc=$?
if [ $rc = 2 ] && [ "$(wc -l < "$W/out")" = 1 ] && grep -q -- "-frobnicate" "$W/out"; then
	ok "unknown flag: one line"
else
	bad "unknown flag: exit $rc, $(wc -l < "$W/out") lines"
fi

# no package named: the one in the current directory
(cd examples/channels && "$GE" -m -l) > "$W/none" 2>&1
(cd examples/channels && "$GE" -m -l .) > "$W/dot" 2>&1
if [ -s "$W/dot" ] && cmp -s "$W/none" "$W/dot"; then ok "no package: ."; else bad "no package: differs from ."; fi

# build tags go1.N follow the release: under go1.19, go1.26's tags are false
mkdir -p "$W/tags" && cd "$W/tags" || exit 1
printf 'module example.com/tags\n\ngo 1.19\n' > go.mod
printf 'package tags\n' > a.go
printf '//go:build go1.26\n\npackage tags\n' > b.go
printf '//go:build !go1.20\n\npackage tags\n' > c.go
got=$("$GE" -list . 2>&1 | grep '^GoFiles')
[ "$got" = "GoFiles a.go c.go" ] && ok "go1.19: go1.26 tag false" || bad "go1.19: $got"
if [ -n "$GOROOT26" ]; then
	got=$(GOROOT="$GOROOT26" "$GE" -list . 2>&1 | grep '^GoFiles')
	[ "$got" = "GoFiles a.go b.go" ] && ok "go1.26: go1.26 tag true" || bad "go1.26: $got"
fi
cd - > /dev/null || exit 1

echo "release: $pass passed, $fail failed"
[ "$fail" = 0 ]
