module example.com/moddebug
go 1.24
