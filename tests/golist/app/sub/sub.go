package sub

import "nothere"
