m2_algfuncs.go:59:7: t does not escape
