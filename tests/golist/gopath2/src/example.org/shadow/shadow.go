package shadow

const S = 4
