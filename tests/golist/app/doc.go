// Package documentation files are not part of any build.
package documentation
