module fv

go 1.20
