#!/bin/sh
# gc's flags and the go command's habits. gc's flags as a user copies
# them: each accepted with gc's -m output
# (go tool compile, file by file, for Go 1.19, 1.26 and 1.27), a flag gc
# does not know refused in one line, a -d setting goescape cannot follow
# refused with the reason, and go build's -gcflags with per-package
# patterns (tests/current/modbuild and std, blocks compared sorted since
# go build prints packages as it finishes them), exit status included;
# -test against go test -c.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GE=$PWD/build/goescape
W=$PWD/build/gcflags
rm -rf "$W" && mkdir -p "$W"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

sort_blocks() {
	awk '/^# |^exit status /{ if (b != "") print b; b = $0; next } { b = b "\001" $0 } END { if (b != "") print b }' |
		LC_ALL=C sort | tr '\001' '\n'
}

cat > "$W/f.go" <<'EOF'
package p

import "unsafe"

var sink any

type T struct{ a, b int }

// f is dead (go1.23 on) unless -N or -d=nodeadlocals: then v moves to
// the heap and the literal is reported
func dead(p *int) {
	v := 1
	f := func() *int { sink = &v; return p }
	if false {
		sink = f
	}
}

func conv(p *T) uintptr {
	q := unsafe.Pointer(p) // escapes with -d=checkptr=2 or -asan
	return uintptr(q)
}

func big() {
	var buf [100 << 10]byte // too large for the stack with -smallframes
	sink = buf[0]
}

func leak(t *T) { sink = t }

func body()
EOF

# compile FLAGS...: gc and goescape on f.go, output and status
compile() {
	rel=$1
	shift
	eval "gocmd=\$GO$rel root=\$GOROOT$rel"
	label="go1.$rel $*"
	(cd "$W" && GOROOT=$root GOTOOLCHAIN=local "$gocmd" tool compile -p=p -o "$W/f.o" "$@" f.go 2>&1; echo "exit status $?") > "$W/want"
	(cd "$W" && GOROOT=$root "$GE" -p=p "$@" f.go 2>&1; echo "exit status $?") | grep -v '^goescape: warning: emulating' > "$W/got"
	if cmp -s "$W/want" "$W/got"; then
		ok "$label: $(wc -l < "$W/want") lines, identical"
	else
		bad "$label: differs from gc (- gc, + goescape):"
		diff "$W/want" "$W/got" | head -10
	fi
}

for rel in 19 26 27; do
	eval "gocmd=\$GO$rel"
	[ -n "$gocmd" ] || { bad "Go 1.$rel is not installed"; continue; }
	compile $rel -m -l
	compile $rel -m=2 -l -N
	compile $rel -m -l -N -d=panic
	compile $rel -m -l -d=checkptr=2
	compile $rel -m -l -asan
	compile $rel -m -l -race
	compile $rel -m -l -msan
	compile $rel -m -l -smallframes
	compile $rel -m -l -complete
	compile $rel -m -l -std -wb=false -dwarf=false -trimpath /x -o "$W/g.o" -buildid abc
	compile $rel -m -l -C -e -lang=go1.18
	compile $rel -m -l -d=ssa/check/on,disablenil
	compile $rel -l -m=1 -m
done
for rel in 26 27; do
	compile $rel -m -l -c 2 -d=nodeadlocals
	compile $rel -m=2 -l -d=nodeadlocals=1,checkptr=0
done

# refusals: one line, exit status 2 (with Go 1.26's flags)
refuse() {
	want=$1
	shift
	(cd "$W" && GOROOT=$GOROOT26 "$GE" "$@") > "$W/out" 2>&1
	rc=$?
	if [ $rc = 2 ] && [ "$(grep -vc '^goescape: warning: emulating' "$W/out")" -le 2 ] && grep -qF -- "$want" "$W/out"; then
		ok "refused: $* ($want)"
	else
		bad "refused: $*: exit status $rc: $(cat "$W/out")"
	fi
}
refuse "flag provided but not defined: -foo" -m -l -foo f.go
refuse "flag provided but not defined: -G=3" -m -l -G=3 f.go
refuse "unknown debug key nosuchkey" -m -l -d=nosuchkey f.go
refuse "changes what gc prints or decides" -m -l -d=escapedebug=1 f.go
refuse "changes what gc prints or decides" -m -l -d=zerocopy=0 f.go
refuse "SSA back end would print" -m -l -d=ssa/check_bce/debug=1 f.go
refuse "flag needs an argument: -o" -m -l f.go -o
refuse "-gcflags: flag provided but not defined: -bogus" -gcflags=-bogus f.go
refuse "beyond -m=2 is not reproduced" -m -m -m -l f.go
refuse "unterminated" "-gcflags=-m '-l" f.go
(cd "$W" && GOROOT=$GOROOT26 "$GE" -m -l -d=zerocopy=1 f.go) > /dev/null 2>&1 && ok "accepted: -d=zerocopy=1 (the default)" ||
	bad "-d=zerocopy=1 refused"

# go build -gcflags: patterns, the last match winning
build() {
	rel=$1 dir=$2
	shift 2
	eval "gocmd=\$GO$rel root=\$GOROOT$rel"
	(cd "$dir" && GOROOT=$root GOTOOLCHAIN=local GOFLAGS=-mod=mod "$gocmd" build -o /dev/null "$@" 2>&1; echo "exit status $?") |
		sort_blocks > "$W/want"
	(cd "$dir" && GOROOT=$root "$GE" "$@" 2>&1; echo "exit status $?") | grep -v '^goescape: warning: emulating' |
		sort_blocks > "$W/got"
	if cmp -s "$W/want" "$W/got"; then
		ok "go1.$rel build $*: $(wc -l < "$W/want") lines, identical"
	else
		bad "go1.$rel build $*: differs from go build (- go, + goescape):"
		diff "$W/want" "$W/got" | head -10
	fi
}
M=tests/current/modbuild
for rel in 26 27; do
	build $rel $M '-gcflags=-m -l' ./...
	build $rel $M -gcflags=example.com/modbuild/good=-m=2 -gcflags=-m -gcflags=-l ./good ./asm
	build $rel $M -gcflags=-m=2 -gcflags='example.com/modbuild/good=-m -l' -gcflags=all=-l ./good ./asm
	build $rel $M '-gcflags=./...=-m -l' ./dep ./good ./nobody
	build $rel $M '-gcflags=./go...=-m -l' ./good ./asm
	build $rel $M '-gcflags=./nobody=-m -l -N' ./nobody ./good
	build $rel $M '-gcflags=unicode/...=-m=2 -l' '-gcflags=-m -l' ./good ./usestd
	build $rel $M '-gcflags=internal/...=-m -l' '-gcflags=internal/runtime/...=-l' ./usestd
	build $rel $M '-gcflags=-m -l' ./dep
done
# -test: the packages' tests, as go test compiles them ("p [p.test]" and
# "p_test [p.test]"; the generated test main is not analysed)
testpkg() {
	rel=$1 dir=$2 pkg=$3
	eval "gocmd=\$GO$rel root=\$GOROOT$rel"
	(cd "$dir" && GOROOT=$root GOTOOLCHAIN=local GOFLAGS=-mod=mod "$gocmd" test -c -o /dev/null -gcflags='-m -l' "$pkg" 2>&1) |
		awk '/^# .*\.test$/ { skip = 1; next } /^# / { skip = 0 } !skip' > "$W/want"
	(cd "$dir" && GOROOT=$root "$GE" -m -l -test "$pkg" 2>&1) | grep -v '^goescape: warning: emulating' > "$W/got"
	if cmp -s "$W/want" "$W/got"; then
		ok "go1.$rel -test $pkg: $(wc -l < "$W/want") lines, identical"
	else
		bad "go1.$rel -test $pkg: differs from go test -c (- go, + goescape):"
		diff "$W/want" "$W/got" | head -10
	fi
}
for rel in 26 27; do
	testpkg $rel $M ./withtests
done
for rel in 19 26 27; do
	for pkg in strings container/list context flag errors; do
		testpkg $rel . $pkg
	done
done
# (Go 1.19's testing imports sort, so go test compiled the plain package
# too, with the flags, and printed it: not reproduced)
for rel in 26 27; do
	testpkg $rel . sort
done

echo "gcflags: $pass passed, $fail failed"
[ "$fail" = 0 ]
