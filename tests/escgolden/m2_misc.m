m2_misc.go:13:7: u does not escape
m2_misc.go:13:17: a does not escape
m2_misc.go:17:8: leaking param: u
m2_misc.go:27:8: func literal does not escape
m2_misc.go:56:7: tr does not escape
m2_misc.go:61:9: "output must be *taskResult" escapes to heap
m2_misc.go:67:8: &taskResult{...} does not escape
m2_misc.go:67:20: &taskDefinition{} does not escape
