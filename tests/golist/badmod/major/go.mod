module example.com/x

require example.com/y/v2 v1.0.0
