#!/bin/sh
# layers.sh [SRCDIR]: checks that the sources keep their layers.
#
# The layers, lowest first, are the folders of src/ (README: Design).
# A file may include the headers of its own folder by their bare names,
# and the interface header of a lower layer as "layer/layer.h"; never a
# higher layer's header and never another layer's private headers. Each
# layer has its interface header, which opens with a comment saying
# what the layer owns, what it needs and what it gives. Prints one line
# per violation and exits 1 when there is any.
src=${1:-src}
LAYERS="base syntax load types rangefunc ir inline devirt escape report driver"
bad=0
complain() { echo "$1"; bad=1; }
level() {
	i=0
	for l in $LAYERS; do
		[ "$l" = "$1" ] && { echo $i; return; }
		i=$((i + 1))
	done
	echo -1
}
for f in "$src"/*.c "$src"/*.h; do
	[ -e "$f" ] && complain "$f: outside every layer (move it into the folder of its layer)"
done
for d in "$src"/*/; do
	d=${d%/}
	layer=${d##*/}
	me=$(level "$layer")
	if [ "$me" = -1 ]; then
		complain "$d: not a layer (layers: $LAYERS)"
		continue
	fi
	iface=$d/$layer.h
	if [ ! -f "$iface" ]; then
		complain "$iface: missing (each layer has its interface header)"
	else
		for word in Owns: Needs: Gives:; do
			sed -n '1,/\*\//p' "$iface" | grep -q "$word" ||
				complain "$iface: its opening comment does not say \"$word\""
		done
	fi
	for f in "$d"/*.c "$d"/*.h; do
		[ -e "$f" ] || continue
		grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" |
		sed 's/^\([0-9]*\):.*include[[:space:]]*"\([^"]*\)".*/\1 \2/' |
		while read -r line inc; do
			case $inc in
			*/*)
				to=${inc%%/*}
				them=$(level "$to")
				if [ "$them" = -1 ]; then
					echo "$f:$line: includes \"$inc\", which is in no layer"
				elif [ "$them" -gt "$me" ]; then
					echo "$f:$line: includes \"$inc\": $layer may not include $to, a higher layer"
				elif [ "$to" = "$layer" ]; then
					echo "$f:$line: includes \"$inc\": name a header of its own folder without the folder"
				elif [ "$inc" != "$to/$to.h" ]; then
					echo "$f:$line: includes \"$inc\": from $to, include only its interface header $to/$to.h"
				elif [ ! -f "$src/$inc" ]; then
					echo "$f:$line: includes \"$inc\", which does not exist"
				fi
				;;
			*)
				[ -f "$d/$inc" ] || echo "$f:$line: includes \"$inc\", which is not in $d"
				;;
			esac
		done > "${TMPDIR:-/tmp}/layers.$$"
		if [ -s "${TMPDIR:-/tmp}/layers.$$" ]; then
			cat "${TMPDIR:-/tmp}/layers.$$"
			bad=1
		fi
		rm -f "${TMPDIR:-/tmp}/layers.$$"
	done
done
exit $bad
