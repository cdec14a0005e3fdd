package vlib

import "example.org/lib2"

const V = lib2.L
