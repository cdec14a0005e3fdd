package internal

import _ "internal/cpu"
