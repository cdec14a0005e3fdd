// A go 1.16 module: what its packages need beyond go.mod comes from the
// module graph (the go.mod files of its requirements, all of them read).
module example.com/old

go 1.16

require example.com/olddep v1.0.0
