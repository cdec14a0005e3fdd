module example.com/xm

go 1.19
