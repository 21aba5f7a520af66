package lexicon

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/datafile"
)

//go:embed data/actors/*.yaml data/places/*.yaml data/places/*.tsv data/places/*.txt
var embedded embed.FS

// DefaultSource returns the knowledge embedded in the binary, extended by
// userDir when it is not empty. userDir holds files laid out like data/:
// actors/*.yaml, places/*.yaml, places/*.tsv; it may also hold CAMEO
// dictionaries in the PETRARCH/TABARI formats (*.actors, *.agents, with or
// without .txt).
func DefaultSource(userDir string) datafile.Source {
	sub, _ := fs.Sub(embedded, "data")
	return datafile.Source{Embedded: sub, Label: "lexicon/data", UserDir: userDir}
}

// Lexicon is the loaded knowledge.
type Lexicon struct {
	Countries map[string]*Country
	Agents    []*AgentSet
	Titles    []*Title
	Orgs      []*Organization
	People    []*Person
	Places    []*Place
	// Hash identifies the files loaded, so that stored analyses can say
	// which knowledge produced them.
	Hash string

	placeByID map[string]*Place
	index     *trie
	// defacto are the de facto entities with a kin state, by code: the
	// places they name or use a name for are theirs (entityOf)
	defacto []*Country
	// commonWords are world-table place names not matched on their own.
	commonWords map[string]bool
}

// Title is a title written before a name, and the office it denotes.
type Title struct {
	Office string   `yaml:"office"`
	Words  []string `yaml:"words"`

	src source
}

// Sectors the knowledge files may use.
var validSectors = rashomon.Sectors

var codeRE = regexp.MustCompile(`^[A-Z]{3}$`)

// Load reads and validates all knowledge files of src and builds the
// matcher's index. Every problem is reported, as file:line: message.
func Load(src datafile.Source) (*Lexicon, error) {
	if err := src.CheckUserDir(); err != nil {
		return nil, fmt.Errorf("lexicon folder: %w", err)
	}
	lx := &Lexicon{Countries: map[string]*Country{}, placeByID: map[string]*Place{}}
	var errs datafile.ErrorList
	h := sha256.New()
	files := func(pattern string) []datafile.File {
		fs, err := src.Files(pattern)
		if err != nil {
			errs.Add(pattern, 0, "%v", err)
		}
		for _, f := range fs {
			h.Write([]byte(f.Path))
			h.Write(f.Data)
		}
		return fs
	}
	countryFiles := files("actors/countries*.yaml")
	for _, f := range countryFiles {
		for _, it := range datafile.DecodeList(f, "", &errs) {
			c := &Country{src: source{f.Name, it.Line}}
			if !datafile.Decode(f, it, c, &errs) {
				continue
			}
			if !codeRE.MatchString(c.Code) {
				errs.Add(f.Name, it.Line, "country code %q: want three capital letters", c.Code)
				continue
			}
			if c.Name == "" {
				errs.Add(f.Name, it.Line, "country %s has no name", c.Code)
				continue
			}
			if prev, ok := lx.Countries[c.Code]; ok && !f.User {
				errs.Add(f.Name, it.Line, "country %s already defined at %s", c.Code, prev.src)
				continue
			}
			lx.Countries[c.Code] = c
		}
	}
	for _, c := range lx.Countries {
		if c.Parent != nil && *c.Parent != "" && lx.Countries[*c.Parent] == nil {
			errs.Add(c.src.File, c.src.Line, "country %s: parent %s is not a known country", c.Code, *c.Parent)
		}
		if c.Kin != "" && lx.Countries[c.Kin] == nil {
			errs.Add(c.src.File, c.src.Line, "country %s: kin %s is not a known country", c.Code, c.Kin)
		}
		for sec := range c.SectorMetonyms {
			if !validSectors[sec] {
				errs.Add(c.src.File, c.src.Line, "country %s: unknown sector %q in sector_metonyms", c.Code, sec)
			}
		}
	}
	knownCountry := func(f datafile.File, line int, what, code string) bool {
		if lx.Countries[code] == nil {
			errs.Add(f.Name, line, "%s: unknown country code %q", what, code)
			return false
		}
		return true
	}

	for _, f := range files("actors/agents*.yaml") {
		for _, it := range datafile.DecodeList(f, "", &errs) {
			a := &AgentSet{src: source{f.Name, it.Line}}
			if !datafile.Decode(f, it, a, &errs) {
				continue
			}
			if a.Sector != "" && !validSectors[a.Sector] {
				errs.Add(f.Name, it.Line, "unknown sector %q", a.Sector)
				continue
			}
			if len(a.Words) == 0 {
				errs.Add(f.Name, it.Line, "agent group %q has no words", a.Sector)
				continue
			}
			lx.Agents = append(lx.Agents, a)
		}
	}
	for _, f := range files("actors/titles*.yaml") {
		for _, it := range datafile.DecodeList(f, "", &errs) {
			t := &Title{src: source{f.Name, it.Line}}
			if datafile.Decode(f, it, t, &errs) {
				lx.Titles = append(lx.Titles, t)
			}
		}
	}

	var orgs datafile.Keyed[*Organization]
	for _, f := range files("actors/organizations*.yaml") {
		for _, it := range datafile.DecodeList(f, "", &errs) {
			o := &Organization{src: source{f.Name, it.Line}}
			if !datafile.Decode(f, it, o, &errs) {
				continue
			}
			switch {
			case o.ID == "" || o.Name == "":
				errs.Add(f.Name, it.Line, "organization needs an id and a name")
				continue
			case !validSectors[o.Sector]:
				errs.Add(f.Name, it.Line, "organization %s: unknown sector %q", o.ID, o.Sector)
				continue
			case o.Country != nil && *o.Country != "" && !knownCountry(f, it.Line, "organization "+o.ID, *o.Country):
				continue
			}
			orgs.Put(f, it.Line, "organization %s", o.ID, o, func(o *Organization) any { return o.src }, &errs)
		}
	}
	lx.Orgs = orgs.Items

	var people datafile.Keyed[*Person]
	for _, f := range files("actors/people*.yaml") {
		for _, it := range datafile.DecodeList(f, "", &errs) {
			p := &Person{src: source{f.Name, it.Line}}
			if !datafile.Decode(f, it, p, &errs) {
				continue
			}
			if p.Name == "" || len(p.Roles) == 0 {
				errs.Add(f.Name, it.Line, "person needs a name and at least one role")
				continue
			}
			ok := true
			for _, r := range p.Roles {
				if !validSectors[r.Sector] {
					errs.Add(f.Name, it.Line, "%s: role %q: unknown sector %q", p.Name, r.Office, r.Sector)
					ok = false
				}
				if r.Country != nil && *r.Country != "" && !knownCountry(f, it.Line, p.Name, *r.Country) {
					ok = false
				}
				if !r.To.IsZero() && r.To.Last().Before(r.From.Time()) {
					errs.Add(f.Name, it.Line, "%s: role %q ends (%s) before it starts (%s)", p.Name, r.Office, r.To, r.From)
					ok = false
				}
			}
			if !ok {
				continue
			}
			people.Put(f, it.Line, "person %q", p.Name, p, func(p *Person) any { return p.src }, &errs)
		}
	}
	lx.People = people.Items

	for _, f := range files("places/*.tsv") {
		for _, p := range readPlaceTable(f, &errs) {
			lx.addPlace(f, p, &errs, knownCountry)
		}
	}
	for _, f := range files("places/*.yaml") {
		for _, it := range datafile.DecodeList(f, "", &errs) {
			p := &Place{src: source{f.Name, it.Line}, curated: true}
			if !datafile.Decode(f, it, p, &errs) {
				continue
			}
			lx.addPlace(f, p, &errs, knownCountry)
		}
	}

	lx.commonWords = map[string]bool{}
	for _, f := range files("places/common-words*.txt") {
		for _, line := range strings.Split(string(f.Data), "\n") {
			if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
				lx.commonWords[strings.ToLower(w)] = true
			}
		}
	}
	for _, f := range files("*.actors") {
		lx.importCAMEOActors(f, &errs)
	}
	for _, f := range files("*.actors.txt") {
		lx.importCAMEOActors(f, &errs)
	}
	for _, f := range files("*.agents") {
		lx.importCAMEOAgents(f, &errs)
	}
	for _, f := range files("*.agents.txt") {
		lx.importCAMEOAgents(f, &errs)
	}

	if err := errs.Err(); err != nil {
		return nil, err
	}
	lx.Hash = hex.EncodeToString(h.Sum(nil))[:16]
	lx.index = lx.buildIndex()
	for _, c := range lx.Countries {
		if c.Kind == "de-facto" && c.Kin != "" {
			lx.defacto = append(lx.defacto, c)
		}
	}
	sort.Slice(lx.defacto, func(i, j int) bool { return lx.defacto[i].Code < lx.defacto[j].Code })
	return lx, nil
}

func (lx *Lexicon) addPlace(f datafile.File, p *Place, errs *datafile.ErrorList, known func(datafile.File, int, string, string) bool) {
	line := p.src.Line
	switch {
	case p.ID == "" || p.Name == "":
		errs.Add(f.Name, line, "place needs an id and a name")
		return
	case (p.Lat == nil) != (p.Lon == nil):
		errs.Add(f.Name, line, "place %s: give both lat and lon, or neither", p.ID)
		return
	case p.Lat != nil && (*p.Lat < -90 || *p.Lat > 90 || *p.Lon < -180 || *p.Lon > 180):
		errs.Add(f.Name, line, "place %s: coordinates %v,%v out of range", p.ID, *p.Lat, *p.Lon)
		return
	case p.Country != "" && !known(f, line, "place "+p.ID, p.Country):
		return
	}
	for _, n := range p.Names {
		if strings.TrimSpace(n.Name) == "" {
			errs.Add(f.Name, line, "place %s: empty name", p.ID)
			return
		}
		for _, by := range n.By {
			if !known(f, line, "place "+p.ID+" name "+n.Name, by) {
				return
			}
		}
	}
	if prev, ok := lx.placeByID[p.ID]; ok {
		if !f.User && !(p.curated && !prev.curated) {
			errs.Add(f.Name, line, "place %s already defined at %s", p.ID, prev.src)
			return
		}
		*prev = *p // a user file or a curated entry replaces the earlier one
		return
	}
	lx.placeByID[p.ID] = p
	lx.Places = append(lx.Places, p)
}

// readPlaceTable reads a gazetteer table: a header line naming the columns
// id, name, kind, country, admin1, lat, lon, population, names; names are
// ";"-separated, each optionally followed by "@" and the comma-separated
// codes of the sides that use it.
func readPlaceTable(f datafile.File, errs *datafile.ErrorList) []*Place {
	sc := bufio.NewScanner(bytes.NewReader(f.Data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cols map[string]int
	var out []*Place
	line := 0
	for sc.Scan() {
		line++
		row := sc.Text()
		if row == "" || strings.HasPrefix(row, "#") {
			continue
		}
		fields := strings.Split(row, "\t")
		if cols == nil {
			cols = map[string]int{}
			for i, c := range fields {
				cols[strings.TrimSpace(c)] = i
			}
			for _, need := range []string{"id", "name", "kind", "country", "lat", "lon"} {
				if _, ok := cols[need]; !ok {
					errs.Add(f.Name, line, "header lacks column %q", need)
					return nil
				}
			}
			continue
		}
		get := func(c string) string {
			i, ok := cols[c]
			if !ok || i >= len(fields) {
				return ""
			}
			return strings.TrimSpace(fields[i])
		}
		p := &Place{ID: get("id"), Name: get("name"), Kind: get("kind"), Country: get("country"), Region: get("admin1"),
			src: source{f.Name, line}}
		if lat, lon := get("lat"), get("lon"); lat != "" || lon != "" {
			a, err1 := strconv.ParseFloat(lat, 64)
			b, err2 := strconv.ParseFloat(lon, 64)
			if err1 != nil || err2 != nil {
				errs.Add(f.Name, line, "place %s: bad coordinates %q, %q", p.ID, lat, lon)
				continue
			}
			p.Lat, p.Lon = &a, &b
		}
		if pop := get("population"); pop != "" {
			n, err := strconv.Atoi(pop)
			if err != nil {
				errs.Add(f.Name, line, "place %s: bad population %q", p.ID, pop)
				continue
			}
			p.Population = n
		}
		for _, n := range strings.Split(get("names"), ";") {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			name, by, _ := strings.Cut(n, "@")
			pn := PlaceName{Name: name}
			if by != "" {
				pn.By = strings.Split(by, ",")
			}
			p.Names = append(p.Names, pn)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		errs.Add(f.Name, line, "%v", err)
	}
	return out
}

// Place returns a place by id.
func (lx *Lexicon) Place(id string) *Place { return lx.placeByID[id] }

// CountryCodes returns the known country codes, sorted.
func (lx *Lexicon) CountryCodes() []string {
	out := make([]string, 0, len(lx.Countries))
	for c := range lx.Countries {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// PlaceByID returns a place as the domain type (for the evaluator).
func (lx *Lexicon) PlaceByID(id string) (rashomon.Place, bool) {
	p := lx.placeByID[id]
	if p == nil {
		return rashomon.Place{}, false
	}
	return p.Domain(), true
}

// PlaceFacts returns a place's country, the de facto entity whose
// territory it is (or ""), and its kind (for the event coder).
func (lx *Lexicon) PlaceFacts(id string) (country, entity, kind string, ok bool) {
	p := lx.placeByID[id]
	if p == nil {
		return "", "", "", false
	}
	if e := lx.entityOf(p); e != nil {
		entity = e.Code
	}
	return p.Country, entity, p.Kind, true
}

// PlaceNameBy returns what one side calls a place: the first English name
// the gazetteer says side uses ("Stepanakert" for ARM, "Khankendi" for
// AZE), else the place's neutral name. An empty side asks for the
// neutral name.
func (lx *Lexicon) PlaceNameBy(id, side string) string {
	p := lx.placeByID[id]
	if p == nil {
		return ""
	}
	if side != "" {
		for _, n := range p.Names {
			if n.Lang != "" && n.Lang != "en" {
				continue
			}
			for _, b := range n.By {
				if b == side {
					return n.Name
				}
			}
		}
	}
	return p.Name
}

// NamingSides returns the sides the gazetteer records names for, sorted:
// the choices a map can label its places by.
func (lx *Lexicon) NamingSides() []string {
	seen := map[string]bool{}
	for _, p := range lx.placeByID {
		for _, n := range p.Names {
			for _, b := range n.By {
				seen[b] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
