package upper

const V = 2
