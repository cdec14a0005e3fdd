module example.com/olddep

go 1.16

require example.com/trans v1.1.0
