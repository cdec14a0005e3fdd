package p

var a <-chan <-chan int
var b chan<- <-chan int
var c = <-chan int(nil)
type T <-chan<- int
