// Odds and ends of -m=2: the "..." position of an unnamed variadic
// parameter in wrappers, the frame pointer recover passes (captured by
// go and defer wrappers), the descriptors make(chan) and failing type
// assertions ask for (a shaped interface's among them).
package p

type I interface {
	Sum(...int) int
}

type U struct{ n int }

func (u *U) Sum(a ...int) int { return len(a) + u.n }

var sink I

func f(u *U) {
	var i interface {
		Sum(...int) int
	} = u
	sink = i
}

func g() {
	defer recover()
	go recover()
	defer func() {
		defer recover()
	}()
}

func h() {
	select {
	case _ = <-make(chan interface {
		M()
	}, 1):
	}
}

type TaskInput interface {
	deps() []*taskDefinition
}

type Value[T any] interface {
	metaValue
}

type metaValue interface {
	TaskInput
}

type taskDefinition struct{}

type taskResult struct{ task *taskDefinition }

func (tr *taskResult) deps() []*taskDefinition { return nil }

func use[T any](v Value[T]) {
	_, ok := v.(*taskResult)
	if !ok {
		panic("output must be *taskResult")
	}
	_ = v.(*taskResult)
}

func k() {
	tr := &taskResult{&taskDefinition{}}
	use(Value[string](tr))
}
