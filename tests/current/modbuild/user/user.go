// Imports withtests: compiled again for its external tests.
package user

import "example.com/modbuild/withtests"

func Make(n int) *withtests.Box { return withtests.New(n + 1) }
