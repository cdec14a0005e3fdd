package badimport

import "a b"
