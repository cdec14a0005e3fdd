package pkg

import _ "example.com/other/pkg/inner"
