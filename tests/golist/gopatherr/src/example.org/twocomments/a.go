package two /* import "example.org/one" */
