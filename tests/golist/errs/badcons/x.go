//go:build linux &&

package badcons
