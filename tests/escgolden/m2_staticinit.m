m2_staticinit.go:9:18: make(map[string]int) escapes to heap
m2_staticinit.go:9:44: make(map[int]string) escapes to heap
m2_staticinit.go:11:19: make(map[string]int) escapes to heap
m2_staticinit.go:15:20: new(term) escapes to heap
m2_staticinit.go:15:36: new(term) escapes to heap
m2_staticinit.go:17:24: new(term) escapes to heap
