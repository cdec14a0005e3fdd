package p

type P *int
type I interface{ M() }

func (p P) M()    {}
func (i I) N()    {}
func (x int) M()  {}
func (s string) L() {}

type T struct{}

func (t **T) M() {}
