be_notinheap.go:29:2: new(nih) escapes to heap:
be_notinheap.go:29:2:   flow: {heap} = &{storage for new(nih)}:
be_notinheap.go:29:2:     from new(nih) (spill) at be_notinheap.go:29:2
be_notinheap.go:29:2:     from sink = new(nih) (assign) at be_notinheap.go:29:7
be_notinheap.go:30:2: new(holder) escapes to heap:
be_notinheap.go:30:2:   flow: {heap} = &{storage for new(holder)}:
be_notinheap.go:30:2:     from new(holder) (spill) at be_notinheap.go:30:2
be_notinheap.go:30:2:     from sink = new(holder) (assign) at be_notinheap.go:30:7
be_notinheap.go:31:2: new([2]nih) escapes to heap:
be_notinheap.go:31:2:   flow: {heap} = &{storage for new([2]nih)}:
be_notinheap.go:31:2:     from new([2]nih) (spill) at be_notinheap.go:31:2
be_notinheap.go:31:2:     from sink = new([2]nih) (assign) at be_notinheap.go:31:7
be_notinheap.go:32:10: make([]nih, n) escapes to heap:
be_notinheap.go:32:10:   flow: {heap} = &{storage for make([]nih, n)}:
be_notinheap.go:32:10:     from make([]nih, n) (non-constant size) at be_notinheap.go:32:10
be_notinheap.go:24:6: nih is incomplete (or unallocatable); stack allocation disallowed
be_notinheap.go:29:2: new(nih) escapes to heap
be_notinheap.go:29:12: new(nih) does not escape
be_notinheap.go:30:2: new(holder) escapes to heap
be_notinheap.go:30:12: new(holder) does not escape
be_notinheap.go:31:2: new([2]nih) escapes to heap
be_notinheap.go:31:12: new([2]nih) does not escape
be_notinheap.go:32:10: make([]nih, n) escapes to heap
be_notinheap.go:29:12: nih can't be allocated in Go; it is incomplete (or unallocatable)
be_notinheap.go:30:12: holder can't be allocated in Go; it is incomplete (or unallocatable)
be_notinheap.go:31:12: [2]nih can't be allocated in Go; it is incomplete (or unallocatable)
be_notinheap.go:32:10: nih can't be allocated in Go; it is incomplete (or unallocatable)
be_notinheap.go:33:4: nih can't be allocated in Go; it is incomplete (or unallocatable)
