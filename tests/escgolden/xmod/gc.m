# example.com/xm/app
$DIR/lib/lib.go:5:46: &lib.Set[go.shape.string_0]{...} escapes to heap
$DIR/lib/lib.go:5:61: make(map[go.shape.string_0]struct {}) escapes to heap
$DIR/lib/lib.go:5:46: &lib.Set[go.shape.*uint8_0]{...} escapes to heap
$DIR/lib/lib.go:5:61: make(map[go.shape.*uint8_0]struct {}) escapes to heap
$DIR/lib/lib.go:19:6: moved to heap: lib.out
$DIR/lib/lib.go:20:4: func literal escapes to heap
app/app.go:14:25: yield does not escape
app/app.go:11:8: &key{...} escapes to heap
app/app.go:14:20: func literal does not escape
app/app.go:22:2: moved to heap: a
