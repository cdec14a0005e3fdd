package two // import "example.org/two"
