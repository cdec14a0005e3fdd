package y_test
