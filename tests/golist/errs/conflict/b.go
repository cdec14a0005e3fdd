// Package b is not a.
package b
