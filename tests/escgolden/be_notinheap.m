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
