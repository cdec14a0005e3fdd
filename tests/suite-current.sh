#!/bin/sh
# The current releases' own changes, file by file (tests/current/*.go:
# min, max, clear, the go1.20 unsafe functions, slice to array
# conversions, range over integers, per-iteration loop variables,
# constant static values in conversions and makes, non-constant makes,
# append's backing store, closures that capture nothing, dead locals,
# numbered parameters, shapes inside shapes, the order of init, switch
# comparisons, range over functions, per-iteration loop variables that
# closures keep): goescape -m -l against go tool compile -m -l
# of Go 1.26 and of Go 1.27, byte for byte.
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GE=$PWD/build/goescape
W=$PWD/build/current
rm -rf "$W" && mkdir -p "$W"
pass=0 fail=0
# the "# pkg" blocks of go build's output in sorted order, each kept whole
sort_blocks() {
	awk '/^# |^exit status /{ if (b != "") print b; b = $0; next } { b = b "\001" $0 } END { if (b != "") print b }' |
		LC_ALL=C sort | tr '\001' '\n'
}
for rel in 26 27; do
	eval "gocmd=\$GO$rel root=\$GOROOT$rel"
	if [ -z "$gocmd" ]; then
		echo "FAIL Go 1.$rel is not installed"
		fail=$((fail + 1))
		continue
	fi
	for f in tests/current/*.go; do
		b=${f##*/}
		(cd tests/current && GOROOT=$root GOTOOLCHAIN=local "$gocmd" tool compile -p=p -o "$W/$b.o" -m -l "$b") > "$W/$b.$rel.want" 2>&1
		(cd tests/current && GOROOT=$root "$GE" -m -l "$b") 2>&1 | grep -v '^goescape: warning: emulating' > "$W/$b.$rel.got"
		if cmp -s "$W/$b.$rel.want" "$W/$b.$rel.got"; then
			pass=$((pass + 1))
			echo "ok   go1.$rel $b: $(wc -l < "$W/$b.$rel.want") lines, identical"
		else
			fail=$((fail + 1))
			echo "FAIL go1.$rel $b: differs from gc (- gc, + goescape):"
			diff "$W/$b.$rel.want" "$W/$b.$rel.got" | head -10
		fi
		# -m=2, where its explanations are known to match
		grep -qx "$b" tests/current-m2-differ.txt && continue
		(cd tests/current && GOROOT=$root GOTOOLCHAIN=local "$gocmd" tool compile -p=p -o "$W/$b.o" -m=2 -l "$b") > "$W/$b.$rel.want2" 2>&1
		(cd tests/current && GOROOT=$root "$GE" -m=2 -l "$b") 2>&1 | grep -v '^goescape: warning: emulating' > "$W/$b.$rel.got2"
		if cmp -s "$W/$b.$rel.want2" "$W/$b.$rel.got2"; then
			pass=$((pass + 1))
			echo "ok   go1.$rel $b -m=2: $(wc -l < "$W/$b.$rel.want2") lines, identical"
		else
			fail=$((fail + 1))
			echo "FAIL go1.$rel $b -m=2: differs from gc (- gc, + goescape):"
			diff "$W/$b.$rel.want2" "$W/$b.$rel.got2" | head -10
		fi
	done
	# modules, as go build sees them (their go.mod decides the language)
	# (every package of the module, as go build ./... builds them: its
	# packages in whatever order it finishes them, so blocks compared
	# sorted; and its exit status)
	for d in tests/current/*/; do
		b=$(basename "$d")
		# (a workspace takes no -mod=mod)
		flags=-mod=mod
		[ -f "$d/go.work" ] && flags=
		(cd "$d" && GOROOT=$root GOTOOLCHAIN=local GOFLAGS=$flags "$gocmd" build -o /dev/null -gcflags='-m -l' ./... 2>&1; echo "exit status $?") |
			sort_blocks > "$W/$b.$rel.want"
		(cd "$d" && GOROOT=$root "$GE" -m -l ./... 2>&1; echo "exit status $?") | grep -v '^goescape: warning: emulating' |
			sort_blocks > "$W/$b.$rel.got"
		if cmp -s "$W/$b.$rel.want" "$W/$b.$rel.got"; then
			pass=$((pass + 1))
			echo "ok   go1.$rel $b/: $(wc -l < "$W/$b.$rel.want") lines, identical"
		else
			fail=$((fail + 1))
			echo "FAIL go1.$rel $b/: differs from gc (- gc, + goescape):"
			diff "$W/$b.$rel.want" "$W/$b.$rel.got" | head -10
		fi
	done
done
echo "current: $pass passed, $fail failed"
[ "$fail" = 0 ]
