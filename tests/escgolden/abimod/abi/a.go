package abi

var sink interface{}

func add(x, y *int) int

func goFn(p *int) *int { sink = p; return p }

type T struct{ a int }

func (t T) M(p *int) *int { return p }

func init() { sink = new(int) }

var V = mk()

func mk() *int { return new(int) }
