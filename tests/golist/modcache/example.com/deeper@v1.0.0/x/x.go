package x

const X = 7
