module example.com/trans

go 1.16

require example.com/deeper v1.0.0
