package 42

func f() {}
