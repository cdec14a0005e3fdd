package badvendor

import _ "example.org/h/vendor/example.org/vlib"
