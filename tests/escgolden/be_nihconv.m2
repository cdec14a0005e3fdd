be_nihconv.go:22:15: cannot convert p (type *plain) to type *nih:
	nih is incomplete (or unallocatable), but plain is not
be_nihconv.go:23:15: cannot convert q (type *struct { next *nih }) to type *nih:
	nih is incomplete (or unallocatable), but struct { next *nih } is not
be_nihconv.go:24:12: cannot convert "text" (type string) to type []b:
	b is incomplete (or unallocatable)
be_nihconv.go:25:12: cannot convert s (type string) to type []r:
	r is incomplete (or unallocatable)
