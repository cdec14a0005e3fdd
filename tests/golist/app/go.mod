// The main module of the loader tests: requirements from the module
// cache, a local replacement, a module@version replacement.
module example.com/app

go 1.19

require (
	example.com/dep v1.2.0
	example.com/lib v0.0.0-00010101000000-000000000000
	example.com/other v1.0.0
	github.com/Upper/Case v1.0.0 // indirect
)

replace example.com/lib => ../lib

replace example.com/other v1.0.0 => example.com/fork v1.1.0

exclude example.com/dep v1.1.0

retract [v0.1.0, v0.2.0] // never published
