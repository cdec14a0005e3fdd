# example.com/xm/app
$DIR/lib/lib.go:5:46: &lib.Set[go.shape.string_0]{...} escapes to heap:
$DIR/lib/lib.go:5:46:   flow: lib.~r0 = &{storage for &lib.Set[go.shape.string_0]{...}}:
$DIR/lib/lib.go:5:46:     from &lib.Set[go.shape.string_0]{...} (spill) at $DIR/lib/lib.go:5:46
$DIR/lib/lib.go:5:46:     from return &lib.Set[go.shape.string_0]{...} (return) at $DIR/lib/lib.go:5:39
$DIR/lib/lib.go:5:61: make(map[go.shape.string_0]struct {}) escapes to heap:
$DIR/lib/lib.go:5:61:   flow: {storage for &lib.Set[go.shape.string_0]{...}} = &{storage for make(map[go.shape.string_0]struct {})}:
$DIR/lib/lib.go:5:61:     from make(map[go.shape.string_0]struct {}) (spill) at $DIR/lib/lib.go:5:61
$DIR/lib/lib.go:5:61:     from lib.Set[go.shape.string_0]{...} (struct literal element) at $DIR/lib/lib.go:5:53
$DIR/lib/lib.go:5:46: &lib.Set[go.shape.string_0]{...} escapes to heap
$DIR/lib/lib.go:5:61: make(map[go.shape.string_0]struct {}) escapes to heap
$DIR/lib/lib.go:7:22: parameter lib.v leaks to {heap} with derefs=0:
$DIR/lib/lib.go:7:22:   flow: {heap} = lib.v:
$DIR/lib/lib.go:7:22:     from lib.s.m[lib.v] (key of map put) at $DIR/lib/lib.go:7:32
$DIR/lib/lib.go:5:46: &lib.Set[go.shape.*uint8_0]{...} escapes to heap:
$DIR/lib/lib.go:5:46:   flow: lib.~r0 = &{storage for &lib.Set[go.shape.*uint8_0]{...}}:
$DIR/lib/lib.go:5:46:     from &lib.Set[go.shape.*uint8_0]{...} (spill) at $DIR/lib/lib.go:5:46
$DIR/lib/lib.go:5:46:     from return &lib.Set[go.shape.*uint8_0]{...} (return) at $DIR/lib/lib.go:5:39
$DIR/lib/lib.go:5:61: make(map[go.shape.*uint8_0]struct {}) escapes to heap:
$DIR/lib/lib.go:5:61:   flow: {storage for &lib.Set[go.shape.*uint8_0]{...}} = &{storage for make(map[go.shape.*uint8_0]struct {})}:
$DIR/lib/lib.go:5:61:     from make(map[go.shape.*uint8_0]struct {}) (spill) at $DIR/lib/lib.go:5:61
$DIR/lib/lib.go:5:61:     from lib.Set[go.shape.*uint8_0]{...} (struct literal element) at $DIR/lib/lib.go:5:53
$DIR/lib/lib.go:5:46: &lib.Set[go.shape.*uint8_0]{...} escapes to heap
$DIR/lib/lib.go:5:61: make(map[go.shape.*uint8_0]struct {}) escapes to heap
$DIR/lib/lib.go:7:22: parameter lib.v leaks to {heap} with derefs=0:
$DIR/lib/lib.go:7:22:   flow: {heap} = lib.v:
$DIR/lib/lib.go:7:22:     from lib.s.m[lib.v] (key of map put) at $DIR/lib/lib.go:7:32
$DIR/lib/lib.go:20:4: func literal escapes to heap:
$DIR/lib/lib.go:20:4:   flow: {heap} = &{storage for func literal}:
$DIR/lib/lib.go:20:4:     from func literal (spill) at $DIR/lib/lib.go:20:4
$DIR/lib/lib.go:20:4:     from lib.f(func literal) (call parameter) at $DIR/lib/lib.go:20:3
$DIR/lib/lib.go:18:6: lib.Collect[go.shape.int_0] capturing by value: lib..dict (addr=false assign=false width=8)
$DIR/lib/lib.go:19:6: lib.Collect[go.shape.int_0] capturing by ref: lib.out (addr=false assign=true width=24)
$DIR/lib/lib.go:19:6: lib.out escapes to heap:
$DIR/lib/lib.go:19:6:   flow: {storage for func literal} = &lib.out:
$DIR/lib/lib.go:19:6:     from lib.out (captured by a closure) at $DIR/lib/lib.go:20:29
$DIR/lib/lib.go:19:6:     from lib.out (reference) at $DIR/lib/lib.go:20:29
$DIR/lib/lib.go:18:6: parameter lib..dict leaks to {storage for func literal} with derefs=0:
$DIR/lib/lib.go:18:6:   flow: {storage for func literal} = lib..dict:
$DIR/lib/lib.go:18:6:     from lib..dict (captured by a closure) at $DIR/lib/lib.go:20:4
$DIR/lib/lib.go:19:6: moved to heap: lib.out
$DIR/lib/lib.go:20:4: func literal escapes to heap
app/app.go:11:8: &key{...} escapes to heap:
app/app.go:11:8:   flow: kk = &{storage for &key{...}}:
app/app.go:11:8:     from &key{...} (spill) at app/app.go:11:8
app/app.go:11:8:     from kk := &key{...} (assign) at app/app.go:11:5
app/app.go:11:8:   flow: {heap} = kk:
app/app.go:11:8:     from lib.(*Set[go.shape.*uint8_0]).Add(&lib..dict.(*Set[*example.com/xm/app.key]).Add, k, kk) (call parameter) at app/app.go:12:7
app/app.go:14:25: yield does not escape
app/app.go:11:8: &key{...} escapes to heap
app/app.go:14:20: func literal does not escape
$DIR/lib/lib.go:26:18: parameter lib.p leaks to {heap} with derefs=0:
$DIR/lib/lib.go:26:18:   flow: {heap} = lib.p:
$DIR/lib/lib.go:26:18:     from unsafe.Pointer(lib.p) (interface-converted) at $DIR/lib/lib.go:27:7
$DIR/lib/lib.go:26:18:     from lib.Sink = <node EFACE> (assign) at $DIR/lib/lib.go:27:7
$DIR/lib/lib.go:26:24: parameter lib.q leaks to lib.~r0 with derefs=0:
$DIR/lib/lib.go:26:24:   flow: lib.~r0 = lib.q:
$DIR/lib/lib.go:26:24:     from return lib.q (return) at $DIR/lib/lib.go:28:2
app/app.go:22:2: a escapes to heap:
app/app.go:22:2:   flow: {heap} = &a:
app/app.go:22:2:     from &a (address-of) at app/app.go:23:15
app/app.go:22:2:     from lib.Keep[go.shape.int_0](&lib..dict.Keep[int], &a, &b) (call parameter) at app/app.go:23:14
app/app.go:22:2: moved to heap: a
$DIR/lib/lib.go:7:22: parameter v leaks to {heap} with derefs=0:
$DIR/lib/lib.go:7:22:   flow: {heap} = v:
$DIR/lib/lib.go:7:22:     from lib.(*Set[go.shape.*uint8_0]).Add(&lib..dict.(*Set[*example.com/xm/app.key]).Add, .this, v) (call parameter) at <autogenerated>:1
$DIR/lib/lib.go:7:22: parameter v leaks to {heap} with derefs=0:
$DIR/lib/lib.go:7:22:   flow: {heap} = v:
$DIR/lib/lib.go:7:22:     from lib.(*Set[go.shape.string_0]).Add(&lib..dict.(*Set[string]).Add, .this, v) (call parameter) at <autogenerated>:1
