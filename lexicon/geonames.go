package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// GeoNamesOptions selects what ImportGeoNames keeps.
type GeoNamesOptions struct {
	MinPopulation int      // populated places below this are left out (admin regions are always kept)
	Languages     []string // alternate names kept, by ISO 639 code; "" keeps names without a language
	MaxNames      int      // per place; default 12
}

// ImportGeoNames converts GeoNames dump files to the gazetteer table this
// package reads (places/*.tsv): geoname tables (allCountries.txt,
// cities500.txt, cities15000.txt, a country's XX.txt) and, optionally,
// alternateNamesV2.txt for each place's other names. Files are streamed, so
// the full world (1.5 GB) needs little memory. countries maps ISO
// alpha-2 to the project's alpha-3 codes. It returns the rows written.
func ImportGeoNames(w io.Writer, tables []string, alternates string, countries map[string]string, o GeoNamesOptions) (int, error) {
	if o.MaxNames <= 0 {
		o.MaxNames = 12
	}
	type row struct {
		id, name, kind, country, admin1code, lat, lon string
		pop                                           int
		names                                         []string
	}
	var rows []*row
	byID := map[string]*row{}
	admin1 := map[string]string{} // "AZ.09" -> region name
	for _, path := range tables {
		err := eachLine(path, func(n int, line string) error {
			f := strings.Split(line, "\t")
			if len(f) < 15 {
				return fmt.Errorf("%s:%d: want 19 tab-separated columns, got %d", path, n, len(f))
			}
			class, code := f[6], f[7]
			pop, _ := strconv.Atoi(f[14])
			var kind string
			switch {
			case class == "A" && code == "ADM1":
				kind = "region"
				admin1[f[8]+"."+f[10]] = f[1]
			case class == "A" && (code == "PCLI" || code == "PCLD" || code == "PCLS" || code == "PCLF" || code == "PCL"):
				kind = "country"
			case class == "P" && pop >= o.MinPopulation:
				kind = "city"
			default:
				return nil
			}
			c3 := countries[f[8]]
			if c3 == "" {
				return nil // a code the lexicon does not know
			}
			r := &row{id: "gn:" + f[0], name: f[1], kind: kind, country: c3, admin1code: f[8] + "." + f[10], lat: f[4], lon: f[5], pop: pop}
			if _, dup := byID[r.id]; dup {
				return nil
			}
			for _, alt := range strings.Split(f[3], ",") {
				if alt = strings.TrimSpace(alt); alt != "" && alt != r.name && len(r.names) < o.MaxNames && alternates == "" {
					r.names = append(r.names, alt)
				}
			}
			byID[r.id] = r
			rows = append(rows, r)
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	if alternates != "" {
		langs := map[string]bool{}
		for _, l := range o.Languages {
			langs[l] = true
		}
		err := eachLine(alternates, func(n int, line string) error {
			f := strings.Split(line, "\t")
			if len(f) < 4 {
				return fmt.Errorf("%s:%d: want at least 4 tab-separated columns", alternates, n)
			}
			r := byID["gn:"+f[1]]
			if r == nil || len(r.names) >= o.MaxNames {
				return nil
			}
			lang := f[2]
			if len(langs) > 0 && !langs[lang] {
				return nil
			}
			if lang == "link" || lang == "post" || lang == "iata" || lang == "icao" || lang == "faac" || lang == "wkdt" || lang == "unlc" {
				return nil
			}
			if len(f) > 7 && f[7] == "1" {
				return nil // historic
			}
			name := strings.TrimSpace(f[3])
			if name == "" || name == r.name {
				return nil
			}
			for _, have := range r.names {
				if have == name {
					return nil
				}
			}
			r.names = append(r.names, name)
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].country < rows[j].country })
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Imported from GeoNames (https://www.geonames.org/, CC BY 4.0) by rashomon lexicon import-geonames.")
	fmt.Fprintln(bw, "id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tnames")
	for _, r := range rows {
		a1 := ""
		if r.kind == "city" {
			a1 = admin1[r.admin1code]
		}
		pop := ""
		if r.pop > 0 {
			pop = strconv.Itoa(r.pop)
		}
		clean := make([]string, 0, len(r.names))
		for _, n := range r.names {
			if !strings.ContainsAny(n, "\t;@") {
				clean = append(clean, n)
			}
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.id, r.name, r.kind, r.country, a1, r.lat, r.lon, pop, strings.Join(clean, ";"))
	}
	return len(rows), bw.Flush()
}

func eachLine(path string, fn func(n int, line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, n, err)
	}
	return nil
}

// ISO2Codes maps alpha-2 codes to the lexicon's alpha-3 country codes.
func (lx *Lexicon) ISO2Codes() map[string]string {
	out := map[string]string{}
	for code, c := range lx.Countries {
		if c.ISO2 != nil && *c.ISO2 != "" {
			out[*c.ISO2] = code
		}
	}
	return out
}
