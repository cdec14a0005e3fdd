module example.com/x
module example.com/y
