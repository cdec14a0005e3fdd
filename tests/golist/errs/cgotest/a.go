package cgotest
