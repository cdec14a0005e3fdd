module abimod

go 1.19
