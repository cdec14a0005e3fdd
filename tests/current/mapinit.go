// Package-level maps: a literal of 20 nodes or more, without side effects,
// is initialised in a function of its own (map.init.N), analysed first.
package p

var small = map[string]int{"a": 1}

var F = func() *int { return new(int) }

var big = map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}

var big2 = map[string]*int{"a": new(int), "b": nil, "c": nil, "d": nil, "e": nil, "f": nil, "g": nil, "h": nil}

func G() *int { return new(int) }

var small2 = map[int]int{1: 2}
