package dep

const D = 1
