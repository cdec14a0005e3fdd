package hidden

import "nothere"
