// +build ignore

package onlyignored
