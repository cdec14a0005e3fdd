package program

import _ "example.com/errs/program/cmd"
