be_frame.go:8:14: [][]int{...} does not escape
be_frame.go:8:25: []int{} does not escape
be_frame.go:9:19: x does not escape
be_frame.go:13:14: []int{...} escapes to heap
be_frame.go:17:12: []int{...} does not escape
be_frame.go:22:12: []byte{...} does not escape
be_frame.go:23:16: []byte{...} does not escape
be_frame.go:7:6: stack frame too large (>1GB): 22888 MB locals + 0 MB args
