// A package with internal and external tests (goescape -test).
package withtests

type Box struct{ p *int }

func New(v int) *Box { return &Box{p: &v} }

func (b *Box) Get() int { return *b.p }
