package untidy

import _ "example.com/olddep"
