package lexicon

import (
	"strconv"

	"github.com/rashomon-project/rashomon"
)

// Country is a state or a country-like entity.
type Country struct {
	Code           string              `yaml:"code"`
	ISO2           *string             `yaml:"iso2"`
	Name           string              `yaml:"name"`
	Kind           string              `yaml:"kind"`
	Parent         *string             `yaml:"parent"`
	Names          []string            `yaml:"names"`
	Adjectives     []string            `yaml:"adjectives"`
	Demonyms       []string            `yaml:"demonyms"`
	Capital        string              `yaml:"capital"`
	Metonyms       []string            `yaml:"metonyms"`
	SectorMetonyms map[string][]string `yaml:"sector_metonyms"`
	Kin            string              `yaml:"kin"`

	src source
}

// AgentSet is a group of agent words coding one sector.
type AgentSet struct {
	Sector  string   `yaml:"sector"`
	Words   []string `yaml:"words"`
	Inherit bool     `yaml:"inherit"`

	src source
}

// Organization is a named body with a fixed code.
type Organization struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Names   []string `yaml:"names"`
	Country *string  `yaml:"country"`
	Sector  string   `yaml:"sector"`
	Note    string   `yaml:"note"`

	src source
}

// Role is an office a person held between two dates.
type Role struct {
	Office  string        `yaml:"office"`
	Country *string       `yaml:"country"`
	Sector  string        `yaml:"sector"`
	From    rashomon.Date `yaml:"from"`
	To      rashomon.Date `yaml:"to"`
}

// Person is an official with the roles they held.
type Person struct {
	Name  string   `yaml:"name"`
	Names []string `yaml:"names"`
	Roles []Role   `yaml:"roles"`

	src source
}

// PlaceName is one name of a place and who uses it.
type PlaceName struct {
	Name string   `yaml:"name"`
	By   []string `yaml:"by"`
	Lang string   `yaml:"lang"`
}

// Place is a gazetteer entry.
type Place struct {
	ID         string      `yaml:"id"`
	Name       string      `yaml:"name"`
	Kind       string      `yaml:"kind"`
	Country    string      `yaml:"country"`
	Region     string      `yaml:"region"`
	Lat        *float64    `yaml:"lat"`
	Lon        *float64    `yaml:"lon"`
	Precision  string      `yaml:"precision"`
	Contested  bool        `yaml:"contested"`
	Names      []PlaceName `yaml:"names"`
	Population int         `yaml:"population"`
	// DatelineNames are names that denote the place only in a dateline:
	// "UNITED NATIONS" is the UN headquarters in New York.
	DatelineNames []string `yaml:"dateline_names"`

	curated bool // from a curated YAML file rather than the world table
	src     source
}

// source is where an entry was read, for messages and for "lexicon find".
type source struct {
	File string
	Line int
}

func (s source) String() string {
	if s.File == "" {
		return ""
	}
	return s.File + ":" + strconv.Itoa(s.Line)
}

// Domain converts a gazetteer place to the domain type.
func (p *Place) Domain() rashomon.Place {
	out := rashomon.Place{ID: p.ID, Name: p.Name, Kind: p.Kind, Country: p.Country, Region: p.Region,
		Lat: p.Lat, Lon: p.Lon, Contested: p.Contested}
	for _, n := range p.Names {
		out.Names = append(out.Names, n.Name)
	}
	return out
}
