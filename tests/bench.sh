#!/bin/sh
# Speed and memory figures, one labelled line each (make bench).
cd "$(dirname "$0")/.." || exit 1
. tests/env.sh
GE=${GOESCAPE:-build/goescape}

# ms CMD...: the best wall-clock time of 5 runs, in milliseconds
ms() {
	best=""
	for _ in 1 2 3 4 5; do
		t0=$(date +%s%N)
		"$@" > /dev/null 2>&1
		t1=$(date +%s%N)
		t=$(((t1 - t0) / 1000000))
		if [ -z "$best" ] || [ $t -lt "$best" ]; then best=$t; fi
	done
	echo "$best"
}

# kb CMD...: peak resident memory in KiB
kb() {
	/usr/bin/time -f %M "$@" 2>&1 > /dev/null | tail -1
}

# Loading std: directory scans, file headers, import resolution, order.
n=$("$GE" -list std 2>/dev/null | grep -c '^ImportPath ')
echo "load std (goescape -list std, $n packages): $(ms "$GE" -list std) ms, $(kb "$GE" -list std) KiB peak"
echo "load std, for comparison (go list -deps std): $(ms "$GO19" list -deps std) ms"
