package p

// A switch compares its tag and cases in one type: the constants
// become interfaces.

type Errno uintptr

func (Errno) Error() string { return "errno" }

const (
	ENOSYS = Errno(38)
	EXDEV  = Errno(18)
	EINVAL = Errno(22)
)

func Handle(err error) bool {
	switch err {
	case ENOSYS:
		return false
	case EXDEV, EINVAL, nil:
		return true
	}
	return false
}

type E int

func (E) Error() string { return "e" }

func Mixed(x E, y error) int {
	switch x {
	case y:
		return 1
	case 3:
		return 2
	}
	return 0
}
