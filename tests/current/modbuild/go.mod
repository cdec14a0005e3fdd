module example.com/modbuild

go 1.24
