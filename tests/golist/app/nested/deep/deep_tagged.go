//go:build mytag && (linux || windows)

package deep

import "net"

var _ = net.Dial
