module example.com/x

replace example.com/y => example.com/z
