gen_funcs.go:45:30: q.y undefined (type **point has no field or method y)
