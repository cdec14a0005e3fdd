package z_test
