// Imports the broken package: not compiled, nothing said.
package dep

import "example.com/modbuild/bad"

func D() int { return bad.G() }
