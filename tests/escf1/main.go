// Command escf1 compares goescape's escape diagnostics with gc's, as
// multisets of lines "path:line:col: message", and prints precision,
// recall and F1 overall and per kind of message.
//
//	escf1 [-v] [-show N] [-min F1] [-blocks] gc.txt goescape.txt
//
// Lines starting with '#' (package headers) and blank lines are ignored
// by the counts. With -blocks, the output of each package (its "# path"
// header and the lines under it, in order) is also compared whole, as
// go build prints it, and any package whose output differs fails.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

var (
	verbose = flag.Bool("v", false, "list the differing lines")
	show    = flag.Int("show", 20, "with -v, how many differing lines to list per side")
	minF1   = flag.Float64("min", 0, "exit non-zero when overall F1 is below this")
	blocks  = flag.Bool("blocks", false, "compare each package's output whole, in order; exit non-zero on a difference")
	allow   = flag.String("allow", "", "with -blocks, a file naming the packages (one per line, # comments) whose output may differ")
)

// readBlocks splits go build output into its packages: "# path" -> the
// lines under it, in order.
func readBlocks(path string) (map[string][]string, []string) {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "escf1:", err)
		os.Exit(2)
	}
	m := map[string][]string{}
	var order []string
	cur := ""
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "# ") {
			cur = line
			if _, ok := m[cur]; !ok {
				order = append(order, cur)
			}
			m[cur] = append(m[cur], "")
			continue
		}
		m[cur] = append(m[cur], line)
	}
	return m, order
}

// compareBlocks prints how many packages have output identical to gc's
// and names those that differ; it reports whether all are identical.
func compareBlocks(wantPath, havePath string) bool {
	want, order := readBlocks(wantPath)
	have, _ := readBlocks(havePath)
	same := 0
	var differ []string
	for _, k := range order {
		if strings.Join(want[k], "\n") == strings.Join(have[k], "\n") {
			same++
		} else {
			differ = append(differ, k)
		}
	}
	for k := range have {
		if _, ok := want[k]; !ok {
			differ = append(differ, k+" (goescape only)")
		}
	}
	sort.Strings(differ)
	fmt.Printf("packages with output identical to gc's, headers and order included: %d of %d\n", same, len(order))
	allowed := readAllow()
	bad := 0
	for _, k := range differ {
		if allowed[strings.TrimPrefix(k, "# ")] {
			fmt.Println("  differs (known):", k)
			delete(allowed, strings.TrimPrefix(k, "# "))
			continue
		}
		fmt.Println("  differs:", k)
		bad++
	}
	var fixed []string
	for k := range allowed {
		fixed = append(fixed, k)
	}
	sort.Strings(fixed)
	for _, k := range fixed {
		fmt.Println("  now identical, drop from the -allow list:", k)
	}
	return bad == 0
}

// readAllow reads the -allow file: package paths, one per line.
func readAllow() map[string]bool {
	m := map[string]bool{}
	if *allow == "" {
		return m
	}
	data, err := os.ReadFile(*allow)
	if err != nil {
		fmt.Fprintln(os.Stderr, "escf1:", err)
		os.Exit(2)
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}

var kinds = []struct {
	name string
	re   *regexp.Regexp
}{
	{"moved to heap", regexp.MustCompile(`: moved to heap: `)},
	{"leaking param to result", regexp.MustCompile(`: leaking param: .* to result .* level=`)},
	{"leaking param content", regexp.MustCompile(`: leaking param content: `)},
	{"leaking param", regexp.MustCompile(`: leaking param: `)},
	{"escapes to heap", regexp.MustCompile(` escapes to heap$`)},
	{"does not escape", regexp.MustCompile(` does not escape$`)},
	{"self-assignment", regexp.MustCompile(` ignoring self-assignment in `)},
	{"devirtualizing", regexp.MustCompile(`: devirtualizing `)},
	{"bounds check elided", regexp.MustCompile(`: index bounds check elided$`)},
	{"uintptr", regexp.MustCompile(`: (assuming .* is unsafe uintptr|marking .* as escaping (\.\.\.)?uintptr)$`)},
	{"inlining", regexp.MustCompile(`: (can inline|inlining call to) `)},
}

func kindOf(line string) string {
	for _, k := range kinds {
		if k.re.MatchString(line) {
			return k.name
		}
	}
	return "other"
}

func read(path string) map[string]int {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "escf1:", err)
		os.Exit(2)
	}
	defer f.Close()
	m := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "\t") {
			continue
		}
		m[line]++
	}
	return m
}

type counts struct{ want, have, match int }

func f1(c counts) (p, r, f float64) {
	if c.have > 0 {
		p = float64(c.match) / float64(c.have)
	}
	if c.want > 0 {
		r = float64(c.match) / float64(c.want)
	}
	if c.want == 0 && c.have == 0 {
		return 1, 1, 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func main() {
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: escf1 [-v] gc.txt goescape.txt")
		os.Exit(2)
	}
	want, have := read(flag.Arg(0)), read(flag.Arg(1))
	per := map[string]*counts{}
	get := func(k string) *counts {
		if per[k] == nil {
			per[k] = &counts{}
		}
		return per[k]
	}
	var total counts
	var missing, extra []string
	for line, n := range want {
		k := get(kindOf(line))
		m := n
		if have[line] < m {
			m = have[line]
		}
		k.want += n
		k.match += m
		total.want += n
		total.match += m
		for i := m; i < n; i++ {
			missing = append(missing, line)
		}
	}
	for line, n := range have {
		get(kindOf(line)).have += n
		total.have += n
		for i := want[line]; i < n; i++ {
			extra = append(extra, line)
		}
	}
	var names []string
	for k := range per {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Printf("%-26s %8s %8s %8s %7s %7s %7s\n", "kind", "gc", "goescape", "match", "prec", "recall", "F1")
	for _, k := range names {
		c := *per[k]
		p, r, f := f1(c)
		fmt.Printf("%-26s %8d %8d %8d %7.4f %7.4f %7.4f\n", k, c.want, c.have, c.match, p, r, f)
	}
	p, r, f := f1(total)
	fmt.Printf("%-26s %8d %8d %8d %7.4f %7.4f %7.4f\n", "ALL", total.want, total.have, total.match, p, r, f)
	if *verbose {
		sort.Strings(missing)
		sort.Strings(extra)
		fmt.Printf("\nmissing (gc only): %d\n", len(missing))
		for i, l := range missing {
			if i >= *show {
				break
			}
			fmt.Println("  -", l)
		}
		fmt.Printf("extra (goescape only): %d\n", len(extra))
		for i, l := range extra {
			if i >= *show {
				break
			}
			fmt.Println("  +", l)
		}
	}
	ok := f >= *minF1
	if *blocks && !compareBlocks(flag.Arg(0), flag.Arg(1)) {
		ok = false
	}
	if !ok {
		os.Exit(1)
	}
}
