module github.com/Upper/Case
