//go:build linux
//go:build !windows

package badcons2
