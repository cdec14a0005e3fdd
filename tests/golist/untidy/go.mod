// go 1.17 and later: go.mod must list every module the build uses (here
// example.com/trans is missing), so the go command would need to edit it.
module example.com/untidy

go 1.17

require example.com/olddep v1.0.0
