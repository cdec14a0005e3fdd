package p

import 'ab'
import 1x
