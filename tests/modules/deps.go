// Package modules pins the third-party modules whose escape analysis
// tests/suite-escape-modules.sh compares with gc's.
package modules

import (
	_ "github.com/BurntSushi/toml"
	_ "github.com/cespare/xxhash/v2"
	_ "github.com/dustin/go-humanize"
	_ "github.com/fatih/color"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/google/uuid"
	_ "github.com/gorilla/mux"
	_ "github.com/json-iterator/go"
	_ "github.com/klauspost/compress/zstd"
	_ "github.com/pkg/errors"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "github.com/stretchr/testify/assert"
	_ "golang.org/x/exp/slices"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/text/unicode/norm"
	_ "gopkg.in/yaml.v3"
)
