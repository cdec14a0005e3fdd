package bad

import _ "example.org/h/vendor/example.org/vlib"
