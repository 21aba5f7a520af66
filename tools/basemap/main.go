// Command basemap writes web/basemap/countries.json, the offline country
// outlines that rashomon's web UI draws its maps on.
//
// Its input is countries-50m.json of the npm package world-atlas (ISC;
// the data is Natural Earth's 1:50m admin-0 countries, public domain),
// a TopoJSON topology, and codes.json of i18n-iso-countries (MIT), which
// gives the ISO 3166-1 numeric to alpha-3 table. generate.sh installs
// both into a temporary folder outside the repository.
//
// The program decodes the TopoJSON arcs itself (delta-encoded, quantized
// by the topology's transform), simplifies each shared arc with
// Douglas–Peucker before the arcs are stitched into rings (so that two
// neighbours keep exactly the same simplified border), cuts rings that
// cross the antimeridian into pieces that each stay on one side of it
// (and closes Antarctica along the south pole), rounds coordinates to
// three decimals and writes one JSON object per country and line:
//
//	{"iso3":"AZE","name":"Azerbaijan","rings":[[[lon,lat],...],...]}
//
// A ring's last point is not repeated: every ring is implicitly closed.
// Rings are exterior rings and holes alike (draw with fill-rule evenodd).
// Countries are sorted by iso3. Usage:
//
//	go run ./tools/basemap -modules /tmp/bm/node_modules -out web/basemap/countries.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	modules := flag.String("modules", "", "node_modules folder holding world-atlas and i18n-iso-countries")
	res := flag.String("res", "50m", "world-atlas resolution: 110m, 50m or 10m")
	tol := flag.Float64("tolerance", defaultTolerance, "Douglas–Peucker tolerance in degrees")
	out := flag.String("out", "web/basemap/countries.json", "output file")
	flag.Parse()
	if *modules == "" {
		log.Fatal("basemap: -modules is required")
	}
	if err := run(*modules, *res, *tol, *out); err != nil {
		log.Fatal("basemap: ", err)
	}
}

// defaultTolerance is the Douglas–Peucker tolerance, in degrees, that the
// committed countries.json was made with: about 1.1 km of latitude, well
// under a pixel for a whole-country view and still fine for a region.
const defaultTolerance = 0.01

func run(modules, res string, tol float64, out string) error {
	topo, err := readTopology(filepath.Join(modules, "world-atlas", "countries-"+res+".json"))
	if err != nil {
		return err
	}
	numeric, err := readNumericCodes(filepath.Join(modules, "i18n-iso-countries", "codes.json"))
	if err != nil {
		return err
	}
	obj, ok := topo.Objects["countries"]
	if !ok {
		return fmt.Errorf("topology has no \"countries\" object")
	}
	arcs := topo.decodeArcs()
	simple := make([][]pt, len(arcs))
	for i, a := range arcs {
		simple[i] = simplifyArc(a, tol)
	}

	var countries []country
	seen := map[string]string{}
	stats := struct{ rings, points, dropped, fallback int }{}
	for _, g := range obj.Geometries {
		iso3, err := alpha3(g, numeric)
		if err != nil {
			return err
		}
		if prev, dup := seen[iso3]; dup {
			return fmt.Errorf("%s given to both %q and %q", iso3, prev, g.Properties.Name)
		}
		seen[iso3] = g.Properties.Name
		polys, err := g.polygons()
		if err != nil {
			return fmt.Errorf("%s: %v", g.Properties.Name, err)
		}
		c := country{ISO3: iso3, Name: displayName(g.Properties.Name)}
		for _, poly := range polys {
			for _, ringArcs := range poly {
				raw := stitch(arcs, ringArcs)
				simp := stitch(simple, ringArcs)
				pieces := cutAntimeridian(simp)
				if len(pieces) == 0 {
					pieces = [][]pt{nil} // worn down: try the triangle
				}
				for _, p := range pieces {
					r := finish(p)
					if r == nil {
						// Too small to survive simplification: keep a
						// triangle of the unsimplified ring so that no
						// island vanishes.
						r = triangle(raw)
						if r != nil {
							stats.fallback++
						}
					}
					if r == nil {
						stats.dropped++
						continue
					}
					c.Rings = append(c.Rings, r)
					stats.rings++
					stats.points += len(r)
				}
			}
		}
		if len(c.Rings) == 0 {
			// The data has no area for it at all (the 1:10m Vatican is
			// quantized to a line): mark the place with a small square.
			sq := marker(arcs, polys)
			if sq == nil {
				return fmt.Errorf("%s (%s) has no ring left", iso3, c.Name)
			}
			fmt.Fprintf(os.Stderr, "basemap: %s (%s) has no area in the data: drawn as a square\n", iso3, c.Name)
			c.Rings = append(c.Rings, sq)
			stats.rings++
			stats.points += len(sq)
		}
		countries = append(countries, c)
	}
	sort.Slice(countries, func(i, j int) bool { return countries[i].ISO3 < countries[j].ISO3 })

	data := encode(countries)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "basemap: %s: %d countries, %d rings (%d kept as triangles, %d dropped), %d points, %d bytes (tolerance %g°, %s)\n",
		out, len(countries), stats.rings, stats.fallback, stats.dropped, stats.points, len(data), tol, res)
	return nil
}

// country is one row of countries.json.
type country struct {
	ISO3  string
	Name  string
	Rings [][]pt
}

// readNumericCodes reads i18n-iso-countries' codes.json, rows of
// [alpha-2, alpha-3, numeric, ...], into numeric -> alpha-3.
func readNumericCodes(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	m := map[string]string{}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		m[r[2]] = r[1]
	}
	if len(m) < 200 {
		return nil, fmt.Errorf("%s: only %d codes", path, len(m))
	}
	return m, nil
}

// alpha3 gives a feature its code: the curated table by Natural Earth
// name first (features with no ISO code, or sharing another's), then the
// ISO numeric id.
func alpha3(g geometry, numeric map[string]string) (string, error) {
	if c, ok := codeByName[g.Properties.Name]; ok {
		return c, nil
	}
	id := g.id()
	if id == "" {
		return "", fmt.Errorf("%q has no id and no curated code", g.Properties.Name)
	}
	c, ok := numeric[id]
	if !ok {
		return "", fmt.Errorf("%q: numeric code %s is not in ISO 3166-1", g.Properties.Name, id)
	}
	return c, nil
}

func displayName(ne string) string {
	if n, ok := names[ne]; ok {
		return n
	}
	return ne
}
