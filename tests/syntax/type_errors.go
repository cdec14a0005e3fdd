package p

type
type T
type U [
type V = 
