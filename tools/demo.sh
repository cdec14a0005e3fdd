#!/bin/sh
# make demo: goescape on the bundled examples, with the Go installed on
# this machine (go env GOROOT), next to what that release's gc says; then
# the same with Go 1.19, goescape's other reference.
cd "$(dirname "$0")/.." || exit 1
root=$(pwd)
go19=/usr/lib/go-1.19
if [ -x build/escf1 ] || { [ -x "$go19/bin/go" ] &&
	GOROOT=$go19 GO111MODULE=off "$go19/bin/go" build -o build/escf1 ./tests/escf1 2>/dev/null; }; then
	have_f1=1
fi
status=0
# run LABEL GOROOT(empty: the machine's) EXPECTED
run() {
	out=build/demo-$1.txt
	echo "== goescape -m -l ./...   (in examples/, $1)"
	(cd examples && if [ -n "$2" ]; then GOROOT=$2 "$root/build/goescape" -m -l ./...; else
		env -u GOROOT "$root/build/goescape" -m -l ./...; fi) > "$out" 2>&1 || status=1
	cat "$out"
	if [ -n "$have_f1" ] && [ -f "$3" ]; then
		echo "== compared with gc ($3): lines in gc's, in goescape's, in both; precision, recall, F1"
		grep -v '^goescape: warning' "$out" > "$out.clean"
		build/escf1 "$3" "$out.clean" | tail -1
	fi
	echo
}
v=$(env -u GOROOT build/goescape -V 2>/dev/null | sed -n 's/.*emulating gc \(go1\.[0-9]*\).*/\1/p')
case $v in
go1.26) run "$v, the Go on this machine" "" examples/expected-go1.26.txt ;;
go1.19) ;;
*) run "${v:-the Go on this machine}" "" "" ;;
esac
[ -x "$go19/bin/go" ] && run go1.19 "$go19" examples/expected.txt
exit $status
