module example.com/vend

go 1.19

require (
	example.com/dep v1.2.0
	example.com/lib v0.0.0-00010101000000-000000000000
)

replace example.com/lib => ../lib
