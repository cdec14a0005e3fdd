package top

const T = 3
