package helper

const H = "h"
