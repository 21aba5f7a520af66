package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// builder turns the three sources and the curated tables into rows.
type builder struct {
	countries []*country
	subdivs   map[string]*subdivCountry
	cities    []*city

	cc3     map[string]string       // alpha-2 -> alpha-3
	langs   map[string][]nativeLang // alpha-2 -> native languages
	regions map[string]*place       // "CC|admin1" -> region row
	used    map[string]bool         // curated keys that matched something
	dropped []string                // regions left out for want of a position

	regionList []*place
	towns      map[string]bool // "CC|folded name" of places of 10,000+

	warnings []string
}

func newBuilder(cs []*country, sd map[string]*subdivCountry, cities []*city) *builder {
	b := &builder{countries: cs, subdivs: sd, cities: cities,
		cc3: map[string]string{}, langs: map[string][]nativeLang{},
		regions: map[string]*place{}, used: map[string]bool{}}
	for _, c := range cs {
		b.cc3[c.CCA2] = c.CCA3
		var ls []nativeLang
		for lang, n := range c.Name.Native {
			if lang == "eng" {
				continue
			}
			if sc := scriptOf(n.Common); sc != "" {
				ls = append(ls, nativeLang{lang, sc})
			}
		}
		if only, ok := onlyLangs[c.CCA2]; ok {
			ls = only
		}
		ls = append(ls, extraLangs[c.CCA2]...)
		sort.Slice(ls, func(i, j int) bool { return ls[i].Lang < ls[j].Lang })
		b.langs[c.CCA2] = ls
	}
	return b
}

func (b *builder) warn(format string, args ...any) {
	b.warnings = append(b.warnings, fmt.Sprintf(format, args...))
}

func (b *builder) build() []*place {
	var rows []*place
	rows = append(rows, b.countryRows()...)
	regions := b.regionRows()
	b.regionList = regions
	rows = append(rows, regions...)
	rows = append(rows, b.cityRows()...)
	rows = append(rows, b.entityRows()...)
	for key := range cityFixes {
		if !b.used["city:"+key] {
			b.warn("curated city %q matched no city", key)
		}
	}
	for key := range regionFixes {
		if !b.used["region:"+key] {
			b.warn("curated region %q matched no region", key)
		}
	}
	for key := range countryNames {
		if !b.used["country:"+key] {
			b.warn("curated country %q matched no country", key)
		}
	}
	sortRows(rows)
	return rows
}

func (b *builder) countryRows() []*place {
	var rows []*place
	for _, c := range b.countries {
		p := &place{ID: "country:" + c.CCA3, Name: c.Name.Common, Kind: "country", Country: c.CCA3}
		if fix, ok := countryNames[c.CCA3]; ok {
			b.used["country:"+c.CCA3] = true
			if fix.Name != "" {
				p.Name = fix.Name
			}
		}
		if len(c.LatLng) == 2 {
			p.Lat, p.Lon, p.HasCoord = c.LatLng[0], c.LatLng[1], true
		}
		l := newNameList(p.Name)
		l.add(countryNames[c.CCA3].Names...)
		if p.Name != c.Name.Common {
			l.add(c.Name.Common)
		}
		l.add(c.Name.Official)
		for _, a := range c.AltSpellings {
			// skip the bare ISO codes ("AZ"), inverted forms ("Palestine,
			// State of") and phonetic transcriptions
			if len([]rune(a)) <= 3 || strings.Contains(a, ",") || strings.ContainsAny(a, "ʁɛɡɔˈːʃʒɪʊ") {
				continue
			}
			l.add(a)
		}
		langs := sortedKeys(c.Name.Native)
		for _, lang := range langs {
			if lang != "eng" {
				l.add(c.Name.Native[lang].Common)
			}
		}
		for _, lang := range langs {
			if lang != "eng" {
				l.add(c.Name.Native[lang].Official)
			}
		}
		p.Names = l.names
		rows = append(rows, p)
	}
	return rows
}

// iso639 maps world-countries' language codes to the two-letter ones of
// iso3166-2-db's region names.
var iso639 = map[string]string{
	"rus": "ru", "deu": "de", "fra": "fr", "spa": "es", "zho": "zh", "hin": "hi",
	"por": "pt", "jpn": "ja", "ara": "ar", "ita": "it", "heb": "he",
}

// regionSuffixes are the English words for a first-level region that
// English news also write as "X region" or "X province".
var regionSuffixes = map[string]string{
	" Oblast": " region", " Krai": " region", " Province": " region",
	" Governorate": " province",
}

func (b *builder) regionRows() []*place {
	// position sums over all GeoNames places of each region, as unit
	// vectors so that regions across the 180th meridian come out right
	type acc struct{ x, y, z, w float64 }
	sums := map[string]*acc{}
	for _, c := range b.cities {
		if c.FeatureCode == "PPLH" || c.FeatureCode == "PPLQ" || c.FeatureCode == "PPLW" {
			continue
		}
		k := c.Country + "|" + c.Admin1
		a := sums[k]
		if a == nil {
			a = &acc{}
			sums[k] = a
		}
		w := float64(max(c.Population, 100))
		lat, lon := c.Lat*math.Pi/180, c.Lon*math.Pi/180
		a.x += w * math.Cos(lat) * math.Cos(lon)
		a.y += w * math.Cos(lat) * math.Sin(lon)
		a.z += w * math.Sin(lat)
		a.w += w
	}

	var rows []*place
	add := func(cc2, admin string, p *place) {
		key := cc2 + "|" + admin
		if pt, ok := regionPoints[key]; ok {
			p.Lat, p.Lon, p.HasCoord = pt[0], pt[1], true
		} else if a := sums[key]; a != nil && admin != "" && !seatOnly[cc2] {
			x, y, z := a.x/a.w, a.y/a.w, a.z/a.w
			p.Lat = math.Atan2(z, math.Hypot(x, y)) * 180 / math.Pi
			p.Lon = math.Atan2(y, x) * 180 / math.Pi
			p.HasCoord = true
		}
		if !p.HasCoord {
			// no GeoNames place uses this admin1 code: in practice a unit
			// abolished or merged since the package was made
			b.dropped = append(b.dropped, fmt.Sprintf("%s %s (%s)", p.ID, p.Name, p.Country))
			return
		}
		rows = append(rows, p)
		if admin != "" && !seatOnly[cc2] {
			b.regions[key] = p
		}
	}

	for _, cc2 := range sortedKeys(b.subdivs) {
		sc := b.subdivs[cc2]
		cc3 := b.cc3[cc2]
		if cc3 == "" {
			b.warn("iso3166-2-db country %s is not in world-countries", cc2)
			continue
		}
		for _, r := range sc.Regions {
			key := cc2 + "|" + r.Admin
			if _, dup := b.regions[key]; dup && r.Admin != "" {
				b.warn("region %s listed twice; keeping the first", key)
				continue
			}
			name := cleanRegionName(r.Name, sc, b.countryByCC2(cc2))
			fix, hasFix := regionFixes[key]
			if hasFix {
				b.used["region:"+key] = true
				if fix.Name != "" {
					name = fix.Name
				}
			}
			p := &place{Name: name, Kind: "region", Country: cc3}
			switch {
			case fix.ID != "":
				p.ID = fix.ID
			case r.Reference.GeoNames > 0:
				p.ID = fmt.Sprintf("gn:%d", r.Reference.GeoNames)
			default:
				p.ID = "adm1:" + cc3 + ":" + slug(name)
			}
			l := newNameList(name)
			l.add(fix.Names...)
			if fix.Only {
				p.Names = l.names
				add(cc2, r.Admin, p)
				continue
			}
			for suf, alt := range sortedPairs(regionSuffixes) {
				if base, ok := strings.CutSuffix(name, suf); ok {
					l.add(base + alt)
				}
			}
			if g := r.Names["geonames"]; g != "" && !b.isTownName(cc2, g) && !strings.HasPrefix(name, g+" ") {
				// not the bare "Donetsk" of Donetsk Oblast: that is the city
				l.add(g)
			}
			if clean := cleanRegionName(r.Name, sc, b.countryByCC2(cc2)); clean != name {
				l.add(clean)
			}
			if en := r.Names["en"]; en != "" && !strings.Contains(en, ",") && !b.isTownName(cc2, en) {
				l.add(en)
			}
			for _, nl := range b.langs[cc2] {
				if two := iso639[nl.Lang]; two != "" && !regionSkipLangs[cc2] {
					l.add(r.Names[two])
				}
			}
			p.Names = l.names
			add(cc2, r.Admin, p)
		}
	}

	// regions GeoNames has and iso3166-2-db lacks (new or reorganised ones)
	for _, s := range extraRegions {
		key := s.CC2 + "|" + s.Admin
		if _, ok := b.regions[key]; ok {
			b.warn("extra region %s already exists", key)
			continue
		}
		cc3 := b.cc3[s.CC2]
		p := &place{ID: "adm1:" + cc3 + ":" + slug(s.Name), Name: s.Name, Kind: "region", Country: cc3}
		l := newNameList(s.Name)
		l.add(s.Names...)
		for suf, alt := range sortedPairs(regionSuffixes) {
			if base, ok := strings.CutSuffix(s.Name, suf); ok {
				l.add(base + alt)
			}
		}
		p.Names = l.names
		add(s.CC2, s.Admin, p)
	}
	return rows
}

// cleanRegionName drops the disambiguating ", Country" of Wikipedia-style
// titles ("Punjab, India", "Tabor, Tabor").
func cleanRegionName(name string, sc *subdivCountry, c *country) string {
	i := strings.LastIndex(name, ", ")
	if i < 0 {
		return name
	}
	head, tail := name[:i], name[i+2:]
	ok := tail == head || tail == sc.Names["en"] || tail == sc.Names["geonames"] || tail == "Gozo" || tail == "Malta" || tail == "Macedonia"
	if c != nil && (tail == c.Name.Common || tail == c.Name.Official) {
		ok = true
	}
	if ok {
		return head
	}
	return name
}

func (b *builder) countryByCC2(cc2 string) *country {
	for _, c := range b.countries {
		if c.CCA2 == cc2 {
			return c
		}
	}
	return nil
}

// keepCity says whether a GeoNames place goes into world.tsv.
func keepCity(c *city) bool {
	switch c.FeatureCode {
	case "PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH":
		return false // city sections and places that are gone
	case "PPLC":
		return true
	}
	return c.Population >= minPopulation
}

func (b *builder) cityRows() []*place {
	var rows []*place
	for _, c := range b.cities {
		key := c.Country + "|" + c.Name
		fix, hasFix := cityFixes[key]
		if hasFix {
			b.used["city:"+key] = true
		}
		if !keepCity(c) {
			continue
		}
		cc3 := b.cc3[c.Country]
		if cc3 == "" {
			b.warn("city %d %s: unknown country %s", c.ID, c.Name, c.Country)
			continue
		}
		name := c.Name
		if !isASCII(name) && !b.latinNative(c.Country) {
			// GeoNames writes scholarly romanisations (Hyderābād,
			// Ḩamāh); English text uses the plain letters.
			name = strings.Trim(c.ASCII, "'")
		}
		if fix.Name != "" {
			name = fix.Name
		}
		p := &place{ID: fmt.Sprintf("gn:%d", c.ID), Name: name, Kind: "city", Country: cc3,
			Lat: c.Lat, Lon: c.Lon, HasCoord: true, Population: c.Population}
		if seatOnly[c.Country] {
			p.Admin1 = b.nearestRegion(cc3, c.Lat, c.Lon)
		} else if r := b.regions[c.Country+"|"+c.Admin1]; r != nil {
			p.Admin1 = r.Name
		}
		l := newNameList(name)
		l.add(fix.Names...)
		if !fix.Only {
			if c.ASCII != c.Name {
				l.add(c.ASCII)
			}
			l.add(c.Name)
		}
		langs := b.langs[c.Country]
		for _, nl := range langs {
			if nl.Script == "Latn" {
				continue
			}
			ref := name
			if nl.Lang == "rus" {
				ref = sideName(fix.Names, "RUS", name)
			}
			l.add(pickNative(ref, c.Alternates, nl))
		}
		if !b.latinNative(c.Country) && !fix.Only {
			// other romanisations matter where the local script is not
			// Latin; elsewhere the GeoNames variants are foreign exonyms
			l.add(latinVariants(name, c.Alternates, langs, 2)...)
		}
		p.Names = l.names
		rows = append(rows, p)
	}
	return rows
}

func (b *builder) entityRows() []*place {
	var rows []*place
	for _, e := range entities {
		p := &place{ID: e.ID, Name: e.Name, Kind: "region", Country: e.Country,
			Lat: e.Lat, Lon: e.Lon, HasCoord: true}
		l := newNameList(e.Name)
		l.add(e.Names...)
		p.Names = l.names
		rows = append(rows, p)
	}
	return rows
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// sortedPairs iterates a string map in key order.
func sortedPairs(m map[string]string) func(func(string, string) bool) {
	return func(yield func(string, string) bool) {
		for _, k := range sortedKeys(m) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// nearestRegion names the region of country cc3 whose point is nearest to
// lat, lon; used where GeoNames' admin1 codes do not match the regions.
func (b *builder) nearestRegion(cc3 string, lat, lon float64) string {
	best, bestD := "", math.Inf(1)
	for _, r := range b.regionList {
		if r.Country != cc3 {
			continue
		}
		dlat, dlon := r.Lat-lat, (r.Lon-lon)*math.Cos(lat*math.Pi/180)
		if d := dlat*dlat + dlon*dlon; d < bestD {
			best, bestD = r.Name, d
		}
	}
	return best
}

// latinNative says whether the country's own names are in Latin letters:
// a native language other than English is written in them, or no native
// language is written in another script (English-speaking countries).
func (b *builder) latinNative(cc2 string) bool {
	for _, nl := range b.langs[cc2] {
		if nl.Script == "Latn" {
			return true
		}
	}
	for _, nl := range b.langs[cc2] {
		if nl.Script != "Latn" {
			return false
		}
	}
	return true
}

// sideName returns the first of names tagged as used by side, without
// its tag, or def.
func sideName(names []string, side, def string) string {
	for _, n := range names {
		bare, sides, ok := strings.Cut(n, "@")
		if ok && strings.Contains(","+sides+",", ","+side+",") {
			return bare
		}
	}
	return def
}

// isTownName says whether a place of 10,000 people or more in the country
// is called name (compared folded).
func (b *builder) isTownName(cc2, name string) bool {
	if b.towns == nil {
		b.towns = map[string]bool{}
		for _, c := range b.cities {
			if c.Population >= 10000 {
				b.towns[c.Country+"|"+fold(c.Name)] = true
				b.towns[c.Country+"|"+fold(c.ASCII)] = true
			}
		}
	}
	return b.towns[cc2+"|"+fold(name)]
}
