module example.com/x

go 1.19

require example.com/y v1.2
