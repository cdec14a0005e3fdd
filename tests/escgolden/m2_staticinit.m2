m2_staticinit.go:9:18: make(map[string]int) escapes to heap:
m2_staticinit.go:9:18:   flow: {heap} = &{storage for make(map[string]int)}:
m2_staticinit.go:9:18:     from make(map[string]int) (spill) at m2_staticinit.go:9:18
m2_staticinit.go:9:18:     from (map[string]int)(p.Z@8) = make(map[string]int) (assign) at m2_staticinit.go:9:18
m2_staticinit.go:9:44: make(map[int]string) escapes to heap:
m2_staticinit.go:9:44:   flow: {heap} = &{storage for make(map[int]string)}:
m2_staticinit.go:9:44:     from make(map[int]string) (spill) at m2_staticinit.go:9:44
m2_staticinit.go:9:44:     from (map[int]string)(p.Z@16) = make(map[int]string) (assign) at m2_staticinit.go:9:44
m2_staticinit.go:11:19: make(map[string]int) escapes to heap:
m2_staticinit.go:11:19:   flow: {heap} = &{storage for make(map[string]int)}:
m2_staticinit.go:11:19:     from make(map[string]int) (spill) at m2_staticinit.go:11:19
m2_staticinit.go:11:19:     from (map[string]int)(p..stmp_0@8) = make(map[string]int) (assign) at m2_staticinit.go:11:19
m2_staticinit.go:15:20: new(term) escapes to heap:
m2_staticinit.go:15:20:   flow: {heap} = &{storage for new(term)}:
m2_staticinit.go:15:20:     from new(term) (spill) at m2_staticinit.go:15:20
m2_staticinit.go:15:20:     from (*term)(p..stmp_1@0) = new(term) (assign) at m2_staticinit.go:15:20
m2_staticinit.go:15:36: new(term) escapes to heap:
m2_staticinit.go:15:36:   flow: {heap} = &{storage for new(term)}:
m2_staticinit.go:15:36:     from new(term) (spill) at m2_staticinit.go:15:36
m2_staticinit.go:15:36:     from (*term)(p..stmp_1@16) = new(term) (assign) at m2_staticinit.go:15:36
m2_staticinit.go:17:24: new(term) escapes to heap:
m2_staticinit.go:17:24:   flow: {heap} = &{storage for new(term)}:
m2_staticinit.go:17:24:     from new(term) (spill) at m2_staticinit.go:17:24
m2_staticinit.go:17:24:     from (*term)(p.A@16) = new(term) (assign) at m2_staticinit.go:17:24
m2_staticinit.go:9:18: make(map[string]int) escapes to heap
m2_staticinit.go:9:44: make(map[int]string) escapes to heap
m2_staticinit.go:11:19: make(map[string]int) escapes to heap
m2_staticinit.go:15:20: new(term) escapes to heap
m2_staticinit.go:15:36: new(term) escapes to heap
m2_staticinit.go:17:24: new(term) escapes to heap
