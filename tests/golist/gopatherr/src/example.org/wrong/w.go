package wrong // import "example.org/elsewhere"
