package p

import 42
import x
import ( "fmt" ; y )
