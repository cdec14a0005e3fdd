// Package setroles: the classic benchmark. SetRoles stores its slice
// argument where the receiver points, so a slice literal passed to it
// escapes whenever the receiver outlives the call.
package setroles

type User struct {
	roles []string
}

func (u *User) SetRoles(roles []string) {
	u.roles = roles
}

func SetRoles(u User, roles []string) User {
	u.roles = roles
	return u
}

func ByPointer() *User {
	u := new(User)
	for i := 0; i < 3; i++ {
		u.SetRoles([]string{"admin"}) // escapes: u is returned
	}
	return u
}

func OnStack() int {
	u := SetRoles(User{}, []string{"admin"}) // does not escape
	return len(u.roles)
}

func ByValue() int {
	var u User
	for i := 0; i < 3; i++ {
		u = SetRoles(u, []string{"admin"}) // escapes: flows to u, declared outside the loop
	}
	return len(u.roles)
}
