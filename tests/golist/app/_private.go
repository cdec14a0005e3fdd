package main

import "nothere"
