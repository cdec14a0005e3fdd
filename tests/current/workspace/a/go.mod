module example.com/a

go 1.24

toolchain go1.26.8

godebug (
	default=go1.21
	panicnil=1
)

godebug asynctimerchan=1
