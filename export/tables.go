package export

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
)

// The code tables that the GDELT and ACLED formats need: other datasets'
// country codes and the Goldstein scale of CAMEO codes. See the comments at
// the top of each file for its sources.
//
//go:embed data/countries.tsv data/goldstein.tsv
var tableFS embed.FS

// country is what other datasets call a country of the gazetteer.
type country struct {
	numeric string // ISO 3166-1 numeric, "051"
	fips    string // FIPS 10-4, "AM"
	name    string
}

// tables are the loaded code tables.
type tables struct {
	countries map[string]country // by the project's alpha-3 code
	goldstein map[string]float64 // by CAMEO code, compact (see goldstein.tsv)
}

// loadTables reads the embedded code tables.
func loadTables() (*tables, error) {
	t := &tables{countries: map[string]country{}, goldstein: map[string]float64{}}
	err := readTSV("data/countries.tsv", 4, func(f []string) error {
		t.countries[f[0]] = country{numeric: f[1], fips: f[2], name: f[3]}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("data/goldstein.tsv", 2, func(f []string) error {
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		t.goldstein[f[0]] = v
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// readTSV calls row with the fields of each line of an embedded table
// after its header, skipping comments.
func readTSV(name string, n int, row func([]string) error) error {
	b, err := tableFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("export: %s: %w", name, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	line, header := 0, false
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != n {
			return fmt.Errorf("export: %s:%d: %d fields, want %d", name, line, len(f), n)
		}
		if err := row(f); err != nil {
			return fmt.Errorf("export: %s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

// goldsteinOf returns the Goldstein score of a CAMEO code: the code's own,
// else its base code's, else its root's.
func (t *tables) goldsteinOf(code string) (float64, bool) {
	if !isCAMEO(code) {
		return 0, false
	}
	for _, k := range []string{code, code[:min(3, len(code))], code[:2]} {
		if v, ok := t.goldstein[k]; ok {
			return v, true
		}
	}
	return 0, false
}

// isCAMEO reports whether code looks like a CAMEO event code: two to four
// digits with a root from 01 to 20.
func isCAMEO(code string) bool {
	if len(code) < 2 || len(code) > 4 {
		return false
	}
	for _, r := range code {
		if r < '0' || r > '9' {
			return false
		}
	}
	root, _ := strconv.Atoi(code[:2])
	return root >= 1 && root <= 20
}

// quadClass returns the CAMEO quad class of a root code: 1 verbal
// cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict
// (10-14), 4 material conflict (15-20).
func quadClass(code string) string {
	if !isCAMEO(code) {
		return ""
	}
	root, _ := strconv.Atoi(code[:2])
	switch {
	case root <= 5:
		return "1"
	case root <= 9:
		return "2"
	case root <= 14:
		return "3"
	}
	return "4"
}
