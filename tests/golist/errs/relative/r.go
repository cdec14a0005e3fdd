package relative

import _ "./sub"
