#!/bin/sh
# Writes the module cache's download records (path/@v/version.mod and
# .ziphash) for every module directory in tests/golist/modcache, and
# prints the go.sum lines for them (copy the ones a module needs into its
# go.sum). The go command checks these; goescape does not.
#
#   sh tests/golist/modcache-sums.sh
cd "$(dirname "$0")/modcache" || exit 1
# h1: the hash of a sorted list of "sha256  name" lines
h1() {
	sort | while IFS='	' read -r name file; do
		printf '%s  %s\n' "$(sha256sum < "$file" | cut -d' ' -f1)" "$name"
	done | sha256sum | cut -d' ' -f1 | xxd -r -p | base64
}
# the module path from the cache's escaped spelling (!x is X)
unescape() { printf '%s' "$1" | sed 's/!\([a-z]\)/\U\1/g'; }
find . -name go.mod -path '*@*' | sed 's|^\./||; s|/go.mod$||' | grep -v '^cache/' | sort | while read -r dir; do
	esc=${dir%@*} ver=${dir##*@}
	path=$(unescape "$esc")
	dl="cache/download/$esc/@v"
	mkdir -p "$dl"
	cp "$dir/go.mod" "$dl/$ver.mod"
	zh="h1:$( (cd "$dir" && find . -type f | sed 's|^\./||' | while read -r f; do
		printf '%s@%s/%s\t%s\n' "$path" "$ver" "$f" "$f"; done) | (cd "$dir" && h1))"
	printf '%s' "$zh" > "$dl/$ver.ziphash"
	echo "$path $ver $zh"
	echo "$path $ver/go.mod h1:$(printf 'go.mod\t%s\n' "$dl/$ver.mod" | h1)"
done
