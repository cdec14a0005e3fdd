// //go:debug lines before the package clause, checked by the go
// command (go1.21 on): each names a known setting, once.

//go:debug panicnil=1
//go:debug bogus=1
//go:debug panicnil=0
//go:debug x509sha1=1
//go:debug default=go1.99
//go:debug default=go1.26.99
//go:debug nokv
//go:debug asynctimerchan=1
//go:debug tlskyber=1

package main

func main() {}
