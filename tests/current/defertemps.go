// go and defer operands copied at the statement: unified IR numbers
// their temporaries where the statement is read, before what follows
// (and at the statement's position); code a constant condition makes
// dead declares nothing, so it takes no number; an OAS2FUNC with a
// blank does not make later blank discards uses.
package p

const debug = false

type Checker struct {
	delayed []func()
	scope   *int
}

func (c *Checker) process(n int)  {}
func (c *Checker) closeScope()    {}
func (c *Checker) open(p *int)    {}
func pair() (*int, error)         { return nil, nil }
func (c *Checker) ident(x any) {}

type I interface{ M() }
type T struct{ p *int }

func (t *T) M() {}

var sink any

func (c *Checker) stmt(s any, x I) {
	if debug {
		defer func(scope *int) {
			if p := recover(); p != nil {
				panic(p)
			}
		}(c.scope)
	}
	defer c.process(len(c.delayed))
	switch s := s.(type) {
	case *T:
		c.open(s.p)
		defer c.closeScope()
		t, _ := x.(*T)
		sink = t
	case *Checker:
		_, err := pair()
		sink = err
		var u *T
		u, _ = x.(*T)
		go c.ident(u)
	}
}
