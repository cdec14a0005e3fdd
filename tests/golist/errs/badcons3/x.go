// Copyright notice.

//go:build (linux || darwin

package badcons3
