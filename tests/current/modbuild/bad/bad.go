// A package with a type error: reported with its header.
package bad

func G() int { return undefinedThing }

func H() *int { y := 2; return &y }
